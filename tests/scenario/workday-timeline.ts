import { fakeBrowser } from 'wxt/testing';
import { MINUTE } from '../../lib/time';
import { SimulatedBrowser } from './simulated-browser';

// One Monday, written once: the scenario test asserts on it and `npm run bench` measures it
// (bench/workday.figures.ts), so the two can never drift apart. Steady work, a coffee absence,
// a locked lunch, a two-hour sleep, two service-worker restarts and a browser restart.

export const WORKDAY_DATE = '2026-06-01';

/** A wall-clock time on the workday, in the test's time zone. */
export function at(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number);
  return new Date(2026, 5, 1, h ?? 0, m ?? 0).getTime();
}

/**
 * Ground truth, worked out by hand from the timeline below, not read back from the code.
 * Reminders: each bout's 30th minute, plus the snoozed one 5 min after the snooze.
 * Sitting: 08:00–08:31, 08:31–09:05, 09:09–09:44, 09:46–12:00, 12:45–13:20, 15:20–16:00,
 * 16:02–17:00 = 367 min.
 */
export const WORKDAY_TRUTH = {
  reminders: ['08:30', '09:01', '09:39', '09:45', '10:16', '13:15', '15:50'],
  sittingMin: 367,
  longestBoutMin: 134,
  bouts: 6,
  natural: 4, // coffee, lunch, sleep, evening
} as const;

/**
 * What the browser can know: 'active' until an idle or locked report, 'away' until the next
 * active one; 'asleep' and 'closed' while nothing runs.
 */
export type WorkdayPhase = 'active' | 'away' | 'asleep' | 'closed';

/** Moments where the scenario test checks what the user would see. */
export type WorkdayCheckpoint =
  | 'first-reminder-due' // 08:31, before the user answers it
  | 'first-reminder-answered'
  | 'snoozed'
  | 'routine-recorded'
  | 'woke-from-sleep' // 15:20, right after the lid opens
  | 'ten-minutes-after-wake';

export interface WorkdayHooks {
  /** The fresh fake browser and simulation exist; nothing has run yet (spies go here). */
  started?(sim: SimulatedBrowser): void;
  /** After every simulated minute and every event. */
  afterStep?(): void;
  /**
   * The user's state changes: what happens from here on belongs to `next`. Each change comes
   * right after an `afterStep`, so earlier events are already accounted to the old phase, and
   * alarms that fire on waking from sleep or on a browser start belong to 'active'.
   */
  phase?(next: WorkdayPhase): void;
  /** A named moment of the day, with the answer of the message the user just sent (if any). */
  checkpoint?(name: WorkdayCheckpoint, moment: WorkdayMoment): Promise<void> | void;
}

export interface WorkdayMoment {
  answer?: { ok: boolean };
  /** The reminders fired so far. */
  reminders: readonly number[];
}

export interface WorkdayRun {
  sim: SimulatedBrowser;
  /** The moments a reminder fired (the clock's `firedAt`), in order. */
  reminders: number[];
}

/** Replays the day through the real background in a fresh fake browser. */
export async function runWorkday(hooks: WorkdayHooks = {}): Promise<WorkdayRun> {
  fakeBrowser.reset();
  const sim = new SimulatedBrowser(at('08:00'));
  hooks.started?.(sim);
  const reminders: number[] = [];
  const step = () => hooks.afterStep?.();
  const phase = (next: WorkdayPhase) => hooks.phase?.(next);
  const check = async (name: WorkdayCheckpoint, answer?: { ok: boolean }) =>
    hooks.checkpoint?.(name, { answer, reminders });

  const firedAt = async () =>
    (
      (await fakeBrowser.storage.local.get('clock')).clock as
        | { reminder?: { firedAt: number | null } }
        | undefined
    )?.reminder?.firedAt ?? null;

  /** Advances minute by minute, noting each reminder as it fires. */
  async function work(until: string) {
    const target = at(until);
    while (sim.now < target) {
      const before = await firedAt();
      await sim.runUntil(Math.min(target, sim.now + MINUTE));
      step();
      const after = await firedAt();
      if (after !== null && after !== before) reminders.push(after);
    }
  }
  async function report(state: 'active' | 'idle' | 'locked') {
    step();
    phase(state === 'active' ? 'active' : 'away');
    await sim.setIdle(state);
    step();
  }
  /** The user stops typing at `from` and is back at `to`; `idle` arrives 60 s after the last input. */
  async function away(from: string, to: string, how: 'idle' | 'locked') {
    await work(how === 'locked' ? from : new Date(at(from) + MINUTE).toTimeString().slice(0, 5));
    await report(how);
    await work(to);
    await report('active');
  }

  await sim.startWorker(); // the browser opens at 08:00, the user starts working
  step();
  await work('08:31');
  await check('first-reminder-due');
  await check(
    'first-reminder-answered',
    await sim.send('recordBreak', { kind: 'acknowledged', id: 'stood-0831' }),
  );
  await work('09:00');
  await sim.restartWorker(); // Chrome killed the worker mid-bout
  await away('09:05', '09:09', 'idle'); // coffee: four minutes away
  await work('09:40');
  await check('snoozed', await sim.send('snooze'));
  await work('09:46'); // a two-minute routine from 09:44 to 09:46
  await check(
    'routine-recorded',
    await sim.send('recordBreak', {
      kind: 'routine',
      id: 'routine-0944',
      startedAt: at('09:44'),
      work: { workedMs: 100_000, plannedMs: 100_000, ranMs: 120_000 },
    }),
  );
  await work('10:30');
  await sim.restartWorker(); // killed again
  await away('12:00', '12:45', 'locked'); // lunch with the screen locked
  await work('13:20');
  phase('asleep');
  await sim.sleepUntil(at('15:20')); // the laptop lid closed for two hours
  phase('active');
  step();
  await sim.setIdle('active');
  await check('woke-from-sleep');
  await work('15:30');
  await check('ten-minutes-after-wake');
  await work('16:00');
  phase('closed');
  await sim.restartBrowser(at('16:02'));
  phase('active');
  step();
  await work('17:01'); // home time: the last input was at 17:00
  await report('idle');
  await work('18:00');
  return { sim, reminders };
}
