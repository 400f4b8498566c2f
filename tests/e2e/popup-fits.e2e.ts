// The toolbar popup fits: Chrome caps a popup at 600 px high, and at Unsit's 360 px width
// anything taller scrolls. Every state the popup can be in, in English, German and Spanish
// (the longest), in the light and the dark theme, with everything that makes it taller at
// once where the states allow (a due reminder with its snooze, the device scope, routines not
// done, a week of history, the weekly look-back). The heights found go to test-results/popup-heights.json.
// Screenshots: test-results/screenshots/fits-*.png.

import { readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, test } from 'vitest';
import { year } from '../screenshots/history';
import { week } from '../screenshots/week';
import { openExtensionPage, screenshot } from './harness';
import { animationsSettled } from './support/animations';
import { overflowing } from './support/layout';
import { browserPerTest } from './support/session';
import { poll, send, until, type WithHook } from './support/unsit';

const session = browserPerTest();
const MAX_HEIGHT = 600;
const WIDTH = 360;
const SCHEMES = ['light', 'dark'] as const;
const heights: Record<string, Record<string, number>> = {};

afterAll(async () => {
  await mkdir('test-results', { recursive: true });
  await writeFile('test-results/popup-heights.json', `${JSON.stringify(heights, null, 2)}\n`);
});

/** The popup's messages in one language, by key (placeholders left as they are). */
function messages(lang: string) {
  const file = JSON.parse(readFileSync(`public/_locales/${lang}/messages.json`, 'utf8')) as Record<
    string,
    { message: string }
  >;
  return (key: string) => file[key]?.message ?? key;
}

/** How tall the popup's content is: what Chrome would size the popup to, uncapped. */
async function contentHeight(popup: Page): Promise<number> {
  await popup.setViewportSize({ width: WIDTH, height: 50 });
  const height = await popup.evaluate(() => document.scrollingElement?.scrollHeight ?? 0);
  await popup.setViewportSize({ width: WIDTH, height: MAX_HEIGHT });
  return height;
}

/** Checks the popup as it is now, in both themes: no scrolling either way, nothing spilling. */
async function expectFits(popup: Page, lang: string, state: string): Promise<void> {
  for (const colorScheme of SCHEMES) {
    await popup.emulateMedia({ colorScheme });
    // The theme's colour transitions end before the picture is taken.
    await animationsSettled(popup);
    const height = await contentHeight(popup);
    heights[lang] = { ...heights[lang], [state]: height };
    const scroller = await popup.evaluate(() => {
      const s = document.scrollingElement;
      return s ? [s.scrollHeight, s.scrollWidth] : [0, 0];
    });
    const where = `${lang}, ${state}, ${colorScheme}`;
    await screenshot(popup, `fits-${lang}-${state}-${colorScheme}`);
    expect(scroller[0], `${where}: popup height`).toBeLessThanOrEqual(MAX_HEIGHT);
    expect(scroller[1], `${where}: popup width`).toBeLessThanOrEqual(WIDTH);
    expect(await overflowing(popup), where).toEqual([]);
  }
  await popup.emulateMedia({ colorScheme: 'light' });
}

/** Makes the background's answer to `name` fail, as when the worker cannot answer. */
function failRequests(popup: Page, name: string | null) {
  return popup.evaluate((failing) => {
    const runtime = chrome.runtime as typeof chrome.runtime & { __send?: unknown };
    runtime.__send ??= runtime.sendMessage;
    const send = runtime.__send as (...args: unknown[]) => Promise<unknown>;
    runtime.sendMessage = ((...args: unknown[]) =>
      (args[0] as { name?: string }).name === failing
        ? Promise.reject(new Error('Receiving end does not exist.'))
        : send.apply(runtime, args)) as typeof runtime.sendMessage;
  }, name);
}

/** A browser with a lived-in week, another device sharing, and a reminder due. */
async function lived(lang: string) {
  const ext = await session.launch({ lang });
  const worker = await ext.serviceWorker();
  // Two weeks before this one too, for the weekly look-back.
  const days = { ...year(15), ...week() };
  const today = Object.keys(days).sort().at(-1) ?? '';
  days[today] = { ...days[today], partial: 1 };
  await worker.evaluate((d) => (globalThis as WithHook).__unsitTest.seedDays(d), days);
  const page = await openExtensionPage(ext.context, ext.extensionId, 'manifest.json');
  await send(page, 'setSharing', { on: true, label: 'This laptop' });
  const now = new Date();
  const day = Math.round(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()) / 86_400_000);
  await worker.evaluate((items) => (globalThis as WithHook).__unsitTest.seedSync(items), {
    'dev:laptop0001': { f: 2, n: 'Firefox · Windows', s: Date.now() - 3_600_000, c: 1, m: [] },
    'dev:laptop0001:0': [day, 3, 0, 0, 0, 0],
  });
  await page.close();
  // Today is the first day of the week, whatever the day: the popup shows the weekly look-back.
  await ext.context.addInitScript(() => {
    const firstDay = new Date().getDay() || 7;
    Object.defineProperty(Intl.Locale.prototype, 'getWeekInfo', {
      configurable: true,
      value: () => ({ firstDay, weekend: [6, 7], minimalDays: 1 }),
    });
  });
  // Due within seconds, and no card for hours: the popup is what is looked at.
  await worker.evaluate((s) => (globalThis as WithHook).__unsitTest.overrideSettings(s), {
    intervalMin: 0.05,
    escalateAfterMin: 600,
  });
  await until('the reminder to fall due', async () => (await poll(worker)).reminderDue);
  return ext;
}

describe.each(['en', 'de', 'es'])('the popup in %s', (lang) => {
  const say = messages(lang);
  const button = (popup: Page, key: string) =>
    popup.getByRole('button', { name: say(key), exact: true });

  test('fits in every state, light and dark', { timeout: 180_000 }, async () => {
    const ext = await lived(lang);
    const popup = await openExtensionPage(ext.context, ext.extensionId, 'popup.html?speed=30');
    await popup.setViewportSize({ width: WIDTH, height: MAX_HEIGHT });
    await popup.getByText(say('common_time_to_stand_up')).waitFor();
    await popup.getByRole('button', { name: say('popup_scope_all') }).waitFor();
    // On the first day of a week the popup opens on the week once, with the look-back under it
    // (it keeps its height on the other tab too: both tabs share one place).
    await popup.getByText(say('popup_look_back_same').split(':')[0] ?? '').waitFor();
    await expectFits(popup, lang, 'weekly look-back');
    await popup.getByRole('tab', { name: say('popup_today') }).click();
    await popup.getByText(say('popup_not_done').replace('$COUNT$', '1')).waitFor();
    await expectFits(popup, lang, 'reminder due');

    await popup.getByRole('tab', { name: say('popup_week_title') }).click();
    await popup.getByRole('img', { name: /./ }).first().waitFor();
    await expectFits(popup, lang, 'week');
    await popup.getByRole('tab', { name: say('popup_today') }).click();

    await popup.getByRole('button', { name: say('popup_scope_all') }).click();
    await expectFits(popup, lang, 'all devices');
    await popup.getByRole('button', { name: say('popup_scope_device') }).click();

    await button(popup, 'popup_more_routines').click();
    await popup.getByRole('list', { name: say('popup_more_routines') }).waitFor();
    await expectFits(popup, lang, 'more routines');
    await popup.keyboard.press('Escape');

    await button(popup, 'popup_pause').click();
    await button(popup, 'popup_pause_tomorrow').waitFor();
    await expectFits(popup, lang, 'pause menu');
    await popup.keyboard.press('Escape');

    await failRequests(popup, 'recordBreak');
    await button(popup, 'common_stood_up').click();
    await popup.getByText(say('error_background_silent')).waitFor();
    await expectFits(popup, lang, 'error');
    await failRequests(popup, null);

    await button(popup, 'common_stood_up').click();
    await popup.getByText(say('common_break_recorded').split('$')[0] ?? '').waitFor();
    await expectFits(popup, lang, 'break recorded');

    // Standing: the pressed toggle, its notice, and standing time under active time.
    await button(popup, 'common_standing').click();
    await popup.getByText(say('command_standing_on')).waitFor();
    await popup.getByText(say('popup_stat_standing').replace('$DURATION$', '0:00')).waitFor();
    await expectFits(popup, lang, 'standing');
    await button(popup, 'common_standing').click();
    await popup.getByText(say('command_standing_off')).waitFor();

    await button(popup, 'popup_pause').click();
    await button(popup, 'popup_pause_tomorrow').click();
    await button(popup, 'popup_resume').waitFor();
    await expectFits(popup, lang, 'paused');
    await button(popup, 'popup_resume').click();
    await button(popup, 'popup_pause').waitFor();

    await button(popup, 'popup_two_minute_routine').click();
    await button(popup, 'player_pause').click();
    await button(popup, 'player_resume').waitFor();
    await expectFits(popup, lang, 'routine');
    await button(popup, 'player_hurts').click();
    await button(popup, 'player_close').waitFor();
    await expectFits(popup, lang, 'routine, stopped for pain');
    await button(popup, 'player_close').click();
    await button(popup, 'popup_pain_close').waitFor();
    await expectFits(popup, lang, 'after pain');
    await button(popup, 'popup_pain_close').click();
    await popup.getByRole('tab', { name: say('popup_today') }).waitFor();

    // The status cannot be read at all.
    const broken = await ext.context.newPage();
    await broken.addInitScript(() => {
      const send = chrome.runtime.sendMessage.bind(chrome.runtime);
      chrome.runtime.sendMessage = ((message: { name?: string }, ...rest: unknown[]) =>
        message?.name === 'getStatus'
          ? Promise.reject(new Error('Receiving end does not exist.'))
          : (send as (...a: unknown[]) => unknown)(message, ...rest)) as never;
    });
    await broken.setViewportSize({ width: WIDTH, height: MAX_HEIGHT });
    await broken.goto(`chrome-extension://${ext.extensionId}/popup.html`);
    await button(broken, 'common_try_again').waitFor();
    await expectFits(broken, lang, 'status unreadable');
  });
});
