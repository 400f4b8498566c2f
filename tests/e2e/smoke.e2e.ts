// Smoke test of the e2e build and of the harness itself (kill, wake, relaunch, fixtures).
import type { Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  killServiceWorker,
  type LaunchedExtension,
  launchExtension,
  screenshot,
  startStaticServer,
  wakeServiceWorker,
} from './harness';

type Marked = typeof globalThis & { e2eMarker?: string };
const setMarker = (worker: Worker) =>
  worker.evaluate(() => {
    (globalThis as Marked).e2eMarker = 'alive';
  });
const readMarker = (worker: Worker) =>
  worker.evaluate(() => (globalThis as Marked).e2eMarker ?? 'gone');

describe('e2e build in Chromium', () => {
  let ext: LaunchedExtension;
  beforeAll(async () => {
    ext = await launchExtension();
  });
  afterAll(async () => {
    await ext?.close();
    await ext?.removeProfile();
  });

  test('the service worker starts at chrome-extension://<32-char id>/', async () => {
    const worker = await ext.serviceWorker();
    expect(ext.extensionId).toMatch(/^[a-p]{32}$/);
    expect(new URL(worker.url()).host).toBe(ext.extensionId);
  });

  test('the manifest is Unsit, MV3', async () => {
    const worker = await ext.serviceWorker();
    const manifest = await worker.evaluate(() => chrome.runtime.getManifest());
    expect(manifest.name).toBe('Unsit');
    expect(manifest.manifest_version).toBe(3);
  });

  test.each(['cdp', 'message'] as const)(
    'a killed worker restarts fresh (wake via %s)',
    async (via) => {
      await setMarker(await ext.serviceWorker());
      expect(await readMarker(await ext.serviceWorker())).toBe('alive');

      expect(await killServiceWorker(ext.context, ext.extensionId)).toBe(true);
      // Already stopped: nothing to kill.
      expect(await killServiceWorker(ext.context, ext.extensionId)).toBe(false);

      const fresh = await wakeServiceWorker(ext.context, ext.extensionId, via);
      expect(await readMarker(fresh)).toBe('gone');
      expect(await fresh.evaluate(() => chrome.runtime.id)).toBe(ext.extensionId);
    },
  );

  test('fixture pages are served on 127.0.0.1 and can be screenshotted', async () => {
    const server = await startStaticServer();
    try {
      const page = await ext.context.newPage();
      await page.goto(server.url('/plain.html'));
      expect(await page.title()).toBe('Plain fixture');
      expect(await screenshot(page, 'smoke-plain')).toMatch(
        /test-results\/screenshots\/smoke-plain\.png$/,
      );
      await page.close();
      // Status checks from Node: Chromium turns an error status into a navigation error.
      expect((await fetch(server.url('/missing.html'))).status).toBe(404);
      expect((await fetch(server.url('/%2E%2E%2Fpackage.json'))).status).toBe(403);
    } finally {
      await server.close();
    }
  });
});

test('a relaunch with the same profile keeps the extension id and its storage', async () => {
  const first = await launchExtension();
  try {
    await (await first.serviceWorker()).evaluate(() =>
      chrome.storage.local.set({ e2eRelaunch: 'kept' }),
    );
    await first.close();
    const second = await launchExtension({ userDataDir: first.userDataDir });
    try {
      expect(second.extensionId).toBe(first.extensionId);
      const stored = await (await second.serviceWorker()).evaluate(() =>
        chrome.storage.local.get('e2eRelaunch'),
      );
      expect(stored).toEqual({ e2eRelaunch: 'kept' });
    } finally {
      await second.close();
    }
  } finally {
    await first.close();
    await first.removeProfile();
  }
});
