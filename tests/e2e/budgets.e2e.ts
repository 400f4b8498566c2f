// Size budgets, checked on the production build that `npm run test:e2e` makes first.
// Sizes are deterministic, so they are asserted here; timing and memory goals are only reported
// by `npm run bench`. gzip is level 9, file by file, summed; 1 KB = 1000 bytes.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { BUDGETS, buildSizes, gzipBytes, type Measured } from '../../bench/sizes.mjs';
import { removeCard, showCard } from '../../card-in-page/show-card';
import { PROD_BUILD_DIR } from './harness';

if (!existsSync(join(PROD_BUILD_DIR, 'manifest.json'))) {
  throw new Error(`No production build in ${PROD_BUILD_DIR}: run \`npm run build\` first.`);
}
const sizes = buildSizes(PROD_BUILD_DIR);
const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`;
const listing = (part: Measured) => part.files.join(', ');

describe('size budgets (production build)', () => {
  test(`background: ${kb(sizes.background.gzip)} gzip ≤ ${kb(BUDGETS.background)}`, () => {
    expect(
      sizes.background.gzip,
      `service worker is ${kb(sizes.background.gzip)} gzip (${kb(sizes.background.raw)} raw): ${listing(sizes.background)}`,
    ).toBeLessThanOrEqual(BUDGETS.background);
  });

  test(`popup with everything it loads: ${kb(sizes.popup.gzip)} gzip ≤ ${kb(BUDGETS.popup)}`, () => {
    expect(
      sizes.popup.gzip,
      `popup is ${kb(sizes.popup.gzip)} gzip (${kb(sizes.popup.raw)} raw) in ${sizes.popup.files.length} files: ${listing(sizes.popup)}`,
    ).toBeLessThanOrEqual(BUDGETS.popup);
  });

  test(`card page over a site, with everything it loads: ${kb(sizes.overlay.gzip)} gzip ≤ ${kb(BUDGETS.overlay)}`, () => {
    expect(
      sizes.overlay.gzip,
      `card page is ${kb(sizes.overlay.gzip)} gzip (${kb(sizes.overlay.raw)} raw): ${listing(sizes.overlay)}`,
    ).toBeLessThanOrEqual(BUDGETS.overlay);
    expect(sizes.overlay.files).toContain('card.html');
  });

  // What runs in the page itself: the functions the background injects, as written (unminified,
  // comments aside, so an upper bound of what the browser serialises into the page).
  const injected = [showCard, removeCard].map(String).join('\n');
  test(`function injected into the page: ${kb(gzipBytes(Buffer.from(injected)))} gzip ≤ ${kb(BUDGETS.injected)}`, () => {
    expect(gzipBytes(Buffer.from(injected))).toBeLessThanOrEqual(BUDGETS.injected);
  });

  test(`zip (as \`wxt zip\` packs it): ${kb(sizes.zip.zip)} ≤ ${kb(BUDGETS.zip)}`, () => {
    expect(
      sizes.zip.zip,
      `zip is ${kb(sizes.zip.zip)} for ${sizes.zip.files.length} files, ${kb(sizes.zip.raw)} unpacked`,
    ).toBeLessThanOrEqual(BUDGETS.zip);
  });

  test('the popup count follows its scripts, module preloads and stylesheets', () => {
    // Guards the HTML and import parsing: a miss here would make the popup look cheap.
    expect(sizes.popup.files).toContain('popup.html');
    expect(sizes.popup.files.some((file) => file.startsWith('chunks/popup-'))).toBe(true);
    expect(sizes.popup.files.some((file) => file.endsWith('.css'))).toBe(true);
    expect(sizes.popup.files.length).toBeGreaterThan(3);
  });

  test('the popup loads its own script and style sheet and one shared of each, no more', () => {
    // Each file is a wait before the popup answers (scripts/shared-page-chunk.ts): a new shared
    // chunk here is a slower popup even when the bytes stay the same.
    const scripts = sizes.popup.files.filter((file) => file.endsWith('.js'));
    const styles = sizes.popup.files.filter((file) => file.endsWith('.css'));
    expect(scripts, listing(sizes.popup)).toHaveLength(2);
    expect(styles, listing(sizes.popup)).toHaveLength(2);
  });
});
