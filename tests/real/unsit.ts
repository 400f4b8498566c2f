// Unsit's production build in a headful Chromium on a private X display, and the ways this
// suite looks at it without touching the user's idle time: `evaluate` in the service worker
// (storage, badge, notifications) and in pages. Never `page.screenshot()`: in headful Chromium
// it counts as user input for the idle API (checked with Chromium 156), which would turn
// every "away" phase into presence.
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BrowserContext, chromium, type Page, type Worker } from 'playwright-core';
import { type DayTotals, emptyDay, parseDays } from '../../lib/day-totals';
import { dayKey } from '../../lib/time';
import { extensionFlags, QUIET_CHROMIUM_FLAGS } from '../../scripts/chromium-flags.mjs';
import type { Display } from './display';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** `npm run build`: the bundle users install, with no test hooks. */
export const PROD_BUILD_DIR = join(ROOT, '.output/chrome-mv3');

/** The badge's colour while a reminder is due (lib/badge.ts), as Chrome reports it. */
export const AMBER = [180, 83, 9, 255];

export type Stored = {
  clock?: {
    activity: string;
    bout: { startedAt: number; committedMs: number } | null;
    stretchStart: number | null;
    reminder: { firedAt: number | null };
  };
  days?: unknown;
  presentation?: { firedAt: number | null; notifiedAt: number | null; cardAt: number | null };
  settings?: Record<string, unknown>;
};

export interface Unsit {
  context: BrowserContext;
  extensionId: string;
  /** When Chromium was started (the user sat down then: X input time starts with the server). */
  launchedAt: number;
  worker(): Promise<Worker>;
  stored(): Promise<Stored>;
  badge(): Promise<{ text: string; color: number[] }>;
  notifications(): Promise<string[]>;
  alarms(): Promise<{ name: string; scheduledTime: number; periodInMinutes?: number }[]>;
  /** Whether a reminder card is on screen: Unsit's window, or the card over a page. */
  cardShown(): Promise<boolean>;
  /** The page the user types into: a text area, focused, in the one browser window. */
  typingPage: Page;
  close(): Promise<void>;
}

export async function launchUnsit(display: Display): Promise<Unsit> {
  if (!existsSync(join(PROD_BUILD_DIR, 'manifest.json'))) {
    throw new Error(`No production build in ${PROD_BUILD_DIR}: run \`npm run build\` first.`);
  }
  const userDataDir = await mkdtemp(join(tmpdir(), 'unsit-real-'));
  const launchedAt = Date.now();
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    headless: false,
    env: display.env,
    // The window's own size: no emulated viewport between the page and X.
    viewport: null,
    args: [
      ...extensionFlags(PROD_BUILD_DIR),
      '--window-position=0,0',
      '--window-size=1280,900',
      ...QUIET_CHROMIUM_FLAGS,
      '--password-store=basic',
    ],
  });
  const close = async () => {
    await context.close().catch(() => undefined);
    await rm(userDataDir, { recursive: true, force: true });
  };
  try {
    const first =
      context.serviceWorkers()[0] ??
      (await context.waitForEvent('serviceworker', { timeout: 60_000 }));
    const extensionId = new URL(first.url()).host;
    const worker = async () => {
      const live = context.serviceWorkers().filter((w) => w.url().includes(extensionId));
      return live[live.length - 1] ?? context.waitForEvent('serviceworker', { timeout: 60_000 });
    };
    // A first install opens onboarding; this user has read it. Closed once it has loaded.
    const onboarding = await waitFor('onboarding', async () =>
      context.pages().find((p) => p.url().endsWith('/onboarding.html')),
    );
    await onboarding.waitForLoadState('load');
    await onboarding.getByRole('heading').first().waitFor({ timeout: 60_000 });
    const typingPage = context.pages().find((p) => p !== onboarding) ?? (await context.newPage());
    await onboarding.close();
    await typingPage.setContent(
      '<title>Notes</title><textarea id="notes" rows="20" cols="80" autofocus></textarea>',
    );
    await typingPage.bringToFront();
    await typingPage.focus('#notes');

    const inWorker = async <T>(fn: () => Promise<T>): Promise<T> => (await worker()).evaluate(fn);
    return {
      context,
      extensionId,
      launchedAt,
      worker,
      typingPage,
      stored: () =>
        inWorker(async () => {
          const all = await chrome.storage.local.get(null);
          return {
            clock: all.clock,
            days: all.days,
            presentation: all.presentation,
            settings: all.settings,
          } as Stored;
        }),
      badge: () =>
        inWorker(async () => ({
          text: await chrome.action.getBadgeText({}),
          color: await chrome.action.getBadgeBackgroundColor({}),
        })),
      notifications: () => inWorker(async () => Object.keys(await chrome.notifications.getAll())),
      alarms: () => inWorker(() => chrome.alarms.getAll()),
      async cardShown() {
        const prefix = `chrome-extension://${extensionId}/break.html`;
        if (context.pages().some((p) => p.url().startsWith(prefix))) return true;
        return typingPage
          .evaluate(() => document.querySelector('unsit-overlay') !== null)
          .catch(() => false);
      },
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}

/** Polls `probe` until it returns something truthy (for conditions, not for the user's timing). */
export async function waitFor<T>(
  what: string,
  probe: () => Promise<T | undefined | null | false>,
  timeoutMs = 60_000,
  everyMs = 250,
): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > end)
      throw new Error(`Timed out after ${timeoutMs / 1000} s waiting for ${what}`);
    await new Promise((done) => setTimeout(done, everyMs));
  }
}

/** Today's booked totals (the user's local day, as the background keeps them). */
export function today(stored: Stored): DayTotals {
  return parseDays(stored.days)[dayKey(Date.now())] ?? emptyDay;
}

/**
 * Sets the given options the way a user does, on the options page (Playwright's typing: the
 * values matter here, not the user's presence), and waits until the background stored them.
 */
export async function setOptions(unsit: Unsit, values: Record<string, number>): Promise<void> {
  const page = await unsit.context.newPage();
  await page.goto(`chrome-extension://${unsit.extensionId}/options.html`);
  for (const [id, value] of Object.entries(values)) {
    const field = page.locator(`#${id}`);
    await field.fill(String(value));
    await field.press('Enter');
    await waitFor(`option ${id} = ${value} to be saved`, async () => {
      const { settings } = await unsit.stored();
      return settings?.[id] === value;
    });
  }
  await page.close();
  await unsit.typingPage.bringToFront();
  await unsit.typingPage.focus('#notes');
}

/** Today's figures as the popup shows them (label → text of the figure). */
export async function popupFigures(unsit: Unsit): Promise<Record<string, string>> {
  const page = await unsit.context.newPage();
  try {
    await page.goto(`chrome-extension://${unsit.extensionId}/popup.html`);
    await page.locator('dl.stats dd').first().waitFor({ timeout: 60_000 });
    return await page.evaluate(() => {
      const figures: Record<string, string> = {};
      for (const stat of document.querySelectorAll('dl.stats > div')) {
        const label = stat.querySelector('dt')?.textContent?.trim() ?? '';
        const figure = stat.querySelector('dd')?.firstChild?.textContent?.trim() ?? '';
        figures[label] = figure;
      }
      return figures;
    });
  } finally {
    await page.close();
  }
}
