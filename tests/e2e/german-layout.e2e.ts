// Unsit in a German browser: the popup, the options, the card over a page and the routine
// player show German text, and German's longer words (about 30% longer than English) neither
// spill out of their boxes nor get cut off; Spanish, as long, gets the same check on the main
// surfaces. Screenshots: test-results/screenshots/de-*.png and es-*.png.
import { readFileSync } from 'node:fs';
import type { Frame, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { ROUTINE_KINDS } from '../../lib/routines/kinds';
import { openExtensionPage, screenshot } from './harness';
import { overflowing } from './support/layout';
import { browserPerTest } from './support/session';
import { cardFrame, realCardFrame, WAIT_MS } from './support/unsit';

const session = browserPerTest();
const LANG = 'de';

/** The card's own document, inside the frame Unsit put over the page. */
async function cardDocument(page: Page): Promise<Frame> {
  return realCardFrame(page);
}

describe('in German', () => {
  test('the popup and its routine player', async () => {
    const ext = await session.launch({ lang: LANG });
    const popup = await openExtensionPage(ext.context, ext.extensionId, 'popup.html');
    await popup.setViewportSize({ width: 360, height: 600 });
    await popup.getByRole('tab', { name: 'Heute' }).waitFor();
    expect(await popup.evaluate(() => [document.documentElement.lang, document.title])).toEqual([
      LANG,
      'Unsit',
    ]);
    await popup.getByRole('button', { name: 'Erinnerungen pausieren' }).click();
    await popup.getByRole('button', { name: 'Bis morgen' }).waitFor();
    await screenshot(popup, 'de-popup');
    expect(await overflowing(popup)).toEqual([]);

    await popup.getByRole('button', { name: '2-Minuten-Routine' }).click();
    await popup.getByRole('region', { name: 'Routine-Player' }).waitFor();
    await popup.getByText('Oberschenkeldehnung im Stehen').first().waitFor();
    await screenshot(popup, 'de-popup-routine');
    expect(await overflowing(popup)).toEqual([]);
    // Paused, the middle button says "Fortsetzen", the longest of its labels.
    await popup.getByRole('button', { name: 'Pause', exact: true }).click();
    await popup.getByRole('button', { name: 'Fortsetzen' }).waitFor();
    await screenshot(popup, 'de-popup-routine-paused');
    expect(await overflowing(popup)).toEqual([]);
  });

  test('the options page, wide and narrow', async () => {
    const ext = await session.launch({ lang: LANG });
    const options = await openExtensionPage(ext.context, ext.extensionId, 'options.html');
    await options.setViewportSize({ width: 1024, height: 800 });
    await options.getByRole('heading', { name: 'Unsit-Einstellungen' }).waitFor();
    await options.getByLabel('Erinnern nach einer Sitzdauer von').waitFor();
    expect(await options.title()).toBe('Unsit-Einstellungen');
    // German weekday names, in the order a German week runs (Monday first).
    const days = await options.locator('.day span').allTextContents();
    expect(days).toEqual([
      'Montag',
      'Dienstag',
      'Mittwoch',
      'Donnerstag',
      'Freitag',
      'Samstag',
      'Sonntag',
    ]);
    await screenshot(options, 'de-options');
    expect(await overflowing(options)).toEqual([]);
    await options.setViewportSize({ width: 480, height: 800 });
    await screenshot(options, 'de-options-narrow');
    expect(await overflowing(options)).toEqual([]);
  });

  test('onboarding, and the routine in Unsit’s own window', async () => {
    const ext = await session.launch({ lang: LANG });
    const welcome = await openExtensionPage(ext.context, ext.extensionId, 'onboarding.html');
    await welcome.setViewportSize({ width: 800, height: 900 });
    await welcome.getByRole('heading', { name: 'Willkommen bei Unsit' }).waitFor();
    await welcome.getByRole('button', { name: 'Auf allen Seiten erlauben' }).waitFor();
    await screenshot(welcome, 'de-onboarding');
    expect(await overflowing(welcome)).toEqual([]);

    // The window is 440 × 680 (background/break-window.ts). Every step of every routine, paused
    // so the countdown cannot move on while we look.
    for (const routine of ROUTINE_KINDS) {
      const window = await openExtensionPage(
        ext.context,
        ext.extensionId,
        `break.html?routine=${routine}`,
      );
      await window.setViewportSize({ width: 440, height: 680 });
      await window.getByRole('region', { name: 'Routine-Player' }).waitFor();
      await window.getByRole('button', { name: 'Pause', exact: true }).click();
      await screenshot(window, `de-window-${routine}`);
      for (;;) {
        const step = await window.locator('.unsit-player__count').textContent();
        expect(await overflowing(window), `${routine}, ${step}`).toEqual([]);
        const next = window.getByRole('button', { name: 'Weiter', exact: true });
        if ((await next.count()) === 0) break;
        await next.click();
        await window.waitForFunction(
          (before) => document.querySelector('.unsit-player__count')?.textContent !== before,
          step,
        );
      }
      await window.close();
    }
  });

  test('the reminder card over a page', async () => {
    const { page } = await session.pageWithDueReminder(session.url('/plain.html'), {
      lang: LANG,
    });
    const card = cardFrame(page).getByRole('heading', { name: 'Zeit aufzustehen' });
    await card.waitFor({ state: 'visible', timeout: WAIT_MS });
    await cardFrame(page).getByRole('button', { name: '2-Minuten-Routine starten' }).waitFor();
    await screenshot(page, 'de-overlay-card');
    expect(await overflowing(await cardDocument(page))).toEqual([]);
    await cardFrame(page).getByRole('button', { name: 'Überspringen…' }).click();
    await cardFrame(page).getByRole('button', { name: 'Ja, überspringen' }).waitFor();
    await screenshot(page, 'de-overlay-skip');
    expect(await overflowing(await cardDocument(page))).toEqual([]);
  });
});

describe('in Spanish', () => {
  // The same pages in the other long language, found by their Spanish messages.
  const es = JSON.parse(readFileSync('public/_locales/es/messages.json', 'utf8')) as Record<
    string,
    { message: string }
  >;
  const say = (key: string) => es[key]?.message ?? key;

  test('the popup, a paused routine, the options and the card', async () => {
    const { page, ext } = await session.pageWithDueReminder(session.url('/plain.html'), {
      lang: 'es',
    });
    await cardFrame(page)
      .getByRole('button', { name: say('common_start_routine') })
      .waitFor({ timeout: WAIT_MS });
    await screenshot(page, 'es-overlay-card');
    expect(await overflowing(await cardDocument(page))).toEqual([]);

    const popup = await openExtensionPage(ext.context, ext.extensionId, 'popup.html');
    await popup.setViewportSize({ width: 360, height: 600 });
    await popup.getByRole('tab', { name: say('popup_today') }).waitFor();
    await screenshot(popup, 'es-popup');
    expect(await overflowing(popup)).toEqual([]);
    await popup.getByRole('button', { name: say('popup_two_minute_routine') }).click();
    await popup.getByRole('button', { name: say('player_pause'), exact: true }).click();
    await popup.getByRole('button', { name: say('player_resume') }).waitFor();
    await screenshot(popup, 'es-popup-routine-paused');
    expect(await overflowing(popup)).toEqual([]);

    const options = await openExtensionPage(ext.context, ext.extensionId, 'options.html');
    await options.setViewportSize({ width: 480, height: 800 });
    await options.getByLabel(say('options_interval_label')).waitFor();
    await screenshot(options, 'es-options-narrow');
    expect(await overflowing(options)).toEqual([]);
  });
});
