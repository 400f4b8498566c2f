// `npm run screenshots`: the pictures in README.md, taken from the test build
// in Chromium with a lived-in week of history. Not part of `npm test`.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, test } from 'vitest';
import {
  type LaunchedExtension,
  launchExtension,
  openExtensionPage,
  type StaticServer,
  startStaticServer,
} from '../e2e/harness';
import { cardFrame, type WithHook } from '../e2e/support/unsit';

const OUT = join(import.meta.dirname, '../../docs/screenshots');
let ext: LaunchedExtension;
let server: StaticServer;

/** Six past days and today, as someone who mostly keeps the habit would have them. */
function week(): Record<string, Record<string, number>> {
  const days: Record<string, Record<string, number>> = {};
  const breaks = [5, 7, 6, 3, 6, 8, 4];
  const longest = [52, 38, 41, 74, 35, 33, 46];
  for (let i = 6; i >= 0; i--) {
    const d = new Date();
    d.setDate(d.getDate() - i);
    const key = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    const n = breaks[6 - i] ?? 0;
    days[key] = {
      activeMs: (300 + n * 10) * 60_000,
      bouts: n + 2,
      longBouts: 2,
      longestBoutMs: (longest[6 - i] ?? 30) * 60_000,
      routine: Math.ceil(n / 2),
      natural: Math.floor(n / 2) - 1,
      acknowledged: 1,
      skipped: i === 3 ? 2 : 0,
    };
  }
  return days;
}

async function shoot(page: Page, name: string) {
  await page.screenshot({ path: join(OUT, `${name}.png`) });
}

beforeAll(async () => {
  await mkdir(OUT, { recursive: true });
  server = await startStaticServer();
  ext = await launchExtension();
  const worker = await ext.serviceWorker();
  await worker.evaluate((days) => (globalThis as WithHook).__unsitTest.seedDays(days), week());
});
afterAll(async () => {
  await ext?.close();
  await ext?.removeProfile();
  server?.close();
});

test('popup', async () => {
  const page = await openExtensionPage(ext.context, ext.extensionId, 'popup.html');
  await page.setViewportSize({ width: 360, height: 600 });
  await page.getByRole('button', { name: '2-minute routine' }).waitFor();
  await page.waitForTimeout(300);
  await shoot(page, 'popup');
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.waitForTimeout(500); // let colour transitions finish
  await shoot(page, 'popup-dark');
  await page.close();
});

test('a routine step', async () => {
  const page = await openExtensionPage(
    ext.context,
    ext.extensionId,
    'break.html?routine=two-minute',
  );
  await page.setViewportSize({ width: 440, height: 680 });
  await page.getByRole('region', { name: 'Routine player' }).waitFor();
  await page.waitForTimeout(5600); // past the lead-in, into the hold
  await page.keyboard.press('Space');
  await shoot(page, 'routine-step');
  await page.close();
});

test('options', async () => {
  const page = await openExtensionPage(ext.context, ext.extensionId, 'options.html');
  await page.setViewportSize({ width: 900, height: 1100 });
  await page.waitForTimeout(500);
  await shoot(page, 'options');
  await page.close();
});

test('the card over a page', async () => {
  const page = await ext.context.newPage();
  await page.setViewportSize({ width: 1100, height: 620 });
  await page.goto(server.url('/article.html'));
  await page.bringToFront();
  for (const other of ext.context.pages()) if (other !== page) await other.close();
  const worker = await ext.serviceWorker();
  await worker.evaluate(() =>
    (globalThis as WithHook).__unsitTest.overrideSettings({
      intervalMin: 0.02,
      escalateAfterMin: 0,
    }),
  );
  await cardFrame(page).getByRole('heading', { name: 'Time to stand up' }).waitFor();
  await page.waitForTimeout(300);
  await shoot(page, 'overlay');
});
