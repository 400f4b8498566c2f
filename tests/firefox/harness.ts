// Firefox harness: the built MV2 extension in Debian's firefox-esr through puppeteer-core over
// WebDriver BiDi (ENGINEERING.md, "Browser tests in Firefox"). `npm run test:firefox` builds first.
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { until, WAIT_MS } from '../e2e/support/unsit';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const FIREFOX_E2E_BUILD_DIR = join(ROOT, '.output-e2e/firefox-mv2');
export const GECKO_ID = 'unsit@unsit.app';
/** Fixed through `extensions.webextensions.uuids`, so extension URLs are known before install. */
export const EXTENSION_UUID = '5a1e7c3d-0b2f-4e6a-9c8d-7f1e2d3c4b5a';
export const EXTENSION_ORIGIN = `moz-extension://${EXTENSION_UUID}`;

export interface LaunchedFirefox {
  browser: Browser;
  /** Opens an extension page in a new tab and waits until it has loaded. */
  openExtensionPage(path: string): Promise<Page>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** The built extension (default: the e2e build). */
  dir?: string;
  /**
   * A home folder for Firefox instead of the user's: Firefox on Linux reads per-user native
   * manifests (managed storage among them) from `$HOME/.mozilla/`.
   */
  home?: string;
}

export async function launchFirefox({
  dir = FIREFOX_E2E_BUILD_DIR,
  home,
}: LaunchOptions = {}): Promise<LaunchedFirefox> {
  const extensionDir = resolve(dir);
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`No built extension in ${extensionDir}: run \`npm run build:firefox:e2e\`.`);
  }
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
    headless: true,
    ...(home === undefined ? {} : { env: { ...process.env, HOME: home } }),
    // Without it Firefox refuses navigation to moz-extension:// from the remote agent.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
      'extensions.webextOptionalPermissionPrompts': false,
    },
  });
  try {
    await browser.installExtension(extensionDir);
    // A first install opens onboarding; the tests want a quiet browser.
    await closePages(browser, (href) => href.endsWith('/onboarding.html'), WAIT_MS);
    return {
      browser,
      openExtensionPage: (path) => openExtensionPage(browser, path),
      close: () => browser.close(),
    };
  } catch (error) {
    await browser.close();
    throw error;
  }
}

/**
 * `page.setViewport` for firefox-esr 140: puppeteer-core sends `emulation.setScreenOrientationOverride`
 * beside the viewport, a WebDriver BiDi command this Firefox does not know, and fails with it.
 * The viewport command itself works: that one error is let through, and the page's own width
 * must then be the one asked for.
 */
export async function setViewport(page: Page, width: number, height: number): Promise<void> {
  try {
    await page.setViewport({ width, height });
  } catch (error) {
    if (!String(error).includes('unknown command emulation.setScreenOrientationOverride')) {
      throw error;
    }
  }
  await until(`a viewport ${width} px wide`, () =>
    page.evaluate((w) => window.innerWidth === w, width),
  );
}

/** The page's own location (puppeteer's `page.url()` does not follow moz-extension:// loads). */
export const href = (page: Page) => page.evaluate(() => location.href).catch(() => '');

async function closePages(browser: Browser, match: (href: string) => boolean, waitMs: number) {
  const end = Date.now() + waitMs;
  for (;;) {
    const pages = await browser.pages();
    const hrefs = await Promise.all(pages.map(href));
    const found = pages.filter((_, i) => match(hrefs[i] ?? ''));
    if (found.length > 0) {
      // Let its first request to the background finish (it shows its heading) before closing it.
      for (const page of found) {
        // Polled through evaluate: `waitForFunction` builds a Function in the page, which an
        // extension page's CSP refuses at once (so it never waited).
        await until('onboarding’s heading', () =>
          page.evaluate(() => document.querySelector('h1, h2') !== null).catch(() => false),
        ).catch(() => undefined);
        await page.close();
      }
      return;
    }
    if (Date.now() > end) return;
    await new Promise((done) => setTimeout(done, 100));
  }
}

export async function openExtensionPage(browser: Browser, path: string): Promise<Page> {
  const page = await browser.newPage();
  // Navigation to moz-extension:// never resolves over BiDi: fire it, then wait for the load.
  void page.goto(`${EXTENSION_ORIGIN}/${path.replace(/^\//, '')}`).catch(() => undefined);
  // Polled by hand: while about:blank is replaced, an evaluation can hit the realm being torn
  // down and fail with a protocol error, which would end `waitForFunction` at once.
  const loaded = () =>
    page
      .evaluate(() => location.protocol === 'moz-extension:' && document.readyState === 'complete')
      .catch(() => false);
  const end = Date.now() + WAIT_MS;
  while (!(await loaded())) {
    if (Date.now() > end) throw new Error(`Timed out loading ${path} in Firefox`);
    await new Promise((done) => setTimeout(done, 100));
  }
  return page;
}

/** Resolves with the first page whose location contains `fragment`. */
export async function findPage(browser: Browser, fragment: string, ms = WAIT_MS): Promise<Page> {
  const end = Date.now() + ms;
  for (;;) {
    for (const page of await browser.pages()) {
      if ((await href(page)).includes(fragment)) return page;
    }
    if (Date.now() > end) throw new Error(`Timed out waiting for a page at …${fragment}`);
    await new Promise((done) => setTimeout(done, 200));
  }
}

export interface PageServer {
  url(path: string): string;
  close(): Promise<void>;
}

/** The Chromium tests' fixture pages and scripts that the Firefox tests share. */
const SHARED_FIXTURES = ['/attack.html', '/attack.js', '/spy.html', '/spy.js'];

/**
 * An ordinary page on 127.0.0.1, which the e2e build holds a host permission for; under a path
 * with "strict-csp", with a CSP that forbids everything (frames included) but nothing else; and
 * a few of tests/e2e/fixtures (the attack and spy pages).
 */
export async function startPageServer(): Promise<PageServer> {
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    if (SHARED_FIXTURES.includes(path)) {
      res.writeHead(200, {
        'content-type': `text/${path.endsWith('.js') ? 'javascript' : 'html'}; charset=utf-8`,
        'cache-control': 'no-store',
      });
      res.end(readFileSync(join(ROOT, 'tests/e2e/fixtures', path)));
      return;
    }
    res.writeHead(200, {
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'no-store',
      ...(req.url?.includes('strict-csp')
        ? { 'content-security-policy': "default-src 'none'; frame-src 'none'; child-src 'none'" }
        : {}),
    });
    res.end(
      '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Plain</title></head>' +
        '<body><h1>Plain page</h1><p>An ordinary page for the overlay.</p></body></html>',
    );
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: (path) => new URL(path, origin).href,
    close: () =>
      new Promise<void>((done, fail) => {
        server.closeAllConnections();
        server.close((error) => (error ? fail(error) : done()));
      }),
  };
}
