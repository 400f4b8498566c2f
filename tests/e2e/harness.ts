// E2E harness: the built extension in Debian's Chromium through playwright-core.
// The npm script builds first (`npm run test:e2e`); nothing here builds.
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  type BrowserContext,
  type CDPSession,
  chromium,
  type Locator,
  type Page,
  type Worker,
} from 'playwright-core';
import { extensionFlags, QUIET_CHROMIUM_FLAGS } from '../../scripts/chromium-flags.mjs';
import { WAIT_MS } from './support/unsit';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const E2E_BUILD_DIR = join(ROOT, '.output-e2e/chrome-mv3');
export const PROD_BUILD_DIR = join(ROOT, '.output/chrome-mv3');
const FIXTURES_DIR = join(ROOT, 'tests/e2e/fixtures');
const SCREENSHOTS_DIR = join(ROOT, 'test-results/screenshots');

export interface LaunchedExtension {
  context: BrowserContext;
  extensionId: string;
  userDataDir: string;
  /** The live service worker (waits for it; see getServiceWorker). */
  serviceWorker(): Promise<Worker>;
  /** Closes the browser; the profile stays, so a relaunch with `userDataDir` is a browser restart. */
  close(): Promise<void>;
  /** Deletes the profile directory. */
  removeProfile(): Promise<void>;
}

export async function launchExtension(
  options: {
    dir?: string;
    userDataDir?: string;
    keepOnboarding?: boolean;
    /**
     * The browser's UI language, e.g. `de` (Chromium's own language codes: `de-DE` finds no
     * German messages). Headless Chromium on Linux needs two things
     * (checked with Chromium 156): `--lang` picks the extension's messages, but its pages still
     * report en-US from `i18n.getUILanguage()` unless Playwright's `locale` sets it too. The
     * service worker keeps en-US either way, so the badge's clock time stays English here.
     */
    lang?: string;
  } = {},
): Promise<LaunchedExtension> {
  const freshProfile = options.userDataDir === undefined;
  const dir = resolve(options.dir ?? E2E_BUILD_DIR);
  if (!existsSync(join(dir, 'manifest.json'))) {
    throw new Error(`No built extension in ${dir}: run \`npm run build:e2e\` first.`);
  }
  const userDataDir = options.userDataDir ?? (await mkdtemp(join(tmpdir(), 'unsit-e2e-')));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    headless: true,
    ...(options.lang ? { locale: options.lang } : {}),
    args: [
      ...(options.lang ? [`--lang=${options.lang}`] : []),
      ...extensionFlags(dir),
      ...QUIET_CHROMIUM_FLAGS,
    ],
  });
  // Every Playwright wait (a click, a locator's waitFor) gets the same generous bound.
  context.setDefaultTimeout(WAIT_MS);
  try {
    const worker = await getServiceWorker(context);
    const extensionId = new URL(worker.url()).host;
    // A first install opens the onboarding tab; most tests want a quiet browser (and a page
    // still loading would wake a worker a test has just stopped). Onboarding has its own test.
    if (freshProfile && !options.keepOnboarding) {
      const deadline = Date.now() + WAIT_MS;
      let onboarding: Page | undefined;
      while (!onboarding && Date.now() < deadline) {
        onboarding = context.pages().find((p) => p.url().endsWith('/onboarding.html'));
        if (!onboarding) await new Promise((done) => setTimeout(done, 50));
      }
      await onboarding?.waitForLoadState('load');
      // Let its first request to the background finish before closing it.
      await onboarding
        ?.getByRole('heading')
        .first()
        .waitFor()
        .catch(() => undefined);
      await onboarding?.close();
    }
    return {
      context,
      extensionId,
      userDataDir,
      serviceWorker: () => getServiceWorker(context, extensionId),
      close: () => context.close(),
      removeProfile: () => rm(userDataDir, { recursive: true, force: true }),
    };
  } catch (error) {
    await context.close();
    throw error;
  }
}

/** Resolves true if the worker runs `evaluate` within `ms` (a stopped worker never answers). */
async function answers(worker: Worker, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<boolean>((done) => {
    timer = setTimeout(() => done(false), ms);
  });
  const probe = worker.evaluate(() => true).catch(() => false);
  try {
    return await Promise.race([probe, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * The extension's live service worker. With Chromium 156 + playwright-core 1.65 the handle
 * survives a CDP kill and answers again once the worker restarts (no new 'serviceworker'
 * event); a reloaded extension brings a new handle instead. So: the newest handle that
 * answers wins, and a stopped worker makes this wait (wake it with wakeServiceWorker).
 */
export async function getServiceWorker(
  context: BrowserContext,
  extensionId = '',
  timeoutMs = WAIT_MS,
): Promise<Worker> {
  const ours = (w: Worker) => w.url().startsWith(`chrome-extension://${extensionId}`);
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const workers = context.serviceWorkers().filter(ours).reverse();
    if (workers.length === 0) {
      // Subscribed in the same tick as the check above, so no registration slips between.
      return context.waitForEvent('serviceworker', {
        predicate: ours,
        timeout: Math.max(1, deadline - Date.now()),
      });
    }
    for (const worker of workers) {
      // A live worker on a busy machine may take a moment; a stopped one never answers.
      if (await answers(worker, 2000)) return worker;
    }
    if (Date.now() > deadline) {
      throw new Error('Service worker is not running: call wakeServiceWorker() after a kill.');
    }
  }
}

async function withCdp<T>(
  context: BrowserContext,
  fn: (cdp: CDPSession) => Promise<T>,
  needsPage = false,
): Promise<T> {
  // The browser-level session needs no tab (an extra tab would fire tabs events in the
  // extension); the ServiceWorker domain only exists on page sessions.
  let opened: Page | undefined;
  let cdp: CDPSession;
  const browser = context.browser();
  if (!needsPage && browser) {
    cdp = await browser.newBrowserCDPSession();
  } else {
    let page = context.pages()[0];
    if (!page) {
      page = await context.newPage();
      opened = page;
    }
    cdp = await context.newCDPSession(page);
  }
  try {
    return await fn(cdp);
  } finally {
    await cdp.detach().catch(() => {});
    await opened?.close();
  }
}

async function workerTargetIds(cdp: CDPSession, extensionId: string): Promise<string[]> {
  const { targetInfos } = await cdp.send('Target.getTargets');
  return targetInfos
    .filter(
      (t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${extensionId}/`),
    )
    .map((t) => t.targetId);
}

async function until(check: () => Promise<boolean>, what: string, timeoutMs = WAIT_MS) {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting: ${what}`);
    await new Promise((done) => setTimeout(done, 25));
  }
}

/**
 * Stops the extension's service worker the way Chrome's idle timeout does: globals, timers and
 * pending promises die. Returns false if it was not running.
 */
export function killServiceWorker(context: BrowserContext, extensionId: string): Promise<boolean> {
  return withCdp(context, async (cdp) => {
    const targets = await workerTargetIds(cdp, extensionId);
    for (const targetId of targets) await cdp.send('Target.closeTarget', { targetId });
    await until(
      async () => (await workerTargetIds(cdp, extensionId)).length === 0,
      'service worker to stop',
    );
    return targets.length > 0;
  });
}

/**
 * Stops the worker running now and returns once that instance is gone (its globals with it).
 * An extension page that connects again at once may already have started the next one, under
 * the same target, so this looks for a fresh instance rather than for no worker at all
 * (killServiceWorker waits for none).
 */
export async function stopCurrentServiceWorker(
  context: BrowserContext,
  extensionId: string,
): Promise<void> {
  const marked = await getServiceWorker(context, extensionId);
  await marked.evaluate(() => Object.assign(globalThis, { __e2eOldInstance: true }));
  await withCdp(context, async (cdp) => {
    for (const targetId of await workerTargetIds(cdp, extensionId)) {
      await cdp.send('Target.closeTarget', { targetId });
    }
  });
  await until(async () => {
    const fresh = await marked
      .evaluate(() => !('__e2eOldInstance' in globalThis))
      .catch(() => true);
    return fresh;
  }, 'service worker to stop');
}

/**
 * Starts a stopped service worker and returns it. `cdp` (default) runs ServiceWorker.startWorker:
 * no event reaches the extension. `message` sends `chrome.runtime.sendMessage` from an extension
 * page, as a popup would (wakes it even with no onMessage listener). Opening an extension page
 * or fetching an extension URL does NOT wake it.
 */
export async function wakeServiceWorker(
  context: BrowserContext,
  extensionId: string,
  via: 'cdp' | 'message' = 'cdp',
): Promise<Worker> {
  if (via === 'message') {
    const page = await openExtensionPage(context, extensionId, 'manifest.json');
    await page.evaluate(() =>
      chrome.runtime.sendMessage({ type: 'e2e-harness-wake' }).catch(() => undefined),
    );
    await page.close();
  } else {
    await withCdp(
      context,
      async (cdp) => {
        await cdp.send('ServiceWorker.enable');
        await cdp.send('ServiceWorker.startWorker', {
          scopeURL: `chrome-extension://${extensionId}/`,
        });
        await until(
          async () => (await workerTargetIds(cdp, extensionId)).length > 0,
          'service worker to start',
        );
      },
      true,
    );
  }
  return getServiceWorker(context, extensionId);
}

export async function openExtensionPage(
  context: BrowserContext,
  extensionId: string,
  path: string,
): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/${path.replace(/^\//, '')}`);
  return page;
}

/** Saves `test-results/screenshots/NAME.png` and returns its path. */
export async function screenshot(target: Page | Locator, name: string): Promise<string> {
  await mkdir(SCREENSHOTS_DIR, { recursive: true });
  const path = join(SCREENSHOTS_DIR, `${name.replace(/[^\w.-]+/g, '-')}.png`);
  // A page whole; a locator (one section of a long page) as laid out.
  await ('goto' in target
    ? target.screenshot({ path, fullPage: true })
    : target.screenshot({ path }));
  return path;
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

export interface StaticServer {
  origin: string;
  url(path: string): string;
  close(): Promise<void>;
}

/** Serves tests/e2e/fixtures on 127.0.0.1 (matched by an `http://127.0.0.1/*` host permission). */
export async function startStaticServer(): Promise<StaticServer> {
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const file = join(FIXTURES_DIR, path);
    if (relative(FIXTURES_DIR, file).startsWith('..')) {
      res.writeHead(403, { 'content-type': 'text/plain' }).end('forbidden');
      return;
    }
    try {
      const body = await readFile(file);
      res.writeHead(200, {
        'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-store',
      });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    url: (path) => new URL(path, origin).href,
    close: () =>
      new Promise<void>((done, fail) => {
        server.closeAllConnections();
        server.close((error) => (error ? fail(error) : done()));
      }),
  };
}
