import type { Settings } from '../settings';
import { MINUTE } from '../time';
import { nextWorkingTime } from '../working-hours';
import { sitAgainDueAt, standingEnd } from './standing';
import type { ClockState } from './state';

/**
 * When the next reminder falls due if the user keeps sitting, or null when
 * none is pending: not sitting, away for now, already reminded, or no working
 * day at all. It is an absolute time that does not drift between wake-ups,
 * because it is derived from the open stretch's start, not from elapsed ticks.
 */
export function reminderDueAt(clock: ClockState, settings: Settings): number | null {
  if (clock.activity !== 'active' || clock.bout === null || clock.stretchStart === null)
    return null;
  if (clock.reminder.firedAt !== null) return null;
  const remaining = Math.max(0, settings.intervalMin * MINUTE - clock.bout.committedMs);
  const earliest = Math.max(
    clock.stretchStart + remaining,
    clock.reminder.snoozedUntil ?? 0,
    clock.pausedUntil ?? 0,
  );
  return nextWorkingTime(earliest, settings);
}

/**
 * Whether snoozing the outstanding reminder is still a choice: after
 * `maxSnoozes` in a row it is the routine, "I stood up" or skip.
 */
export function snoozeAllowed(reminder: ClockState['reminder'], settings: Settings): boolean {
  return reminder.firedAt === null || reminder.snoozesInRow < settings.maxSnoozes;
}

/** When an absence in progress becomes a real break (so the badge can update then). */
export function absenceEndsBoutAt(clock: ClockState, settings: Settings): number | null {
  if (clock.activity === 'active' || clock.bout === null || clock.awaySince === null) return null;
  return clock.awaySince + settings.naturalBreakMin * MINUTE;
}

/** What the background must keep scheduled for this state. */
export type Wakeups = {
  reminderAt: number | null;
  absenceEndsAt: number | null;
  /** A heartbeat only while active: an idle or locked user costs no wake-ups. */
  heartbeat: boolean;
};

export function wakeups(clock: ClockState, settings: Settings): Wakeups {
  // Standing has no bout, so at most one of each pair is set: the nudge to sit again is the
  // reminder to wake for, and standing's own end (its maximum, or an absence) the other wake-up.
  return {
    reminderAt: reminderDueAt(clock, settings) ?? sitAgainDueAt(clock, settings),
    absenceEndsAt:
      absenceEndsBoutAt(clock, settings) ?? standingEnd(clock, settings)?.knownAt ?? null,
    heartbeat: clock.activity === 'active',
  };
}

/**
 * When the heartbeat should next fire so that one of its beats lands exactly
 * on the reminder: the reminder then needs no alarm of its own, and an
 * active user costs one wake-up a minute, never two. Null: no reminder pending, the phase does not matter.
 */
export function heartbeatPhase(
  now: number,
  reminderAt: number | null,
  period: number,
): number | null {
  if (reminderAt === null) return null;
  if (reminderAt <= now) return now;
  const beatsBefore = Math.floor((reminderAt - now - 1) / period);
  return reminderAt - beatsBefore * period;
}

/** Whether an existing periodic alarm at `scheduled` already beats in step with `phase`. */
export function inPhase(scheduled: number, phase: number, period: number): boolean {
  const offset = (((scheduled - phase) % period) + period) % period;
  return offset < 1000 || period - offset < 1000;
}
