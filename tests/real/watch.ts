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

export interface Watch {
  readonly samples: Sample[];
  /** The badge texts in the order they appeared, e.g. ['0', '1']. */
  badgeTexts(): string[];
  /** First sample at or after `from` that matches. */
  first(match: (s: Sample) => boolean, from?: number): Sample | undefined;
  stop(): Promise<void>;
}

export function watch(unsit: Unsit, amber: (color: number[]) => boolean, everyMs = 1000): Watch {
  const samples: Sample[] = [];
  let running = true;
  const loop = (async () => {
    while (running) {
      const at = Date.now();
      try {
        const [badge, notes, card] = await Promise.all([
          unsit.badge(),
          unsit.notifications(),
          unsit.cardShown(),
        ]);
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
    badgeTexts() {
      const texts: string[] = [];
      for (const s of samples) if (texts[texts.length - 1] !== s.badge) texts.push(s.badge);
      return texts;
    },
    first: (match, from = 0) => samples.find((s) => s.at >= from && match(s)),
    async stop() {
      running = false;
      await loop;
    },
  };
}
