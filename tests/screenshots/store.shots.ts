// `npm run screenshots`: the store images in store/images/, from the test build in Chromium with
// a lived-in week, in each language: 1280×800 screenshots of the card over a page, a routine step,
// the popup and the history (the popup's today figures and 7-day chart, the week a store visitor
// first sees; the long view's own page is in README), and a 440×280 promo tile. The card is a
// plain screenshot of a page; the others place a real screenshot of the extension's page beside
// a headline (store/captions.json).
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  type LaunchedExtension,
  launchExtension,
  openExtensionPage,
  type StaticServer,
  startStaticServer,
} from '../e2e/harness';
import type { WithHook } from '../e2e/support/unsit';
import { week } from './week';

const ROOT = join(import.meta.dirname, '../..');
const OUT = join(ROOT, 'store/images');
const LANGUAGES = ['en', 'de', 'es'] as const;
type Lang = (typeof LANGUAGES)[number];
type Captions = Record<Lang, Record<'routine' | 'popup' | 'history', [string, string]>> &
  Record<Lang, { promo: string }>;

const captions = JSON.parse(await readFile(join(ROOT, 'store/captions.json'), 'utf8')) as Captions;
const messages = async (lang: Lang) =>
  JSON.parse(await readFile(join(ROOT, `public/_locales/${lang}/messages.json`), 'utf8')) as Record<
    string,
    { message: string }
  >;

let server: StaticServer;
beforeAll(async () => {
  server = await startStaticServer();
});
afterAll(() => server?.close());

const escapeHtml = (s: string) =>
  s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

/** A PNG the size of the page's document (the popup grows with its content). */
async function wholePage(page: Page, width: number): Promise<Buffer> {
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  await page.setViewportSize({ width, height });
  return page.screenshot();
}

/**
 * A 1280×800 image: a headline and a line on the left, the screenshot on the right at its own
 * size (never scaled, so no text is blurred), on Unsit's colours.
 */
async function staged(
  context: BrowserContext,
  shot: Buffer,
  [headline, line]: [string, string],
  file: string,
) {
  // Taller than the stage would mean scaling it down, and blurring its text.
  expect(shot.readUInt32BE(20), file).toBeLessThanOrEqual(760);
  const page = await context.newPage();
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.setContent(`<!doctype html><meta charset="utf-8"><style>
    html,body{margin:0;height:100%}
    body{display:grid;grid-template-columns:1fr auto;align-items:center;gap:56px;padding:0 72px;
      box-sizing:border-box;background:linear-gradient(135deg,#eef4f1,#dfeae5);
      font-family:"DejaVu Sans",system-ui,sans-serif;color:#17332a}
    h1{font-size:44px;line-height:1.15;margin:0 0 20px;letter-spacing:-.5px}
    p{font-size:22px;line-height:1.45;margin:0;color:#3b5a50}
    img{display:block;max-height:760px;border-radius:14px;box-shadow:0 18px 50px rgba(20,50,40,.25)}
  </style><div><h1>${escapeHtml(headline)}</h1><p>${escapeHtml(line)}</p></div>
  <img src="data:image/png;base64,${shot.toString('base64')}" alt="">`);
  await page.locator('img').evaluate((img: HTMLImageElement) => img.decode());
  await page.screenshot({ path: join(OUT, file) });
  await page.close();
}

/** Width and height of a PNG file (its IHDR). */
async function pngSize(path: string) {
  const bytes = await readFile(path);
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe.each(LANGUAGES)('store images, %s', (lang) => {
  let ext: LaunchedExtension;
  const dir = join(OUT, lang);

  beforeAll(async () => {
    await mkdir(dir, { recursive: true });
    ext = await launchExtension({ lang });
    const worker = await ext.serviceWorker();
    await worker.evaluate((days) => (globalThis as WithHook).__unsitTest.seedDays(days), week());
  });
  afterAll(async () => {
    await ext?.close();
    await ext?.removeProfile();
  });

  test('the popup and the history', async () => {
    const m = await messages(lang);
    const page = await openExtensionPage(ext.context, ext.extensionId, 'popup.html');
    await page.setViewportSize({ width: 360, height: 600 });
    await page.getByRole('button', { name: m.popup_two_minute_routine?.message }).waitFor();
    await page.locator('.week svg').waitFor();
    await page.evaluate(async () => {
      await document.fonts.ready;
      // The popup focuses its first button for the keyboard; a picture needs no focus ring.
      (document.activeElement as HTMLElement | null)?.blur();
    });
    await staged(
      ext.context,
      await wholePage(page, 360),
      captions[lang].popup,
      `${lang}/2-popup.png`,
    );

    // The history: today's figures and the 7-day chart, drawn at 1.6× (layout zoom keeps it sharp).
    await page.setViewportSize({ width: 600, height: 1000 });
    await page.evaluate(() => {
      document.documentElement.style.zoom = '1.6';
    });
    const today = await page.locator('.today').boundingBox();
    const chart = await page.locator('.week').boundingBox();
    expect(today && chart).toBeTruthy();
    if (!today || !chart) return;
    const x = Math.min(today.x, chart.x) - 12;
    const y = today.y - 12;
    const clip = {
      x,
      y,
      width: Math.max(today.x + today.width, chart.x + chart.width) + 12 - x,
      height: chart.y + chart.height + 12 - y,
    };
    await page.setViewportSize({ width: 600, height: Math.ceil(clip.y + clip.height) + 4 });
    await staged(
      ext.context,
      await page.screenshot({ clip }),
      captions[lang].history,
      `${lang}/4-history.png`,
    );
    await page.close();
  });

  test('a routine step', async () => {
    const page = await openExtensionPage(
      ext.context,
      ext.extensionId,
      'break.html?routine=two-minute',
    );
    await page.setViewportSize({ width: 440, height: 680 });
    // Past the lead-in, into the first move's countdown.
    await page.locator('.unsit-player:is([data-state="hold"], [data-state="reps"])').waitFor({
      timeout: 30_000,
    });
    await staged(
      ext.context,
      await wholePage(page, 440),
      captions[lang].routine,
      `${lang}/3-routine.png`,
    );
    await page.close();
  });

  test('the card over a page', async () => {
    const m = await messages(lang);
    const page = await ext.context.newPage();
    await page.setViewportSize({ width: 1280, height: 800 });
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
    await page
      .frameLocator('unsit-overlay iframe')
      .getByRole('heading', { name: m.common_time_to_stand_up?.message })
      .waitFor({ timeout: 30_000 });
    // The card fades in: wait until it is fully opaque.
    await page.waitForFunction(() => {
      const card = document.querySelector('unsit-overlay');
      return card !== null && getComputedStyle(card).opacity === '1';
    });
    await page.screenshot({ path: join(dir, '1-card.png') });
    await page.close();
  });

  test('every image is 1280×800', async () => {
    for (const file of ['1-card', '2-popup', '3-routine', '4-history']) {
      expect(await pngSize(join(dir, `${file}.png`)), file).toEqual({ width: 1280, height: 800 });
    }
  });
});

test('the promo tile, 440×280', async () => {
  // Only the icon and the name come from the extension: a plain Chromium page is enough.
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 440, height: 280 } });
    const icon = await readFile(join(ROOT, 'public/icon/128.png'));
    const m = await messages('en');
    await page.setContent(`<!doctype html><meta charset="utf-8"><style>
      html,body{margin:0;height:100%}
      body{display:flex;align-items:center;gap:28px;padding:0 36px;box-sizing:border-box;
        background:linear-gradient(135deg,#1f5a46,#163f33);color:#fff;
        font-family:"DejaVu Sans",system-ui,sans-serif}
      img{width:112px;height:112px}
      h1{font-size:52px;margin:0 0 6px;letter-spacing:-1px}
      p{font-size:21px;line-height:1.3;margin:0;color:#d6ece3}
    </style><img src="data:image/png;base64,${icon.toString('base64')}" alt="">
    <div><h1>${escapeHtml(m.ext_name?.message ?? '')}</h1><p>${escapeHtml(captions.en.promo)}</p></div>`);
    await page.locator('img').evaluate((img: HTMLImageElement) => img.decode());
    await mkdir(OUT, { recursive: true });
    const path = join(OUT, 'promo-440x280.png');
    await page.screenshot({ path });
    expect(await pngSize(path)).toEqual({ width: 440, height: 280 });
  } finally {
    await browser.close();
  }
});
