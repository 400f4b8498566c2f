import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { BADGE_COLORS } from '../../lib/badge';
import { parseDays } from '../../lib/day-totals';
import { MINUTE } from '../../lib/time';
import { SimulatedBrowser } from './simulated-browser';

// A whole Monday through the real background module: steady work, a coffee
// absence, a locked lunch, a two-hour sleep, two service-worker restarts and a
// browser restart. The expected figures are worked out by hand from the
// timeline below (ground truth), not read back from the code.

const day = '2026-06-01';
const t = (hhmm: string) => {
  const [h, m] = hhmm.split(':').map(Number);
  return new Date(2026, 5, 1, h ?? 0, m ?? 0).getTime();
};

describe('a simulated workday', () => {
  let sim: SimulatedBrowser;
  const reminders: number[] = [];

  beforeEach(() => {
    fakeBrowser.reset();
    reminders.length = 0;
  });

  /** Advances minute by minute, noting each moment a reminder notification appears. */
  async function work(until: string) {
    const target = t(until);
    while (sim.now < target) {
      const before = (await fakeBrowser.storage.local.get('clock')).clock as
        | { reminder?: { firedAt: number | null } }
        | undefined;
      await sim.runUntil(Math.min(target, sim.now + MINUTE));
      const after = (await fakeBrowser.storage.local.get('clock')).clock as
        | { reminder?: { firedAt: number | null } }
        | undefined;
      const fired = after?.reminder?.firedAt ?? null;
      if (fired !== null && fired !== (before?.reminder?.firedAt ?? null)) reminders.push(fired);
    }
  }

  /** The user stops typing at `from` and comes back at `to`; `idle` arrives 60 s after the last input. */
  async function away(from: string, to: string, how: 'idle' | 'locked') {
    await work(from);
    if (how === 'locked') await sim.setIdle('locked');
    else {
      await work(new Date(t(from) + MINUTE).toTimeString().slice(0, 5));
      await sim.setIdle('idle');
    }
    await work(to);
    await sim.setIdle('active');
  }

  it('reminds on time and books the day to the minute', async () => {
    sim = new SimulatedBrowser(t('08:00'));
    await sim.startWorker(); // the browser opens at 08:00, the user starts working

    await work('08:31');
    expect((await fakeBrowser.notifications.getAll())['unsit-reminder']).toBeDefined();
    expect(await fakeBrowser.action.getBadgeBackgroundColor({})).toEqual([180, 83, 9, 255]);
    const stood = await sim.send('recordBreak', { kind: 'acknowledged', id: 'stood-0831' });
    expect(stood.ok).toBe(true);
    expect((await fakeBrowser.notifications.getAll())['unsit-reminder']).toBeUndefined();

    await work('09:00');
    await sim.restartWorker(); // Chrome killed the worker mid-bout
    await away('09:05', '09:09', 'idle'); // coffee: four minutes away

    await work('09:40');
    expect((await sim.send('snooze')).ok).toBe(true);
    await work('09:44');
    await work('09:46'); // a two-minute routine from 09:44 to 09:46
    const routine = await sim.send('recordBreak', {
      kind: 'routine',
      id: 'routine-0944',
      startedAt: t('09:44'),
    });
    expect(routine.ok).toBe(true);

    await work('10:30');
    await sim.restartWorker(); // killed again
    await away('12:00', '12:45', 'locked'); // lunch with the screen locked

    await work('13:20');
    await sim.sleepUntil(t('15:20')); // the laptop lid closed for two hours
    await sim.setIdle('active');
    const justAfterWake = reminders.length;
    await work('15:30');
    expect(reminders.length).toBe(justAfterWake); // no burst on wake

    await work('16:00');
    await sim.restartBrowser(t('16:02'));
    await work('17:01'); // home time: the last input was at 17:00
    await sim.setIdle('idle');
    await work('18:00');

    // Reminders: each bout's 30th minute, plus the snoozed one 5 min after the snooze.
    const expected = ['08:30', '09:01', '09:39', '09:45', '10:16', '13:15', '15:50'].map(t);
    expect(reminders).toHaveLength(expected.length);
    for (const [i, r] of reminders.entries()) {
      expect(Math.abs(r - (expected[i] ?? 0))).toBeLessThanOrEqual(60_000);
    }

    const days = parseDays((await fakeBrowser.storage.local.get('days')).days);
    const totals = days[day];
    // Sitting: 08:00–08:31, 08:31–09:05, 09:09–09:44, 09:46–12:00, 12:45–13:20, 15:20–16:00, 16:02–17:00.
    const minutes = (ms: number) => Math.round(ms / MINUTE);
    expect(Math.abs(minutes(totals?.activeMs ?? 0) - 367)).toBeLessThanOrEqual(1);
    expect(totals?.bouts).toBe(6);
    expect(totals?.longBouts).toBe(6);
    expect(Math.abs(minutes(totals?.longestBoutMs ?? 0) - 134)).toBeLessThanOrEqual(1);
    expect(totals?.acknowledged).toBe(1);
    expect(totals?.routine).toBe(1);
    expect(totals?.natural).toBe(4); // coffee, lunch, sleep, evening
    expect(totals?.snoozed).toBe(1);
    expect(totals?.skipped).toBe(0);
    expect(totals?.reminders).toBe(7);

    expect(await fakeBrowser.action.getBadgeText({})).toBe('6');
    expect(await fakeBrowser.action.getBadgeBackgroundColor({})).toEqual(
      hexToRgba(BADGE_COLORS.normal),
    );
    // Resting in the evening: no heartbeat left running.
    expect(await fakeBrowser.alarms.get('heartbeat')).toBeUndefined();
  });
});

function hexToRgba(hex: string): number[] {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255, 255];
}
