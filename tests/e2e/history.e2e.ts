// The history page in Chromium: a lived-in year seeded through the test hook, its charts with
// their labels and tables, the three periods, the map of when the long sitting happens, the
// ways in from the popup and options, and axe in the light and the dark theme.
// Screenshots: test-results/screenshots/history-*.png.
import type { Locator, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { year } from '../screenshots/history';
import { openExtensionPage, screenshot } from './harness';
import { describeViolations, runAxe } from './support/axe';
import { browserPerTest } from './support/session';
import type { WithHook } from './support/unsit';

const session = browserPerTest();

async function seeded() {
  const ext = await session.launch();
  const worker = await ext.serviceWorker();
  const days = year();
  await worker.evaluate((d) => (globalThis as WithHook).__unsitTest.seedDays(d), days);
  return { ext, days };
}

const bodyRows = (table: Locator) => table.locator('tbody tr');

/** The table behind the chart named `name`, shown through its toggle by the keyboard. */
async function tableOf(page: Page, name: string): Promise<Locator> {
  const figure = page.getByRole('figure', { name, exact: true });
  const toggle = figure.getByRole('button', { name: 'Show as table' });
  await toggle.focus();
  await page.keyboard.press('Enter');
  await figure.getByRole('button', { name: 'Hide table' }).waitFor();
  return figure.getByRole('table');
}

describe('the history page', () => {
  test('charts every figure over 30 days, 90 days and a year, each with its table', async () => {
    const { ext, days } = await seeded();
    const page = await openExtensionPage(ext.context, ext.extensionId, 'history.html');
    await page.setViewportSize({ width: 1100, height: 900 });
    await page.getByRole('heading', { name: 'Your sitting over time', level: 1 }).waitFor();
    expect(await page.title()).toBe('Unsit history');

    // Six charts and the map, each an image with a summary of its own.
    const images = page.getByRole('img');
    await images.nth(6).waitFor();
    expect(await images.count()).toBe(7);
    const labels = await images.evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')));
    expect(labels[0]).toMatch(/^Breaks, per day, last 30 days: \d+ in all, most \d+ \(/);
    expect(labels[2]).toMatch(/^Longest bout, per day, last 30 days: at most (\d+ min|\d+ h)/);
    expect(labels[5]).toMatch(/^Standing time, per day, last 30 days: /);
    expect(new Set(labels).size).toBe(7);

    // 30 days: a row a day, today last, with the breaks it had.
    const breaks = await tableOf(page, 'Breaks');
    expect(await breaks.locator('caption').textContent()).toBe('Breaks, per day, last 30 days');
    expect(await bodyRows(breaks).count()).toBe(30);
    const todayKey = Object.keys(days).sort().at(-1) ?? '';
    const today = days[todayKey] as { routine: number; natural: number };
    const lastRow = bodyRows(breaks).last();
    if (todayKey === new Date().toLocaleDateString('sv')) {
      expect(await lastRow.locator('td').textContent()).toBe(String(today.routine + today.natural));
    }
    await screenshot(page, 'history-30-days');

    // 90 days by week, a year by month.
    await page.getByRole('button', { name: '90 days' }).click();
    expect(await page.getByRole('button', { name: '90 days' }).getAttribute('aria-pressed')).toBe(
      'true',
    );
    await breaks.locator('caption', { hasText: 'per week, last 90 days' }).waitFor();
    expect(await bodyRows(breaks).count()).toBeGreaterThanOrEqual(13);
    expect(await bodyRows(breaks).count()).toBeLessThanOrEqual(14);
    await page.getByRole('button', { name: 'A year' }).click();
    await breaks.locator('caption', { hasText: 'per month, last 365 days' }).waitFor();
    expect(await bodyRows(breaks).count()).toBe(13);
    await screenshot(page, 'history-year');
  });

  test('shows when the long sitting happens, in a map, a sentence and a table', async () => {
    const { ext, days } = await seeded();
    const page = await openExtensionPage(ext.context, ext.extensionId, 'history.html');
    await page.setViewportSize({ width: 1100, height: 900 });
    const map = page.getByRole('region', { name: 'When you sit longest' });
    await map.waitFor();
    // The seeded year sits longest after lunch on Tuesdays.
    const sentence = /^You sit longest on Tuesdays, 2\s*–\s*4\s*PM\.$/;
    expect(await map.locator('.history-heat__peak').textContent()).toMatch(sentence);
    expect(await map.getByRole('img').getAttribute('aria-label')).toMatch(/Tuesdays, 2\s*–\s*4/);
    await map.getByRole('button', { name: 'Show as table' }).click();
    const table = map.getByRole('table');
    expect(await table.locator('caption').textContent()).toBe(
      'Minutes of long sitting by weekday and hour, last 30 days',
    );
    expect(await bodyRows(table).count()).toBe(7);
    expect(await table.locator('thead th').count()).toBe(25);
    // The Tuesday row's 2 PM cell: 55 minutes for each Tuesday of the last 30 days.
    const tuesdays = Object.entries(days).filter(([key]) => {
      const [y, m, d] = key.split('-').map(Number);
      const date = new Date(y ?? 0, (m ?? 1) - 1, d ?? 1, 12);
      return date.getDay() === 2 && Date.now() - date.getTime() < 29.5 * 86_400_000;
    }).length;
    const tuesday = table.locator('tbody tr', {
      has: page.getByRole('rowheader', { name: 'Tuesday' }),
    });
    expect(await tuesday.locator('td').nth(14).textContent()).toBe(String(55 * tuesdays));
    await screenshot(map, 'history-heat-map');

    // The 24 hours' table: on a desktop window the whole day shows in the card; narrower, it
    // scrolls inside the card, never the page, in a region the keyboard reaches, named after it.
    const region = map.getByRole('region', {
      name: 'Minutes of long sitting by weekday and hour, last 30 days',
    });
    expect(await region.getAttribute('tabindex')).toBe('0');
    for (const width of [1100, 700, 420]) {
      await page.setViewportSize({ width, height: 900 });
      const fit = await region.evaluate((scroller) => {
        const card = (scroller.closest('.history-card') as HTMLElement).getBoundingClientRect();
        const box = scroller.getBoundingClientRect();
        const table = (scroller.querySelector('table') as HTMLElement).getBoundingClientRect();
        return {
          pageOverflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
          regionInCard: box.left >= card.left && box.right <= card.right,
          tableShowsWhole: table.right <= box.right + 0.5,
        };
      });
      expect(fit, `at ${width} px`).toEqual({
        pageOverflow: 0,
        regionInCard: true,
        tableShowsWhole: width >= 1100,
      });
    }
    await page.setViewportSize({ width: 700, height: 900 });
    await screenshot(map, 'history-heat-map-narrow');
  });

  test('axe finds no serious or critical violation, light and dark, tables shown', async () => {
    const { ext } = await seeded();
    const page = await openExtensionPage(ext.context, ext.extensionId, 'history.html');
    await page.setViewportSize({ width: 1100, height: 900 });
    await page.getByRole('img').nth(6).waitFor();
    // Every table shown (each toggle is renamed "Hide table" once clicked).
    const shows = page.getByRole('button', { name: 'Show as table' });
    while ((await shows.count()) > 0) await shows.first().click();
    expect(await page.getByRole('table').count()).toBe(7);
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      const { violations, unmeasured } = await runAxe(page);
      expect(violations, describeViolations(`history (${colorScheme})`, violations)).toEqual([]);
      expect(unmeasured).toEqual([]);
      await screenshot(page, `history-${colorScheme}`);
    }
  });

  test('opens in a tab from the popup and from options', async () => {
    const { ext } = await seeded();
    const popup = await openExtensionPage(ext.context, ext.extensionId, 'popup.html');
    const fromPopup = ext.context.waitForEvent('page');
    await popup.getByRole('button', { name: 'History' }).click();
    const opened = await fromPopup;
    await opened.waitForURL(/\/history\.html$/);
    expect(new URL(opened.url()).host).toBe(ext.extensionId);
    await opened.getByRole('heading', { name: 'Your sitting over time' }).waitFor();

    const options = await openExtensionPage(ext.context, ext.extensionId, 'options.html');
    const fromOptions = ext.context.waitForEvent('page');
    await options.getByRole('link', { name: 'See your history as charts' }).click();
    const linked = await fromOptions;
    await linked.waitForURL(/\/history\.html$/);
    expect(new URL(linked.url()).host).toBe(ext.extensionId);
    await linked.getByRole('img').first().waitFor();
  });
});
