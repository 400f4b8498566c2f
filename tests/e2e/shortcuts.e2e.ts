// The keyboard shortcuts in Chromium: the built manifest declares them with their keys, the
// browser assigns those keys, options lists them, and a command delivered to the background
// (through the test build's hook: headless Chromium cannot press a browser shortcut) records
// "I stood up" once and opens the routine in Unsit's window.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  E2E_BUILD_DIR,
  type LaunchedExtension,
  launchExtension,
  openExtensionPage,
  screenshot,
} from './harness';
import { findPage, poll, until, type WithHook } from './support/unsit';

const EXPECTED = {
  'start-routine': ['Alt+Shift+G', 'Start the 2-minute routine'],
  'stood-up': ['Alt+Shift+U', 'I stood up (record a break)'],
  snooze: ['Alt+Shift+D', 'Snooze the reminder'],
  standing: ['Alt+Shift+H', 'I’m standing / I sat down'],
} as const;

describe('keyboard shortcuts in Chromium', () => {
  let ext: LaunchedExtension;
  beforeAll(async () => {
    ext = await launchExtension();
  });
  afterAll(async () => {
    await ext?.close();
    await ext?.removeProfile();
  });

  test('the manifest declares four commands and Chromium gives each its keys', async () => {
    const worker = await ext.serviceWorker();
    // The built file (the browser's getManifest() has the descriptions translated already).
    const manifest = JSON.parse(readFileSync(join(E2E_BUILD_DIR, 'manifest.json'), 'utf8'));
    const commands = manifest.commands as Record<
      string,
      { suggested_key: { default: string; mac: string }; description: string }
    >;
    expect(Object.keys(commands).sort()).toEqual(Object.keys(EXPECTED).sort());
    for (const [name, [keys]] of Object.entries(EXPECTED)) {
      expect(commands[name]?.suggested_key.default).toBe(keys);
      expect(commands[name]?.suggested_key.mac).toBe(keys.replace('Alt', 'MacCtrl'));
      expect(commands[name]?.description).toMatch(/^__MSG_command_/);
    }
    // Chromium leaves a command without keys when it uses them itself (it does for Alt+Shift+R
    // and Alt+Shift+Z, for example): every command here has its own. (The toolbar button's own
    // command, _execute_action, has none.)
    const assigned = await worker.evaluate(() => chrome.commands.getAll());
    expect(
      Object.fromEntries(
        assigned
          .filter((c) => c.name !== '_execute_action')
          .map((c) => [c.name, [c.shortcut, c.description]]),
      ),
    ).toEqual(EXPECTED);
  });

  test('options lists each command with its keys and a way to change them', async () => {
    const page = await openExtensionPage(ext.context, ext.extensionId, 'options.html');
    const section = page.getByRole('region', { name: 'Keyboard shortcuts' });
    await section.getByText('Alt+Shift+G').waitFor();
    const rows = await section.locator('.shortcuts__row').allInnerTexts();
    expect(rows.map((row) => row.replace(/\s+/g, ' ').trim())).toEqual(
      Object.values(EXPECTED).map(([keys, what]) => `${what} ${keys}`),
    );
    expect(await section.getByRole('button', { name: 'Change shortcuts' }).isVisible()).toBe(true);
    await screenshot(section, 'options-shortcuts');
    // Chrome's own page for changing them, in a new tab.
    await section.getByRole('button', { name: 'Change shortcuts' }).click();
    const settings = await findPage(ext.context, 'chrome://extensions/shortcuts');
    await settings.close();
    await page.close();
  });

  test('"I stood up" from a key records the due reminder’s break once', async () => {
    const worker = await ext.serviceWorker();
    await worker.evaluate(() =>
      (globalThis as WithHook).__unsitTest.overrideSettings({ intervalMin: 0.2, overlay: false }),
    );
    await until('the reminder', async () => (await poll(await ext.serviceWorker())).reminderDue);
    const pressed = await ext.serviceWorker();
    // Pressed twice at once and once more after: one break.
    await pressed.evaluate(async () => {
      const hook = (globalThis as WithHook).__unsitTest;
      await Promise.all([hook.command('stood-up'), hook.command('stood-up')]);
      await hook.command('stood-up');
    });
    const view = await poll(pressed);
    expect(view.reminderDue).toBe(false);
    expect(view.today.acknowledged).toBe(1);
    expect(view.breaksToday).toBe(1);
    // The badge answers the key for a moment (tests/unit/background/commands.test.ts), then
    // shows the count again.
    await until('the badge back to the count', async () =>
      (await pressed.evaluate(() => chrome.action.getBadgeText({}))) === '1' ? true : null,
    );
    // Back to the production interval, so no new reminder comes during the next test.
    await pressed.evaluate(() => (globalThis as WithHook).__unsitTest.overrideSettings({}));
  });

  test('the standing key toggles "I’m standing" and "I sat down"', async () => {
    const worker = await ext.serviceWorker();
    await worker.evaluate(() => (globalThis as WithHook).__unsitTest.command('standing'));
    expect((await poll(worker)).standingSince).not.toBeNull();
    expect(await worker.evaluate(() => chrome.action.getTitle({}))).toContain(
      'Standing: the sitting clock rests.',
    );
    await worker.evaluate(() => (globalThis as WithHook).__unsitTest.command('standing'));
    const view = await poll(worker);
    expect(view.standingSince).toBeNull();
    expect(view.sittingSince).not.toBeNull();
  });

  test('the routine key opens Unsit’s window with the 2-minute routine; unknown names do nothing', async () => {
    const worker = await ext.serviceWorker();
    const before = await poll(worker);
    await worker.evaluate(() => (globalThis as WithHook).__unsitTest.command('no-such-command'));
    expect(ext.context.pages().some((p) => p.url().includes('break.html'))).toBe(false);
    expect((await poll(worker)).breaksToday).toBe(before.breaksToday);

    await worker.evaluate(() => (globalThis as WithHook).__unsitTest.command('start-routine'));
    const window = await findPage(ext.context, 'break.html?routine=two-minute');
    await window.getByRole('button', { name: /Stop — this hurts/ }).waitFor();
  });
});
