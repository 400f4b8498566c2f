// The popup's promise: one click starts the 2-minute routine, and finishing
// it raises today's breaks and the badge by one.
import { afterEach, describe, expect, test } from 'vitest';
import { type LaunchedExtension, launchExtension, openExtensionPage, screenshot } from './harness';
import { badgeText, WAIT_MS } from './support/unsit';

let ext: LaunchedExtension | undefined;
afterEach(async () => {
  await ext?.close();
  await ext?.removeProfile();
  ext = undefined;
});

describe('the popup', () => {
  test('one click runs the 2-minute routine; finishing it adds a break to the stats and the badge', async () => {
    ext = await launchExtension();
    const worker = await ext.serviceWorker();
    // Opened as a page at the popup's size; ?speed works only in the test build.
    const popup = await openExtensionPage(ext.context, ext.extensionId, 'popup.html?speed=30');
    await popup.setViewportSize({ width: 360, height: 600 });
    const primary = popup.getByRole('button', { name: '2-minute routine' });
    await primary.waitFor();
    const breaksBefore = Number(await badgeText(worker));
    expect(await popup.evaluate(() => document.activeElement?.textContent)).toContain(
      '2-minute routine',
    );

    await primary.click();
    await popup.getByRole('region', { name: 'Routine player' }).waitFor();
    await screenshot(popup, 'popup-routine');
    await popup.getByText(/Break recorded/).waitFor({ timeout: WAIT_MS });
    await screenshot(popup, 'popup-after-routine');

    expect(Number(await badgeText(worker))).toBe(breaksBefore + 1);
    await expect.poll(() => popup.getByText(/Break recorded — 1 today/).count()).toBe(1);
  });
});
