// Smoke tests of the Firefox build (MV2, event page) in Debian's firefox-esr: the extension
// loads and its background answers, a reminder fires (badge and notification), the card shows
// over a permitted page, Unsit's window takes over elsewhere, a routine completes, and the
// keyboard shortcuts have their keys and record "I stood up" once.
import type { Page } from 'puppeteer-core';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import {
  EXTENSION_ORIGIN,
  findPage,
  href,
  type LaunchedFirefox,
  launchFirefox,
  type PageServer,
  startPageServer,
} from './harness';
import { badge, hook, send, until, type View, WAIT_MS, type WithBrowser } from './support';

/** BADGE_COLORS.due (#b45309) and .normal (#0f7b6c) as Firefox reports them. */
const AMBER = [180, 83, 9, 255];
const TEAL = [15, 123, 108, 255];

let server: PageServer;
let ff: LaunchedFirefox | undefined;

beforeAll(async () => {
  server = await startPageServer();
});
afterAll(() => server.close());
afterEach(async () => {
  await ff?.close();
  ff = undefined;
});

/** A due reminder within a second, the card straight after the notification. */
const DUE_SOON = { intervalMin: 0.02, escalateAfterMin: 0 };

/** The heading of the card framed into `page` (Unsit's card page, in its own frame), or null. */
async function cardHeading(page: Page): Promise<string | null> {
  // Puppeteer over BiDi may still report such a frame as about:blank: ask each frame itself.
  for (const frame of page.frames()) {
    if (frame === page.mainFrame()) continue;
    const [url, heading] = await frame
      .evaluate(() => [
        location.href,
        document.querySelector('h1, h2, h3, [role="heading"]')?.textContent?.trim() ?? null,
      ])
      .catch(() => [null, null]);
    if (url?.startsWith(`${EXTENSION_ORIGIN}/card.html`) && heading) return heading;
  }
  return null;
}

describe('Unsit in Firefox', () => {
  test('loads as an MV2 event page and its background answers', async () => {
    ff = await launchFirefox();
    const control = await ff.openExtensionPage('manifest.json');
    const manifest = JSON.parse(await control.evaluate(() => document.body.textContent ?? ''));
    expect(manifest.background).toEqual({ persistent: false, scripts: ['background.js'] });

    const reply = await send(control, 'getStatus');
    expect(reply.ok).toBe(true);
    const view = (reply.data as { view: View }).view;
    expect(view.activity).toBe('active');
    expect(view.reminderDue).toBe(false);
    // The background page itself, through the test hook.
    const polled = await hook(control, 'poll');
    expect(polled.today.routine).toBe(0);
    expect(await badge(control)).toEqual({ text: '0', color: TEAL });
  });

  test('the keyboard shortcuts: declared, given their keys, listed in options, recorded once', async () => {
    ff = await launchFirefox();
    const control = await ff.openExtensionPage('manifest.json');
    const manifest = JSON.parse(await control.evaluate(() => document.body.textContent ?? ''));
    const keys = {
      'start-routine': 'Alt+Shift+G',
      'stood-up': 'Alt+Shift+U',
      snooze: 'Alt+Shift+D',
      standing: 'Alt+Shift+H',
    };
    expect(
      Object.fromEntries(
        Object.entries(
          manifest.commands as Record<string, { suggested_key: { default: string } }>,
        ).map(([name, c]) => [name, c.suggested_key.default]),
      ),
    ).toEqual(keys);
    // Firefox gives each its keys (it would leave out one it cannot take).
    const assigned = await control.evaluate(async () => {
      const api = (
        globalThis as unknown as {
          browser: { commands: { getAll(): Promise<Array<{ name: string; shortcut?: string }>> } };
        }
      ).browser;
      return (await api.commands.getAll()).map((c) => [c.name, c.shortcut ?? '']);
    });
    expect(Object.fromEntries(assigned)).toEqual(keys);

    const options = await ff.openExtensionPage('options.html');
    await until('the shortcuts in options', () =>
      options.evaluate(
        () => document.querySelector('#shortcuts kbd')?.textContent === 'Alt+Shift+G',
      ),
    );
    const rows = await options.evaluate(() =>
      [...document.querySelectorAll('#shortcuts .shortcuts__row kbd')].map((k) => k.textContent),
    );
    expect(rows).toEqual(['Alt+Shift+G', 'Alt+Shift+U', 'Alt+Shift+D', 'Alt+Shift+H']);
    // Firefox 137 and later open their own shortcut dialog from the button.
    expect(
      await options.evaluate(() => document.querySelector('#shortcuts button')?.textContent),
    ).toBe('Change shortcuts');

    await hook(control, 'overrideSettings', DUE_SOON);
    await until('the reminder', async () => (await hook(control, 'poll')).reminderDue);
    await hook(control, 'command', 'stood-up');
    await hook(control, 'command', 'stood-up');
    const view = await hook(control, 'poll');
    expect(view.reminderDue).toBe(false);
    expect(view.today.acknowledged).toBe(1);
  });

  test('"I’m standing" from the popup rests the sitting clock; pressed again, "I sat down"', async () => {
    ff = await launchFirefox();
    const control = await ff.openExtensionPage('manifest.json');
    const popup = await ff.openExtensionPage('popup.html');
    const state = () =>
      popup.evaluate(() => {
        const toggle = document.querySelector('.now__standing');
        return toggle && [toggle.textContent?.trim(), toggle.getAttribute('aria-pressed')];
      });
    expect(await until('the standing toggle', state)).toEqual(['I’m standing', 'false']);
    await popup.click('.now__standing');
    await until('the toggle pressed', async () => (await state())?.[1] === 'true');
    let view = await hook(control, 'poll');
    expect(view.standingSince).not.toBeNull();
    expect(view.sittingSince).toBeNull();
    expect(view.boutMs).toBe(0);
    expect(
      await popup.evaluate(() => document.querySelector('.now__headline')?.textContent),
    ).toMatch(/^Standing for /);
    // The key does the same: "I sat down".
    await hook(control, 'command', 'standing');
    view = await hook(control, 'poll');
    expect(view.standingSince).toBeNull();
    expect(view.sittingSince).not.toBeNull();
  });

  test('a reminder fires: badge amber, a notification is created', async () => {
    ff = await launchFirefox();
    const control = await ff.openExtensionPage('manifest.json');
    // Headless Firefox has no alert service: it closes a notification as soon as it is created,
    // so the proof that one was created is its onClosed event (getAll() is already empty).
    await control.evaluate(() => {
      const closed: string[] = [];
      Object.assign(globalThis, { __closed: closed });
      (globalThis as unknown as WithBrowser).browser.notifications.onClosed.addListener((id) =>
        closed.push(id),
      );
    });
    await hook(control, 'overrideSettings', DUE_SOON);
    const due = await until('the reminder', async () => {
      const view = await hook(control, 'poll');
      return view.reminderDue && view;
    });
    expect((due as View).today.reminders).toBe(1);
    expect(await badge(control)).toEqual({ text: '0', color: AMBER });
    const closed = await until('the reminder notification', () =>
      control.evaluate(() => {
        const ids = (globalThis as unknown as { __closed: string[] }).__closed;
        return ids.length > 0 && [...ids];
      }),
    );
    expect(closed).toEqual(['unsit-reminder']);
  });

  test('the card shows over the current 127.0.0.1 page', async () => {
    ff = await launchFirefox();
    const control = await ff.openExtensionPage('manifest.json');
    const page = await ff.browser.newPage();
    await page.goto(server.url('/plain.html'));
    await page.bringToFront();
    await hook(control, 'overrideSettings', DUE_SOON);
    expect(await until('the card over the page', () => cardHeading(page))).toBe('Time to stand up');
    // Shown in the page, so Unsit's window stays closed.
    const open = await Promise.all((await ff.browser.pages()).map(href));
    expect(open.filter((h) => h.includes('/break.html'))).toEqual([]);
  });

  test('a page whose CSP forbids frames still gets the card', async () => {
    ff = await launchFirefox();
    const control = await ff.openExtensionPage('manifest.json');
    const page = await ff.browser.newPage();
    await page.goto(server.url('/strict-csp.html'));
    await page.bringToFront();
    await hook(control, 'overrideSettings', DUE_SOON);
    expect(await until('the card over the page', () => cardHeading(page))).toBe('Time to stand up');
  });

  test('where no card may show, Unsit’s window opens instead', async () => {
    ff = await launchFirefox();
    const control = await ff.openExtensionPage('manifest.json');
    // `localhost` is not covered by the test build's 127.0.0.1 permission.
    const page = await ff.browser.newPage();
    await page.goto(server.url('/plain.html').replace('127.0.0.1', 'localhost'));
    await page.bringToFront();
    await hook(control, 'overrideSettings', DUE_SOON);
    const window = await findPage(ff.browser, '/break.html');
    // Polled with errors read as "not yet": the window may still be replacing about:blank.
    await until(
      'the reminder in Unsit’s window',
      () =>
        window
          .evaluate(() => (document.body?.textContent ?? '').includes('Time to stand up'))
          .catch(() => false),
      WAIT_MS,
    );
    expect(await cardHeading(page)).toBeNull();
  });

  test('the 2-minute routine completes in Unsit’s window and counts one break', async () => {
    ff = await launchFirefox();
    const page = await ff.openExtensionPage('break.html?routine=two-minute&speed=60');
    expect(await href(page)).toBe(`${EXTENSION_ORIGIN}/break.html?routine=two-minute&speed=60`);
    // Polled through evaluate: puppeteer's waitForFunction builds a Function in the page, which
    // the extension page's CSP refuses (EvalError) in firefox-esr 140.
    await until('the routine’s end', () =>
      page.evaluate(() =>
        (document.body.textContent ?? '').includes('Well done. Your break is recorded.'),
      ),
    );
    const control = await ff.openExtensionPage('manifest.json');
    const reply = await send(control, 'getStatus');
    expect(reply.ok).toBe(true);
    expect((reply.data as { view: View }).view.today.routine).toBe(1);
    expect((await badge(control)).text).toBe('1');
  });

  test('a page script that hides the card gets Unsit’s window instead', async () => {
    ff = await launchFirefox();
    const control = await ff.openExtensionPage('manifest.json');
    const page = await ff.browser.newPage();
    await page.goto(server.url('/attack.html?a=style-visibility'));
    await page.bringToFront();
    await hook(control, 'overrideSettings', DUE_SOON);
    const window = await findPage(ff.browser, '/break.html');
    await until(
      'the reminder in Unsit’s window',
      () =>
        window
          .evaluate(() => (document.body?.textContent ?? '').includes('Time to stand up'))
          .catch(() => false),
      WAIT_MS,
    );
    expect(await page.evaluate(() => document.querySelectorAll('unsit-overlay').length)).toBe(0);
  });

  test('no page script learns the card’s moz-extension address', async () => {
    ff = await launchFirefox();
    const control = await ff.openExtensionPage('manifest.json');
    const page = await ff.browser.newPage();
    await page.goto(server.url('/spy.html'));
    await page.bringToFront();
    await hook(control, 'overrideSettings', DUE_SOON);
    expect(await until('the card over the page', () => cardHeading(page))).toBe('Time to stand up');
    const rounds = await page.evaluate(() => (window as { spyRounds?: number }).spyRounds ?? 0);
    await until('the spy to look a while longer', async () =>
      (await page.evaluate(() => (window as { spyRounds?: number }).spyRounds ?? 0)) > rounds + 10
        ? 1
        : 0,
    );
    const found = await page.evaluate(() => (window as { found?: string[] }).found ?? []);
    const uuid = EXTENSION_ORIGIN.replace('moz-extension://', '');
    expect(
      found.filter((line) => /extension:|card\.html/.test(line) || line.includes(uuid)),
    ).toEqual([]);
  });
});
