import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { presentReminder } from '../../../background/present-reminder';
import type { ClockModel } from '../../../lib/clock/model';
import { parseClock } from '../../../lib/clock/state';
import { clockView } from '../../../lib/clock/view';
import { parseSettings } from '../../../lib/settings';

// When the notification and the card are due in the same wake-up (no escalation delay), the
// card is put up first: its frame loads while the notification is being created, which is
// what keeps "reminder → card visible" short (issue 6). Both still happen, and the wake-up
// waits for both.

const order: string[] = [];
const pending: Array<() => void> = [];
const later = (name: string) => () =>
  new Promise<never>((done) => {
    order.push(`${name} started`);
    pending.push(() => {
      order.push(`${name} done`);
      done(undefined as never);
    });
  });

vi.mock('../../../background/notifications', () => ({
  showReminderNotification: vi.fn(() => later('notification')()),
}));
vi.mock('../../../background/overlay', () => ({
  presentReminderCard: vi.fn(() => later('card')()),
}));
vi.mock('../../../background/browser-activity', () => ({
  browserActivity: async () => ({ inCall: false, fullscreen: false, mediaInFocusedWindow: false }),
}));
vi.mock('../../../background/idle', () => ({
  queryTypingPause: async () => true,
  watchForPauses: vi.fn(),
}));

describe('presenting a due reminder', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    order.length = 0;
    pending.length = 0;
  });

  it('starts the card before the notification when both are due, and waits for both', async () => {
    const now = Date.UTC(2026, 5, 1, 10);
    const clock = parseClock(undefined);
    const model: ClockModel = {
      clock: { ...clock, reminder: { ...clock.reminder, firedAt: now } },
      days: {},
    };
    const settings = parseSettings({ escalateAfterMin: 0 });
    let finished = false;
    const run = presentReminder(model, clockView(model, settings, now), settings).then(() => {
      finished = true;
    });
    await vi.waitFor(() => expect(order).toEqual(['card started', 'notification started']));
    for (const release of pending.splice(0)) release();
    await run;
    expect(finished).toBe(true);
    expect(order.slice(2).sort()).toEqual(['card done', 'notification done']);
  });

  it('with the default escalation delay, only the notification comes first', async () => {
    const now = Date.UTC(2026, 5, 1, 10);
    const clock = parseClock(undefined);
    const model: ClockModel = {
      clock: { ...clock, reminder: { ...clock.reminder, firedAt: now } },
      days: {},
    };
    const settings = parseSettings({});
    const run = presentReminder(model, clockView(model, settings, now), settings);
    await vi.waitFor(() => expect(order).toEqual(['notification started']));
    for (const release of pending.splice(0)) release();
    await run;
    expect(order).toEqual(['notification started', 'notification done']);
  });
});
