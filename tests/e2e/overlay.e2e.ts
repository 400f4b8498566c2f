// The reminder card over a real page: shown when a break is due, snooze and
// a whole routine work there, a hostile page can neither hide it nor click
// it, and where no overlay is possible Unsit's small window takes over.
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { screenshot } from './harness';
import { browserPerTest } from './support/session';
import {
  badgeText,
  cardFrame,
  cardGone,
  findPage,
  poll,
  progressReported,
  realCardFrame,
  recordPortMessages,
  steady,
  until,
  WAIT_MS,
  type WithHook,
} from './support/unsit';

const session = browserPerTest();

/** A due reminder on `url`, with a 3 s snooze so the card comes back quickly. */
const pageWithDueReminder = (url: string) =>
  session.pageWithDueReminder(url, { settings: { snoozeMin: 0.05 } });

const card = (page: Page) => cardFrame(page).getByRole('heading', { name: 'Time to stand up' });

describe('the page overlay', () => {
  test('appears on the current page when a break is due; snooze dismisses it', async () => {
    const { page, worker } = await pageWithDueReminder(session.url('/plain.html'));
    await card(page).waitFor({ state: 'visible', timeout: WAIT_MS });
    await screenshot(page, 'overlay-card');
    await cardFrame(page)
      .getByRole('button', { name: /^Snooze/ })
      .click();
    await cardGone(page);
    expect((await poll(worker)).today.snoozed).toBe(1);
    // The snooze was 3 s: the card comes back by itself.
    await card(page).waitFor({ state: 'visible', timeout: WAIT_MS });
  });

  test('runs the whole 2-minute routine in the page and records the break', async () => {
    // The card reads the speed as it loads: set it before the reminder falls due.
    const { page, worker } = await session.pageWithDueReminder(session.url('/plain.html'), {
      settings: { snoozeMin: 0.05 },
      before: (_, w) => w.evaluate(() => (globalThis as WithHook).__unsitTest.setRoutineSpeed(60)),
    });
    await card(page).waitFor({ state: 'visible', timeout: WAIT_MS });
    const started = Date.now();
    await cardFrame(page).getByRole('button', { name: 'Start 2-minute routine' }).click();
    await cardFrame(page).getByRole('region', { name: 'Routine player' }).waitFor();
    // The frame grows to fit the player: the picture waits until it has its new size.
    await steady(page.locator('unsit-overlay'));
    await screenshot(page, 'overlay-routine-step');
    // At 60× the routine plays for about 2 s; a busy machine takes longer, so this waits for
    // what it is about (the routine done and counted), not for a fixed time.
    const view = await until('the routine to be recorded', async () => {
      const v = await poll(worker);
      return v.today.routine + v.today.partial > 0 && v;
    });
    expect(view.today.routine).toBe(1);
    expect(view.today.partial).toBe(0);
    // The break answered the reminder: sitting counts again only from the routine's end. (The
    // next reminder may already be due: the test's sitting limit is 1.2 s.)
    expect(view.boutMs).toBeLessThan(Date.now() - started);
    expect(await badgeText(worker)).toBe('1');
  });

  test('a hostile page can neither cover nor click it', async () => {
    const { page, worker } = await pageWithDueReminder(session.url('/hostile.html'));
    // (The cover is at the highest z-index: the card, in the top layer, is above it.)
    await card(page).waitFor({ state: 'visible', timeout: WAIT_MS });
    // Let the page's script try every way it has to click the card for a while.
    const clicks = () =>
      page.evaluate(() => (window as { hostileClicks?: number }).hostileClicks ?? 0);
    await until(
      'the page to try clicking the overlay many times',
      async () => (await clicks()) > 40,
    );
    const view = await poll(worker);
    expect(
      view.today.routine + view.today.acknowledged + view.today.snoozed + view.today.skipped,
    ).toBe(0);
    expect(view.reminderDue).toBe(true);
    // What is on top at the card's centre is the overlay, not the cover or the modal.
    const box = await card(page).boundingBox();
    expect(box).not.toBeNull();
    const onTop = await page.evaluate(
      ([x, y]) => document.elementFromPoint(x ?? 0, y ?? 0)?.tagName,
      [(box?.x ?? 0) + 5, (box?.y ?? 0) + 5],
    );
    expect(onTop).toBe('UNSIT-OVERLAY');
    await screenshot(page, 'overlay-hostile');
    // A real click still works.
    await cardFrame(page).getByRole('button', { name: 'I stood up' }).click();
    await until(
      'the break to be recorded',
      async () => (await poll(worker)).today.acknowledged === 1,
    );
  });

  test('a page that removes the overlay gets Unsit’s window instead', async () => {
    const { page } = await pageWithDueReminder(session.url('/hostile.html?remove=1'));
    const window = await findPage(page.context(), '/break.html');
    await window.getByRole('heading', { name: 'Time to stand up' }).waitFor();
    expect(await page.locator('unsit-overlay').count()).toBe(0);
  });

  test('a page that removes the card once it is up gets Unsit’s window too', async () => {
    const { page, worker } = await pageWithDueReminder(session.url('/plain.html'));
    await card(page).waitFor({ state: 'visible', timeout: WAIT_MS });
    await page.evaluate(() => document.querySelector('unsit-overlay')?.remove());
    const window = await findPage(page.context(), '/break.html');
    await window.getByRole('heading', { name: 'Time to stand up' }).waitFor();
    expect((await poll(worker)).reminderDue).toBe(true);
  });

  test('leaving the page takes the card with it, without Unsit’s window', async () => {
    const { page, worker } = await pageWithDueReminder(session.url('/plain.html'));
    await card(page).waitFor({ state: 'visible', timeout: WAIT_MS });
    await page.goto(session.url('/article.html'));
    await page.waitForTimeout(2000);
    expect(
      page
        .context()
        .pages()
        .filter((p) => p.url().includes('/break.html')),
    ).toEqual([]);
    expect((await poll(worker)).reminderDue).toBe(true);
  });

  test('a copy of the card that the page frames itself stays empty', async () => {
    const { page, worker } = await pageWithDueReminder(session.url('/plain.html'));
    await card(page).waitFor({ state: 'visible', timeout: WAIT_MS });
    // Were the page to learn the card's address (it cannot: see the spy test), a copy it frames
    // from it, or from it with another card id, stays empty.
    const address = (await realCardFrame(page)).url();
    await page.evaluate((src) => {
      for (const [id, url] of [
        ['copy', src],
        ['forged', src.replace(/#.*/, '#0b6c4cd4-8c5e-4b0e-9d5e-6d0c1a2b3c4d')],
      ]) {
        const copy = document.createElement('iframe');
        copy.id = id ?? '';
        copy.src = url ?? '';
        document.body.append(copy);
      }
    }, address);
    await page.waitForTimeout(2500);
    expect(await page.frameLocator('#copy').getByRole('button').count()).toBe(0);
    expect(await page.frameLocator('#forged').getByRole('button').count()).toBe(0);
    // The real card is untouched and still works.
    await cardFrame(page).getByRole('button', { name: 'I stood up' }).click();
    await until(
      'the break to be recorded',
      async () => (await poll(worker)).today.acknowledged === 1,
    );
  });

  test('a page closed mid-routine still records a partial break', async () => {
    const { page, worker, ext } = await session.pageWithDueReminder(session.url('/plain.html'), {
      settings: { snoozeMin: 0.05 },
      before: (p) => recordPortMessages(p.context()),
    });
    await card(page).waitFor({ state: 'visible', timeout: WAIT_MS });
    await cardFrame(page).getByRole('button', { name: 'Start 2-minute routine' }).click();
    await cardFrame(page).getByRole('region', { name: 'Routine player' }).waitFor();
    // Progress is reported every ~5 s of running; wait for the first report, then close.
    await progressReported(await realCardFrame(page));
    await page.close();
    const view = await until('the partial break', async () => {
      const v = await poll(worker);
      return v.today.partial === 1 && v;
    });
    expect(view.today.routine).toBe(0);
    // And no window takes over for a page that is gone.
    expect(ext.context.pages().filter((p) => p.url().includes('/break.html'))).toEqual([]);
  });

  test('where injection is impossible the small window shows the card', async () => {
    // The test build may script 127.0.0.1 only; localhost is another origin without permission.
    const { page } = await pageWithDueReminder(
      session.url('/plain.html').replace('127.0.0.1', 'localhost'),
    );
    const window = await findPage(page.context(), '/break.html');
    await window.getByRole('heading', { name: 'Time to stand up' }).waitFor();
    expect(await page.locator('unsit-overlay').count()).toBe(0);
    await screenshot(window, 'fallback-window');
    await window.getByRole('button', { name: 'I stood up' }).click();
    await window.getByText('Nice. Your break is recorded.').waitFor();
  });
});

describe('a page cannot hide the card without Unsit’s window taking over', () => {
  // Each way a page tried: the card is not verifiably visible, so it goes and the window opens.
  // Page styles alone: the card's inline !important styles outrank them and reset what it would
  // inherit, so the card stays up and usable; the page's routes into the closed shadow root are
  // gone.
  test.each([
    'css-visibility',
    'css-content-visibility',
    'css-zoom',
    'css-pointer-events',
    'css-interactivity',
    'shadow-routes',
  ])('%s: the card stays up and works', async (attack) => {
    const { page, worker } = await pageWithDueReminder(session.url(`/attack.html?a=${attack}`));
    await card(page).waitFor({ state: 'visible', timeout: WAIT_MS });
    const button = cardFrame(page).getByRole('button', { name: 'I stood up' });
    const box = await button.boundingBox();
    const onTop = await page.evaluate(
      ([x, y]) => document.elementFromPoint(x ?? 0, y ?? 0)?.tagName,
      [(box?.x ?? 0) + 5, (box?.y ?? 0) + 5],
    );
    expect(onTop).toBe('UNSIT-OVERLAY');
    // A user's click at that point, once the card has been seen long enough to act.
    await until('the card to accept clicks', async () =>
      (await realCardFrame(page)).evaluate(() => document.querySelector('[inert]') === null),
    );
    await page.mouse.click((box?.x ?? 0) + 5, (box?.y ?? 0) + 5);
    await until(
      'the break to be recorded',
      async () => (await poll(worker)).today.acknowledged === 1,
    );
    expect(
      page
        .context()
        .pages()
        .filter((p) => p.url().includes('/break.html')),
    ).toEqual([]);
  });

  // Each way a page's script tried: the card is not verifiably visible, so it goes and the window
  // opens.
  test.each([
    'css-root-zoom',
    'host-inert',
    'style-visibility',
    'style-zoom',
    'style-pointer-events',
    'style-opacity',
    'own-popover',
    'hidden-parent',
  ])('%s: Unsit’s window takes over', async (attack) => {
    const { page } = await pageWithDueReminder(session.url(`/attack.html?a=${attack}`));
    const window = await findPage(page.context(), '/break.html');
    await window.getByRole('heading', { name: 'Time to stand up' }).waitFor();
    await until('the card to leave the page', async () =>
      (await page.locator('unsit-overlay').count()) === 0 ? 1 : 0,
    );
    expect(await page.locator('unsit-overlay').count()).toBe(0);
  });

  test('a see-through card over the page’s own button does not take the click', async () => {
    const { page, worker } = await pageWithDueReminder(session.url('/attack.html?a=clickjack'));
    const button = cardFrame(page).getByRole('button', { name: 'I stood up' });
    await button.waitFor({ timeout: WAIT_MS });
    // The user means to press the page's button, and presses where the card's button lies.
    await page.waitForTimeout(1500);
    const box = await button.boundingBox();
    expect(box).not.toBeNull();
    await page.mouse.click((box?.x ?? 0) + 10, (box?.y ?? 0) + 10);
    await page.waitForTimeout(1000);
    const view = await poll(worker);
    expect(view.today.acknowledged).toBe(0);
    expect(view.reminderDue).toBe(true);
    // And the reminder is not lost: Unsit's window takes over.
    await findPage(page.context(), '/break.html');
  });

  test('removing the card and changing the address by pushState or hash still brings the window', async () => {
    for (const attack of ['remove-pushstate', 'remove-hash']) {
      const address = session.url(`/attack.html?a=${attack}`);
      const { page, ext } = await pageWithDueReminder(address);
      const window = await findPage(page.context(), '/break.html');
      await window.getByRole('heading', { name: 'Time to stand up' }).waitFor();
      expect(await page.evaluate(() => location.href)).not.toBe(address);
      await ext.close();
    }
  });

  test('a card hidden while the worker is stopped still gives way to the window', async () => {
    const { page, ext } = await pageWithDueReminder(session.url('/attack.html?a=style-visibility'));
    await page.locator('unsit-overlay').waitFor({ state: 'attached', timeout: WAIT_MS });
    // Stopped within the card's first seconds: its in-memory timer dies with it.
    // (The card's ports wake it again at once: the new worker must keep the old deadline.)
    const cdp = await ext.context.browser()?.newBrowserCDPSession();
    const { targetInfos } = (await cdp?.send('Target.getTargets')) ?? { targetInfos: [] };
    const workers = targetInfos.filter(
      (t) => t.type === 'service_worker' && t.url.includes(ext.extensionId),
    );
    expect(workers.length).toBeGreaterThan(0);
    for (const { targetId } of workers) await cdp?.send('Target.closeTarget', { targetId });
    const window = await findPage(page.context(), '/break.html');
    await window.getByRole('heading', { name: 'Time to stand up' }).waitFor();
  });

  test('over a modal dialog the card never takes the keyboard: Unsit’s window instead', async () => {
    const { page } = await session.pageWithDueReminder(session.url('/attack.html?a=modal'), {
      before: async (p) => {
        await p.locator('#inside').click();
      },
    });
    // The user keeps typing in the page's modal while the reminder falls due.
    for (let i = 0; i < 12; i++) {
      await page.keyboard.type('ab');
      await page.waitForTimeout(200);
    }
    await findPage(page.context(), '/break.html');
    expect(await page.locator('unsit-overlay').count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('inside');
    expect(await page.locator('#inside').inputValue()).toBe('ab'.repeat(12));
  });
});

describe('no page script learns the card’s address', () => {
  test('through patched prototypes, observers, the shadow root, frames, timing or messages', async () => {
    const { page, worker } = await pageWithDueReminder(session.url('/spy.html'));
    await card(page).waitFor({ state: 'visible', timeout: WAIT_MS });
    const frame = await realCardFrame(page);
    const { host, hash } = new URL(frame.url());
    const rounds = await page.evaluate(() => (window as { spyRounds?: number }).spyRounds ?? 0);
    await until('the spy to look a while longer', async () =>
      (await page.evaluate(() => (window as { spyRounds?: number }).spyRounds ?? 0)) > rounds + 10
        ? 1
        : 0,
    );
    const found = await page.evaluate(() => (window as { found?: string[] }).found ?? []);
    const leaks = found.filter(
      (line) =>
        /extension:\/\/|card\.html/.test(line) ||
        line.includes(host) ||
        line.includes(hash.slice(1)),
    );
    expect(leaks).toEqual([]);
    expect(await page.locator('#copy').count()).toBe(0);
    // The real card is the one accepted, and it works.
    await cardFrame(page).getByRole('button', { name: 'I stood up' }).click();
    await until(
      'the break to be recorded',
      async () => (await poll(worker)).today.acknowledged === 1,
    );
  });
});
