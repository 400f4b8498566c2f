import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { showReminderNotification } from '../../../background/notifications';
import { presentReminderCard } from '../../../background/overlay';
import { presentReminder } from '../../../background/present-reminder';
import type { ClockModel } from '../../../lib/clock/model';
import { parseClock } from '../../../lib/clock/state';
import { clockView } from '../../../lib/clock/view';
import { parsePresentation } from '../../../lib/presentation';
import { parseSettings, type Settings } from '../../../lib/settings';
import { presentationItem } from '../../../platform/store';

// What a wake-up with a due reminder puts in front of the user: the notification, the card, or
// both. The two surfaces stay open until the test lets them finish, so the test sees whether
// either waits for the other and whether the wake-up waits for both.

const surfaces = vi.hoisted(() => {
  const open = new Map<string, () => void>();
  const show = (name: string) =>
    new Promise<never>((done) => open.set(name, () => done(undefined as never)));
  return { open, show };
});

vi.mock('../../../background/notifications', () => ({
  showReminderNotification: vi.fn(() => surfaces.show('notification')),
}));
vi.mock('../../../background/overlay', () => ({
  presentReminderCard: vi.fn(() => surfaces.show('card')),
}));
// The browser's facts at this wake-up: no call, no fullscreen, a pause in typing.
vi.mock('../../../background/browser-activity', () => ({
  browserActivity: async () => ({ inCall: false, fullscreen: false, mediaInFocusedWindow: false }),
}));
vi.mock('../../../background/idle', () => ({
  queryTypingPause: async () => true,
  watchForPauses: vi.fn(),
}));

const now = Date.UTC(2026, 5, 1, 10);
/** A generous bound for the wake-up's storage round trips on a busy machine. */
const WAIT = { timeout: 15_000 };

/** Presents a reminder that fired just now; resolves `done` when the wake-up ends. */
function wakeUp(settings: Settings) {
  const clock = parseClock(undefined, now);
  const model: ClockModel = {
    clock: { ...clock, reminder: { ...clock.reminder, firedAt: now } },
    days: {},
  };
  const state = { done: false };
  const run = presentReminder(model, clockView(model, settings, now), settings).then(() => {
    state.done = true;
  });
  return { run, state };
}

/** Lets every pending promise settle (the wake-up awaits storage between steps). */
const settle = () => new Promise((resolve) => setImmediate(resolve));

const stored = async () => parsePresentation(await presentationItem.getValue());

describe('presenting a due reminder', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    surfaces.open.clear();
    vi.mocked(showReminderNotification).mockClear();
    vi.mocked(presentReminderCard).mockClear();
  });

  it.each([
    ['card', 'notification'],
    ['notification', 'card'],
  ])(
    'with no escalation delay, shows the card and the notification at once, and waits for both (%s done first)',
    async (first, last) => {
      const { run, state } = wakeUp(parseSettings({ escalateAfterMin: 0 }));
      // Both surfaces are up while neither has finished: neither waits for the other.
      await vi.waitFor(
        () => expect([...surfaces.open.keys()].sort()).toEqual(['card', 'notification']),
        WAIT,
      );
      expect(presentReminderCard).toHaveBeenCalledWith(true, expect.any(Function));
      expect(showReminderNotification).toHaveBeenCalledWith(
        expect.any(Number),
        expect.objectContaining({ snoozeMin: 5 }),
      );

      surfaces.open.get(first)?.();
      await settle();
      expect(state.done, `the wake-up ended before the ${last} was up`).toBe(false);
      surfaces.open.get(last)?.();
      await run;
      expect(await stored()).toMatchObject({ firedAt: now, notifiedAt: now, cardAt: now });
    },
  );

  it('with the default escalation delay, shows only the notification', async () => {
    const { run } = wakeUp(parseSettings({}));
    await vi.waitFor(() => expect([...surfaces.open.keys()]).toEqual(['notification']), WAIT);
    surfaces.open.get('notification')?.();
    await run;
    expect(presentReminderCard).not.toHaveBeenCalled();
    expect(await stored()).toMatchObject({ firedAt: now, notifiedAt: now, cardAt: null });
  });

  it('with notifications turned off, shows the card alone', async () => {
    const { run } = wakeUp(parseSettings({ escalateAfterMin: 0, notifications: false }));
    await vi.waitFor(() => expect([...surfaces.open.keys()]).toEqual(['card']), WAIT);
    surfaces.open.get('card')?.();
    await run;
    expect(showReminderNotification).not.toHaveBeenCalled();
  });

  it('shows nothing twice: a second wake-up for the same reminder adds no surface', async () => {
    const first = wakeUp(parseSettings({ escalateAfterMin: 0 }));
    await vi.waitFor(() => expect(surfaces.open.size).toBe(2), WAIT);
    for (const finish of surfaces.open.values()) finish();
    await first.run;
    const second = wakeUp(parseSettings({ escalateAfterMin: 0 }));
    await second.run;
    expect(showReminderNotification).toHaveBeenCalledTimes(1);
    expect(presentReminderCard).toHaveBeenCalledTimes(1);
  });
});
