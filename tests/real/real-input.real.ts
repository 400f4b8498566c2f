// Real use, proven with real input: Unsit's production build in headful Chromium under Xvfb,
// the user's keyboard driven through xdotool, the real `chrome.idle` reading X's idle time.
// Each scenario runs in its own Chromium on its own X display (idle time is per display), all
// at once, so the suite takes as long as its longest scenario: the sitting limit's minimum,
// 10 minutes, plus what follows it. Limits are set on the options page, as a user would.
// Run alone: `npm run test:real`. Figures: test-results/real-input.json.
import { afterAll, describe, test } from 'vitest';
import { breaksTaken } from '../../lib/day-totals';
import { MINUTE, SECOND } from '../../lib/time';
import { figure, seconds, writeFigures } from './report';
import { inOwnWorld, type World } from './session';
import { AMBER, popupFigures, setOptions, today, type Unsit, waitFor } from './unsit';
import { watch } from './watch';

const isAmber = (color: number[]) => color.join() === AMBER.join();
/** A word every 7 s (±20 %): steady typing, never a 15 s pause. */
const TYPING_EVERY_MS = 7 * SECOND;
/** Chrome's idle API reports `idle` this long after the last input (Unsit asks for 60 s). */
const IDLE_DETECTION_MS = 60 * SECOND;

const breaks = async (unsit: Unsit) => breaksTaken(today(await unsit.stored()));

async function typeFor(world: World, ms: number): Promise<number> {
  const until = Date.now() + ms;
  return world.user.typeSteadily(TYPING_EVERY_MS, () => Date.now() >= until);
}

/** The user does nothing at all until `at` (this is the scenario, not a wait for the product). */
const awayUntil = (at: number) =>
  new Promise((done) => setTimeout(done, Math.max(0, at - Date.now())));

afterAll(writeFigures);

describe.concurrent('real input, production build', () => {
  test('(a)+(e) a routine done hands-off, longer than the natural break, is one break', async ({
    expect,
  }) => {
    // Concurrent tests assert through their own `expect`; soft, so every check is reported.
    await inOwnWorld(async (world) => {
      const { unsit, user } = world;
      await user.typeWord();
      await setOptions(unsit, { naturalBreakMin: 1 });
      const seen = watch(unsit, isAmber);
      try {
        await typeFor(world, 30 * SECOND);
        const before = await breaks(unsit);

        // The popup's primary button has the focus when it opens; the user presses Enter.
        const popup = await unsit.context.newPage();
        await popup.goto(`chrome-extension://${unsit.extensionId}/popup.html`);
        await popup.bringToFront();
        await waitFor('the routine button to have the focus', () =>
          popup.evaluate(() => document.activeElement?.classList.contains('actions__primary')),
        );
        await user.key('Return');
        const started = user.lastInputAt;
        await popup.locator('.unsit-player').waitFor({ timeout: 60_000 });

        // Hands off: the user stands and follows the routine; no input until it has ended.
        // Whatever the popup then says (recorded or not) is reported, then checked below.
        const notice = await waitFor(
          'the routine to end with a notice in the popup',
          () =>
            popup.evaluate(() =>
              document.querySelector('.unsit-player')
                ? null
                : document.querySelector('.popup__messages')?.textContent?.trim(),
            ),
          6 * MINUTE,
          500,
        );
        const ended = Date.now();
        figure('a', 'routine ran, hands off (s)', seconds(started, ended));
        figure('a', 'popup notice', notice);
        expect(ended - started, 'the routine outlasts the natural break').toBeGreaterThan(
          IDLE_DETECTION_MS,
        );

        // Back at the keyboard for half a minute: a late double booking would show now.
        await unsit.typingPage.bringToFront();
        await typeFor(world, 30 * SECOND);
        const counted = (await breaks(unsit)) - before;
        figure('a', 'breaks counted for one routine', counted);
        figure('a', 'badge texts seen', seen.badgeTexts().join(' → '));
        figure('a', 'alarms set (all / < 30 s ahead)', [seen.alarmsSet.length, seen.shortAlarms()]);
        const shown = await popupFigures(unsit);
        figure('e', 'popup after one hands-off routine', shown);

        expect.soft(notice, 'popup notice').toMatch(/^Break recorded/);
        expect.soft(counted, 'one routine, one break').toBe(1);
        expect.soft((await unsit.badge()).text, 'the badge').toBe(String(before + 1));
        // (e) The popup's figures are what was done: one break, nothing skipped.
        expect.soft(shown.Breaks, 'popup: breaks').toBe(String(before + 1));
        expect.soft(shown.Skipped, 'popup: skipped').toBe('0');
      } finally {
        await seen.stop();
      }
    });
  });

  test('(b) walking away past the natural break is one break, with no reminder on return', async ({
    expect,
  }) => {
    // Concurrent tests assert through their own `expect`; soft, so every check is reported.
    await inOwnWorld(async (world) => {
      const { unsit, user } = world;
      await user.typeWord();
      await setOptions(unsit, { naturalBreakMin: 1 });
      const seen = watch(unsit, isAmber);
      try {
        await typeFor(world, 60 * SECOND);
        const before = await breaks(unsit);
        const left = user.lastInputAt;

        // Away: no input at all for a minute and a half (natural break: 1 minute).
        const booked = await waitFor(
          'the absence to be counted as a break',
          async () => ((await breaks(unsit)) > before ? Date.now() : false),
          4 * MINUTE,
          500,
        );
        figure('b', 'break counted after the last input (s)', seconds(left, booked));
        await awayUntil(left + 90 * SECOND);

        const back = Date.now();
        await typeFor(world, 40 * SECOND);
        const counted = (await breaks(unsit)) - before;
        const burst = seen.samples.filter((s) => s.at >= back && (s.amber || s.notified || s.card));
        figure('b', 'breaks counted for one absence', counted);
        figure('b', 'reminder signs after return (samples)', burst.length);
        figure('b', 'badge texts seen', seen.badgeTexts().join(' → '));
        figure('b', 'alarms set (all / < 30 s ahead)', [seen.alarmsSet.length, seen.shortAlarms()]);

        expect.soft(counted, 'one absence, one break').toBe(1);
        expect
          .soft(booked - left, 'not before the idle API could tell')
          .toBeGreaterThanOrEqual(IDLE_DETECTION_MS - 2 * SECOND);
        expect.soft(burst, 'no reminder on return').toEqual([]);
        expect.soft((await unsit.notifications()).length, 'no notification').toBe(0);
      } finally {
        await seen.stop();
      }
    });
  });
  test('(c)+(d)+(b)+(e) typing past the sitting limit: reminder on time, card at a real pause, a walk resolves it', async ({
    expect,
  }) => {
    // Concurrent tests assert through their own `expect`; soft, so every check is reported.
    await inOwnWorld(async (world) => {
      const { unsit, user } = world;
      await user.typeWord();
      // The shortest limits the options allow: 10 minutes of sitting, the card straight after
      // the notification (once there is a pause), a 1-minute natural break.
      await setOptions(unsit, { intervalMin: 10, escalateAfterMin: 0, naturalBreakMin: 1 });
      const seen = watch(unsit, isAmber);
      try {
        await user.typeWord();
        // Due when the bout's active time reaches the limit; the user stays active from here on.
        const { clock, settings } = await unsit.stored();
        const stretch = clock?.stretchStart ?? null;
        if (!clock?.bout || clock.activity !== 'active' || stretch === null) {
          throw new Error(
            `The user is typing but the clock is not sitting: ${JSON.stringify(clock)}`,
          );
        }
        const due = stretch + Number(settings?.intervalMin) * MINUTE - clock.bout.committedMs;
        const boutStart = clock.bout.startedAt;
        figure('c', 'limit reached at (s after launch)', seconds(unsit.launchedAt, due));

        // (c) Steady typing through the limit.
        await user.typeSteadily(
          TYPING_EVERY_MS,
          async () =>
            (Date.now() >= due && (await unsit.notifications()).length > 0) ||
            Date.now() > due + 3 * MINUTE,
        );
        const firedAt = (await unsit.stored()).clock?.reminder.firedAt ?? null;
        // The notification the loop just saw may still be in the watcher's hands: wait for it.
        await seen.caughtUp(Date.now());
        const notified = seen.first((s) => s.notified);
        const amber = seen.first((s) => s.amber);
        figure(
          'c',
          'reminder fired after the limit (s)',
          firedAt === null ? null : seconds(due, firedAt),
        );
        figure(
          'c',
          'notification seen after the limit (s)',
          notified ? seconds(due, notified.at) : null,
        );
        figure('c', 'badge amber after the limit (s)', amber ? seconds(due, amber.at) : null);

        // (d) Still typing, a word every ~7 s, past the due card (escalation 0) and a heartbeat.
        const typedUntil = await user.typeSteadily(
          TYPING_EVERY_MS,
          () => Date.now() >= due + 75 * SECOND,
        );
        // Then the user stops: a real pause. No card may come before 15 s of it.
        const card = await waitFor(
          'the card after the pause',
          async () => seen.first((s) => s.card),
          4 * MINUTE,
          500,
        ).catch(() => undefined);
        const cardAt = (await unsit.stored()).presentation?.cardAt ?? null;
        const cardWhileTyping = seen.first((s) => s.card && s.at < typedUntil + 15 * SECOND);
        figure('d', 'typed past the limit (s)', seconds(due, typedUntil));
        figure(
          'd',
          'card decided after the last key (s)',
          cardAt === null ? null : seconds(typedUntil, cardAt),
        );
        figure('d', 'card seen after the last key (s)', card ? seconds(typedUntil, card.at) : null);
        figure(
          'd',
          'card while typing',
          cardWhileTyping ? seconds(due, cardWhileTyping.at) : 'none',
        );

        // (b) The user walks away (the pause goes on) past the natural break, then comes back.
        const before = await breaks(unsit);
        const booked = await waitFor(
          'the walk to be counted as a break',
          async () => ((await breaks(unsit)) > before ? Date.now() : false),
          4 * MINUTE,
          500,
        ).catch(() => null);
        figure(
          'b',
          'with a reminder due: break counted after the last input (s)',
          booked === null ? null : seconds(typedUntil, booked),
        );
        await awayUntil(typedUntil + 90 * SECOND);
        const back = Date.now();
        await unsit.typingPage.bringToFront();
        await typeFor(world, 40 * SECOND);
        const after = await unsit.stored();
        const burst = seen.samples.filter((s) => s.at >= back && (s.amber || s.notified));
        const newCard = (after.presentation?.cardAt ?? 0) >= back;
        figure(
          'b',
          'with a reminder due: breaks counted for the walk',
          breaksTaken(today(after)) - before,
        );
        figure('b', 'reminders today', today(after).reminders);
        figure('b', 'reminder signs after return (samples)', burst.length);
        figure('c', 'badge texts seen', seen.badgeTexts().join(' → '));
        figure('d', 'alarms set (all / < 30 s ahead)', [seen.alarmsSet.length, seen.shortAlarms()]);
        figure(
          'c',
          'typed into the page (characters)',
          await unsit.typingPage.evaluate(
            () => (document.querySelector('#notes') as HTMLTextAreaElement).value.length,
          ),
        );

        // (e) The popup's figures are what the user did.
        const sat = typedUntil - boutStart;
        const active = sat + (user.lastInputAt - back);
        const shown = await popupFigures(unsit);
        figure('e', 'popup after sitting and a walk', shown);
        figure('e', 'what was done', {
          breaks: 1,
          longestBoutMin: Math.round((sat / MINUTE) * 10) / 10,
          activeMin: Math.round((active / MINUTE) * 10) / 10,
        });

        // The checks, after every figure is on record.
        expect.soft(firedAt, 'a reminder fired').not.toBeNull();
        expect.soft(Number(firedAt) - due, 'not before the limit').toBeGreaterThanOrEqual(-SECOND);
        expect
          .soft(Number(firedAt) - due, 'within 60 s of the limit')
          .toBeLessThanOrEqual(60 * SECOND);
        expect
          .soft(amber && amber.at - due, 'badge amber within 60 s')
          .toBeLessThanOrEqual(62 * SECOND);
        expect
          .soft(notified && notified.at - due, 'notification within 60 s')
          .toBeLessThanOrEqual(62 * SECOND);
        expect.soft(cardWhileTyping, 'no card while the user types').toBeUndefined();
        expect.soft(card, 'a card after the pause').toBeDefined();
        expect
          .soft(Number(card?.at) - typedUntil, 'card within ~20 s after a 15 s pause')
          .toBeLessThanOrEqual(37 * SECOND);
        expect.soft(booked, 'the walk counted').not.toBeNull();
        expect.soft(breaksTaken(today(after)) - before, 'one walk, one break').toBe(1);
        expect.soft(burst, 'no reminder on return').toEqual([]);
        expect.soft(newCard, 'no new card on return').toBe(false);
        expect.soft(today(after).reminders, 'one reminder in all').toBe(1);
        expect.soft(shown.Breaks, 'popup: breaks').toBe(String(breaksTaken(today(after))));
        expect.soft(shown.Skipped, 'popup: skipped').toBe('0');
        expect
          .soft(Math.abs(Number(shown['Longest bout']) - sat / MINUTE), 'popup: longest bout')
          .toBeLessThanOrEqual(1);
        const [h, m] = String(shown['Active time']).split(':').map(Number);
        expect
          .soft(Math.abs(Number(h) * 60 + Number(m) - active / MINUTE), 'popup: active time')
          .toBeLessThanOrEqual(1);
      } finally {
        await seen.stop();
      }
    });
  });
});
