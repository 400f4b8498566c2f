// All my devices: opting in in options publishes this device to the browser's sync storage,
// and the popup's "All devices" adds up a second device's record (seeded into sync storage
// through the test hook, as the browser's own sync would bring it).
import { afterEach, describe, expect, test } from 'vitest';
import { type LaunchedExtension, launchExtension, openExtensionPage, screenshot } from './harness';
import { until, type WithHook } from './support/unsit';

let ext: LaunchedExtension | undefined;
afterEach(async () => {
  await ext?.close();
  await ext?.removeProfile();
  ext = undefined;
});

describe('all my devices', () => {
  test('opt in, see the other device in options and its breaks in the popup', async () => {
    ext = await launchExtension();
    const worker = await ext.serviceWorker();
    const options = await openExtensionPage(ext.context, ext.extensionId, 'options.html');
    await options.getByLabel('Show stats from all my devices').check();
    await options.getByText('No other device shares its stats yet.').waitFor();
    const published = await until('this device in sync storage', async () => {
      const keys = await worker.evaluate(async () =>
        Object.keys(await chrome.storage.sync.get(null)),
      );
      return keys.some((k) => k.startsWith('dev:')) && keys;
    });
    expect(published.some((k) => k.startsWith('dev:'))).toBe(true);

    // A laptop that took 3 breaks today (the day's number, then the breaks and four zeros).
    const now = new Date();
    const todayNumber = Math.round(
      Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()) / 86_400_000,
    );
    await worker.evaluate((items) => (globalThis as WithHook).__unsitTest.seedSync(items), {
      'dev:laptop0001': { f: 2, n: 'Firefox · Windows', s: Date.now() - 3_600_000, c: 1, m: [] },
      'dev:laptop0001:0': [todayNumber, 3, 0, 0, 0, 0],
    });
    await options.reload();
    await options
      .getByRole('list', { name: 'Other devices' })
      .getByText('Firefox · Windows')
      .waitFor();
    await screenshot(options.locator('#devices'), 'devices-options');

    const popup = await openExtensionPage(ext.context, ext.extensionId, 'popup.html');
    const today = popup.getByRole('tabpanel', { name: 'Today' });
    const breaks = today
      .getByText('Breaks', { exact: true })
      .locator('xpath=following-sibling::dd');
    await expect.poll(() => breaks.textContent()).toMatch(/^0 of/);
    const all = popup.getByRole('button', { name: 'All devices' });
    await all.focus();
    await popup.keyboard.press('Enter');
    expect(await all.getAttribute('aria-pressed')).toBe('true');
    await expect.poll(() => breaks.textContent()).toMatch(/^3 of/);
    await popup.getByRole('tab', { name: 'Last 7 days' }).click();
    await expect
      .poll(() => popup.getByRole('img', { name: /^Last 7 days: 3 breaks/ }).count())
      .toBe(1);
    await popup.setViewportSize({ width: 360, height: 600 });
    await screenshot(popup, 'devices-popup-all');
  });
});
