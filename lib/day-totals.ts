import { count, durationMs as duration, hourPattern, lazy } from './bounds';
import { isRecord, parseFieldByField } from './safe-object';
import { DAY, dayKey } from './time';
import type { z } from './zod';

// One calendar day of statistics. Counters only ever grow within a day; the
// live view adds the bout in progress on top (see clock/view.ts).

export const breakKinds = ['routine', 'natural', 'acknowledged'] as const;
export type BreakKind = (typeof breakKinds)[number];

/** The fields of a day and their schemas, built on first use (see `lazy`). */
export const dayTotalsShape = lazy(
  () =>
    ({
      /** Active (sitting at the keyboard) time booked to this day. */
      activeMs: duration(),
      /** Time the user said they were standing, booked when the standing ends (never sitting time). */
      standingMs: duration(),
      /** Sitting bouts that ended this day (bouts shorter than a minute are noise and not counted). */
      bouts: count(),
      /** Of those, bouts of 30 minutes or more. */
      longBouts: count(),
      longestBoutMs: duration(),
      /** Finished guided routines. */
      routine: count(),
      /** Absences long enough to be a real break. */
      natural: count(),
      /** "I stood up" without a guided routine. */
      acknowledged: count(),
      /** Routines left early: how many, and how long they ran in total. */
      partial: count(),
      partialMs: duration(),
      /** Reminders shown, snoozed and skipped. */
      reminders: count(),
      snoozed: count(),
      skipped: count(),
      /**
       * When the long bouts were: minutes of sitting in bouts of 30 minutes or more, per local hour
       * of this day (lib/sitting-hours.ts). For the history's "when you sit longest".
       */
      longByHour: hourPattern(),
    }) satisfies Record<string, z.ZodMiniType>,
);

type DayTotalsShape = ReturnType<typeof dayTotalsShape>;

export type DayTotals = {
  [K in keyof DayTotalsShape]: z.output<DayTotalsShape[K]>;
};

/** The day's numbers (counts and durations): every field but the hour pattern. */
export type DayCounter = Exclude<keyof DayTotals, 'longByHour'>;

export const emptyDay: DayTotals = Object.freeze({
  activeMs: 0,
  standingMs: 0,
  bouts: 0,
  longBouts: 0,
  longestBoutMs: 0,
  routine: 0,
  natural: 0,
  acknowledged: 0,
  partial: 0,
  partialMs: 0,
  reminders: 0,
  snoozed: 0,
  skipped: 0,
  longByHour: [],
});

export function parseDayTotals(raw: unknown): DayTotals {
  return parseFieldByField(dayTotalsShape(), emptyDay, raw);
}

export function breaksTaken(day: DayTotals): number {
  return day.routine + day.natural + day.acknowledged;
}

/** Daily totals by local day key (`YYYY-MM-DD`). */
export type Days = Record<string, DayTotals>;

const dayKeyPattern = /^\d{4}-\d{2}-\d{2}$/;

/** Reads stored history of any shape; bad days are dropped, bad fields within a day defaulted. */
export function parseDays(raw: unknown): Days {
  const days: Days = {};
  if (!isRecord(raw)) return days;
  for (const [key, value] of Object.entries(raw)) {
    if (dayKeyPattern.test(key)) days[key] = parseDayTotals(value);
  }
  return days;
}

/** Keeps a little over a year of days, so "this day last year" still exists. */
export const KEEP_DAYS = 400;

export function pruneDays(days: Days, now: number): Days {
  const cutoff = dayKey(now - KEEP_DAYS * DAY);
  const kept: Days = {};
  for (const [key, value] of Object.entries(days)) if (key >= cutoff) kept[key] = value;
  return kept;
}

export function updateDay(days: Days, key: string, change: (day: DayTotals) => DayTotals): Days {
  return { ...days, [key]: change(days[key] ?? emptyDay) };
}
