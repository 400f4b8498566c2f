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
import { contactSheetHtml } from './contact-sheet';
import { year } from './history';
import { week, weekStanding } from './week';

const OUT = join(import.meta.dirname, '../../docs/screenshots');
const CONTACT_SHEET = join(import.meta.dirname, '../../docs/moves-contact-sheet.png');
let ext: LaunchedExtension;
let server: StaticServer;

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

test('history', async () => {
  const worker = await ext.serviceWorker();
  await worker.evaluate((days) => (globalThis as WithHook).__unsitTest.seedDays(days), {
    ...year(),
    ...weekStanding(),
  });
  const page = await openExtensionPage(ext.context, ext.extensionId, 'history.html');
  await page.setViewportSize({ width: 1100, height: 1500 });
  await page.getByRole('region', { name: 'When you sit longest' }).waitFor();
  await shoot(page, 'history');
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

test('every move picture, both sides', async () => {
  const page = await ext.context.newPage();
  await page.setViewportSize({ width: 1180, height: 800 });
  await page.setContent(contactSheetHtml());
  await page.waitForFunction(() =>
    [...document.images].every((img) => img.complete && img.naturalWidth > 0),
  );
  await page.screenshot({ path: CONTACT_SHEET, fullPage: true });
  await page.close();
});
