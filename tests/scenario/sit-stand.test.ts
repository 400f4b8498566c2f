import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { BADGE_COLORS } from '../../lib/badge';
import type { ClockView } from '../../lib/clock/view';
import { parseDays } from '../../lib/day-totals';
import type { Status } from '../../lib/messages';
import { MINUTE } from '../../lib/time';
import { SimulatedBrowser } from './simulated-browser';

// A day at a sit-stand desk with the sit/stand rhythm on (sit 40 min, stand 15), through the real
// background with fake time: the reminder asks to stand, "I'm standing" comes from the
// notification, the popup and the key; the nudge to sit again is a notification without a card;
// a walk away ends the standing, the maximum ends a forgotten one, and a worker stopped while
// standing loses nothing.

const t = (hhmm: string) => {
  const [h, m] = hhmm.split(':').map(Number);
  return new Date(2026, 5, 1, h ?? 0, m ?? 0).getTime();
};

let sim: SimulatedBrowser;
const notifications = async () => fakeBrowser.notifications.getAll();
const view = async () => ((await sim.send('getStatus')).data as Status).view;
const today = async () =>
  parseDays((await fakeBrowser.storage.local.get('days')).days)['2026-06-01'];
const minutes = (ms: number | undefined) => Math.round((ms ?? 0) / MINUTE);
const amber = () => hexToRgba(BADGE_COLORS.due);

beforeEach(async () => {
  fakeBrowser.reset();
  sim = new SimulatedBrowser(t('09:00'));
  await sim.startWorker();
});

describe('a sit-stand workday', () => {
  it('reminds to stand and to sit again, and books sitting and standing apart', async () => {
    const patch = { intervalMin: 40, standRhythm: true, standMin: 15, standMaxMin: 60 };
    expect((await sim.send('updateSettings', { patch }, '/options.html')).ok).toBe(true);

    // 09:40, after 40 minutes of sitting: the reminder asks to stand.
    await sim.runUntil(t('09:40') + 30_000);
    expect((await notifications())['unsit-reminder']).toBeDefined();
    const cardsBefore = sim.cards.length;
    // 09:41: "I'm standing" from the notification's first button.
    await sim.runUntil(t('09:41'));
    await fakeBrowser.notifications.onButtonClicked.trigger('unsit-reminder', 0);
    await sim.settle();
    let now: ClockView = await view();
    expect(now.standingSince).toBe(t('09:41'));
    expect(now.reminderDue).toBe(false);
    expect((await notifications())['unsit-reminder']).toBeUndefined();

    // Working at the keyboard while standing: no reminder to get up, no sitting booked.
    await sim.runUntil(t('09:50'));
    now = await view();
    expect(minutes(now.today.activeMs)).toBe(41);
    expect(minutes(now.today.standingMs)).toBe(9);
    expect(now.nextReminderAt).toBeNull();

    // Chrome stops the worker while the user stands; the next event starts a fresh one.
    await sim.restartWorker();
    await sim.runUntil(t('09:52'));
    expect((await view()).standingSince).toBe(t('09:41'));

    // 09:56, 15 minutes of standing: the nudge to sit again, a notification and the badge.
    await sim.runUntil(t('09:56') + 30_000);
    expect((await notifications())['unsit-sit-again']).toBeDefined();
    expect(await fakeBrowser.action.getBadgeBackgroundColor({})).toEqual(amber());
    expect((await view()).sitAgainDue).toBe(true);
    // Gentler than the reminder: never the card, however long it is ignored.
    await sim.runUntil(t('09:58'));
    expect(sim.cards.length).toBe(cardsBefore);

    // 09:58: "I sat down" from the popup. The nudge goes, the clock runs again.
    const sat = await sim.send('setStanding', { standing: false });
    expect(sat.ok).toBe(true);
    expect((await notifications())['unsit-sit-again']).toBeUndefined();
    now = await view();
    expect(now.standingSince).toBeNull();
    expect(now.sittingSince).toBe(t('09:58'));
    expect(minutes((await today())?.standingMs)).toBe(17);

    // 10:38: the next reminder; "I'm standing" from the popup this time.
    await sim.runUntil(t('10:38') + 30_000);
    expect((await view()).reminderDue).toBe(true);
    await sim.runUntil(t('10:39'));
    expect((await sim.send('setStanding', { standing: true })).ok).toBe(true);

    // 10:49 the last input, idle reported at 10:50, back at 11:20: a real break ended the
    // standing when the user left, and counts as one break.
    await sim.runUntil(t('10:50'));
    await sim.setIdle('idle');
    await sim.runUntil(t('11:20'));
    await sim.setIdle('active');
    now = await view();
    expect(now.standingSince).toBeNull();
    expect(now.sittingSince).toBe(t('11:20'));
    expect((await today())?.natural).toBe(1);
    expect(minutes((await today())?.standingMs)).toBe(17 + 10);

    // 12:00: the reminder; the key says "I'm standing", and nothing says "I sat down".
    await sim.runUntil(t('12:00') + 30_000);
    expect((await view()).reminderDue).toBe(true);
    await sim.runUntil(t('12:01'));
    await sim.commands.press('standing');
    await sim.settle();
    expect((await view()).standingSince).toBe(t('12:01'));

    // 13:01, the maximum of 60 minutes: standing ends by itself, sitting counts again.
    await sim.runUntil(t('13:30'));
    now = await view();
    expect(now.standingSince).toBeNull();
    expect(now.sittingSince).toBe(t('13:01'));
    const day = await today();
    expect(minutes(day?.standingMs)).toBe(17 + 10 + 60);
    // Sitting: 09:00–09:41, 09:58–10:39, 11:20–12:01, 13:01–13:30 (still open).
    expect(minutes(now.today.activeMs)).toBe(41 + 41 + 41 + 29);
    expect(minutes(now.today.standingMs)).toBe(87);
    expect(day?.bouts).toBe(3);
    expect(day?.reminders).toBe(3);
    expect(day?.skipped).toBe(0);
    expect(day?.natural).toBe(1);
  });

  it('a worker stopped while standing loses nothing and counts nothing twice', async () => {
    await sim.runUntil(t('09:10'));
    expect((await sim.send('setStanding', { standing: true })).ok).toBe(true);
    await sim.runUntil(t('09:20'));
    // Chrome stops the worker (every listener and in-memory value gone); the next heartbeat
    // starts a fresh one, which knows the user is standing from storage alone.
    await sim.restartWorker();
    expect((await view()).standingSince).toBe(t('09:10'));
    await sim.runUntil(t('09:25'));
    let now = await view();
    expect(now.standingSince).toBe(t('09:10'));
    expect(minutes(now.today.standingMs)).toBe(15);
    expect(minutes(now.today.activeMs)).toBe(10);

    // Killed and restarted again mid-way; then "I sat down" at 09:40: 30 minutes of standing.
    await sim.restartWorker();
    await sim.runUntil(t('09:40'));
    await sim.send('setStanding', { standing: false });
    // A repeated "I sat down" (a retried message) changes nothing.
    await sim.send('setStanding', { standing: false });
    now = await view();
    expect(minutes((await today())?.standingMs)).toBe(30);
    expect(now.sittingSince).toBe(t('09:40'));
    expect(minutes(now.today.activeMs)).toBe(10);
    expect((await today())?.bouts).toBe(1);
  });

  it('a browser closed while standing is rest: standing ends when the user was last seen', async () => {
    await sim.runUntil(t('09:10'));
    await sim.send('setStanding', { standing: true });
    await sim.runUntil(t('09:30'));
    await sim.restartBrowser(t('12:00'));
    const now = await view();
    expect(now.standingSince).toBeNull();
    expect(minutes((await today())?.standingMs)).toBe(20);
    expect(minutes(now.today.activeMs)).toBe(10);
  });
});

function hexToRgba(hex: string): number[] {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255, 255];
}
