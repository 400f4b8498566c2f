// Reminders that wait for the right moment, in Chromium: a fullscreen window
// holds the card until fullscreen is left; a tab playing sound keeps an idle
// stretch counting as sitting (idle comes from the test-build hook).
import { describe, expect, test } from 'vitest';
import { browserPerTest } from './support/session';
import { cardFrame, poll, until, type WithHook } from './support/unsit';

const session = browserPerTest();

describe('present but passive', () => {
  test('a tab playing sound keeps an idle stretch counting as sitting; a lock still ends it', async () => {
    const ext = await session.launch();
    const worker = await ext.serviceWorker();
    const page = await ext.context.newPage();
    await page.goto(session.url('/audio.html'));
    await page.bringToFront();
    await page.getByRole('button', { name: 'Play' }).click();
    // The tab's address is readable (the test build may access 127.0.0.1); its sound is marked by
    // the hook, because headless Chromium has no audio output and never reports a tab audible.
    await worker.evaluate(() => (globalThis as WithHook).__unsitTest.setAudibleUrl('/audio.html'));
    await worker.evaluate(() =>
      (globalThis as WithHook).__unsitTest.overrideSettings({ naturalBreakMin: 0.05 }),
    );
    const before = await poll(worker);
    await worker.evaluate(() => (globalThis as WithHook).__unsitTest.setIdle('idle'));
    await page.waitForTimeout(4000); // longer than the 3 s natural break
    const during = await poll(worker);
    expect(during.breaksToday).toBe(0);
    expect(during.boutMs).toBeGreaterThan(before.boutMs + 3000);

    // The sound stops while the user is still away: now the absence counts.
    await worker.evaluate(() => (globalThis as WithHook).__unsitTest.setAudibleUrl(null));
    await worker.evaluate(() => (globalThis as WithHook).__unsitTest.setIdle('locked'));
    await page.waitForTimeout(3500);
    await worker.evaluate(() => (globalThis as WithHook).__unsitTest.setIdle('active'));
    expect((await poll(worker)).breaksToday).toBe(1);
  });
});

describe('holding reminders', () => {
  test('a fullscreen window holds the card; it appears after fullscreen is left', async () => {
    const ext = await session.launch();
    const worker = await ext.serviceWorker();
    const page = await ext.context.newPage();
    await page.goto(session.url('/plain.html'));
    await page.bringToFront();
    await worker.evaluate(async () => {
      const win = await chrome.windows.getLastFocused();
      await chrome.windows.update(win.id ?? 0, { state: 'fullscreen' });
    });
    await worker.evaluate(() =>
      (globalThis as WithHook).__unsitTest.overrideSettings({
        intervalMin: 0.02,
        escalateAfterMin: 0,
      }),
    );
    await until('the reminder to be due', async () => (await poll(worker)).reminderDue);
    await page.waitForTimeout(2000);
    expect(await page.locator('unsit-overlay').count()).toBe(0);
    expect(await worker.evaluate(() => chrome.notifications.getAll())).toEqual({});
    expect(await worker.evaluate(() => chrome.action.getBadgeBackgroundColor({}))).toEqual([
      180, 83, 9, 255,
    ]);

    const left = Date.now();
    await worker.evaluate(async () => {
      const win = await chrome.windows.getLastFocused();
      await chrome.windows.update(win.id ?? 0, { state: 'normal' });
    });
    await cardFrame(page)
      .getByRole('heading', { name: 'Time to stand up' })
      .waitFor({ timeout: 65_000 });
    // Within a minute of leaving fullscreen (the window event makes it seconds).
    expect(Date.now() - left).toBeLessThan(60_000);
    expect(Object.keys(await worker.evaluate(() => chrome.notifications.getAll()))).toEqual([
      'unsit-reminder',
    ]);
  });
});
