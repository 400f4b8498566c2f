// The e2e build exposes a test hook (a global in the service worker, and overrides kept in a
// storage item); the production build must contain none of its names. The names are read from
// the source, never copied here by hand: the module that declares them, and every storage key
// written in the test hook's own file. The e2e bundle must hold each of them, or this guard
// would pass for a name that is spelled differently in the build.
// Both builds come from `npm run test:e2e` (`npm run build && npm run build:e2e`).
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import * as names from '../../background/test-hook-names';
import { E2E_BUILD_DIR, PROD_BUILD_DIR } from './harness';

const HOOK_SOURCE = join(import.meta.dirname, '../../background/test-hooks.ts');
/** A storage key in a string literal (`local:…`, `session:…`, `sync:…`). */
const STORAGE_KEY = /['"`]((?:local|session|sync|managed):[\w:.-]+)['"`]/g;

/** Each name, and a storage key also as stored (without its area). */
const TEST_ONLY = [
  ...new Set(
    [
      ...Object.values(names),
      ...Array.from(readFileSync(HOOK_SOURCE, 'utf8').matchAll(STORAGE_KEY), (m) => m[1] ?? ''),
    ].flatMap((name) => [name, name.replace(/^(local|session|sync|managed):/, '')]),
  ),
];

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

describe('production bundle', () => {
  const files = filesUnder(PROD_BUILD_DIR);

  test('exists', () => {
    expect(files.map((file) => relative(PROD_BUILD_DIR, file))).toContain('manifest.json');
  });

  test.each(TEST_ONLY)('contains no %s', (needle) => {
    const offenders = files.filter((file) => readFileSync(file, 'latin1').includes(needle));
    expect(offenders.map((file) => relative(PROD_BUILD_DIR, file))).toEqual([]);
  });
});

describe('e2e bundle', () => {
  // Guards the scan above: a name the test build does not hold would pass it vacuously.
  test('names are read from the source', () => {
    expect(TEST_ONLY).toEqual(
      expect.arrayContaining([names.TEST_HOOK_GLOBAL, names.TEST_STATE_KEY]),
    );
  });

  test.each(TEST_ONLY)('background.js holds %s', (needle) => {
    expect(readFileSync(join(E2E_BUILD_DIR, 'background.js'), 'utf8')).toContain(needle);
  });
});
