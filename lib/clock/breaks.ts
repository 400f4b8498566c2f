import { type BreakKind, updateDay } from '../day-totals';
import { dayKey, SECOND } from '../time';
import { MIN_BOUT_MS } from './constants';
import type { ClockModel } from './model';
import type { ClockState } from './state';

// What "a break" is, defined once. Every way a break reaches the clock (an
// absence long enough, a routine done, "I stood up") is a span of time away
// from sitting, and every one of them is counted here:
//
// - Spans that overlap, or lie less than a minute apart (less sitting than a
//   bout), are ONE physical break, whatever order they are reported in: a
//   routine done hands-off is also an absence, and walking away after
//   "I stood up" is the same break.
// - Merged reports keep the most telling kind (routine > "I stood up" >
//   natural): an absence already booked as a natural break is upgraded, not
//   joined by a second break, when a routine covering it completes.
// - A request carries an id fixed for its reminder or routine run; an id seen
//   before is not counted again (see step.ts).

/** Breaks less than this apart are one: the sitting between them was not a bout. */
export const SAME_BREAK_GAP_MS = MIN_BOUT_MS;

/** A routine is a break once this share of its planned working time ran. */
export const ROUTINE_DONE_SHARE = 2 / 3;

/** A reported span of time away from sitting. */
export type BreakSpan = { kind: BreakKind; from: number; to: number };

const rank: Record<BreakKind, number> = { natural: 0, acknowledged: 1, routine: 2 };

export function sameBreak(a: { from: number; to: number }, b: { from: number; to: number }) {
  return a.from <= b.to + SAME_BREAK_GAP_MS && b.from <= a.to + SAME_BREAK_GAP_MS;
}

/**
 * Counts a break, or merges it into the last one counted when they are the
 * same physical break. Counted breaks never overlap, and reports arrive no
 * earlier than their spans end, so only the last one can be the same break.
 */
export function countBreak(model: ClockModel, span: BreakSpan, bookAt: number): ClockModel {
  const last = model.clock.lastBreak;
  if (last !== null && sameBreak(last, span)) {
    const booked = model.days[last.day]?.[last.kind] ?? 0;
    // Upgraded where it was booked, so the day's break count stays the same.
    const upgrade = rank[span.kind] > rank[last.kind] && booked > 0;
    const kind = upgrade ? span.kind : last.kind;
    const days = upgrade
      ? updateDay(model.days, last.day, (d) => ({
          ...d,
          [last.kind]: d[last.kind] - 1,
          [kind]: d[kind] + 1,
        }))
      : model.days;
    const merged = {
      kind,
      from: Math.min(last.from, span.from),
      to: Math.max(last.to, span.to),
      day: last.day,
    };
    return { days, clock: { ...model.clock, lastBreak: merged } };
  }
  const day = dayKey(bookAt);
  return {
    days: updateDay(model.days, day, (d) => ({ ...d, [span.kind]: d[span.kind] + 1 })),
    clock: { ...model.clock, lastBreak: { ...span, day } },
  };
}

/**
 * While the user stays away after a break (no bout since, nor standing), that break goes on:
 * its span grows to `t`, so a report arriving later still finds it.
 */
export function extendBreak(clock: ClockState, t: number): ClockState {
  const last = clock.lastBreak;
  if (last === null || clock.bout !== null || clock.standing !== null) return clock;
  if (clock.activity === 'active' || t <= last.to) return clock;
  return { ...clock, lastBreak: { ...last, to: t } };
}

/** What a page reports about a routine it played to the end. */
export type RoutineWork = {
  /** Working time (lead-ins excluded) that ran while playing, in real milliseconds. */
  workedMs: number;
  /** The routine's planned working time, in real milliseconds. */
  plannedMs: number;
  /** Real milliseconds it was playing, pauses excluded. */
  ranMs: number;
};

/** The clock of a page and the background's may differ a little. */
const CLOCK_SLACK_MS = 2 * SECOND;

/**
 * Whether a routine played to the end was done: at least two thirds of its
 * working time ran, by the page's measure, and no more than the background
 * itself saw pass since the routine started (so skipping through, or a page
 * claiming more than the time allows, is not a break).
 */
export function routineDone(work: RoutineWork, startedAt: number, at: number): boolean {
  if (!(work.plannedMs > 0)) return false;
  const worked = Math.min(work.workedMs, Math.max(0, at - startedAt) + CLOCK_SLACK_MS);
  return worked >= ROUTINE_DONE_SHARE * work.plannedMs;
}

/**
 * Whether a break request was counted as a break: its id is new, and it did not end as a
 * routine left undone (a partial). A repeat of an id already recorded counts no more.
 */
export function countedAsBreak(before: ClockModel, after: ClockModel, id: string): boolean {
  if (before.clock.recentBreakIds.includes(id) || !after.clock.recentBreakIds.includes(id))
    return false;
  const partials = (m: ClockModel) =>
    Object.values(m.days).reduce((sum, day) => sum + day.partial, 0);
  return partials(after) === partials(before);
}
