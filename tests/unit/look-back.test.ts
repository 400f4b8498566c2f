import { describe, expect, it } from 'vitest';
import { type Days, emptyDay } from '../../lib/day-totals';
import { weeklyLookBack } from '../../lib/look-back';
import { MINUTE } from '../../lib/time';

// Monday 2026-06-15, 9:00 in the test zone: last week is 8–14 June, the week before 1–7 June.
const MONDAY = new Date(2026, 5, 15, 9).getTime();
const longest = (entries: Record<string, number>): Days =>
  Object.fromEntries(
    Object.entries(entries).map(([key, min]) => [
      key,
      { ...emptyDay, longestBoutMs: min * MINUTE },
    ]),
  );

describe('weeklyLookBack', () => {
  it('says the longest bout went down', () => {
    const days = longest({
      '2026-06-03': 58,
      '2026-06-05': 30,
      '2026-06-09': 41,
      '2026-06-14': 12,
    });
    expect(weeklyLookBack(days, MONDAY, 1)).toEqual({ last: 41, before: 58, trend: 'down' });
  });

  it('says it went up, or stayed the same (to the minute)', () => {
    expect(weeklyLookBack(longest({ '2026-06-01': 35, '2026-06-08': 62 }), MONDAY, 1)).toEqual({
      last: 62,
      before: 35,
      trend: 'up',
    });
    const same = longest({ '2026-06-07': 45, '2026-06-10': 45.2 });
    expect(weeklyLookBack(same, MONDAY, 1)).toEqual({ last: 45, before: 45, trend: 'same' });
  });

  it('leaves today out, and the day before the week before', () => {
    const days = longest({
      '2026-05-31': 90,
      '2026-06-02': 20,
      '2026-06-10': 30,
      '2026-06-15': 99,
    });
    expect(weeklyLookBack(days, MONDAY, 1)).toEqual({ last: 30, before: 20, trend: 'up' });
  });

  it('shows only on the first day of the week, as the locale starts it', () => {
    const days = longest({ '2026-06-03': 58, '2026-06-09': 41 });
    expect(weeklyLookBack(days, MONDAY + 86_400_000, 1)).toBeNull(); // Tuesday
    expect(weeklyLookBack(days, MONDAY, 0)).toBeNull(); // weeks starting on Sunday
    const sunday = new Date(2026, 5, 14, 9).getTime(); // weeks 31 May–6 June and 7–13 June
    expect(weeklyLookBack(days, sunday, 0)).toEqual({ last: 41, before: 58, trend: 'down' });
  });

  it('says nothing without a record in both weeks', () => {
    expect(weeklyLookBack({}, MONDAY, 1)).toBeNull();
    expect(weeklyLookBack(longest({ '2026-06-09': 41 }), MONDAY, 1)).toBeNull();
    expect(weeklyLookBack(longest({ '2026-06-03': 41 }), MONDAY, 1)).toBeNull();
    expect(weeklyLookBack(longest({ '2026-06-03': 0, '2026-06-09': 0 }), MONDAY, 1)).toBeNull();
  });

  it('compares a week that had no long bout with one that had', () => {
    const days = { ...longest({ '2026-06-03': 50 }), '2026-06-09': { ...emptyDay, routine: 3 } };
    expect(weeklyLookBack(days, MONDAY, 1)).toEqual({ last: 0, before: 50, trend: 'down' });
  });
});
