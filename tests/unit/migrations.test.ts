import { describe, expect, it } from 'vitest';
import { emptyDay, parseDays } from '../../lib/day-totals';
import { daysWithHourPattern, storedItems } from '../../lib/stored-items';

// A convention test: bumping an item's version without writing the migration
// to it fails here, before any user's data meets the new code.
describe('stored item migrations', () => {
  for (const [name, item] of Object.entries(storedItems)) {
    it(`${name} has a migration for every version after the first`, () => {
      expect(Number.isInteger(item.version) && item.version >= 1, String(item.version)).toBe(true);
      // Exactly one migration into each version after the first: none missing, none beyond.
      const into = Array.from({ length: item.version - 1 }, (_, i) => i + 2);
      expect(Object.keys(item.migrations).map(Number)).toEqual(into);
      for (const v of into) expect(typeof item.migrations[v]).toBe('function');
    });
    it(`${name} lives in extension storage under a unique key`, () => {
      expect(item.key).toMatch(/^(local|sync|session):[a-z-]+$/);
      const keys = Object.values(storedItems).map((i) => i.key);
      expect(keys.filter((k) => k === item.key)).toHaveLength(1);
    });
  }
});

describe('days, version 1 → 2: the hours of long sitting', () => {
  const v1 = {
    '2025-03-04': { natural: 3, activeMs: 3_660_000, longBouts: 2, longestBoutMs: 2_400_000 },
    '2025-03-05': { routine: 1 },
  };

  it('is the migration into version 2', () => {
    expect(storedItems.days.version).toBe(2);
    expect(storedItems.days.migrations[2]).toBe(daysWithHourPattern);
  });

  it('gives old days an empty pattern and keeps every count', () => {
    const migrated = daysWithHourPattern(v1) as Record<string, Record<string, unknown>>;
    expect(migrated['2025-03-04']).toEqual({ ...emptyDay, ...v1['2025-03-04'], longByHour: [] });
    expect(migrated['2025-03-05']).toEqual({ ...emptyDay, routine: 1, longByHour: [] });
    expect(parseDays(migrated)).toEqual(migrated);
  });

  it('keeps a pattern that is already there, and reads damage as the parse does', () => {
    const v2 = { '2025-03-05': { ...emptyDay, routine: 1, longByHour: [0, 30] } };
    expect(daysWithHourPattern(v2)).toEqual(v2);
    expect(daysWithHourPattern(null)).toEqual({});
    expect(daysWithHourPattern({ '2025-03-05': 'junk', today: {} })).toEqual({
      '2025-03-05': emptyDay,
    });
  });
});
