import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { ALARM } from '../../../background/alarms';
import { dispatch } from '../../../background/engine';
import { PAST_MS } from '../../../lib/bounds';
import { DAY, dayKey, MINUTE } from '../../../lib/time';
import { loadModel } from '../../../platform/store';
import { installIdleStub } from '../../helpers/idle-stub';

// Stored times are input like any other: one out of range must not wedge the background
// (every wake-up throwing, no alarm left) nor make one event cost minutes.

describe('stored clock times out of range', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    installIdleStub();
  });

  it('forgets a pause until 1e20: the wake-up paints the badge and keeps the heartbeat', async () => {
    const now = Date.now();
    await fakeBrowser.storage.local.set({
      clock: {
        activity: 'active',
        lastSeenAt: now - 30_000,
        bout: { startedAt: now - 10 * MINUTE, committedMs: 0 },
        stretchStart: now - 10 * MINUTE,
        awaySince: null,
        reminder: { firedAt: null, snoozedUntil: 1e20, snoozesInRow: 0 },
        pausedUntil: 1e20,
        recentBreakIds: [],
      },
    });
    expect((await loadModel(now)).clock).toMatchObject({
      pausedUntil: null,
      reminder: { snoozedUntil: null },
      bout: { startedAt: now - 10 * MINUTE },
    });
    const { view } = await dispatch((at) => ({ type: 'tick', at }));
    expect(view.pausedUntil).toBeNull();
    expect(await fakeBrowser.action.getTitle({})).toContain('10');
    expect(await fakeBrowser.alarms.get(ALARM.heartbeat)).toBeDefined();
  });

  it('closes a stretch stored as open since 1970 at once, booking no time from before the window', async () => {
    const now = Date.now();
    await fakeBrowser.storage.local.set({
      clock: {
        activity: 'active',
        lastSeenAt: now - 30_000,
        bout: { startedAt: 0, committedMs: 0 },
        stretchStart: 0,
        awaySince: null,
        reminder: { firedAt: null, snoozedUntil: null, snoozesInRow: 0 },
        pausedUntil: null,
        recentBreakIds: [],
      },
    });
    // Read back, the stretch is gone (the old code kept it and then spent minutes booking it).
    expect((await loadModel(now)).clock).toMatchObject({ stretchStart: null, bout: null });
    const { model } = await dispatch((at) => ({
      type: 'observe',
      at,
      state: 'idle',
      source: 'change',
    }));
    const booked = Object.values(model.days).reduce((sum, d) => sum + d.activeMs, 0);
    expect(booked).toBe(0);
  }, 20_000);

  it('books a stretch open for the whole window in work that grows with its days', async () => {
    const now = Date.now();
    const start = now - PAST_MS + DAY;
    const days: Record<string, unknown> = {};
    for (let t = start; t < now; t += DAY) days[dayKey(t)] = { routine: 1 };
    await fakeBrowser.storage.local.set({
      days,
      clock: {
        activity: 'active',
        lastSeenAt: now - 30_000,
        bout: { startedAt: start, committedMs: 0 },
        stretchStart: start,
        awaySince: null,
        reminder: { firedAt: null, snoozedUntil: null, snoozesInRow: 0 },
        pausedUntil: null,
        recentBreakIds: [],
      },
    });
    const started = performance.now();
    const { model } = await dispatch((at) => ({
      type: 'observe',
      at,
      state: 'locked',
      source: 'change',
    }));
    // Linear work is a few milliseconds; the budget is for a busy machine.
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(model.days[dayKey(start)]?.activeMs).toBeGreaterThan(0);
  }, 20_000);
});
