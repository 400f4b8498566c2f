import { type DayTotals, emptyDay, updateDay } from '../day-totals';
import { bookLongSitting } from '../sitting-hours';
import { dayKey, splitByDay } from '../time';
import { LONG_BOUT_MS, MIN_BOUT_MS } from './constants';
import type { ClockModel } from './model';

// The few operations that move time from the open clock into the booked
// daily totals. Each is pure and leaves the model consistent.

export function bump(model: ClockModel, at: number, change: (d: DayTotals) => DayTotals) {
  return { ...model, days: updateDay(model.days, dayKey(at), change) };
}

/** Books the open active stretch up to `end` and closes it. */
export function closeStretch(model: ClockModel, end: number): ClockModel {
  const { clock } = model;
  if (clock.stretchStart === null || clock.bout === null)
    return { ...model, clock: { ...clock, stretchStart: null } };
  const from = clock.stretchStart;
  const to = Math.max(from, end);
  // One copy of the days for the whole stretch: the work grows with the days it covers.
  const days = { ...model.days };
  for (const part of splitByDay(from, to)) {
    const d = days[part.day] ?? emptyDay;
    days[part.day] = { ...d, activeMs: d.activeMs + part.ms };
  }
  return {
    days,
    clock: {
      ...clock,
      stretchStart: null,
      bout: { ...clock.bout, committedMs: clock.bout.committedMs + (to - from) },
    },
  };
}

/** Ends the bout at `end`, books it to that day and clears its reminder. */
export function endBout(model: ClockModel, end: number): ClockModel {
  const closed = closeStretch(model, end);
  const bout = closed.clock.bout;
  const cleared: ClockModel = {
    ...closed,
    clock: {
      ...closed.clock,
      bout: null,
      awaySince: null,
      reminder: { firedAt: null, snoozedUntil: null, snoozesInRow: 0 },
    },
  };
  if (bout === null || bout.committedMs < MIN_BOUT_MS) return cleared;
  const long = bout.committedMs >= LONG_BOUT_MS;
  // A long bout is also booked to the hours it covered, for the history's "when you sit longest".
  const days = bookLongSitting(cleared.days, long ? bout.startedAt : end, end);
  return bump({ ...cleared, days }, end, (d) => ({
    ...d,
    bouts: d.bouts + 1,
    longBouts: d.longBouts + (long ? 1 : 0),
    longestBoutMs: Math.max(d.longestBoutMs, bout.committedMs),
  }));
}

/** Starts a fresh bout with an open stretch at `at`. */
export function startBout(model: ClockModel, at: number): ClockModel {
  return {
    ...model,
    clock: {
      ...model.clock,
      activity: 'active',
      bout: { startedAt: at, committedMs: 0 },
      stretchStart: at,
      awaySince: null,
    },
  };
}
