// Accessibility: axe-core finds no serious or critical violation on any of Unsit's surfaces,
// in the light and the dark theme; the page overlay keeps the keyboard inside the card once
// the user is in it, and gives focus back to the page when it closes.
import type { Frame, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { openExtensionPage } from './harness';
import { describeViolations, runAxe } from './support/axe';
import { browserPerTest } from './support/session';
import { cardFrame, findPage, poll, realCardFrame, until, WAIT_MS } from './support/unsit';

const SCHEMES = ['light', 'dark'] as const;

/** Checks the page (and, over a page, the card's own frame) in the light and the dark theme. */
async function expectAccessible(page: Page, where: string, frame?: Frame): Promise<void> {
  for (const colorScheme of SCHEMES) {
    await page.emulateMedia({ colorScheme });
    for (const [target, what] of [
      [page, where],
      ...(frame ? ([[frame, `${where}, inside the card`]] as const) : []),
    ] as const) {
      const { violations, unmeasured } = await runAxe(target);
      expect(violations, describeViolations(`${what} (${colorScheme})`, violations)).toEqual([]);
      expect(unmeasured, `contrast not measured on ${what} (${colorScheme})`).toEqual([]);
    }
  }
}

/** The card page framed into `page` (Playwright reaches into the cross-origin frame). */
function cardPage(page: Page): Frame {
  const frame = page.frames().find((f) => f.url().includes('/card.html'));
  if (!frame) throw new Error('no card frame');
  return frame;
}

const session = browserPerTest();

const pageWithDueReminder = (url: string, before?: (page: Page) => Promise<void>) =>
  session.pageWithDueReminder(url, { before });

const overlay = cardFrame;
const card = (page: Page) => overlay(page).getByRole('heading', { name: 'Time to stand up' });

describe('axe-core finds no serious or critical violations', () => {
  test('in the popup, options, onboarding and a paused routine step', async () => {
    const ext = await session.launch();
    const { context, extensionId } = ext;

    const popup = await openExtensionPage(context, extensionId, 'popup.html');
    await popup.setViewportSize({ width: 360, height: 600 });
    await popup.getByRole('button', { name: '2-minute routine' }).waitFor();
    await popup.getByRole('tab', { name: 'Today' }).waitFor();
    await expectAccessible(popup, 'the popup');
    await popup.close();

    const options = await openExtensionPage(context, extensionId, 'options.html');
    await options.getByLabel('Remind me after sitting for').waitFor();
    await expectAccessible(options, 'options');
    await options.close();

    const onboarding = await openExtensionPage(context, extensionId, 'onboarding.html');
    await onboarding.getByRole('button', { name: 'Try the 2-minute routine now' }).waitFor();
    await expectAccessible(onboarding, 'onboarding');
    await onboarding.close();

    const player = await openExtensionPage(context, extensionId, 'break.html?routine=two-minute');
    await player.setViewportSize({ width: 440, height: 680 });
    await player.getByRole('region', { name: 'Routine player' }).waitFor();
    await player.keyboard.press('Space');
    await player.getByRole('button', { name: 'Resume' }).waitFor();
    await expectAccessible(player, 'a paused routine step');
  });

  test('in the overlay on a page', async () => {
    const { page } = await pageWithDueReminder(session.url('/form.html'));
    await card(page).waitFor({ state: 'visible', timeout: WAIT_MS });
    await expectAccessible(page, 'the page overlay', cardPage(page));
    // The card is announced as a labelled dialog, its frame titled.
    const labels = await (await realCardFrame(page))
      .frameElement()
      .then((frame) =>
        frame.evaluate((el) => [
          (el.parentNode as Element | null)?.getAttribute('aria-label'),
          (el as Element).getAttribute('title'),
        ]),
      );
    expect(labels).toEqual(['Unsit break reminder', 'Unsit break reminder']);
    // And its skip confirmation.
    await overlay(page).getByRole('button', { name: 'Skip…' }).click();
    await overlay(page).getByRole('button', { name: 'Yes, skip' }).waitFor();
    await expectAccessible(page, 'the overlay’s skip confirmation', cardPage(page));
  });

  test('in the fallback window', async () => {
    // The test build may script 127.0.0.1 only: on localhost the card shows in Unsit's window.
    const { page } = await pageWithDueReminder(
      session.url('/form.html').replace('127.0.0.1', 'localhost'),
    );
    const window = await findPage(page.context(), '/break.html');
    await window.getByRole('heading', { name: 'Time to stand up' }).waitFor();
    await expectAccessible(window, 'the fallback window');
  });
});

describe('focus and the overlay', () => {
  const activeTag = (page: Page) => page.evaluate(() => document.activeElement?.tagName);
  const activeInCard = (page: Page) =>
    cardPage(page).evaluate(() => {
      const active = document.activeElement;
      return active && active !== document.body
        ? `${active.tagName}:${active.textContent?.trim() ?? ''}`
        : null;
    });

  test('the card never takes focus by itself, traps Tab once entered, and gives focus back', async () => {
    const { page, worker } = await pageWithDueReminder(session.url('/form.html'), async (p) => {
      await p.getByLabel('Note').click();
      await p.keyboard.type('half a sentence');
    });
    await card(page).waitFor({ state: 'visible', timeout: WAIT_MS });
    // Appearing does not move the focus: typing goes on in the page.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('note');
    await page.keyboard.type(' more');
    expect(await page.getByLabel('Note').inputValue()).toBe('half a sentence more');

    // Into the card with a click on "Skip…" (not decisive: it asks to confirm).
    await overlay(page).getByRole('button', { name: 'Skip…' }).click();
    await overlay(page).getByRole('button', { name: 'Yes, skip' }).waitFor();
    expect(await activeTag(page)).toBe('UNSIT-OVERLAY');

    // Tab and Shift+Tab go round the card's controls and never reach the page.
    const seen = new Set<string>();
    for (const key of ['Tab', 'Tab', 'Tab', 'Tab', 'Tab', 'Shift+Tab', 'Shift+Tab', 'Shift+Tab']) {
      await page.keyboard.press(key);
      expect(await activeTag(page), `after ${key}`).toBe('UNSIT-OVERLAY');
      const inCard = await activeInCard(page);
      expect(inCard, `after ${key}`).toMatch(/^BUTTON:/);
      seen.add(inCard ?? '');
    }
    expect(seen).toEqual(new Set(['BUTTON:Yes, skip', 'BUTTON:Back']));

    // Back to the choices; Tab still stays inside.
    await overlay(page).getByRole('button', { name: 'Back' }).click();
    await overlay(page).getByRole('button', { name: 'I stood up' }).waitFor();
    for (let i = 0; i < 6; i++) {
      await page.keyboard.press('Tab');
      expect(await activeTag(page)).toBe('UNSIT-OVERLAY');
    }

    // A decisive choice closes the card (after its short confirmation) and the focus is back
    // in the field the user was typing in.
    await overlay(page).getByRole('button', { name: 'I stood up' }).click();
    await overlay(page).getByText('Nice. Your break is recorded.').waitFor();
    // Meanwhile the keyboard is still in the card, not lost to the page's body.
    expect(await activeTag(page)).toBe('UNSIT-OVERLAY');
    // (This card, that is: at a 1 s interval the next reminder soon mounts another one.)
    await page.waitForFunction(
      (host) => !host.isConnected,
      await page.locator('unsit-overlay').elementHandle(),
      { timeout: 10_000 },
    );
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('note');
    await until(
      'the break to be recorded',
      async () => (await poll(worker)).today.acknowledged === 1,
    );
  });

  test('the routine takes focus when started from the card', async () => {
    const { page } = await pageWithDueReminder(session.url('/form.html'), async (p) => {
      await p.getByLabel('Note').click();
    });
    await card(page).waitFor({ state: 'visible', timeout: WAIT_MS });
    await overlay(page).getByRole('button', { name: 'Start 2-minute routine' }).click();
    await overlay(page).getByRole('region', { name: 'Routine player' }).waitFor();
    expect(await activeInCard(page)).toMatch(/^SECTION:/);
    // More presses each way than the player has controls: round and round, never out.
    for (const key of [...Array(8).fill('Tab'), ...Array(16).fill('Shift+Tab')]) {
      await page.keyboard.press(key);
      expect(await activeTag(page), `after ${key}`).toBe('UNSIT-OVERLAY');
    }
  });
});
