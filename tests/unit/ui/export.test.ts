import { describe, expect, it } from 'vitest';
import {
  CSV_COLUMNS,
  daysToCsv,
  daysToJson,
  exportFileName,
  minutesValue,
} from '../../../components/shared/export';
import { type Days, emptyDay } from '../../../lib/day-totals';
import { MINUTE } from '../../../lib/time';

const days: Days = {
  '2025-03-05': {
    ...emptyDay,
    activeMs: 205 * MINUTE,
    standingMs: 45 * MINUTE,
    bouts: 5,
    longBouts: 2,
    longestBoutMs: 52 * MINUTE + 30_000,
    routine: 2,
    natural: 1,
    acknowledged: 1,
    partial: 1,
    partialMs: 90_000,
    reminders: 3,
    snoozed: 1,
    skipped: 1,
  },
  '2025-03-04': {
    ...emptyDay,
    natural: 3,
    activeMs: 61 * MINUTE,
    bouts: 2,
    longestBoutMs: 40 * MINUTE,
  },
};

describe('CSV export', () => {
  it('has the documented header', () => {
    expect(daysToCsv({}).split('\r\n')[0]).toBe(
      'date,breaks,routine,natural,acknowledged,partial,partial_minutes,skipped,snoozed,reminders,active_minutes,standing_minutes,bouts,long_bouts,longest_bout_minutes',
    );
    expect(CSV_COLUMNS).toHaveLength(15);
  });

  it('writes one row per day, oldest first, with minutes and the breaks total', () => {
    const lines = daysToCsv(days).split('\r\n');
    expect(lines).toEqual([
      CSV_COLUMNS.join(','),
      '2025-03-04,3,0,3,0,0,0,0,0,0,61,0,2,0,40',
      '2025-03-05,4,2,1,1,1,1.5,1,1,3,205,45,5,2,52.5',
      '',
    ]);
  });

  it('an empty history is the header alone', () => {
    expect(daysToCsv({})).toBe(`${CSV_COLUMNS.join(',')}\r\n`);
  });

  it('rounds minutes to one decimal and never goes negative', () => {
    expect(minutesValue(0)).toBe(0);
    expect(minutesValue(59_000)).toBe(1);
    expect(minutesValue(61_000)).toBe(1);
    expect(minutesValue(63_000)).toBe(1.1);
    expect(minutesValue(-5)).toBe(0);
  });
});

describe('JSON export', () => {
  it('holds every day, oldest first, with the raw counters and the breaks total', () => {
    const parsed = JSON.parse(daysToJson(days, new Date('2025-03-05T12:00:00Z')));
    expect(parsed.app).toBe('Unsit');
    expect(parsed.format).toBe(1);
    expect(parsed.exportedAt).toBe('2025-03-05T12:00:00.000Z');
    expect(parsed.days.map((d: { date: string }) => d.date)).toEqual(['2025-03-04', '2025-03-05']);
    expect(parsed.days[1]).toEqual({ date: '2025-03-05', breaks: 4, ...days['2025-03-05'] });
    expect(parsed.days[1].standingMs).toBe(45 * MINUTE);
  });

  it('names files by kind and day', () => {
    expect(exportFileName('csv', '2025-03-05')).toBe('unsit-history-2025-03-05.csv');
    expect(exportFileName('json', '2025-03-05')).toBe('unsit-history-2025-03-05.json');
  });
});
