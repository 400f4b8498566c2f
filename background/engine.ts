import { badgeFor } from '../lib/badge';
import type { ClockEvent } from '../lib/clock/events';
import type { ClockModel } from '../lib/clock/model';
import { wakeups } from '../lib/clock/schedule';
import { step } from '../lib/clock/step';
import { type ClockView, clockView } from '../lib/clock/view';
import type { Settings } from '../lib/settings';
import { uiLocale, words } from '../platform/i18n';
import { loadModel, loadSettings, saveModel } from '../platform/store';
import { syncAlarms } from './alarms';
import { paintBadge } from './badge';
import { readPolicy, withPolicy } from './managed';
import { clearReminderNotification } from './notifications';
import { announceResolved } from './overlay';
import { presentReminder } from './present-reminder';
import { serialised } from './queue';
import { noteDaysChanged } from './sync';

// The background's one loop: load, reconcile with the clock, write, present,
// reschedule. Every wake-up goes through `dispatch`, one at a time, so two
// events can never read the same state and overwrite each other.

type Hooks = {
  /** Test builds shorten the interval through this; production leaves settings as stored. */
  adjustSettings: (settings: Settings) => Promise<Settings>;
};

const hooks: Hooks = { adjustSettings: async (s) => s };

export function setEngineHooks(replacement: Partial<Hooks>): void {
  Object.assign(hooks, replacement);
}

/** The settings everything works with: the user's, under the organisation's policy, if any. */
export async function effectiveSettings(): Promise<Settings> {
  const [stored, policy] = await Promise.all([loadSettings(), readPolicy()]);
  return hooks.adjustSettings(await withPolicy(stored, policy));
}

export type Outcome = {
  view: ClockView;
  settings: Settings;
  model: ClockModel;
  /** The model before this event, to tell what the event changed. */
  before: ClockModel;
};

/**
 * The latest wake-up queued or running, until it has finished (promises, not state): `reckoned`
 * settles once the clock is reconciled, `done` once its writes, presentation and alarms are too.
 */
let inFlight: WakeUp | null = null;

export function dispatch(
  makeEvent: (now: number, settings: Settings) => ClockEvent | Promise<ClockEvent>,
): Promise<Outcome> {
  return track(wakeUp(makeEvent)).done;
}

/**
 * The clock reconciled with now, for a request that only reads it (the popup's status). A
 * wake-up already queued or running answers it: it reconciles with the clock moments before
 * or after the request, so a second one queued behind it would change nothing but the wait.
 * This halves the popup's wait when its request is what starts the worker, since every start
 * of the worker looks around first. The answer comes as soon as the clock is reconciled: what
 * the wake-up then writes, paints and schedules follows from it and cannot change it.
 */
export function currentOutcome(): Promise<Outcome> {
  const tick = () => track(wakeUp((now) => ({ type: 'tick', at: now }))).reckoned;
  return inFlight ? inFlight.reckoned.catch(tick) : tick();
}

type WakeUp = { reckoned: Promise<Outcome>; done: Promise<Outcome> };

function track(wake: WakeUp): WakeUp {
  inFlight = wake;
  const done = () => {
    if (inFlight === wake) inFlight = null;
  };
  wake.done.then(done, done);
  return wake;
}

function wakeUp(
  makeEvent: (now: number, settings: Settings) => ClockEvent | Promise<ClockEvent>,
): WakeUp {
  let reckon!: (outcome: Outcome) => void;
  let fail!: (error: unknown) => void;
  const reckoned = new Promise<Outcome>((resolve, reject) => {
    reckon = resolve;
    fail = reject;
  });
  const done = serialised(async () => {
    const [settings, before] = await Promise.all([effectiveSettings(), loadModel(Date.now())]);
    const event = await makeEvent(Date.now(), settings);
    const model = step(before, event, settings);
    const now = Math.max(Date.now(), event.at);
    const view = clockView(model, settings, now);
    const outcome = { view, settings, model, before };
    reckon(outcome);
    await saveModel(before, model, now);
    // New totals go to sync storage in the next batch, if this device shares them.
    if (before.days !== model.days) await noteDaysChanged(now);
    await present(before, model, view, settings);
    await syncAlarms(wakeups(model.clock, settings), now);
    return outcome;
  });
  // A wake-up that failed before reconciling fails its readers too (it settles nothing twice).
  done.catch(fail);
  // Nobody may be waiting on `reckoned` (most wake-ups): its failure is reported through `done`.
  reckoned.catch(() => undefined);
  return { reckoned, done };
}

async function present(
  before: ClockModel,
  model: ClockModel,
  view: ClockView,
  settings: Settings,
): Promise<void> {
  // The badge always shows a due reminder: one channel that cannot be blocked. It is painted
  // while the reminder is presented, not before: the card is not kept waiting for it.
  await Promise.all([
    paintBadge(badgeFor(view, settings, words, uiLocale())),
    presentOrResolve(before, model, view, settings),
  ]);
}

async function presentOrResolve(
  before: ClockModel,
  model: ClockModel,
  view: ClockView,
  settings: Settings,
): Promise<void> {
  // Presentation state only ever follows an outstanding reminder (or nudge to sit again), so
  // with none before or after this event there is nothing to read or decide (most wake-ups).
  const was = outstanding(before);
  if (was !== null || outstanding(model) !== null) {
    await presentReminder(model, view, settings);
  }
  if (was !== null && outstanding(model) === null) {
    await clearReminderNotification();
    await announceResolved();
  }
}

/** The reminder or the nudge to sit again that is outstanding: when it fired, or null. */
const outstanding = (model: ClockModel): number | null =>
  model.clock.reminder.firedAt ?? model.clock.standing?.nudgedAt ?? null;
