// Helpers for talking to Unsit in a browser test: the test-build hook in the
// service worker, typed requests from an extension page, and polling.
import type { BrowserContext, FrameLocator, Page, Worker } from 'playwright-core';

export type TestHook = {
  setIdle(state: 'active' | 'idle' | 'locked'): Promise<void>;
  overrideSettings(settings: Record<string, unknown>): Promise<unknown>;
  setRoutineSpeed(speed: number): Promise<void>;
  setAudibleUrl(url: string | null): Promise<void>;
  setTypingPause(pause: boolean): Promise<void>;
  seedDays(days: Record<string, unknown>): Promise<unknown>;
  seedSync(items: Record<string, unknown>): Promise<void>;
  poll(): Promise<{
    boutMs: number;
    breaksToday: number;
    reminderDue: boolean;
    today: {
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

export async function until<T>(
  what: string,
  probe: () => Promise<T | undefined | null | false>,
  ms = 30_000,
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
export function findPage(context: BrowserContext, fragment: string, ms = 15_000): Promise<Page> {
  return until(
    `a page at …${fragment}`,
    async () => context.pages().find((p) => p.url().includes(fragment)),
    ms,
  );
}

/**
 * The reminder card over a page: Unsit's card page, framed into the page's `<unsit-overlay>`
 * (an extension origin: reached through the frame, as a user's clicks reach it).
 */
export const cardFrame = (page: Page): FrameLocator => page.frameLocator('unsit-overlay iframe');
