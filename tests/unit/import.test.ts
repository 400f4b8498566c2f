import { describe, expect, it } from 'vitest';
import { daysToJson } from '../../components/shared/export';
import { type Days, emptyDay } from '../../lib/day-totals';
import { isDayKey, MAX_IMPORT_CHARS, mergeDays, parseImport } from '../../lib/import';
import { t } from '../../platform/i18n';

const days: Days = {
  '2025-03-04': { ...emptyDay, natural: 3, activeMs: 3_660_000, bouts: 2 },
  '2025-03-05': {
    ...emptyDay,
    routine: 2,
    acknowledged: 1,
    longestBoutMs: 3_150_000,
    longBouts: 1,
    longByHour: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 20, 33],
  },
};

const ok = (text: string) => {
  const result = parseImport(text, t);
  if (!result.ok) throw new Error(`expected ok, got: ${result.error}`);
  return result;
};
const error = (text: string) => {
  const result = parseImport(text, t);
  if (result.ok) throw new Error('expected an error');
  return result.error;
};

describe('parseImport', () => {
  it('reads back exactly what "Export as JSON" writes', () => {
    const result = ok(daysToJson(days, new Date('2025-03-05T12:00:00Z')));
    expect(result).toEqual({ ok: true, days, skipped: 0 });
  });

  it('reads files from before the hours of long sitting were kept: an empty pattern', () => {
    const old = JSON.parse(daysToJson(days, new Date('2025-03-05T12:00:00Z')));
    for (const day of old.days) delete day.longByHour;
    const read = ok(JSON.stringify(old)).days;
    expect(read['2025-03-05']).toEqual({ ...days['2025-03-05'], longByHour: [] });
    expect(
      ok(JSON.stringify({ '2025-03-06': { natural: 1 } })).days['2025-03-06']?.longByHour,
    ).toEqual([]);
  });

  it('also reads a plain map of days by date, and a map under `days`', () => {
    expect(ok(JSON.stringify(days)).days).toEqual(days);
    expect(ok(JSON.stringify({ app: 'unsit', version: 1, days })).days).toEqual(days);
  });

  it('skips and counts entries that are not valid days', () => {
    const text = JSON.stringify({
      app: 'Unsit',
      format: 1,
      days: [
        { date: '2025-03-05', routine: 2 },
        { date: '2025-02-30', routine: 1 },
        { date: 'yesterday', routine: 1 },
        { routine: 4 },
        { date: '2025-03-06', note: 'no counters at all' },
        'not a day',
        null,
        [1, 2],
      ],
    });
    const result = ok(text);
    expect(Object.keys(result.days)).toEqual(['2025-03-05']);
    expect(result.skipped).toBe(7);
  });

  it('defaults bad fields within a valid day and drops unknown ones', () => {
    const result = ok(
      JSON.stringify({
        '2025-03-05': { routine: 2, natural: -1, skipped: 'many', breaks: 99, extra: true },
      }),
    );
    expect(result.days['2025-03-05']).toEqual({ ...emptyDay, routine: 2 });
    expect(result.skipped).toBe(0);
  });

  it('in a plain map, keys that are not dates are skipped', () => {
    const result = ok(JSON.stringify({ '2025-03-05': { routine: 1 }, settings: { x: 1 } }));
    expect(result.skipped).toBe(1);
  });

  it('a date listed twice keeps the larger counts', () => {
    const result = ok(
      JSON.stringify({
        app: 'Unsit',
        days: [
          { date: '2025-03-05', routine: 2, natural: 0 },
          { date: '2025-03-05', routine: 1, natural: 4 },
        ],
      }),
    );
    expect(result.days['2025-03-05']).toMatchObject({ routine: 2, natural: 4 });
  });

  it.each([
    ['text that is not JSON', 'date,breaks\n2025-03-05,2', 'not JSON'],
    ['an empty file', '', 'not JSON'],
    ['a JSON list', '[1, 2]', 'not an Unsit export'],
    ['a number', '42', 'not an Unsit export'],
    ['another app’s export', '{"app":"Stretchly","days":[]}', 'not an Unsit export'],
    ['JSON without dates', '{"name":"x","count":3}', 'not an Unsit export'],
    ['an export without days', '{"app":"Unsit","format":1}', 'holds no days'],
    ['an empty export', '{"app":"Unsit","format":1,"days":[]}', 'holds no days'],
    [
      'a newer format',
      '{"app":"Unsit","format":2,"days":[{"date":"2025-03-05","routine":1}]}',
      'newer version of Unsit',
    ],
    [
      'an export with no valid day',
      '{"app":"Unsit","format":1,"days":[{"date":"nope"},{"routine":1}]}',
      'None of the 2 entries',
    ],
  ])('refuses %s with a clear error', (_, text, message) => {
    expect(error(text)).toContain(message);
  });

  it('refuses a file far larger than any export', () => {
    expect(error(' '.repeat(MAX_IMPORT_CHARS + 1))).toContain('too large');
  });

  it('knows real dates', () => {
    expect(isDayKey('2024-02-29')).toBe(true);
    expect(isDayKey('2025-02-29')).toBe(false);
    expect(isDayKey('2025-13-01')).toBe(false);
    expect(isDayKey('2025-3-5')).toBe(false);
    expect(isDayKey(20250305)).toBe(false);
  });
});

describe('mergeDays', () => {
  const existing: Days = {
    '2025-03-01': { ...emptyDay, routine: 1 },
    '2025-03-05': { ...emptyDay, routine: 3, natural: 1, activeMs: 1000, longestBoutMs: 900 },
  };
  const incoming: Days = {
    '2025-03-05': { ...emptyDay, routine: 2, natural: 4, activeMs: 5000, longestBoutMs: 400 },
    '2025-03-07': { ...emptyDay, acknowledged: 2 },
  };

  it('keeps every existing day and adds the new ones', () => {
    const merged = mergeDays(existing, incoming);
    expect(Object.keys(merged).sort()).toEqual(['2025-03-01', '2025-03-05', '2025-03-07']);
    expect(merged['2025-03-01']).toEqual(existing['2025-03-01']);
    expect(merged['2025-03-07']).toEqual(incoming['2025-03-07']);
  });

  it('takes the larger value of each field for a day in both', () => {
    expect(mergeDays(existing, incoming)['2025-03-05']).toEqual({
      ...emptyDay,
      routine: 3,
      natural: 4,
      activeMs: 5000,
      longestBoutMs: 900,
    });
  });

  it('takes the hours of long sitting whole from the day with more active time', () => {
    const mine = { '2025-03-05': { ...emptyDay, activeMs: 9000, longByHour: [0, 40, 10] } };
    const theirs = { '2025-03-05': { ...emptyDay, activeMs: 5000, longByHour: [5, 20, 10, 30] } };
    expect(mergeDays(mine, theirs)['2025-03-05']?.longByHour).toEqual([0, 40, 10]);
    expect(mergeDays(theirs, mine)['2025-03-05']?.longByHour).toEqual([0, 40, 10]);
    // A file from before the hours were kept takes nothing away from a day that has them.
    const without = { '2025-03-05': { ...emptyDay, activeMs: 9000 } };
    expect(mergeDays(mine, without)['2025-03-05']?.longByHour).toEqual([0, 40, 10]);
  });

  it('is idempotent: merging the same days again changes nothing', () => {
    const once = mergeDays(existing, incoming);
    expect(mergeDays(once, incoming)).toEqual(once);
    expect(mergeDays(once, once)).toEqual(once);
    expect(mergeDays(existing, existing)).toEqual(existing);
  });

  it('does not depend on the order of the two sides, and leaves its inputs alone', () => {
    const before = JSON.stringify(existing);
    expect(mergeDays(existing, incoming)).toEqual(mergeDays(incoming, existing));
    expect(JSON.stringify(existing)).toBe(before);
  });

  it('an empty import changes nothing; bad incoming days are dropped', () => {
    expect(mergeDays(existing, {})).toEqual(existing);
    const bad = { 'not-a-day': emptyDay } as Days;
    expect(mergeDays(existing, bad)).toEqual(existing);
  });
});
