// Size budgets, checked on the production build that `npm run test:e2e` makes first.
// Sizes are deterministic, so they are asserted here; timing and memory goals are only reported
// by `npm run bench`. gzip is level 9, file by file, summed; 1 KB = 1000 bytes.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { BUDGETS, buildSizes, gzipBytes, type Measured } from '../../bench/sizes.mjs';
import { removeCard, showCard } from '../../card-in-page/show-card';
import { launchExtension, PROD_BUILD_DIR } from './harness';

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

  test(`history page, with everything it loads: ${kb(sizes.history.gzip)} gzip ≤ ${kb(BUDGETS.history)}`, () => {
    expect(
      sizes.history.gzip,
      `history page is ${kb(sizes.history.gzip)} gzip (${kb(sizes.history.raw)} raw): ${listing(sizes.history)}`,
    ).toBeLessThanOrEqual(BUDGETS.history);
    expect(sizes.history.files).toContain('history.html');
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

  test('the popup budget counts every file the popup loads as it opens', async () => {
    // Guards the measurement: a file the popup loads but the count misses would make it look
    // cheap. Chromium opens the production popup and reports what it fetched until it is ready.
    const ext = await launchExtension({ dir: PROD_BUILD_DIR });
    try {
      const page = await ext.context.newPage();
      const fetched = new Set<string>();
      page.on('request', (request) => {
        const url = new URL(request.url());
        if (url.host === ext.extensionId) fetched.add(url.pathname.slice(1));
      });
      await page.goto(`chrome-extension://${ext.extensionId}/popup.html`);
      await page.getByRole('button', { name: '2-minute routine' }).waitFor();
      const scriptsAndStyles = [...fetched].filter((file) => /\.(html|js|css)$/.test(file));
      expect(scriptsAndStyles).toContain('popup.html');
      expect(scriptsAndStyles.some((file) => file.endsWith('.js'))).toBe(true);
      expect(scriptsAndStyles.filter((file) => !sizes.popup.files.includes(file))).toEqual([]);
    } finally {
      await ext.close();
      await ext.removeProfile();
    }
  });
});
