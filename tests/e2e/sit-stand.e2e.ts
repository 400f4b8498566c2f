// Sit-stand desks in Chromium: "I'm standing" from the popup (a toggle) rests the sitting clock,
// "I sat down" starts it again, a worker stopped while standing keeps it; with the sit/stand
// rhythm, the reminder asks to stand and a nudge to sit again follows (badge and notification,
// no card). Idle and short times come from the test build's hook.
import type { Page, Worker } from 'playwright-core';
import { afterEach, describe, expect, test } from 'vitest';
import {
  killServiceWorker,
  type LaunchedExtension,
  launchExtension,
  openExtensionPage,
  screenshot,
  wakeServiceWorker,
} from './harness';
import { poll, until, type WithHook } from './support/unsit';

const AMBER = [180, 83, 9, 255];

async function openPopup(ext: LaunchedExtension): Promise<Page> {
  const popup = await openExtensionPage(ext.context, ext.extensionId, 'popup.html');
  await popup.setViewportSize({ width: 360, height: 600 });
  await popup.getByRole('button', { name: 'I’m standing' }).waitFor();
  return popup;
}

const toggle = (popup: Page) => popup.getByRole('button', { name: 'I’m standing' });
const pressed = async (popup: Page) =>
  (await toggle(popup).getAttribute('aria-pressed')) === 'true';
const notifications = (worker: Worker) => worker.evaluate(() => chrome.notifications.getAll());

describe('sit-stand desks in Chromium', () => {
  let ext: LaunchedExtension | undefined;
  afterEach(async () => {
    await ext?.close();
    await ext?.removeProfile();
    ext = undefined;
  });

  test('"I\'m standing" from the popup rests the clock, survives a stopped worker, "I sat down" restarts it', async () => {
    ext = await launchExtension();
    const worker = await ext.serviceWorker();
    // Sitting for a few seconds first: that bout ends when the user stands.
    await until('a bout under way', async () => (await poll(worker)).boutMs > 2000);
    const popup = await openPopup(ext);
    expect(await pressed(popup)).toBe(false);

    await toggle(popup).click();
    await until('the toggle pressed', () => pressed(popup));
    await popup.getByText('Standing: the sitting clock rests.').waitFor();
    await popup.getByText(/^Standing for /).waitFor();
    let view = await poll(worker);
    expect(view.standingSince).not.toBeNull();
    expect(view.sittingSince).toBeNull();
    expect(view.nextReminderAt).toBeNull();
    const since = view.standingSince;

    // The clock rests: time at the keyboard while standing is not sitting.
    const active = view.today.activeMs;
    await until('standing time to pass', async () => (await poll(worker)).today.standingMs > 3000);
    view = await poll(worker);
    expect(view.boutMs).toBe(0);
    expect(view.today.activeMs).toBe(active);
    expect(await worker.evaluate(() => chrome.action.getTitle({}))).toMatch(/Standing 0 min/);
    // Keyboard: the toggle is reachable with Tab and named for a screen reader.
    await toggle(popup).focus();
    expect(await popup.evaluate(() => document.activeElement?.getAttribute('aria-pressed'))).toBe(
      'true',
    );
    await screenshot(popup, 'sit-stand-popup-standing');

    // The worker is stopped while the user stands; a fresh one knows from storage alone.
    expect(await killServiceWorker(ext.context, ext.extensionId)).toBe(true);
    const fresh = await wakeServiceWorker(ext.context, ext.extensionId);
    view = await poll(fresh);
    expect(view.standingSince).toBe(since);
    expect(view.today.activeMs).toBe(active);

    // "I sat down": pressing the toggle again.
    await popup.reload();
    await popup.getByRole('button', { name: 'I’m standing' }).waitFor();
    await until('the toggle pressed after reload', () => pressed(popup));
    await toggle(popup).press('Enter');
    await popup.getByText('Sitting again: the sitting clock runs.').waitFor();
    await until('the toggle released', async () => !(await pressed(popup)));
    view = await poll(fresh);
    expect(view.standingSince).toBeNull();
    expect(view.sittingSince).not.toBeNull();
    expect(view.today.standingMs).toBeGreaterThan(3000);
  });

  test('the rhythm: the reminder asks to stand, then a nudge to sit again, without a card', async () => {
    const launched = await launchExtension();
    ext = launched;
    let worker = await launched.serviceWorker();
    // 6 s of sitting, 6 s of standing; the card would come at once if it came at all.
    await worker.evaluate(() =>
      (globalThis as WithHook).__unsitTest.overrideSettings({
        intervalMin: 0.1,
        standRhythm: true,
        standMin: 0.1,
        escalateAfterMin: 0,
        overlay: false,
      }),
    );
    await until('the reminder to stand', async () => {
      worker = await launched.serviceWorker();
      return 'unsit-reminder' in (await notifications(worker));
    });
    const popup = await openPopup(ext);
    await popup.getByText('Time to stand up').waitFor();
    // With the rhythm the status card offers "I'm standing" where the snooze was.
    expect(await popup.getByRole('button', { name: /^Snooze/ }).count()).toBe(0);
    // The card came in Unsit's window (no site to show it on): it offers "I'm standing" first.
    const card = await until('the reminder window', async () =>
      launched.context.pages().find((p) => p.url().includes('break.html')),
    );
    await card.getByRole('button', { name: 'I’m standing' }).waitFor();
    await screenshot(card, 'sit-stand-card-rhythm');
    await card.close();

    await toggle(popup).click();
    await until('the toggle pressed', () => pressed(popup));
    expect('unsit-reminder' in (await notifications(worker))).toBe(false);
    const windowsBefore = ext.context.pages().filter((p) => p.url().includes('break.html')).length;

    // 6 s later: the nudge to sit again, on the badge and in a notification.
    await until('the nudge to sit again', async () => {
      worker = await launched.serviceWorker();
      return 'unsit-sit-again' in (await notifications(worker));
    });
    expect(await worker.evaluate(() => chrome.action.getBadgeBackgroundColor({}))).toEqual(AMBER);
    expect(await worker.evaluate(() => chrome.action.getTitle({}))).toMatch(
      /time to sit down again$/,
    );
    await popup.reload();
    await popup.getByText('Time to sit down again').waitFor();
    await screenshot(popup, 'sit-stand-popup-sit-again');
    // No card for it: the reminder's window does not come back.
    await until('two more heartbeats of the view', async () => (await poll(worker)).sitAgainDue);
    expect(ext.context.pages().filter((p) => p.url().includes('break.html')).length).toBe(
      windowsBefore,
    );

    await toggle(popup).click();
    await until(
      'the nudge gone',
      async () => !('unsit-sit-again' in (await notifications(worker))),
    );
    const view = await poll(worker);
    expect(view.standingSince).toBeNull();
    expect(view.sitAgainDue).toBe(false);
  });
});
