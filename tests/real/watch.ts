// What the user could see change, sampled every second through `evaluate` (never input):
// the badge, the reminder notification and the card.
import type { Unsit } from './unsit';

export type Sample = {
  at: number;
  badge: string;
  amber: boolean;
  notified: boolean;
  card: boolean;
};

/**
 * An alarm that appeared, or moved other than by its own period, between two samples: set
 * (about) then. Chrome exempts unpacked extensions, as this suite loads the build, from its
 * 30-second alarm minimum; an alarm set less than 30 s ahead would fire later in a real install.
 */
export type AlarmSet = { name: string; seenAt: number; leadMs: number; periodMin: number | null };

export interface Watch {
  readonly samples: Sample[];
  readonly alarmsSet: AlarmSet[];
  /** The badge texts in the order they appeared, e.g. ['0', '1']. */
  badgeTexts(): string[];
  /** Alarms set to fire sooner than a real install allows (30 s), as `name N s ahead`. */
  shortAlarms(): string[];
  /** First sample at or after `from` that matches. */
  first(match: (s: Sample) => boolean, from?: number): Sample | undefined;
  /**
   * Resolves once a sample taken at or after `at` is on record. A sample can be in flight for
   * a while (the worker had stopped and `evaluate` waits for it to start again), so a figure
   * read straight after an event may miss a sample of that same moment.
   */
  caughtUp(at: number, timeoutMs?: number): Promise<void>;
  stop(): Promise<void>;
}

export function watch(unsit: Unsit, amber: (color: number[]) => boolean, everyMs = 1000): Watch {
  const samples: Sample[] = [];
  const alarmsSet: AlarmSet[] = [];
  const known = new Map<string, { scheduledTime: number; periodInMinutes?: number }>();
  const noteAlarms = (
    at: number,
    alarms: { name: string; scheduledTime: number; periodInMinutes?: number }[],
  ) => {
    for (const alarm of alarms) {
      const before = known.get(alarm.name);
      const period = (alarm.periodInMinutes ?? 0) * 60_000;
      const offset =
        period > 0
          ? (((alarm.scheduledTime - (before?.scheduledTime ?? 0)) % period) + period) % period
          : 1;
      // Same time, or moved on by whole periods (a repeating alarm that fired): not set anew.
      const advanced =
        before !== undefined &&
        (alarm.scheduledTime === before.scheduledTime ||
          (period > 0 && (offset < 1000 || period - offset < 1000)));
      if (!advanced) {
        alarmsSet.push({
          name: alarm.name,
          seenAt: at,
          leadMs: alarm.scheduledTime - at,
          periodMin: alarm.periodInMinutes ?? null,
        });
      }
      known.set(alarm.name, alarm);
    }
    for (const name of known.keys()) if (!alarms.some((a) => a.name === name)) known.delete(name);
  };
  let running = true;
  const loop = (async () => {
    while (running) {
      const at = Date.now();
      try {
        const [badge, notes, card, alarms] = await Promise.all([
          unsit.badge(),
          unsit.notifications(),
          unsit.cardShown(),
          unsit.alarms(),
        ]);
        noteAlarms(at, alarms);
        samples.push({
          at,
          badge: badge.text,
          amber: amber(badge.color),
          notified: notes.length > 0,
          card,
        });
      } catch {
        // A worker restarting between samples: the next sample reads it again.
      }
      await new Promise((done) => setTimeout(done, Math.max(0, at + everyMs - Date.now())));
    }
  })();
  return {
    samples,
    alarmsSet,
    badgeTexts() {
      const texts: string[] = [];
      for (const s of samples) if (texts[texts.length - 1] !== s.badge) texts.push(s.badge);
      return texts;
    },
    shortAlarms: () =>
      alarmsSet
        .filter((a) => a.leadMs < 29_000 || (a.periodMin !== null && a.periodMin < 0.5))
        .map((a) => `${a.name} ${Math.round(a.leadMs / 1000)} s ahead`),
    first: (match, from = 0) => samples.find((s) => s.at >= from && match(s)),
    async caughtUp(at, timeoutMs = 60_000) {
      const end = Date.now() + timeoutMs;
      while (!samples.some((s) => s.at >= at)) {
        if (Date.now() > end) throw new Error(`No sample after ${timeoutMs / 1000} s`);
        await new Promise((done) => setTimeout(done, 100));
      }
    },
    async stop() {
      running = false;
      await loop;
    },
  };
}
