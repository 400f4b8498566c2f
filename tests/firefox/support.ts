// Talking to Unsit in Firefox from an extension page: the background page's test hook
// (`runtime.getBackgroundPage()`), typed requests, and the MV2 browser action.
import type { Page } from 'puppeteer-core';
import type { TestHook } from '../e2e/support/unsit';

type Reply = { ok: boolean; data?: unknown; error?: string };

/** The bits of Firefox's native `browser` global these tests use (promise-based, MV2). */
export type FirefoxApi = {
  runtime: {
    getBackgroundPage(): Promise<Window & { __unsitTest: TestHook }>;
    sendMessage(message: unknown): Promise<Reply>;
  };
  browserAction: {
    getBadgeText(details: object): Promise<string>;
    getBadgeBackgroundColor(details: object): Promise<[number, number, number, number]>;
  };
  notifications: { onClosed: { addListener(listener: (id: string) => void): void } };
  tabs: { query(info: object): Promise<Array<{ url?: string; active: boolean }>> };
};
// Functions passed to page.evaluate run in the page: they reach the API through this cast.
export type WithBrowser = { browser: FirefoxApi };

type Polled = Awaited<ReturnType<TestHook['poll']>>;
export type View = Polled & {
  activity: 'active' | 'idle' | 'locked';
  today: Polled['today'] & { reminders: number };
};

/** Calls the test-build hook in the background page. */
export function hook<K extends keyof TestHook>(
  page: Page,
  name: K,
  ...args: Parameters<TestHook[K]>
): Promise<Awaited<ReturnType<TestHook[K]>>> {
  return page.evaluate(
    async (n, a) => {
      const background = await (
        globalThis as unknown as WithBrowser
      ).browser.runtime.getBackgroundPage();
      const fn = background.__unsitTest[n as keyof TestHook] as (...x: unknown[]) => unknown;
      // Through JSON: a value from the background page's realm is handed back as plain data.
      return JSON.parse(JSON.stringify((await fn(...a)) ?? null));
    },
    name,
    args as unknown[],
  ) as Promise<Awaited<ReturnType<TestHook[K]>>>;
}

export function send(page: Page, name: string, payload: unknown = {}): Promise<Reply> {
  return page.evaluate(
    (n, p) =>
      (globalThis as unknown as WithBrowser).browser.runtime.sendMessage({
        tag: 'unsit',
        name: n,
        payload: p,
      }),
    name,
    payload,
  );
}

export const badge = (page: Page) =>
  page.evaluate(async () => {
    const action = (globalThis as unknown as WithBrowser).browser.browserAction;
    return {
      text: await action.getBadgeText({}),
      color: await action.getBadgeBackgroundColor({}),
    };
  });

// One polling helper for both browsers' tests.
export { until, WAIT_MS } from '../e2e/support/unsit';
