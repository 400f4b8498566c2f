import { HOUR_SLOT_MAX_MIN } from './bounds';
import { type Days, emptyDay } from './day-totals';
import { DAY, HOUR, MINUTE } from './time';

// When in the day the long sitting happens: each day keeps the minutes of its long bouts
// (30 minutes or more) per local hour, 24 small numbers at most, so the history can draw an
// hour × weekday map from the same daily records as everything else. Pure: the time zone comes
// in as a function of the instant (its offset then), the computer's own by default.

/** The local time's offset from UTC at instant `t`, in milliseconds (east positive). */
export type OffsetAt = (t: number) => number;

/** The computer's time zone, as `Date` sees it (and as `dayKey` books days). */
export const localOffset: OffsetAt = (t) => -new Date(t).getTimezoneOffset() * MINUTE;

export type HourPart = { day: string; hour: number; ms: number };

/** `YYYY-MM-DD` of a wall-clock time held as if it were UTC. */
function wallDayKey(wall: number): string {
  const d = new Date(wall);
  const month = String(d.getUTCMonth() + 1).padStart(2, '0');
  const day = String(d.getUTCDate()).padStart(2, '0');
  return `${d.getUTCFullYear()}-${month}-${day}`;
}

/**
 * Splits [from, to) at local hour boundaries: each part is the day and the hour of the clock it
 * lies in. A clock going forward skips an hour (no part names it); a clock going back repeats
 * one (both parts name it, so that hour can hold up to 120 minutes).
 */
export function splitByHour(from: number, to: number, offsetAt = localOffset): HourPart[] {
  const parts: HourPart[] = [];
  let cursor = from;
  while (cursor < to) {
    const offset = offsetAt(cursor);
    const wall = cursor + offset;
    const nextWall = (Math.floor(wall / HOUR) + 1) * HOUR;
    // Never stand still, whatever a strange offset function answers.
    const end = Math.min(to, Math.max(cursor + MINUTE, nextWall - offset));
    const hour = Math.floor((((wall % DAY) + DAY) % DAY) / HOUR);
    parts.push({ day: wallDayKey(wall), hour, ms: end - cursor });
    cursor = end;
  }
  return parts;
}

/** A day's pattern with `minutes` more in `hour`, each slot within its bound. */
export function addToPattern(pattern: readonly number[], hour: number, minutes: number): number[] {
  const out = Array.from({ length: Math.max(pattern.length, hour + 1) }, (_, i) => pattern[i] ?? 0);
  out[hour] = Math.min(HOUR_SLOT_MAX_MIN, (out[hour] ?? 0) + minutes);
  return out;
}

/** Slot by slot the larger of two patterns (an import of the same day keeps the fuller record). */
export function maxPattern(a: readonly number[], b: readonly number[]): number[] {
  return Array.from({ length: Math.max(a.length, b.length) }, (_, i) =>
    Math.max(a[i] ?? 0, b[i] ?? 0),
  );
}

/**
 * The longest span a long bout is spread over: a bout is unbroken sitting with only short
 * pauses, and a day and an hour is more than any; the cap keeps the work bounded whatever a
 * damaged start time says.
 */
const SPREAD_MAX_MS = DAY + HOUR;

/**
 * Books a long bout that ran from `from` to `to` (wall-clock time, its short pauses included)
 * to the hours it covered, each part to the day it lies in. Whole minutes per hour.
 */
export function bookLongSitting(
  days: Days,
  from: number,
  to: number,
  offsetAt = localOffset,
): Days {
  const start = Math.max(from, to - SPREAD_MAX_MS);
  if (!(to > start)) return days;
  const out = { ...days };
  for (const part of splitByHour(start, to, offsetAt)) {
    const minutes = Math.round(part.ms / MINUTE);
    if (minutes === 0) continue;
    const d = out[part.day] ?? emptyDay;
    out[part.day] = { ...d, longByHour: addToPattern(d.longByHour, part.hour, minutes) };
  }
  return out;
}
