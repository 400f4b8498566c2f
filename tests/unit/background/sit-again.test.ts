import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { openBreakWindow } from '../../../background/break-window';
import { ROUTINE_QUERY } from '../../../background/commands';
import {
  answerNotificationButton,
  answerNotificationClick,
} from '../../../background/notification-buttons';
import {
  REMINDER_NOTIFICATION,
  SIT_AGAIN_NOTIFICATION,
  showReminderNotification,
  showSitAgainNotification,
} from '../../../background/notifications';
import { presentReminderCard } from '../../../background/overlay';
import { presentReminder } from '../../../background/present-reminder';
import type { ClockModel } from '../../../lib/clock/model';
import { initialClock, parseClock } from '../../../lib/clock/state';
import { clockView } from '../../../lib/clock/view';
import { parsePresentation } from '../../../lib/presentation';
import { parseSettings, type Settings } from '../../../lib/settings';
import { MINUTE } from '../../../lib/time';
import { clockItem, presentationItem, settingsItem } from '../../../platform/store';
import { installIdleStub } from '../../helpers/idle-stub';

// The sit/stand rhythm's nudge to sit again takes the reminder's respectful path (badge first,
// held in a call, offered when the call ends) but stops at a quiet notification: no card.

const facts = vi.hoisted(() => ({ inCall: false }));

vi.mock('../../../background/notifications', async (original) => ({
  ...(await original<typeof import('../../../background/notifications')>()),
  showReminderNotification: vi.fn(async () => {}),
  showSitAgainNotification: vi.fn(async () => {}),
}));
vi.mock('../../../background/break-window', async (original) => ({
  ...(await original<typeof import('../../../background/break-window')>()),
  openBreakWindow: vi.fn(async () => {}),
}));
vi.mock('../../../background/overlay', () => ({
  presentReminderCard: vi.fn(async () => {}),
  announceResolved: vi.fn(async () => {}),
}));
vi.mock('../../../background/browser-activity', () => ({
  browserActivity: async () => ({
    inCall: facts.inCall,
    fullscreen: false,
    mediaInFocusedWindow: false,
  }),
}));

const now = Date.UTC(2026, 5, 1, 10);
const rhythm = parseSettings({ standRhythm: true, standMin: 15, escalateAfterMin: 0 });

/** Standing for 16 minutes, nudged to sit again a minute ago. */
function nudged(): ClockModel {
  const clock = parseClock(undefined, now);
  return {
    clock: {
      ...clock,
      activity: 'active',
      lastSeenAt: now,
      standing: { since: now - 16 * MINUTE, nudgedAt: now - MINUTE },
    },
    days: {},
  };
}

const present = (model: ClockModel, settings: Settings, at = now) =>
  presentReminder(model, clockView(model, settings, at), settings);

describe('the nudge to sit again', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    facts.inCall = false;
    vi.mocked(showReminderNotification).mockClear();
    vi.mocked(showSitAgainNotification).mockClear();
    vi.mocked(presentReminderCard).mockClear();
  });

  it('shows a quiet notification once, and never the card, even with no escalation delay', async () => {
    const model = nudged();
    await present(model, rhythm);
    await present(model, rhythm, now + 10 * MINUTE);
    expect(showSitAgainNotification).toHaveBeenCalledTimes(1);
    expect(showSitAgainNotification).toHaveBeenCalledWith(16 * MINUTE);
    expect(showReminderNotification).not.toHaveBeenCalled();
    expect(presentReminderCard).not.toHaveBeenCalled();
  });

  it('is held during a call (badge only) and offered when the call ends', async () => {
    const model = nudged();
    facts.inCall = true;
    await present(model, rhythm);
    expect(showSitAgainNotification).not.toHaveBeenCalled();
    expect(parsePresentation(await presentationItem.getValue()).heldSince).toBe(now);
    facts.inCall = false;
    await present(model, rhythm, now + 5 * MINUTE);
    expect(showSitAgainNotification).toHaveBeenCalledTimes(1);
    expect(presentReminderCard).not.toHaveBeenCalled();
  });

  it('with notifications off, only the badge shows it', async () => {
    await present(nudged(), { ...rhythm, notifications: false });
    expect(showSitAgainNotification).not.toHaveBeenCalled();
  });
});

describe('the notifications’ buttons', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    installIdleStub();
  });

  it('"I sat down" on the nudge ends the standing; with the rhythm, the reminder’s first button is "I\'m standing"', async () => {
    await settingsItem.setValue(rhythm);
    await clockItem.setValue({
      ...nudged().clock,
      lastSeenAt: Date.now() - 1000,
      standing: { since: Date.now() - 16 * MINUTE, nudgedAt: Date.now() - MINUTE },
    });
    await answerNotificationButton(SIT_AGAIN_NOTIFICATION, 0);
    let clock = parseClock(await clockItem.getValue(), Date.now());
    expect(clock.standing).toBeNull();
    expect(clock.bout).not.toBeNull();

    await clockItem.setValue({
      ...initialClock,
      activity: 'active',
      lastSeenAt: Date.now() - 1000,
      bout: { startedAt: Date.now() - 40 * MINUTE, committedMs: 0 },
      stretchStart: Date.now() - 40 * MINUTE,
      reminder: { firedAt: Date.now() - MINUTE, snoozedUntil: null, snoozesInRow: 0 },
    });
    await answerNotificationButton(REMINDER_NOTIFICATION, 0);
    clock = parseClock(await clockItem.getValue(), Date.now());
    expect(clock.standing).not.toBeNull();
    expect(clock.reminder.firedAt).toBeNull();
  });

  it('a click on the nudge’s body is "I sat down" (Firefox shows no buttons); on the reminder’s, the routine', async () => {
    await settingsItem.setValue(rhythm);
    await clockItem.setValue({
      ...nudged().clock,
      lastSeenAt: Date.now() - 1000,
      standing: { since: Date.now() - 16 * MINUTE, nudgedAt: Date.now() - MINUTE },
    });
    vi.mocked(openBreakWindow).mockClear();
    await answerNotificationClick(SIT_AGAIN_NOTIFICATION);
    const clock = parseClock(await clockItem.getValue(), Date.now());
    expect(clock.standing).toBeNull();
    expect(clock.bout).not.toBeNull();
    expect(openBreakWindow).not.toHaveBeenCalled();

    await answerNotificationClick(REMINDER_NOTIFICATION);
    expect(openBreakWindow).toHaveBeenCalledWith(ROUTINE_QUERY);
    vi.mocked(openBreakWindow).mockClear();
    await answerNotificationClick('someone-else');
    expect(openBreakWindow).not.toHaveBeenCalled();
  });

  it('ignores other notifications and buttons', async () => {
    await clockItem.setValue({
      ...nudged().clock,
      lastSeenAt: Date.now() - 1000,
      standing: { since: Date.now() - 16 * MINUTE, nudgedAt: Date.now() - MINUTE },
    });
    const before = JSON.stringify(await fakeBrowser.storage.local.get(null));
    await answerNotificationButton('someone-else', 0);
    await answerNotificationButton(SIT_AGAIN_NOTIFICATION, 1);
    expect(JSON.stringify(await fakeBrowser.storage.local.get(null))).toBe(before);
  });
});
