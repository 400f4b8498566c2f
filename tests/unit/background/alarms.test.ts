import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { ALARM } from '../../../background/alarms';
import { dispatch } from '../../../background/engine';
import { HOUR, MINUTE } from '../../../lib/time';
import { installIdleStub } from '../../helpers/idle-stub';

// The heartbeat alarm after the wall clock was set back: an alarm scheduled by the old clock
// lies ahead by the size of the jump, and keeping it would hold every wake-up (and with it a
// reminder) back by that much.

const T0 = new Date(2026, 5, 15, 9, 0).getTime();

async function heartbeatAt(): Promise<number | undefined> {
  return (await fakeBrowser.alarms.get(ALARM.heartbeat))?.scheduledTime;
}

describe('the heartbeat alarm after the clock is set back 3 hours', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    installIdleStub();
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(T0);
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it.each([
    // Sitting 40 minutes, reminded a minute ago: no further reminder is pending.
    ['no reminder is pending', 40, T0 - MINUTE],
    // Sitting 25 minutes: the 30-minute reminder is 5 minutes away.
    ['a reminder is pending', 25, null],
  ])('is brought back within a minute of now when %s', async (_name, sittingMin, firedAt) => {
    await fakeBrowser.storage.local.set({
      clock: {
        activity: 'active',
        lastSeenAt: T0 - 30_000,
        bout: { startedAt: T0 - sittingMin * MINUTE, committedMs: 0 },
        stretchStart: T0 - sittingMin * MINUTE,
        awaySince: null,
        reminder: { firedAt, snoozedUntil: null, snoozesInRow: 0 },
        pausedUntil: null,
        recentBreakIds: [],
      },
    });
    await dispatch((at) => ({ type: 'tick', at }));
    const before = await heartbeatAt();
    expect(before).toBeGreaterThan(T0);
    expect(before).toBeLessThanOrEqual(T0 + MINUTE);

    // Exactly 3 hours: the old alarm is still in step with the beat, only 3 hours ahead.
    const back = T0 - 3 * HOUR;
    vi.setSystemTime(back);
    await dispatch((at) => ({ type: 'tick', at }));
    const after = await heartbeatAt();
    expect(after).toBeGreaterThan(back);
    expect(after).toBeLessThanOrEqual(back + MINUTE);
  });
});
