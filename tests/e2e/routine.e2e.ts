// A whole routine driven by the keyboard alone in Unsit's window, and the
// partial record when the window closes mid-routine.
import { afterEach, describe, expect, test } from 'vitest';
import { type LaunchedExtension, launchExtension, openExtensionPage, screenshot } from './harness';
import { badgeText, send, until } from './support/unsit';

let ext: LaunchedExtension | undefined;
afterEach(async () => {
  await ext?.close();
  await ext?.removeProfile();
  ext = undefined;
});

type Today = { routine: number; partial: number; partialMs: number };
async function today(page: import('playwright-core').Page): Promise<Today> {
  const reply = await send(page, 'getStatus');
  return (reply.data as { view: { today: Today } }).view.today;
}

describe('routines in Unsit’s window', () => {
  test('a keyboard-only run of the 2-minute routine records one break', async () => {
    ext = await launchExtension();
    const worker = await ext.serviceWorker();
    const page = await openExtensionPage(
      ext.context,
      ext.extensionId,
      'break.html?routine=two-minute&speed=30',
    );
    const player = page.getByRole('region', { name: 'Routine player' });
    await player.waitFor();
    // The player has focus from the start: no mouse needed.
    expect(
      await page.evaluate(
        () => document.activeElement?.closest('[aria-label="Routine player"]') !== null,
      ),
    ).toBe(true);
    // At 30× a step lasts about a second: pause first, then look around.
    await page.keyboard.press('Space');
    await page.getByRole('button', { name: 'Resume' }).waitFor();
    await expect.poll(() => page.locator('.unsit-player__live').textContent()).toContain('Paused');
    const stepNumber = async () =>
      Number((await page.locator('.unsit-player__count').textContent())?.match(/\d+/)?.[0]);
    const paused = await stepNumber();
    await page.keyboard.press('ArrowRight');
    await expect.poll(stepNumber).toBe(paused + 1);
    await page.keyboard.press('ArrowLeft');
    await expect.poll(stepNumber).toBe(paused);
    await page.keyboard.press('Space');
    await page.getByRole('button', { name: 'Pause' }).waitFor();
    await screenshot(page, 'routine-step-window');

    // At 30× the remaining routine takes a few seconds and finishes by itself.
    await page.getByText('Well done. Your break is recorded.').waitFor({ timeout: 30_000 });
    const control = await openExtensionPage(ext.context, ext.extensionId, 'manifest.json');
    expect((await today(control)).routine).toBe(1);
    expect(await badgeText(worker)).toBe('1');

    // A finished 2-minute break moves its rotation on: the next one brings the other
    // hip-flexor stretch, and names the working leg.
    const status = (await send(control, 'getStatus')).data as { rotation: Record<string, number> };
    expect(status.rotation['two-minute']).toBe(1);
    expect(status.rotation['posture-check']).toBe(0);
    const again = await openExtensionPage(
      ext.context,
      ext.extensionId,
      'break.html?routine=two-minute',
    );
    await again.getByRole('heading', { name: 'Split-stance hip-flexor stretch' }).waitFor();
    await again.getByText(/^Left leg back: step your left foot back/).waitFor();
  });

  test('closing the window mid-routine still records a partial break', async () => {
    ext = await launchExtension();
    const page = await openExtensionPage(ext.context, ext.extensionId, 'break.html?routine=glutes');
    await page.getByRole('region', { name: 'Routine player' }).waitFor();
    // Progress is reported every ~5 s of running; wait for at least one report, then close.
    await page.waitForTimeout(6500);
    await page.close();
    const control = await openExtensionPage(ext.context, ext.extensionId, 'manifest.json');
    const counted = await until('the partial break', async () => {
      const t = await today(control);
      return t.partial === 1 && t;
    });
    expect(counted.routine).toBe(0);
    expect(counted.partialMs).toBeGreaterThanOrEqual(5000);
    expect(counted.partialMs).toBeLessThan(8000);
  });
});
