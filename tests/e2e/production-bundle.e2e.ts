// The e2e build exposes a test hook (`globalThis.__unsitTest` in the service worker, and
// overrides stored under `unsit:e2e`); the production build must contain neither.
// Both builds come from `npm run test:e2e` (`npm run build && npm run build:e2e`).
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { E2E_BUILD_DIR, PROD_BUILD_DIR } from './harness';

const TEST_ONLY = ['__unsitTest', 'unsit:e2e'];

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
  // Guards the scan above: if the hook were renamed, the production check would pass vacuously.
  test('background.js exposes __unsitTest', () => {
    expect(readFileSync(join(E2E_BUILD_DIR, 'background.js'), 'utf8')).toContain('__unsitTest');
  });
});
