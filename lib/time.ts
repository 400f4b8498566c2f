// Time helpers shared by the pure modules. Everything is epoch milliseconds;
// calendar questions (which day, which minute of the day) are answered in the
// user's local time zone, because "today" and "working hours" are local ideas.

export const SECOND = 1000;
export const MINUTE = 60 * SECOND;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

/** Local calendar day of `t` as `YYYY-MM-DD` (sorts lexicographically). */
export function dayKey(t: number): string {
  const d = new Date(t);
  const month = String(d.getMonth() + 1).padStart(2, '0');
  const day = String(d.getDate()).padStart(2, '0');
  return `${d.getFullYear()}-${month}-${day}`;
}

/** The year, month (1–12) and day of the month of a `YYYY-MM-DD` day key. */
export function dayKeyParts(key: string): [year: number, month: number, day: number] {
  const [y = Number.NaN, m = Number.NaN, d = Number.NaN] = key.split('-').map(Number);
  return [y, m, d];
}

/** Local midnight that starts the day containing `t`. */
export function startOfDay(t: number): number {
  const d = new Date(t);
  d.setHours(0, 0, 0, 0);
  return d.getTime();
}

/** Local midnight that ends the day containing `t` (DST days are 23 or 25 h long). */
export function startOfNextDay(t: number): number {
  const d = new Date(startOfDay(t));
  d.setDate(d.getDate() + 1);
  return d.getTime();
}

/** Minutes since local midnight, 0..1439. */
export function minuteOfDay(t: number): number {
  const d = new Date(t);
  return d.getHours() * 60 + d.getMinutes();
}

/** Local weekday, 0 = Sunday … 6 = Saturday (as `Date#getDay`). */
export function weekday(t: number): number {
  return new Date(t).getDay();
}

/** Local time on the same day as `t` at `minutes` after midnight (DST-safe). */
export function atMinuteOfDay(t: number, minutes: number): number {
  const d = new Date(startOfDay(t));
  d.setHours(Math.floor(minutes / 60), minutes % 60, 0, 0);
  return d.getTime();
}

/**
 * Splits the interval [from, to) at local midnights, so that time can be
 * booked to the day it was spent on.
 */
export function splitByDay(from: number, to: number): Array<{ day: string; ms: number }> {
  const parts: Array<{ day: string; ms: number }> = [];
  let cursor = from;
  while (cursor < to) {
    const end = Math.min(to, startOfNextDay(cursor));
    parts.push({ day: dayKey(cursor), ms: end - cursor });
    cursor = end;
  }
  return parts;
}

/**
 * Splits [from, to) at local hour boundaries: each part is the day and the hour of the clock it
 * lies in. A clock going forward skips an hour (no part names it); a clock going back repeats
 * one (both parts name it). Half-hour zones split at their own hours.
 */
export function splitByHour(
  from: number,
  to: number,
): Array<{ day: string; hour: number; ms: number }> {
  const parts: Array<{ day: string; hour: number; ms: number }> = [];
  let cursor = from;
  while (cursor < to) {
    const d = new Date(cursor);
    const end = Math.min(to, cursor + HOUR - ((cursor - d.getTimezoneOffset() * MINUTE) % HOUR));
    parts.push({ day: dayKey(cursor), hour: d.getHours(), ms: end - cursor });
    cursor = end;
  }
  return parts;
}
