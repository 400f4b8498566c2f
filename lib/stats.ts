import { breaksTaken, type Days, emptyDay } from './day-totals';
import { DAY, dayKey, startOfDay } from './time';

// Summaries of the daily history for the popup chart and the streak. Pure: `now` and the goal are passed in.

export type DaySummary = { day: string; breaks: number; longestBoutMs: number; activeMs: number };

/** The last `count` local days, oldest first, today last; missing days are zeros. */
export function recentDays(days: Days, now: number, count = 7): DaySummary[] {
  const out: DaySummary[] = [];
  // Noon steps stay on the right calendar day across DST changes.
  const todayNoon = startOfDay(now) + DAY / 2;
  for (let i = count - 1; i >= 0; i--) {
    const key = dayKey(todayNoon - i * DAY);
    const d = days[key] ?? emptyDay;
    out.push({
      day: key,
      breaks: breaksTaken(d),
      longestBoutMs: d.longestBoutMs,
      activeMs: d.activeMs,
    });
  }
  return out;
}

/**
 * Consecutive days, ending today, on which the goal was met. Today counts
 * only once it meets the goal; until then the streak runs to yesterday, so it
 * does not read zero every morning.
 */
export function streak(days: Days, goal: number, now: number): number {
  const met = (key: string) => breaksTaken(days[key] ?? emptyDay) >= goal;
  const todayNoon = startOfDay(now) + DAY / 2;
  let count = met(dayKey(todayNoon)) ? 1 : 0;
  for (let i = 1; i < 10_000; i++) {
    if (!met(dayKey(todayNoon - i * DAY))) break;
    count++;
  }
  return count;
}
