import { describe, expect, it } from 'vitest';
import { storedItems } from '../../lib/stored-items';

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
