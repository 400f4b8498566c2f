// The reminder card over a real page: shown when a break is due, snooze and
// a whole routine work there, a hostile page can neither hide it nor click
// it, and where no overlay is possible Unsit's small window takes over.
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { screenshot } from './harness';
import { browserPerTest } from './support/session';
import { badgeText, cardFrame, findPage, poll, until, type WithHook } from './support/unsit';

const session = browserPerTest();

/** A due reminder on `url`, with a 3 s snooze so the card comes back quickly. */
const pageWithDueReminder = (url: string) =>
  session.pageWithDueReminder(url, { settings: { snoozeMin: 0.05 } });

const card = (page: Page) => cardFrame(page).getByRole('heading', { name: 'Time to stand up' });

describe('the page overlay', () => {
  test('appears on the current page when a break is due; snooze dismisses it', async () => {
    const { page, worker } = await pageWithDueReminder(session.url('/plain.html'));
    await card(page).waitFor({ state: 'visible', timeout: 15_000 });
    await screenshot(page, 'overlay-card');
    await cardFrame(page)
      .getByRole('button', { name: /^Snooze/ })
      .click();
    await card(page).waitFor({ state: 'detached' });
    expect((await poll(worker)).today.snoozed).toBe(1);
    // The snooze was 3 s: the card comes back by itself.
    await card(page).waitFor({ state: 'visible', timeout: 15_000 });
  });

  test('runs the whole 2-minute routine in the page and records the break', async () => {
    const { page, worker } = await pageWithDueReminder(session.url('/plain.html'));
    await worker.evaluate(() => (globalThis as WithHook).__unsitTest.setRoutineSpeed(60));
    await card(page).waitFor({ state: 'visible', timeout: 15_000 });
    await cardFrame(page).getByRole('button', { name: 'Start 2-minute routine' }).click();
    await cardFrame(page).getByRole('region', { name: 'Routine player' }).waitFor();
    // The frame grows to fit the player; the page shows its new area a few frames later.
    await page.waitForTimeout(400);
    await screenshot(page, 'overlay-routine-step');
    // At 60× the routine plays for about 2 s; a busy machine takes longer, so this waits for
    // what it is about (the routine done and counted), not for a fixed time.
    const view = await until(
      'the routine to be recorded',
      async () => {
        const v = await poll(worker);
        return v.today.routine + v.today.partial > 0 && v;
      },
      60_000,
    );
    expect(view.today.routine).toBe(1);
    expect(view.today.partial).toBe(0);
    expect(view.reminderDue).toBe(false);
    expect(await badgeText(worker)).toBe('1');
  });

  test('a hostile page can neither cover nor click it', async () => {
    const { page, worker } = await pageWithDueReminder(session.url('/hostile.html'));
    await card(page).waitFor({ state: 'visible', timeout: 15_000 });
    // Let the page's script try every way it has to click the card for a while.
    await until('the page to try clicking the overlay', () =>
      page.evaluate(() =>
        ((window as { hostileClicks?: number }).hostileClicks ?? 0 > 20) ? 1 : 0,
      ),
    );
    await page.waitForTimeout(1000);
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
  });

  test('a page that removes the card once it is up gets Unsit’s window too', async () => {
    const { page } = await pageWithDueReminder(session.url('/plain.html'));
    await card(page).waitFor({ state: 'visible', timeout: 15_000 });
    await page.evaluate(() => document.querySelector('unsit-overlay')?.remove());
    const window = await findPage(page.context(), '/break.html');
    await window.getByRole('heading', { name: 'Time to stand up' }).waitFor();
  });

  test('leaving the page takes the card with it, without Unsit’s window', async () => {
    const { page, worker } = await pageWithDueReminder(session.url('/plain.html'));
    await card(page).waitFor({ state: 'visible', timeout: 15_000 });
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
    await card(page).waitFor({ state: 'visible', timeout: 15_000 });
    // The page reads the card's address and frames it again, say under a decoy of its own.
    await page.evaluate(() => {
      const ours = document.querySelector('unsit-overlay')?.shadowRoot?.querySelector('iframe');
      const copy = document.createElement('iframe');
      copy.id = 'copy';
      copy.src = ours?.src ?? '';
      document.body.append(copy);
    });
    const copy = page.frameLocator('#copy');
    await copy.locator('#app').waitFor({ state: 'attached' });
    await page.waitForTimeout(1500);
    expect(await copy.getByRole('button').count()).toBe(0);
    // The real card is untouched and still works.
    await cardFrame(page).getByRole('button', { name: 'I stood up' }).click();
    await until(
      'the break to be recorded',
      async () => (await poll(worker)).today.acknowledged === 1,
    );
  });

  test('a page closed mid-routine still records a partial break', async () => {
    const { page, worker, ext } = await pageWithDueReminder(session.url('/plain.html'));
    await card(page).waitFor({ state: 'visible', timeout: 15_000 });
    await cardFrame(page).getByRole('button', { name: 'Start 2-minute routine' }).click();
    await cardFrame(page).getByRole('region', { name: 'Routine player' }).waitFor();
    // Progress is reported every ~5 s of running; wait for at least one report, then close.
    await page.waitForTimeout(6500);
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
