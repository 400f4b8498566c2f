// A whole routine driven by the keyboard alone in Unsit's window, and the
// partial record when the window closes mid-routine.
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, test } from 'vitest';
import {
  type LaunchedExtension,
  launchExtension,
  openExtensionPage,
  screenshot,
  stopCurrentServiceWorker,
  wakeServiceWorker,
} from './harness';
import {
  badgeText,
  progressReported,
  recordPortMessages,
  send,
  until,
  WAIT_MS,
} from './support/unsit';

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
    await page.getByText('Well done. Your break is recorded.').waitFor({ timeout: WAIT_MS });
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

  test('a routine clicked through to Finish is a routine not done, not a break', async () => {
    ext = await launchExtension();
    const worker = await ext.serviceWorker();
    const page = await openExtensionPage(
      ext.context,
      ext.extensionId,
      'break.html?routine=two-minute',
    );
    await page.getByRole('region', { name: 'Routine player' }).waitFor();
    const next = page.getByRole('button', { name: 'Next' });
    while ((await next.count()) > 0) await next.click();
    await page.getByRole('button', { name: 'Finish' }).click();
    await page.getByText(/Not counted as a break/).waitFor();
    const control = await openExtensionPage(ext.context, ext.extensionId, 'manifest.json');
    const counted = await until('the routine not done', async () => {
      const t = await today(control);
      return t.partial === 1 && t;
    });
    expect(counted.routine).toBe(0);
    expect(await badgeText(worker)).toBe('0');
  });

  test('closing the window mid-routine still records a partial break', async () => {
    ext = await launchExtension();
    await recordPortMessages(ext.context);
    const opened = Date.now();
    const page = await openExtensionPage(ext.context, ext.extensionId, 'break.html?routine=glutes');
    await page.getByRole('region', { name: 'Routine player' }).waitFor();
    // Progress is reported every ~5 s of running; wait for the first report, then close.
    await progressReported(page);
    await page.close();
    const openMs = Date.now() - opened;
    const control = await openExtensionPage(ext.context, ext.extensionId, 'manifest.json');
    const counted = await until('the partial break', async () => {
      const t = await today(control);
      return t.partial === 1 && t;
    });
    expect(counted.routine).toBe(0);
    // What ran, as the page measured it: at least the first report, at most the time it was open.
    expect(counted.partialMs).toBeGreaterThanOrEqual(5000);
    expect(counted.partialMs).toBeLessThanOrEqual(openMs);
  });

  test('a worker stopped mid-routine: the page connects again and a later close still records the partial', async () => {
    ext = await launchExtension();
    await ext.serviceWorker();
    await recordPortMessages(ext.context);
    const page = await openExtensionPage(ext.context, ext.extensionId, 'break.html?routine=glutes');
    await page.getByRole('region', { name: 'Routine player' }).waitFor();
    // The routine runs until its first progress report (every ~5 s of running).
    await progressReported(page);
    await stopCurrentServiceWorker(ext.context, ext.extensionId);
    await wakeServiceWorker(ext.context, ext.extensionId);
    await page.close();
    const control = await openExtensionPage(ext.context, ext.extensionId, 'manifest.json');
    const counted = await until(
      'the partial break',
      async () => {
        const t = await today(control);
        return t.partial === 1 && t;
      },
      WAIT_MS,
    );
    expect(counted.partialMs).toBeGreaterThanOrEqual(5000);
  });
});

/** Every word the ring shows under its number, in every language. */
const ringWords = ['en', 'de', 'es'].flatMap((lang) => {
  const messages = JSON.parse(
    readFileSync(new URL(`../../public/_locales/${lang}/messages.json`, import.meta.url), 'utf8'),
  ) as Record<string, { message: string }>;
  return ['player_ring_prep', 'player_ring_paused', 'player_ring_seconds', 'player_ring_of'].map(
    (key) => (messages[key]?.message ?? '').replace('$TOTAL$', '12'),
  );
});

describe('the countdown ring', () => {
  test('its word under the number stays clear of the ring’s stroke, small and large', async () => {
    ext = await launchExtension();
    const page = await openExtensionPage(
      ext.context,
      ext.extensionId,
      'break.html?routine=two-minute',
    );
    await page.getByRole('region', { name: 'Routine player' }).waitFor();
    await page.keyboard.press('Space');
    await page.getByRole('button', { name: 'Resume' }).waitFor();
    for (const width of [360, 800]) {
      await page.setViewportSize({ width, height: 700 });
      for (const word of ringWords) {
        // How far the word's farthest corner reaches, against the ring's opening (stroke 9 of
        // r 52 in a 120 box), both in CSS pixels.
        const [reach, opening] = await page.evaluate((text) => {
          const unit = document.querySelector('.unsit-player__ring-unit') as HTMLElement;
          unit.textContent = text;
          const ring = (
            document.querySelector('.unsit-player__ring svg') as SVGElement
          ).getBoundingClientRect();
          const range = document.createRange();
          range.selectNodeContents(unit);
          const cx = ring.left + ring.width / 2;
          const cy = ring.top + ring.height / 2;
          let far = 0;
          for (const r of range.getClientRects()) {
            for (const [x, y] of [
              [r.left, r.top],
              [r.right, r.top],
              [r.left, r.bottom],
              [r.right, r.bottom],
            ]) {
              far = Math.max(far, Math.hypot((x ?? 0) - cx, (y ?? 0) - cy));
            }
          }
          return [far, ((52 - 4.5) / 120) * ring.width];
        }, word);
        // 2 px to spare: fonts differ a little between machines.
        expect(reach, `"${word}" at ${width} px`).toBeLessThan(opening - 2);
      }
    }
  });
});
