import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { parseDays } from '../../lib/day-totals';
import { MINUTE } from '../../lib/time';
import { loadModel } from '../../platform/store';
import { SimulatedBrowser } from './simulated-browser';

// Reminders that respect the user, through the real background with fake
// time: held through a call or a fullscreen video and offered right after,
// passive presence still counting as sitting, no burst on wake, a gentle
// escalation, a snooze limit and counted skips.

const t = (hhmm: string) => {
  const [h, m] = hhmm.split(':').map(Number);
  return new Date(2026, 5, 1, h ?? 0, m ?? 0).getTime();
};
const MEET = { url: 'https://meet.google.com/abc-defg-hij', audible: true, windowId: 1 };

let sim: SimulatedBrowser;
const notification = async () => (await fakeBrowser.notifications.getAll())['unsit-reminder'];
const today = async () =>
  parseDays((await fakeBrowser.storage.local.get('days')).days)['2026-06-01'];

/** Runs minute by minute and returns when (if ever) `probe` first held. */
async function firstTime(until: string, probe: () => Promise<boolean>): Promise<number | null> {
  while (sim.now < t(until)) {
    await sim.runUntil(sim.now + MINUTE / 4);
    if (await probe()) return sim.now;
  }
  return null;
}

beforeEach(async () => {
  fakeBrowser.reset();
  sim = new SimulatedBrowser(t('09:00'));
  await sim.startWorker();
});

describe('meetings and presentations', () => {
  it('holds a reminder through a 50-minute call and offers it within 60 s of the end', async () => {
    await sim.runUntil(t('09:20'));
    sim.setBrowser({ tabs: [MEET] });
    await sim.runUntil(t('09:21'));
    await sim.setIdle('idle'); // talking, not typing
    await sim.runUntil(t('10:10'));
    // Due at 09:30, but nothing but the badge during the call.
    expect(await notification()).toBeUndefined();
    expect(sim.cards).toEqual([]);
    expect(await fakeBrowser.action.getBadgeBackgroundColor({})).toEqual([180, 83, 9, 255]);

    sim.setBrowser({ tabs: [] }); // the call ends at 10:10
    await sim.setIdle('active');
    const offered = await firstTime('10:15', async () => (await notification()) !== undefined);
    expect(offered).not.toBeNull();
    expect((offered ?? Infinity) - t('10:10')).toBeLessThanOrEqual(60_000);
    expect(sim.cards).toHaveLength(1);
    expect((sim.cards[0] ?? Infinity) - t('10:10')).toBeLessThanOrEqual(60_000);
    // The call was sitting: no natural break, the bout runs from 09:00.
    expect((await today())?.natural ?? 0).toBe(0);
    expect((await sim.send('getStatus')).data).toMatchObject({
      view: { sittingSince: t('09:00') },
    });
  });

  it('holds during a fullscreen video and offers it after fullscreen is left', async () => {
    sim.setBrowser({
      tabs: [{ audible: true, windowId: 1 }],
      windows: [{ id: 1, state: 'fullscreen', focused: true }],
    });
    await sim.runUntil(t('09:05'));
    await sim.setIdle('idle'); // watching
    await sim.runUntil(t('09:45'));
    expect(await notification()).toBeUndefined();
    expect(sim.cards).toEqual([]);
    sim.setBrowser({ tabs: [], windows: [{ id: 1, state: 'normal', focused: true }] });
    await sim.setIdle('active');
    const offered = await firstTime('09:50', async () => sim.cards.length > 0);
    expect((offered ?? Infinity) - t('09:45')).toBeLessThanOrEqual(60_000);
    expect((await today())?.natural ?? 0).toBe(0);
  });

  it('counts idle input in a call as sitting, but a locked screen as a break', async () => {
    sim.setBrowser({ tabs: [MEET] });
    await sim.runUntil(t('09:10'));
    await sim.setIdle('idle');
    await sim.runUntil(t('09:25'));
    expect((await today())?.natural ?? 0).toBe(0);
    await sim.setIdle('locked');
    await sim.runUntil(t('09:35'));
    await sim.setIdle('active');
    expect((await today())?.natural).toBe(1);
  });
});

describe('no burst after wake', () => {
  it('a reminder outstanding before sleep is gone on wake, and the next comes a full interval later', async () => {
    await sim.runUntil(t('09:31'));
    expect(await notification()).toBeDefined();
    await sim.sleepUntil(t('11:00'));
    await sim.setIdle('active');
    await sim.runUntil(t('11:10'));
    expect(await notification()).toBeUndefined();
    expect(sim.cards.filter((c) => c >= t('11:00'))).toEqual([]);
    const next = await firstTime('11:45', async () => (await notification()) !== undefined);
    expect(Math.abs((next ?? 0) - t('11:30'))).toBeLessThanOrEqual(60_000);
  });
});

describe('escalation', () => {
  it('notifies when due, shows the card after 5 more minutes at a pause in typing, then every 5 min at most', async () => {
    const notified = await firstTime('09:40', async () => (await notification()) !== undefined);
    expect(Math.abs((notified ?? 0) - t('09:30'))).toBeLessThanOrEqual(60_000);
    expect(sim.cards).toEqual([]);
    // Typing without a pause: the card waits up to 2 minutes more for one.
    await sim.runUntil(t('09:36'));
    expect(sim.cards).toEqual([]);
    sim.idle.setTypingPause(true);
    await sim.runUntil(t('10:00'));
    expect(sim.cards.length).toBeGreaterThanOrEqual(2);
    expect((sim.cards[0] ?? 0) - t('09:36')).toBeLessThanOrEqual(60_000);
    for (let i = 1; i < sim.cards.length; i++) {
      expect((sim.cards[i] ?? 0) - (sim.cards[i - 1] ?? 0)).toBeGreaterThanOrEqual(5 * MINUTE);
    }
  });

  it('shows the card at the first 15-second pause, between heartbeats, not at the next one', async () => {
    await sim.runUntil(t('09:33') + 30_000);
    // Not yet: the card cannot fall due (09:35) before the next heartbeat looks.
    expect(sim.idle.detectionSeconds).toBe(60);
    await sim.runUntil(t('09:36') + 10_000);
    expect(sim.idle.detectionSeconds).toBe(15);
    expect(sim.cards).toEqual([]);
    // The last key at 09:36:10; Chrome says `idle` 15 s later.
    vi.setSystemTime(t('09:36') + 25_000);
    await sim.idle.pauseTyping();
    await sim.settle();
    expect(sim.cards).toHaveLength(1);
    expect((sim.cards[0] ?? 0) - (t('09:36') + 10_000)).toBeLessThanOrEqual(20_000);
    // Back to watching for absences until the card could come again.
    expect(sim.idle.detectionSeconds).toBe(60);
    // A pause in typing is not an absence: the clock still has the user sitting.
    expect((await loadModel()).clock.activity).toBe('active');
  });

  it('without any pause in typing, shows the card at most 2 minutes after it was due to escalate', async () => {
    await sim.runUntil(t('09:40'));
    expect(sim.cards).toHaveLength(1);
    expect((sim.cards[0] ?? 0) - t('09:37')).toBeLessThanOrEqual(60_000);
  });
});

describe('snooze limit and skips', () => {
  it('allows two snoozes in a row, then only the routine, "I stood up" or skip', async () => {
    await sim.runUntil(t('09:31'));
    expect((await sim.send('snooze')).ok).toBe(true);
    await sim.runUntil(t('09:37'));
    expect((await sim.send('snooze')).ok).toBe(true);
    await sim.runUntil(t('09:43'));
    const shown = (await notification()) as { buttons?: Array<{ title: string }> } | undefined;
    expect(shown?.buttons?.map((b) => b.title)).toEqual(['Start 2-minute routine']);
    const third = await sim.send('snooze');
    expect(third.ok).toBe(false);
    expect(third.error).toContain('snoozed 2 times in a row');
    expect((await today())?.snoozed).toBe(2);

    expect((await sim.send('skip')).ok).toBe(true);
    expect((await today())?.skipped).toBe(1);
    expect(await notification()).toBeUndefined();
    // After a skip the snooze count starts over.
    await sim.runUntil(t('10:14'));
    expect((await sim.send('snooze')).ok).toBe(true);
  });
});
