// Helpers for talking to Unsit in a browser test: the test-build hook in the
// service worker, typed requests from an extension page, and polling.
import type { BrowserContext, Frame, FrameLocator, Locator, Page, Worker } from 'playwright-core';

export type TestHook = {
  setIdle(state: 'active' | 'idle' | 'locked'): Promise<void>;
  overrideSettings(settings: Record<string, unknown>): Promise<unknown>;
  setRoutineSpeed(speed: number): Promise<void>;
  setAudibleUrl(url: string | null): Promise<void>;
  setTypingPause(pause: boolean): Promise<void>;
  seedDays(days: Record<string, unknown>): Promise<unknown>;
  seedSync(items: Record<string, unknown>): Promise<void>;
  /** A keyboard shortcut pressed, as the browser delivers it (headless cannot press one). */
  command(name: string): Promise<void>;
  /** A policy as if the organisation had set it; undefined: the browser's own. */
  setManaged(policy: unknown): Promise<void>;
  poll(): Promise<{
    boutMs: number;
    breaksToday: number;
    reminderDue: boolean;
    standingSince: number | null;
    sittingSince: number | null;
    sitAgainDue: boolean;
    nextReminderAt: number | null;
    today: {
      activeMs: number;
      standingMs: number;
      routine: number;
      acknowledged: number;
      natural: number;
      partial: number;
      snoozed: number;
      skipped: number;
    };
  }>;
  loadModel(): Promise<{
    clock: { bout: { startedAt: number } | null };
    days: Record<string, Record<string, number>>;
  }>;
};
// Functions passed to worker.evaluate run inside the worker: they may not close over test variables.
export type WithHook = typeof globalThis & { __unsitTest: TestHook };

/**
 * How long a browser test waits for something to happen: generous, because the machine may be
 * busy with other work (tests run beside other CPU-bound processes), and bounded, so a broken
 * build fails. Tests wait for conditions with it, never for a fixed time.
 */
export const WAIT_MS = 60_000;

/** Resolves with the first truthy value `probe` gives, polling until `ms` have passed. */
export async function until<T>(
  what: string,
  probe: () => Promise<T | undefined | null | false>,
  ms = WAIT_MS,
): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > end) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

export async function send(page: Page, name: string, payload: unknown = {}) {
  return page.evaluate(
    ([n, p]) => chrome.runtime.sendMessage({ tag: 'unsit', name: n, payload: p }),
    [name, payload] as const,
  ) as Promise<{ ok: boolean; data?: unknown; error?: string }>;
}

export const poll = (worker: Worker) =>
  worker.evaluate(() => (globalThis as WithHook).__unsitTest.poll());

export const badgeText = (worker: Worker) => worker.evaluate(() => chrome.action.getBadgeText({}));

/** Resolves with the first page of the context whose URL contains `fragment`. */
export function findPage(context: BrowserContext, fragment: string, ms = WAIT_MS): Promise<Page> {
  return until(
    `a page at …${fragment}`,
    async () => context.pages().find((p) => p.url().includes(fragment)),
    ms,
  );
}

/**
 * The frame of the reminder card Unsit put over a page: Unsit's card page in the closed shadow
 * root of `<unsit-overlay>`, out of reach of selectors (and of the page), so found among the
 * page's frames: an extension page whose frame element sits in a shadow root (a copy the page
 * frames itself does not).
 */
export async function realCardFrame(page: Page, ms = WAIT_MS): Promise<Frame> {
  return until(
    'the card frame over the page',
    async () => {
      for (const frame of page.frames()) {
        if (!/^chrome-extension:\/\/[^/]+\/card\.html/.test(frame.url()) || frame.isDetached())
          continue;
        const element = await frame.frameElement().catch(() => null);
        const inShadow = await element
          ?.evaluate((el) => el.getRootNode() instanceof ShadowRoot)
          .catch(() => false);
        if (inShadow) return frame;
      }
      return null;
    },
    ms,
  );
}

/** Locator methods that return a locator at once; every other call waits for the frame. */
const CHAINED = new Set([
  'getByRole',
  'getByText',
  'getByLabel',
  'locator',
  'first',
  'last',
  'nth',
]);
function lazy(get: () => Promise<Record<string | symbol, (...args: unknown[]) => unknown>>): never {
  return new Proxy(
    {},
    {
      get:
        (_, name) =>
        (...args: unknown[]) =>
          CHAINED.has(String(name))
            ? lazy(async () => (await get())[name]?.(...args) as never)
            : get().then((target) => target[name]?.(...args)),
    },
  ) as never;
}

/**
 * The reminder card over a page, used like a frame locator: each action first finds the card's
 * frame (see realCardFrame), as a user's clicks reach it.
 */
export const cardFrame = (page: Page): FrameLocator =>
  lazy(async () => (await realCardFrame(page)) as never);

/** Resolves once no card frame is over the page. */
export const cardGone = (page: Page) =>
  until('the card to go', async () => {
    const found = await realCardFrame(page, 0).catch(() => null);
    return found === null;
  });

/**
 * Resolves once `target` keeps the same box over a few polls (it has stopped growing or moving),
 * or is gone.
 */
export async function steady(target: Locator): Promise<void> {
  let last = '';
  let same = 0;
  await until(`${target} to keep its size`, async () => {
    const box = await target.boundingBox({ timeout: 1000 }).catch(() => null);
    if (box === null) return true;
    same = JSON.stringify(box) === last ? same + 1 : 0;
    last = JSON.stringify(box);
    return same >= 2;
  });
}

type Posted = typeof globalThis & { __unsitPosted?: unknown[] };

/**
 * From the next page load on, extension pages in `context` (tabs and the card's frame) keep a
 * copy of every message they post on a port to the background, for `progressReported`.
 */
export async function recordPortMessages(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    if (location.protocol !== 'chrome-extension:') return;
    const runtime = chrome.runtime;
    const connect = runtime.connect.bind(runtime);
    const posted: unknown[] = [];
    (globalThis as Posted).__unsitPosted = posted;
    runtime.connect = ((...args: Parameters<typeof runtime.connect>) => {
      const port = connect(...args);
      const post = port.postMessage.bind(port);
      port.postMessage = (message: unknown) => {
        posted.push(message);
        post(message);
      };
      return port;
    }) as typeof runtime.connect;
  });
}

/** Resolves once the routine playing in `target` has reported its progress to the background. */
export function progressReported(target: Page | Frame): Promise<true> {
  return until('a progress report from the routine', () =>
    target.evaluate(() =>
      ((globalThis as Posted).__unsitPosted ?? []).some(
        (m) => (m as { type?: string } | null)?.type === 'progress',
      ),
    ),
  ) as Promise<true>;
}
