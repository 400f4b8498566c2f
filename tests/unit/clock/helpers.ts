import type { ClockEvent } from '../../../lib/clock/events';
import type { ClockModel } from '../../../lib/clock/model';
import { initialClock } from '../../../lib/clock/state';
import { step } from '../../../lib/clock/step';
import { type Settings, settingsDefaults } from '../../../lib/settings';
import { MINUTE } from '../../../lib/time';

/** 2026-06-01 (a Monday) 09:00 local time. */
export const MONDAY_9 = new Date(2026, 5, 1, 9, 0, 0).getTime();

export const at = (minutes: number) => MONDAY_9 + minutes * MINUTE;

/** Whether a reminder fired in the step from `before` to `after` (none was outstanding before). */
export const reminderFired = (before: ClockModel, after: ClockModel) =>
  before.clock.reminder.firedAt === null && after.clock.reminder.firedAt !== null;

/** Runs events in order and collects every reminder's time. */
export function run(
  events: ClockEvent[],
  settings: Settings = settingsDefaults,
  model: ClockModel = { clock: initialClock, days: {} },
) {
  const reminders: number[] = [];
  let current = model;
  for (const event of events) {
    const next = step(current, event, settings);
    const firedAt = next.clock.reminder.firedAt;
    if (reminderFired(current, next) && firedAt !== null) reminders.push(firedAt);
    current = next;
  }
  return { model: current, reminders };
}

export const active = (minutes: number, source: 'change' | 'poll' = 'change'): ClockEvent => ({
  type: 'observe',
  at: at(minutes),
  state: 'active',
  source,
});
export const idle = (minutes: number): ClockEvent => ({
  type: 'observe',
  at: at(minutes),
  state: 'idle',
  source: 'change',
});
export const locked = (minutes: number): ClockEvent => ({
  type: 'observe',
  at: at(minutes),
  state: 'locked',
  source: 'change',
});
export const poll = (minutes: number): ClockEvent => active(minutes, 'poll');

/** Heartbeats every minute from `from` to `to` inclusive, as the alarm delivers them. */
export function heartbeats(from: number, to: number): ClockEvent[] {
  const events: ClockEvent[] = [];
  for (let m = from; m <= to; m++) events.push(poll(m));
  return events;
}
