// Values from outside (another device's sync record, a damaged store) that are out of any
// real range: each is left out on its own, and the popup and the background keep working.
import { afterEach, describe, expect, test } from 'vitest';
import { type LaunchedExtension, launchExtension, openExtensionPage } from './harness';
import { send, until, type WithHook } from './support/unsit';

let ext: LaunchedExtension | undefined;
afterEach(async () => {
  await ext?.close();
  await ext?.removeProfile();
  ext = undefined;
});

describe('out-of-range data', () => {
  test('a day number no date can hold from another device: the popup still adds up its good days', async () => {
    ext = await launchExtension();
    const worker = await ext.serviceWorker();
    const options = await openExtensionPage(ext.context, ext.extensionId, 'options.html');
    await options.getByLabel('Show stats from all my devices').check();
    await options.getByText('No other device shares its stats yet.').waitFor();

    const now = new Date();
    const todayNumber = Math.round(
      Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()) / 86_400_000,
    );
    await worker.evaluate((items) => (globalThis as WithHook).__unsitTest.seedSync(items), {
      'dev:broken0001': { f: 2, n: 'Broken', s: 1e20, c: 1, m: [] },
      'dev:broken0001:0': [100_000_001, 1, 0, 0, 0, 0, todayNumber, 3, 0, 0, 0, 0],
    });

    const popup = await openExtensionPage(ext.context, ext.extensionId, 'popup.html');
    const status = await send(popup, 'getStatus');
    expect(status.error).toBeUndefined();
    expect(status.ok).toBe(true);
    const all = popup.getByRole('button', { name: 'All devices' });
    await all.click();
    const breaks = popup
      .getByRole('tabpanel', { name: 'Today' })
      .getByText('Breaks', { exact: true })
      .locator('xpath=following-sibling::dd');
    await expect.poll(() => breaks.textContent()).toMatch(/^3 of/);
    expect(await popup.locator('body').textContent()).not.toContain('Invalid time value');

    // Options list the device, its impossible last-seen time read as never.
    await options.reload();
    await options.getByRole('list', { name: 'Other devices' }).getByText('Broken').waitFor();
    expect(await options.locator('body').textContent()).not.toContain('Invalid time value');
  });

  test('a stored pause until 1e20: wake-ups go on and the heartbeat is scheduled', async () => {
    ext = await launchExtension();
    const worker = await ext.serviceWorker();
    const at = Date.now();
    await worker.evaluate((clock) => chrome.storage.local.set({ clock }), {
      activity: 'active',
      lastSeenAt: at - 20_000,
      bout: { startedAt: at - 5 * 60_000, committedMs: 0 },
      stretchStart: at - 5 * 60_000,
      awaySince: null,
      reminder: { firedAt: null, snoozedUntil: null, snoozesInRow: 0 },
      pausedUntil: 1e20,
      recentBreakIds: [],
    });
    await worker.evaluate(() => chrome.alarms.clearAll());
    const view = await worker.evaluate(() => (globalThis as WithHook).__unsitTest.poll());
    expect(view.boutMs).toBeGreaterThan(0);
    await until('the heartbeat alarm', () =>
      worker.evaluate(async () => (await chrome.alarms.get('heartbeat')) !== undefined),
    );
    const popup = await openExtensionPage(ext.context, ext.extensionId, 'popup.html');
    await popup.getByRole('tabpanel', { name: 'Today' }).waitFor();
    expect(await popup.locator('body').textContent()).not.toContain('Invalid time value');
  });
});
