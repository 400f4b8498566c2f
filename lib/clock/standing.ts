import { emptyDay } from '../day-totals';
import type { Settings } from '../settings';
import { MINUTE, splitByDay } from '../time';
import { nextWorkingTime } from '../working-hours';
import { startBout } from './booking';
import { countBreak } from './breaks';
import type { ClockModel } from './model';
import type { ClockState } from './state';

// Standing at a sit-stand desk, the clock's third state beside sitting and resting. While the
// user stands there is no bout: working at the keyboard is not sitting, so no time is booked as
// active and no reminder to get up falls due. Standing time is booked as standing when it ends:
// by "I sat down", by the maximum (a user who sat down without saying so is sitting again), or
// by an absence that became a real break, which ends it when the user left and counts as that
// break, as it would after sitting. Short absences while standing are part of the standing.

/**
 * When standing ends by itself, and when that is known. At the keyboard it ends at its maximum.
 * Away, only the absence can end it (when the user left, once the absence is a real break): a
 * user who comes back after the maximum without a real break stood until the maximum, and sits
 * from their return (see `returnFromAbsence`), so no absence is ever taken for sitting.
 */
export function standingEnd(
  clock: ClockState,
  settings: Settings,
): { end: number; knownAt: number; byAbsence: boolean } | null {
  if (clock.standing === null) return null;
  if (clock.activity !== 'active' && clock.awaySince !== null) {
    const breakAt = clock.awaySince + settings.naturalBreakMin * MINUTE;
    return { end: clock.awaySince, knownAt: breakAt, byAbsence: true };
  }
  const maxAt = standingMaxAt(clock.standing, settings);
  return { end: maxAt, knownAt: maxAt, byAbsence: false };
}

export const standingMaxAt = (standing: { since: number }, settings: Settings): number =>
  standing.since + settings.standMaxMin * MINUTE;

/**
 * Back at the keyboard from a short absence while standing: standing goes on, or, past its
 * maximum, it ended there and the user sits from now.
 */
export function returnFromAbsence(model: ClockModel, t: number, settings: Settings): ClockModel {
  const standing = model.clock.standing;
  if (standing === null) return model;
  const maxAt = standingMaxAt(standing, settings);
  if (t < maxAt) {
    return { ...model, clock: { ...model.clock, activity: 'active', awaySince: null } };
  }
  return startBout(stopStanding(model, maxAt), t);
}

/** Books the standing time up to `end`, split at midnight, and ends the standing. */
export function stopStanding(model: ClockModel, end: number): ClockModel {
  const standing = model.clock.standing;
  if (standing === null) return model;
  const days = { ...model.days };
  for (const part of splitByDay(standing.since, Math.max(standing.since, end))) {
    const d = days[part.day] ?? emptyDay;
    days[part.day] = { ...d, standingMs: d.standingMs + part.ms };
  }
  return { days, clock: { ...model.clock, standing: null } };
}

/**
 * Ends standing when its end has come by `t`. After the maximum at the keyboard the user is taken
 * to be sitting: a bout begins then. After a real absence the user is away, resting.
 */
export function settleStanding(model: ClockModel, t: number, settings: Settings): ClockModel {
  const ending = standingEnd(model.clock, settings);
  if (ending === null || t < ending.knownAt) return model;
  const stopped = stopStanding(model, ending.end);
  if (ending.byAbsence) {
    const away = { ...stopped, clock: { ...stopped.clock, awaySince: null } };
    return countBreak(away, { kind: 'natural', from: ending.end, to: t }, ending.knownAt);
  }
  if (stopped.clock.activity === 'active') return startBout(stopped, ending.end);
  return { ...stopped, clock: { ...stopped.clock, awaySince: null } };
}

/**
 * When the rhythm's nudge to sit again falls due, or null: only with the rhythm on, while
 * standing at the keyboard, once per standing, and held by a pause and outside working hours
 * like every reminder.
 */
export function sitAgainDueAt(clock: ClockState, settings: Settings): number | null {
  const standing = clock.standing;
  if (!settings.standRhythm || standing === null || standing.nudgedAt !== null) return null;
  if (clock.activity !== 'active') return null;
  const earliest = Math.max(standing.since + settings.standMin * MINUTE, clock.pausedUntil ?? 0);
  return nextWorkingTime(earliest, settings);
}

/** Fires the nudge to sit again when it is due by `t`. */
export function nudgeToSit(model: ClockModel, t: number, settings: Settings): ClockModel {
  const due = sitAgainDueAt(model.clock, settings);
  const standing = model.clock.standing;
  if (due === null || due > t || standing === null) return model;
  return { ...model, clock: { ...model.clock, standing: { ...standing, nudgedAt: t } } };
}
