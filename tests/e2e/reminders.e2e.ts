// The sitting clock end to end in Chromium: a reminder fires, the badge and
// notification show it, a killed worker keeps the bout, a browser restart
// keeps settings and today's totals. Idle and a short interval come from the
// test build's hook (headless Chromium always reports `active`).
import { afterEach, describe, expect, test } from 'vitest';
import {
  killServiceWorker,
  type LaunchedExtension,
  launchExtension,
  openExtensionPage,
  wakeServiceWorker,
} from './harness';
import { send, until, type WithHook } from './support/unsit';

describe('sit-too-long reminders in Chromium', () => {
  let ext: LaunchedExtension | undefined;
  afterEach(async () => {
    await ext?.close();
    await ext?.removeProfile();
    ext = undefined;
  });

  test('a due reminder shows a notification and turns the badge amber', async () => {
    const launched = await launchExtension();
    ext = launched;
    let worker = await launched.serviceWorker();
    // 12 s instead of 30 min: the test build lets the hook go below the production minimum.
    await worker.evaluate(() =>
      (globalThis as WithHook).__unsitTest.overrideSettings({ intervalMin: 0.2, overlay: false }),
    );
    const before = await worker.evaluate(() => chrome.action.getBadgeBackgroundColor({}));
    expect(before).toEqual([15, 123, 108, 255]);

    // The reminder alarm wakes the worker on its own; nothing here pokes it.
    const shown = await until('the reminder notification', async () => {
      worker = await launched.serviceWorker();
      const all = await worker.evaluate(() => chrome.notifications.getAll());
      return 'unsit-reminder' in all && all;
    });
    expect(Object.keys(shown)).toContain('unsit-reminder');
    expect(await worker.evaluate(() => chrome.action.getBadgeBackgroundColor({}))).toEqual([
      180, 83, 9, 255,
    ]);
    expect(await worker.evaluate(() => chrome.action.getTitle({}))).toMatch(
      /^Unsit: Sitting \d+ min · 0 breaks today · time to stand up$/,
    );
    expect(await worker.evaluate(() => chrome.action.getBadgeText({}))).toBe('0');

    // "I stood up" from an extension page resolves it: notification gone, badge 1 and calm.
    const page = await openExtensionPage(ext.context, ext.extensionId, 'manifest.json');
    expect(
      (await send(page, 'recordBreak', { kind: 'acknowledged', id: 'e2e-stood-up-1' })).ok,
    ).toBe(true);
    expect(await worker.evaluate(() => chrome.notifications.getAll())).toEqual({});
    expect(await worker.evaluate(() => chrome.action.getBadgeText({}))).toBe('1');
    expect(await worker.evaluate(() => chrome.action.getBadgeBackgroundColor({}))).toEqual([
      15, 123, 108, 255,
    ]);
  });

  test('a worker killed mid-bout comes back with the same bout start', async () => {
    ext = await launchExtension();
    const worker = await ext.serviceWorker();
    await worker.evaluate(() => (globalThis as WithHook).__unsitTest.poll());
    const model = await worker.evaluate(() => (globalThis as WithHook).__unsitTest.loadModel());
    const started = model.clock.bout?.startedAt;
    expect(typeof started).toBe('number');
    await new Promise((r) => setTimeout(r, 1500));

    expect(await killServiceWorker(ext.context, ext.extensionId)).toBe(true);
    const fresh = await wakeServiceWorker(ext.context, ext.extensionId);
    const view = await fresh.evaluate(() => (globalThis as WithHook).__unsitTest.poll());
    const after = await fresh.evaluate(() => (globalThis as WithHook).__unsitTest.loadModel());
    expect(after.clock.bout?.startedAt).toBe(started);
    expect(view.boutMs).toBeGreaterThanOrEqual(1500);
  });

  test('idle through the test hook ends the bout as a natural break', async () => {
    ext = await launchExtension();
    const worker = await ext.serviceWorker();
    await worker.evaluate(() =>
      (globalThis as WithHook).__unsitTest.overrideSettings({ naturalBreakMin: 0.05 }),
    ); // 3 s
    await worker.evaluate(() => (globalThis as WithHook).__unsitTest.setIdle('locked'));
    await new Promise((r) => setTimeout(r, 3500));
    await worker.evaluate(() => (globalThis as WithHook).__unsitTest.setIdle('active'));
    const view = await worker.evaluate(() => (globalThis as WithHook).__unsitTest.poll());
    expect(view.breaksToday).toBe(1);
    expect(await worker.evaluate(() => chrome.action.getBadgeText({}))).toBe('1');
  });

  test('a browser restart keeps settings and today’s totals', async () => {
    ext = await launchExtension();
    const page = await openExtensionPage(ext.context, ext.extensionId, 'manifest.json');
    expect(
      (await send(page, 'updateSettings', { patch: { intervalMin: 45, badgeMode: 'breaks' } })).ok,
    ).toBe(true);
    expect(
      (await send(page, 'recordBreak', { kind: 'acknowledged', id: 'e2e-before-restart' })).ok,
    ).toBe(true);
    const bad = await send(page, 'updateSettings', { patch: { intervalMin: 500 } });
    expect(bad.ok).toBe(false);
    expect(bad).toMatchObject({ code: 'not-saved', field: 'intervalMin' });
    const { userDataDir } = ext;
    await ext.close();

    ext = await launchExtension({ userDataDir });
    const worker = await ext.serviceWorker();
    const again = await openExtensionPage(ext.context, ext.extensionId, 'manifest.json');
    const status = (await send(again, 'getStatus')).data as {
      settings: { intervalMin: number };
      view: { breaksToday: number; nextReminderAt: number | null; today: { acknowledged: number } };
    };
    expect(status.settings.intervalMin).toBe(45);
    expect(status.view.today.acknowledged).toBe(1);
    expect(status.view.breaksToday).toBe(1);
    expect(await worker.evaluate(() => chrome.action.getBadgeText({}))).toBe('1');
    // The alarms the clock needs exist again after the restart.
    const alarms = await worker.evaluate(() => chrome.alarms.getAll());
    expect(alarms.map((a) => a.name)).toEqual(['heartbeat']);
    // One of the heartbeat's beats is the reminder: no second alarm, no second wake-up.
    const offset = ((status.view.nextReminderAt ?? 0) - (alarms[0]?.scheduledTime ?? 0)) % 60_000;
    expect(Math.min(offset, 60_000 - offset)).toBeLessThan(1000);
  });
});
