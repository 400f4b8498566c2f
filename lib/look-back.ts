import type { Days } from './day-totals';
import { lastDays, weekdayOf } from './history';
import { MINUTE } from './time';

// The weekly look-back the popup shows on the first day of a week: the longest bout of the
// week just ended beside the week before. Pure: the days, `now` and the first day of the week
// (0 = Sunday, from the browser's language, Monday where it does not say) come in.

export type LookBack = {
  /** The longest bout of the week just ended, and of the week before, in whole minutes. */
  last: number;
  before: number;
  trend: 'up' | 'down' | 'same';
};

/**
 * On the first day of a week, how the longest bout moved from the week before last to last
 * week. Null on any other day, and when either week has no record to compare.
 */
export function weeklyLookBack(days: Days, now: number, weekStart: number): LookBack | null {
  // Fifteen days: the two weeks before today, then today.
  const keys = lastDays(now, 15);
  const today = keys[14];
  if (today === undefined || weekdayOf(today) !== weekStart) return null;
  const longest = (week: string[]) => {
    const recorded = week.filter((key) => days[key] !== undefined);
    if (recorded.length === 0) return null;
    return Math.round(Math.max(...recorded.map((key) => days[key]?.longestBoutMs ?? 0)) / MINUTE);
  };
  const before = longest(keys.slice(0, 7));
  const last = longest(keys.slice(7, 14));
  if (before === null || last === null || (before === 0 && last === 0)) return null;
  return { last, before, trend: last > before ? 'up' : last < before ? 'down' : 'same' };
}
