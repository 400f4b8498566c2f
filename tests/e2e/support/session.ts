// The life of a browser test file: one fixture server for the file, a fresh
// browser and profile per test (closed and deleted after it), and the common
// opening of a page with a reminder about to fall due.
import type { Page, Worker } from 'playwright-core';
import { afterAll, afterEach, beforeAll } from 'vitest';
import {
  type LaunchedExtension,
  launchExtension,
  type StaticServer,
  startStaticServer,
} from '../harness';
import type { WithHook } from './unsit';

export function browserPerTest() {
  let server: StaticServer | undefined;
  let current: LaunchedExtension | undefined;
  beforeAll(async () => {
    server = await startStaticServer();
  });
  afterAll(() => server?.close());
  afterEach(async () => {
    await current?.close();
    await current?.removeProfile();
    current = undefined;
  });

  const session = {
    /** Fixture URL on the file's 127.0.0.1 server. */
    url(path: string): string {
      if (!server) throw new Error('The fixture server starts in beforeAll.');
      return server.url(path);
    },
    async launch(options?: Parameters<typeof launchExtension>[0]): Promise<LaunchedExtension> {
      current = await launchExtension(options);
      return current;
    },
    /**
     * Opens `url` as the only, focused tab, runs `before` on it, then makes a reminder fall due
     * at once with the card straight after the notification (headless has no typing, so it is
     * always a pause).
     */
    async pageWithDueReminder(
      url: string,
      options: {
        settings?: Record<string, unknown>;
        /** Runs before the reminder is made due: set up what the card must find when it loads. */
        before?: (page: Page, worker: Worker) => Promise<void>;
        lang?: string;
      } = {},
    ) {
      const ext = await session.launch(options.lang ? { lang: options.lang } : undefined);
      const worker = await ext.serviceWorker();
      const page = await ext.context.newPage();
      await page.goto(url);
      await page.bringToFront();
      for (const other of ext.context.pages()) if (other !== page) await other.close();
      await options.before?.(page, worker);
      await worker.evaluate((s) => (globalThis as WithHook).__unsitTest.overrideSettings(s), {
        intervalMin: 0.02,
        escalateAfterMin: 0,
        ...options.settings,
      });
      return { page, worker, ext };
    },
  };
  return session;
}
