import { HOUR_SLOT_MAX_MIN } from './bounds';
import { type Days, emptyDay } from './day-totals';
import { DAY, MINUTE, splitByHour } from './time';

// When in the day the long sitting happens: each day keeps the minutes of its long bouts
// (30 minutes or more) per local hour, 24 small numbers at most, so the history can draw an
// hour × weekday map from the same daily records as everything else. Local time is the
// computer's time zone, as for the days themselves (lib/time.ts).

/**
 * Books a long bout that ran from `from` to `to` (wall-clock time, its short pauses included)
 * to the hours it covered, each part to the day it lies in, in whole minutes. At most a day back
 * from its end: more than any bout, and it bounds the work whatever a damaged start time says.
 */
export function bookLongSitting(days: Days, from: number, to: number): Days {
  const out = { ...days };
  for (const { day, hour, ms } of splitByHour(Math.max(from, to - DAY), to)) {
    const d = out[day] ?? emptyDay;
    // Grown only as far as the hour it adds to (a morning's pattern is a few numbers); the
    // hours before it that had none are 0, not holes.
    const slots = [...d.longByHour];
    slots[hour] = Math.min(HOUR_SLOT_MAX_MIN, (slots[hour] ?? 0) + Math.round(ms / MINUTE));
    out[day] = { ...d, longByHour: Array.from(slots, (m) => m ?? 0) };
  }
  return out;
}
