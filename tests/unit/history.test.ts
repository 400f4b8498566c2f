import { describe, expect, it } from 'vitest';
import { type Days, type DayTotals, emptyDay } from '../../lib/day-totals';
import {
  HISTORY_SERIES,
  history,
  lastDays,
  peakOf,
  type Series,
  sittingGrid,
  weekdayOf,
} from '../../lib/history';
import { MINUTE } from '../../lib/time';

// Wednesday 2026-06-17, 10:00 in the test zone (Europe/Berlin).
const NOW = new Date(2026, 5, 17, 10).getTime();
const day = (fields: Partial<DayTotals>): DayTotals => ({ ...emptyDay, ...fields });

describe('lastDays and weekdayOf', () => {
  it('ends today, oldest first, and keeps whole days across the DST change', () => {
    expect(lastDays(NOW, 3)).toEqual(['2026-06-15', '2026-06-16', '2026-06-17']);
    const april = new Date(2026, 3, 1, 0, 30).getTime();
    expect(lastDays(april, 5)).toEqual([
      '2026-03-28',
      '2026-03-29', // 23 hours long
      '2026-03-30',
      '2026-03-31',
      '2026-04-01',
    ]);
    expect(lastDays(NOW, 365)).toHaveLength(365);
    expect(new Set(lastDays(NOW, 365)).size).toBe(365);
  });

  it('reads the weekday from the day key', () => {
    expect(weekdayOf('2026-06-17')).toBe(3);
    expect(weekdayOf('2026-06-14')).toBe(0);
  });
});

describe('history', () => {
  const days: Days = {
    '2026-06-17': day({ routine: 2, natural: 1, skipped: 1, longestBoutMs: 40 * MINUTE }),
    '2026-06-16': day({
      acknowledged: 1,
      longBouts: 2,
      activeMs: 90 * MINUTE,
      standingMs: 25 * MINUTE,
    }),
    '2026-06-14': day({ routine: 1, longestBoutMs: 55 * MINUTE, activeMs: 30 * MINUTE }),
    '2026-05-01': day({ routine: 4 }),
    '2025-06-17': day({ routine: 9 }), // 365 days ago: just outside the year
  };

  it('30 days: a bar a day, ending today', () => {
    const h = history(days, NOW, '30');
    expect(h.by).toBe('day');
    expect(h.buckets).toHaveLength(30);
    expect(h.buckets.at(-1)).toEqual({
      from: '2026-06-17',
      to: '2026-06-17',
      recorded: 1,
      values: {
        breaks: 3,
        skipped: 1,
        longest: 40 * MINUTE,
        'long-bouts': 0,
        active: 0,
        standing: 0,
      },
    });
    expect(h.total).toEqual({
      breaks: 5,
      skipped: 1,
      longest: 55 * MINUTE,
      'long-bouts': 2,
      active: 120 * MINUTE,
      standing: 25 * MINUTE,
    });
    expect(h.recorded).toBe(3);
  });

  it('90 days: a bar a week from the first day of the week; sums add, the longest bout is the largest', () => {
    const monday = history(days, NOW, '90', 1);
    expect(monday.by).toBe('week');
    const last = monday.buckets.at(-1);
    expect(last).toMatchObject({ from: '2026-06-15', to: '2026-06-17', recorded: 2 });
    expect(last?.values.breaks).toBe(3 + 1);
    expect(monday.buckets.at(-2)?.values.longest).toBe(55 * MINUTE); // Sunday the 14th
    const sunday = history(days, NOW, '90', 0);
    expect(sunday.buckets.at(-1)).toMatchObject({ from: '2026-06-14', recorded: 3 });
    expect(sunday.buckets.at(-1)?.values.longest).toBe(55 * MINUTE);
    // Every day of the range in exactly one bar.
    const covered = monday.buckets.reduce((n, b) => n + lastDaysBetween(b.from, b.to), 0);
    expect(covered).toBe(90);
    expect(monday.buckets.length).toBeGreaterThanOrEqual(13);
    expect(monday.buckets.length).toBeLessThanOrEqual(14);
  });

  it('a year: a bar a month, the first one partial, the day a year ago left out', () => {
    const h = history(days, NOW, '365');
    expect(h.by).toBe('month');
    expect(h.buckets).toHaveLength(13);
    expect(h.buckets[0]).toMatchObject({ from: '2025-06-18', to: '2025-06-30' });
    expect(h.buckets.find((b) => b.from === '2026-05-01')?.values.breaks).toBe(4);
    expect(h.total.breaks).toBe(5 + 4);
  });

  it('takes one more series with one more line', () => {
    const reminders: Series = {
      id: 'reminders',
      label: 'popup_stat_breaks',
      unit: 'count',
      combine: 'sum',
      of: (d) => d.reminders,
    };
    const h = history({ '2026-06-17': day({ reminders: 5 }) }, NOW, '30', 1, [
      ...HISTORY_SERIES,
      reminders,
    ]);
    expect(h.total.reminders).toBe(5);
  });

  it('an empty history is zeros, not an error', () => {
    const h = history({}, NOW, '90');
    expect(h.recorded).toBe(0);
    expect(Object.values(h.total).every((v) => v === 0)).toBe(true);
  });
});

function lastDaysBetween(from: string, to: string): number {
  return Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000) + 1;
}

describe('when you sit longest', () => {
  const pattern = (slots: Record<number, number>) =>
    Array.from({ length: 24 }, (_, h) => slots[h] ?? 0);

  it('adds the hours of each day to its weekday', () => {
    const grid = sittingGrid(
      {
        '2026-06-16': day({ longByHour: pattern({ 14: 40, 15: 50 }) }), // Tuesday
        '2026-06-09': day({ longByHour: pattern({ 14: 20 }) }), // Tuesday
        '2026-06-17': day({ longByHour: [0, 0, 0, 0, 0, 0, 0, 0, 0, 30] }), // Wednesday, short pattern
        '2026-01-06': day({ longByHour: pattern({ 9: 60 }) }), // outside 30 days
      },
      NOW,
      30,
    );
    expect(grid[2]?.[14]).toBe(60);
    expect(grid[2]?.[15]).toBe(50);
    expect(grid[3]?.[9]).toBe(30);
    expect(grid.flat().reduce((a, b) => a + b, 0)).toBe(140);
  });

  it('finds the weekday with the most, and on it the best two hours', () => {
    const grid = sittingGrid(
      {
        '2026-06-16': day({ longByHour: pattern({ 9: 10, 14: 40, 15: 50, 16: 5 }) }),
        '2026-06-17': day({ longByHour: pattern({ 10: 60 }) }),
      },
      NOW,
      30,
    );
    expect(peakOf(grid)).toEqual({ weekday: 2, from: 14, hours: 2 });
  });

  it('names one hour when the hours beside it are empty, and nothing without long sitting', () => {
    const grid = sittingGrid({ '2026-06-17': day({ longByHour: pattern({ 23: 45 }) }) }, NOW, 30);
    expect(peakOf(grid)).toEqual({ weekday: 3, from: 23, hours: 1 });
    const alone = sittingGrid({ '2026-06-17': day({ longByHour: pattern({ 0: 45 }) }) }, NOW, 30);
    expect(peakOf(alone)).toEqual({ weekday: 3, from: 0, hours: 1 });
    expect(peakOf(sittingGrid({ '2026-06-17': day({ longBouts: 2 }) }, NOW, 30))).toBeNull();
  });
});
