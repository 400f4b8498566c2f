import { describe, expect, it } from 'vitest';
import { storedItems } from '../../lib/stored-items';

// A convention test: bumping an item's version without writing the migration
// to it fails here, before any user's data meets the new code.
describe('stored item migrations', () => {
  for (const [name, item] of Object.entries(storedItems)) {
    it(`${name} has a migration for every version after the first`, () => {
      for (let v = 2; v <= item.version; v++) expect(typeof item.migrations[v]).toBe('function');
      for (const v of Object.keys(item.migrations))
        expect(Number(v)).toBeLessThanOrEqual(item.version);
    });
    it(`${name} lives in extension storage under a unique key`, () => {
      expect(item.key).toMatch(/^(local|sync|session):[a-z-]+$/);
      const keys = Object.values(storedItems).map((i) => i.key);
      expect(keys.filter((k) => k === item.key)).toHaveLength(1);
    });
  }
});
