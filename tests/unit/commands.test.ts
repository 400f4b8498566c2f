import { describe, expect, it } from 'vitest';
import { type ClockState, initialClock } from '../../lib/clock/state';
import { commandFeedback, isCommand, planCommand, stoodUpId } from '../../lib/commands';
import { settingsDefaults } from '../../lib/settings';
import { MINUTE } from '../../lib/time';
import { words } from '../../platform/i18n';

// What a keyboard shortcut does in each state of the clock, decided without a browser.

const now = Date.UTC(2026, 5, 1, 10);
const sitting = (minutes: number, firedAt: number | null = null, snoozesInRow = 0): ClockState => ({
  ...initialClock,
  activity: 'active',
  lastSeenAt: now,
  bout: { startedAt: now - minutes * MINUTE, committedMs: 0 },
  stretchStart: now - minutes * MINUTE,
  reminder: { firedAt, snoozedUntil: null, snoozesInRow },
});

describe('planning a keyboard shortcut', () => {
  it('knows only the manifest’s command names', () => {
    expect(['start-routine', 'stood-up', 'snooze'].every(isCommand)).toBe(true);
    for (const name of ['_execute_action', 'Snooze', '', 'toString', 42, null]) {
      expect(isCommand(name)).toBe(false);
    }
  });

  it('always starts the routine', () => {
    for (const clock of [initialClock, sitting(40, now - MINUTE)]) {
      expect(planCommand('start-routine', clock, settingsDefaults, now)).toEqual({
        type: 'open-routine',
      });
    }
  });

  it('records "I stood up" for the due reminder with an id fixed for that reminder', () => {
    const clock = sitting(40, now - MINUTE);
    const first = planCommand('stood-up', clock, settingsDefaults, now);
    const again = planCommand('stood-up', clock, settingsDefaults, now + 5000);
    expect(first).toEqual({ type: 'record-break', id: `shortcut-stood-up-${now - MINUTE}` });
    expect(again).toEqual(first);
    expect(stoodUpId(sitting(40, now))).not.toBe(stoodUpId(clock));
  });

  it('records "I stood up" before a reminder once a bout’s worth was sat, like the popup', () => {
    const plan = planCommand('stood-up', sitting(10), settingsDefaults, now);
    expect(plan).toEqual({
      type: 'record-break',
      id: `shortcut-stood-up-bout-${now - 10 * MINUTE}`,
    });
  });

  it('has nothing to record right after a break or while resting', () => {
    for (const clock of [sitting(0.5), initialClock]) {
      expect(planCommand('stood-up', clock, settingsDefaults, now)).toEqual({
        type: 'nothing',
        reason: 'no-sitting',
      });
    }
  });

  it('snoozes only a due reminder that may still be snoozed', () => {
    const max = settingsDefaults.maxSnoozes;
    expect(planCommand('snooze', sitting(40), settingsDefaults, now)).toEqual({
      type: 'nothing',
      reason: 'no-reminder',
    });
    expect(planCommand('snooze', sitting(40, now), settingsDefaults, now)).toEqual({
      type: 'snooze',
    });
    expect(planCommand('snooze', sitting(40, now, max), settingsDefaults, now)).toEqual({
      type: 'nothing',
      reason: 'snoozes-used-up',
    });
  });
});

describe('the badge’s answer to a key', () => {
  it('is a check mark when done and a dash, with the reason, when there was nothing to do', () => {
    const done = commandFeedback({ type: 'recorded', breaksToday: 3 }, words);
    expect(done.text).toBe('\u2713');
    expect(done.title).toContain('Break recorded — 3 today');
    const snoozed = commandFeedback({ type: 'snoozed', snoozeMin: 5 }, words);
    expect(snoozed.title).toContain('Snoozed for 5 min');
    const nothing = commandFeedback(
      { type: 'nothing', reason: 'no-reminder', snoozesInRow: 0 },
      words,
    );
    expect(nothing.text).toBe('\u2013');
    expect(nothing.title).toContain('Nothing to snooze');
    const usedUp = commandFeedback(
      { type: 'nothing', reason: 'snoozes-used-up', snoozesInRow: 2 },
      words,
    );
    expect(usedUp.title).toContain('snoozed 2 times in a row');
  });
});
