// The history page in Firefox: it opens from the popup, draws its charts and the map of long
// sitting from a seeded year, and shows a chart's table. Screenshot:
// test-results/screenshots/firefox-history.png.
import { mkdir } from 'node:fs/promises';
import { afterEach, describe, expect, test } from 'vitest';
import { year } from '../screenshots/history';
import { findPage, type LaunchedFirefox, launchFirefox, setViewport } from './harness';
import { hook, until } from './support';

let ff: LaunchedFirefox | undefined;

afterEach(async () => {
  await ff?.close();
  ff = undefined;
});

describe('the history page in Firefox', () => {
  test('opens from the popup and draws its charts, tables and map', async () => {
    ff = await launchFirefox();
    const control = await ff.openExtensionPage('manifest.json');
    await hook(control, 'seedDays', year(90));

    const popup = await ff.openExtensionPage('popup.html');
    await until('the popup', () =>
      popup.evaluate(() =>
        [...document.querySelectorAll('button')].some((b) => b.textContent?.trim() === 'History'),
      ),
    );
    await popup.evaluate(() =>
      [...document.querySelectorAll('button')]
        .find((b) => b.textContent?.trim() === 'History')
        ?.click(),
    );
    const page = await findPage(ff.browser, '/history.html');
    await setViewport(page, 1100, 900);
    const drawn = await until('the charts', () =>
      page.evaluate(() => {
        const images = [...document.querySelectorAll('svg[role="img"]')];
        const bars = document.querySelectorAll('.history-chart__bar').length;
        return images.length === 7 && bars > 0
          ? { labels: images.map((i) => i.getAttribute('aria-label')), bars }
          : null;
      }),
    );
    expect(drawn.labels[0]).toMatch(/^Breaks, per day, last 30 days: \d+ in all/);
    expect(
      await page.evaluate(() => document.querySelector('.history-heat__peak')?.textContent),
    ).toMatch(/^You sit longest on Tuesdays, 2\s*–\s*4\s*PM\.$/);

    // The first chart's table, behind its toggle.
    await page.evaluate(() =>
      (document.querySelector('.history-table__toggle') as HTMLElement).click(),
    );
    const rows = await until('the table', () =>
      page.evaluate(() => {
        const table = document.querySelector('.history-table__scroll:not([hidden]) table');
        return table ? table.querySelectorAll('tbody tr').length : null;
      }),
    );
    expect(rows).toBe(30);

    // The 24 hours' table of the map: the whole day inside its card, the page not wider.
    await page.evaluate(() =>
      (document.querySelector('.history-heat .history-table__toggle') as HTMLElement).click(),
    );
    const fit = await until('the map’s table', () =>
      page.evaluate(() => {
        const region = document.querySelector('.history-heat section[aria-label]:not([hidden])');
        const table = region?.querySelector('table');
        if (!region || !table) return null;
        const card = (region.closest('.history-card') as HTMLElement).getBoundingClientRect();
        const box = region.getBoundingClientRect();
        return {
          label: region.getAttribute('aria-label'),
          pageOverflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
          inCard: box.right <= card.right,
          whole: table.getBoundingClientRect().right <= box.right + 0.5,
        };
      }),
    );
    expect(fit).toEqual({
      label: 'Minutes of long sitting by weekday and hour, last 30 days',
      pageOverflow: 0,
      inCard: true,
      whole: true,
    });
    await mkdir('test-results/screenshots', { recursive: true });
    await page.screenshot({ path: 'test-results/screenshots/firefox-history.png', fullPage: true });
  });
});
