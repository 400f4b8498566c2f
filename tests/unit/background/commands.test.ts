import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { handleCommand } from '../../../background/commands';
import { currentOutcome } from '../../../background/engine';
import { settled } from '../../../background/queue';
import { initialClock } from '../../../lib/clock/state';
import { FEEDBACK_MS } from '../../../lib/commands';
import { dayKey, MINUTE } from '../../../lib/time';
import { clockItem, daysItem } from '../../../platform/store';
import { installIdleStub } from '../../helpers/idle-stub';

// A keyboard shortcut pressed, through the real engine and storage: what it records, what it
// opens, and what the badge answers. Presenting a reminder (notification, card) is not this
// file's subject.
vi.mock('../../../background/present-reminder', () => ({
  presentReminder: async () => {},
  reminderHeld: async () => false,
}));

/** The user has sat for `minutes`; a reminder fired a minute ago when `due`. */
async function seed(minutes: number, { due = false, snoozesInRow = 0 } = {}) {
  const now = Date.now();
  await clockItem.setValue({
    ...initialClock,
    activity: 'active',
    lastSeenAt: now - 5000,
    bout: { startedAt: now - minutes * MINUTE, committedMs: 0 },
    stretchStart: now - minutes * MINUTE,
    reminder: { firedAt: due ? now - MINUTE : null, snoozedUntil: null, snoozesInRow },
  });
}

const today = async () => {
  await settled();
  const days = (await daysItem.getValue()) as Record<string, { acknowledged: number }> | null;
  return days?.[dayKey(Date.now())]?.acknowledged ?? 0;
};
const badge = async () => ({
  text: await fakeBrowser.action.getBadgeText({}),
  title: await fakeBrowser.action.getTitle({}),
});
const stored = async () => {
  await settled();
  return JSON.stringify(await fakeBrowser.storage.local.get(null));
};

describe('a keyboard shortcut', () => {
  beforeEach(async () => {
    await settled();
    vi.restoreAllMocks();
    fakeBrowser.reset();
    installIdleStub();
  });

  it('"I stood up" records the due reminder’s break once, however often the key is pressed', async () => {
    await seed(40, { due: true });
    // Pressed twice at once (a key held down repeats), then once more after.
    await Promise.all([handleCommand('stood-up'), handleCommand('stood-up')]);
    await handleCommand('stood-up');
    expect(await today()).toBe(1);
    const { model, view } = await currentOutcome();
    expect(view.reminderDue).toBe(false);
    expect(model.clock.recentBreakIds.filter((id) => id.startsWith('shortcut-'))).toHaveLength(1);
  });

  it('"I stood up" answers on the badge, then the badge shows the clock again', async () => {
    await seed(40, { due: true });
    await handleCommand('stood-up');
    expect(await badge()).toEqual({
      text: '\u2713',
      title: expect.stringContaining('Break recorded — 1 today'),
    });
    await vi.waitFor(async () => expect((await badge()).text).toBe('1'), {
      timeout: FEEDBACK_MS + 15_000,
    });
  });

  it('"I stood up" with nothing sat since the last break records nothing and says so', async () => {
    await seed(0.2);
    await handleCommand('stood-up');
    expect(await today()).toBe(0);
    expect((await currentOutcome()).model.clock.recentBreakIds).toEqual([]);
    expect(await badge()).toEqual({
      text: '\u2013',
      title: expect.stringContaining('Nothing to record'),
    });
  });

  it('snooze puts the due reminder off', async () => {
    await seed(40, { due: true });
    await handleCommand('snooze');
    const { model, view } = await currentOutcome();
    expect(view.reminderDue).toBe(false);
    expect(model.clock.reminder.snoozesInRow).toBe(1);
    expect(model.clock.reminder.snoozedUntil).toBeGreaterThan(Date.now());
    expect((await badge()).title).toContain('Snoozed for');
  });

  it('snooze with no reminder due, or none left to snooze, changes nothing and says why', async () => {
    await seed(10);
    await handleCommand('snooze');
    expect((await currentOutcome()).model.clock.reminder.snoozedUntil).toBeNull();
    expect(await badge()).toEqual({
      text: '\u2013',
      title: expect.stringContaining('Nothing to snooze'),
    });

    await seed(40, { due: true, snoozesInRow: 2 });
    await handleCommand('snooze');
    const { view } = await currentOutcome();
    expect(view.reminderDue).toBe(true);
    expect((await badge()).title).toContain('snoozed 2 times in a row');
  });

  it('the standing key toggles "I\'m standing" and "I sat down", and says which on the badge', async () => {
    await seed(40, { due: true });
    await handleCommand('standing');
    let outcome = await currentOutcome();
    expect(outcome.view.standingSince).not.toBeNull();
    // Standing answers the reminder: it is no longer due, and nothing was counted as a break.
    expect(outcome.view.reminderDue).toBe(false);
    expect(await today()).toBe(0);
    expect((await badge()).title).toContain('Standing: the sitting clock rests.');
    await handleCommand('standing');
    outcome = await currentOutcome();
    expect(outcome.view.standingSince).toBeNull();
    expect(outcome.view.sittingSince).not.toBeNull();
    expect((await badge()).title).toContain('Sitting again: the sitting clock runs.');
  });

  it('the routine opens in Unsit’s window, as from the notification', async () => {
    const create = vi.spyOn(fakeBrowser.windows, 'create');
    await handleCommand('start-routine');
    expect(create).toHaveBeenCalledWith(
      expect.objectContaining({
        url: fakeBrowser.runtime.getURL('/break.html?routine=two-minute'),
        type: 'popup',
      }),
    );
  });

  it('ignores a command name it does not know', async () => {
    await seed(40, { due: true });
    const before = await stored();
    const create = vi.spyOn(fakeBrowser.windows, 'create');
    const setBadge = vi.spyOn(fakeBrowser.action, 'setBadgeText');
    for (const name of ['_execute_action', 'Stood-Up', 'delete-everything', '']) {
      await handleCommand(name);
    }
    expect(await stored()).toBe(before);
    expect(create).not.toHaveBeenCalled();
    expect(setBadge).not.toHaveBeenCalled();
  });
});
