import { HOUR_SLOT_MAX_MIN } from './bounds';
import { type Days, emptyDay } from './day-totals';
import { DAY, dayKey, HOUR, MINUTE, SECOND } from './time';

// When in the day the long sitting happens: each day keeps the minutes of its long bouts
// (30 minutes or more) per local hour, 24 small numbers at most, so the history can draw an
// hour × weekday map from the same daily records as everything else. Local time is the
// computer's time zone, as for the days themselves (lib/time.ts).

export type HourPart = { day: string; hour: number; ms: number };

/**
 * Splits [from, to) at local hour boundaries: each part is the day and the hour of the clock it
 * lies in. A clock going forward skips an hour (no part names it); a clock going back repeats
 * one (both parts name it, so that hour can hold up to 120 minutes). Half-hour zones split at
 * their own hours.
 */
export function splitByHour(from: number, to: number): HourPart[] {
  const parts: HourPart[] = [];
  for (let cursor = from; cursor < to; ) {
    const d = new Date(cursor);
    const intoHour = d.getMinutes() * MINUTE + d.getSeconds() * SECOND + d.getMilliseconds();
    const end = Math.min(to, cursor - intoHour + HOUR);
    parts.push({ day: dayKey(cursor), hour: d.getHours(), ms: end - cursor });
    cursor = end;
  }
  return parts;
}

/** Slot by slot the larger of two patterns (an import of the same day keeps the fuller record). */
export function maxPattern(a: readonly number[], b: readonly number[]): number[] {
  return Array.from({ length: Math.max(a.length, b.length) }, (_, i) =>
    Math.max(a[i] ?? 0, b[i] ?? 0),
  );
}

/**
 * Books a long bout that ran from `from` to `to` (wall-clock time, its short pauses included)
 * to the hours it covered, each part to the day it lies in, in whole minutes. At most a day and
 * an hour back from its end: more than any bout, and it bounds the work whatever a damaged start
 * time says.
 */
export function bookLongSitting(days: Days, from: number, to: number): Days {
  const out = { ...days };
  for (const part of splitByHour(Math.max(from, to - DAY - HOUR), to)) {
    const minutes = Math.round(part.ms / MINUTE);
    const d = out[part.day] ?? emptyDay;
    // Grown only as far as the hour it adds to: a morning's pattern is a few numbers.
    const slots = Array.from(
      { length: Math.max(d.longByHour.length, part.hour + 1) },
      (_, i) => d.longByHour[i] ?? 0,
    );
    slots[part.hour] = Math.min(HOUR_SLOT_MAX_MIN, (slots[part.hour] ?? 0) + minutes);
    if (minutes > 0) out[part.day] = { ...d, longByHour: slots };
  }
  return out;
}
