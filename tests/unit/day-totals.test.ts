import { describe, expect, it } from 'vitest';
import {
  breaksTaken,
  type DayTotals,
  emptyDay,
  KEEP_DAYS,
  parseDays,
  parseDayTotals,
  pruneDays,
  updateDay,
} from '../../lib/day-totals';
import { DAY } from '../../lib/time';

const day = (fields: Partial<DayTotals>): DayTotals => ({ ...emptyDay, ...fields });

/** A day in which every field differs from its default (fields added later get 9). */
const full: DayTotals = {
  ...parseDayTotals(Object.fromEntries(Object.keys(emptyDay).map((key) => [key, 9]))),
  activeMs: 5_400_000,
  bouts: 7,
  longBouts: 2,
  longestBoutMs: 2_700_000,
  routine: 3,
  natural: 4,
  acknowledged: 1,
  reminders: 5,
  snoozed: 2,
  skipped: 1,
  longByHour: [0, 0, 0, 0, 0, 0, 0, 0, 0, 15, 60, 20],
};

describe('parseDayTotals', () => {
  it('uses a fixture with no field at its default', () => {
    for (const [key, value] of Object.entries(full)) {
      expect(value, key).not.toBe(0);
      expect(value, key).not.toEqual([]);
    }
    const { longByHour, ...counters } = emptyDay;
    expect(Object.values(counters).every((value) => value === 0)).toBe(true);
    expect(longByHour).toEqual([]);
  });

  it('reads the hours of long sitting, or an empty pattern where they are damaged', () => {
    const hours = (longByHour: unknown) => parseDayTotals({ ...full, longByHour }).longByHour;
    expect(hours([0, 120, 3])).toEqual([0, 120, 3]);
    expect(hours(Array(24).fill(60))).toHaveLength(24);
    expect(hours(Array(25).fill(1))).toEqual([]); // more hours than a day has
    expect(hours([0, 121])).toEqual([]); // more than a repeated hour holds
    expect(hours([-1])).toEqual([]);
    expect(hours([1.5])).toEqual([]);
    expect(hours('0,1')).toEqual([]);
    const { longByHour: _, ...old } = full;
    expect(parseDayTotals(old)).toEqual({ ...full, longByHour: [] });
  });

  it('keeps a valid day', () => {
    expect(parseDayTotals(full)).toEqual(full);
  });

  it.each([
    ['undefined', undefined],
    ['null', null],
    ['a string', '3 breaks'],
    ['an array', [1, 2, 3]],
  ])('reads %s as an empty day', (_name, raw) => {
    expect(parseDayTotals(raw)).toEqual(emptyDay);
  });

  it('defaults each bad field and keeps the good ones', () => {
    const parsed = parseDayTotals({
      ...full,
      activeMs: -5, // negative duration
      bouts: 1.5, // counts are integers
      routine: '2', // wrong type
      natural: null,
      skipped: Number.NaN,
    });
    expect(parsed).toEqual({ ...full, activeMs: 0, bouts: 0, routine: 0, natural: 0, skipped: 0 });
  });

  it('allows fractional durations', () => {
    expect(parseDayTotals({ activeMs: 1500.5 }).activeMs).toBe(1500.5);
  });

  it('reads a day stored before standing was recorded as no standing, the rest as it was', () => {
    // As an older Unsit wrote it: every field of its time, none for standing.
    const { standingMs: _, ...old } = full;
    const stored = JSON.parse(JSON.stringify({ '2026-03-02': old }));
    expect(parseDays(stored)['2026-03-02']).toEqual({ ...full, standingMs: 0 });
  });

  it('bounds standing time like active time', () => {
    expect(parseDayTotals({ ...full, standingMs: -1 }).standingMs).toBe(0);
    expect(parseDayTotals({ ...full, standingMs: 26 * 3_600_000 }).standingMs).toBe(0);
    expect(parseDayTotals({ ...full, standingMs: 3_600_000 }).standingMs).toBe(3_600_000);
    expect(parseDayTotals({ ...full, activeMs: 26 * 3_600_000 }).activeMs).toBe(0);
  });
});

describe('parseDays', () => {
  it.each([
    ['undefined', undefined],
    ['null', null],
    ['a number', 7],
    ['a string', '2026-06-15'],
    ['an array', [full]],
  ])('reads %s as no history', (_name, raw) => {
    expect(parseDays(raw)).toEqual({});
  });

  it('drops keys that are not YYYY-MM-DD', () => {
    const parsed = parseDays({
      '2026-06-15': full,
      '2026-6-15': full,
      today: full,
      '2026-06-15x': full,
      ' 2026-06-15': full,
      '20260615': full,
      '': full,
    });
    expect(Object.keys(parsed)).toEqual(['2026-06-15']);
    expect(parsed['2026-06-15']).toEqual(full);
  });

  it('defaults bad fields within a day and keeps good days as they are', () => {
    const parsed = parseDays({
      '2026-06-14': full,
      '2026-06-15': { ...full, reminders: -1, longestBoutMs: 'long' },
      '2026-06-16': 'garbage',
    });
    expect(parsed).toEqual({
      '2026-06-14': full,
      '2026-06-15': { ...full, reminders: 0, longestBoutMs: 0 },
      '2026-06-16': emptyDay,
    });
  });

  it('survives a JSON round trip unchanged', () => {
    const days = { '2026-06-14': full, '2026-06-15': day({ routine: 1 }) };
    expect(parseDays(JSON.parse(JSON.stringify(days)))).toEqual(days);
  });
});

describe('pruneDays', () => {
  // Monday 2026-06-15, noon. 400 days earlier is 2025-05-11.
  const now = new Date(2026, 5, 15, 12).getTime();

  it('keeps more than a year, so "this day last year" exists', () => {
    expect(KEEP_DAYS).toBeGreaterThanOrEqual(365);
    expect(KEEP_DAYS).toBe(400);
  });

  it('keeps days back to KEEP_DAYS ago and drops older ones', () => {
    const days = {
      '2026-06-16': day({ routine: 1 }), // a day ahead (clock set back since)
      '2026-06-15': day({ routine: 2 }),
      '2025-06-15': day({ routine: 3 }), // 365 days ago
      '2025-05-12': day({ routine: 4 }), // 399 days ago
      '2025-05-11': day({ routine: 5 }), // 400 days ago: the cutoff day
      '2025-05-10': day({ routine: 6 }), // 401 days ago
      '2024-06-15': day({ routine: 7 }),
    };
    const kept = pruneDays(days, now);
    expect(Object.keys(kept).sort()).toEqual([
      '2025-05-11',
      '2025-05-12',
      '2025-06-15',
      '2026-06-15',
      '2026-06-16',
    ]);
    expect(kept['2025-05-11']).toBe(days['2025-05-11']);
  });

  it('matches dayKey arithmetic for the cutoff at any time of day', () => {
    for (const hour of [0, 1, 12, 23]) {
      const at = new Date(2026, 5, 15, hour, 30).getTime();
      const kept = pruneDays({ '2025-05-11': emptyDay, '2025-05-10': emptyDay }, at);
      expect(Object.keys(kept)).toEqual(['2025-05-11']);
    }
    expect(now - KEEP_DAYS * DAY).toBe(new Date(2025, 4, 11, 12).getTime());
  });

  it('does not modify its input', () => {
    const days = { '2020-01-01': day({ natural: 1 }), '2026-06-15': day({ natural: 2 }) };
    const copy = structuredClone(days);
    pruneDays(days, now);
    expect(days).toEqual(copy);
  });
});

describe('breaksTaken', () => {
  it('counts routines, natural breaks and acknowledged breaks', () => {
    expect(breaksTaken(full)).toBe(3 + 4 + 1);
    expect(breaksTaken(emptyDay)).toBe(0);
  });

  it('does not count reminders, snoozes or skips as breaks', () => {
    expect(breaksTaken(day({ reminders: 9, snoozed: 4, skipped: 3, bouts: 5 }))).toBe(0);
    expect(breaksTaken(day({ routine: 1 }))).toBe(1);
    expect(breaksTaken(day({ natural: 1 }))).toBe(1);
    expect(breaksTaken(day({ acknowledged: 1 }))).toBe(1);
  });
});

describe('updateDay', () => {
  it('starts a missing day from empty and leaves the input alone', () => {
    const days = { '2026-06-14': full };
    const next = updateDay(days, '2026-06-15', (d) => ({ ...d, routine: d.routine + 1 }));
    expect(next).toEqual({ '2026-06-14': full, '2026-06-15': day({ routine: 1 }) });
    expect(days).toEqual({ '2026-06-14': full });
    expect(emptyDay.routine).toBe(0);
  });

  it('changes an existing day', () => {
    const next = updateDay({ '2026-06-15': full }, '2026-06-15', (d) => ({
      ...d,
      natural: d.natural + 1,
    }));
    expect(next['2026-06-15']).toEqual({ ...full, natural: 5 });
  });
});
