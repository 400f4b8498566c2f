import { describe, expect, it } from 'vitest';
import { BADGE_COLORS, badgeFor } from '../../lib/badge';
import type { ClockView } from '../../lib/clock/view';
import { emptyDay } from '../../lib/day-totals';
import { clockTime } from '../../lib/format';
import { parseSettings, type Settings, settingsDefaults } from '../../lib/settings';
import { MINUTE, SECOND } from '../../lib/time';
import { words } from '../../platform/i18n';

const local = (h: number, mi: number) => new Date(2026, 5, 15, h, mi).getTime();
const now = local(10, 15);

/** Sitting for 23 min 20 s with 3 breaks today, next reminder at 10:45. */
function view(overrides: Partial<ClockView> = {}): ClockView {
  return {
    now,
    activity: 'active',
    sittingSince: now - 23 * MINUTE - 20 * SECOND,
    boutMs: 23 * MINUTE + 20 * SECOND,
    nextReminderAt: local(10, 45),
    reminderDue: false,
    pausedUntil: null,
    snoozesInRow: 0,
    canSnooze: true,
    today: { ...emptyDay, routine: 1, natural: 2 },
    breaksToday: 3,
    standingSince: null,
    sitAgainAt: null,
    sitAgainDue: false,
    ...overrides,
  };
}

const resting: Partial<ClockView> = {
  activity: 'idle',
  sittingSince: null,
  boutMs: 0,
  nextReminderAt: null,
};

const breaksMode: Settings = settingsDefaults;
const boutMode: Settings = parseSettings({ badgeMode: 'bout' });

describe('badgeFor', () => {
  it('uses the settings fixture it claims to', () => {
    expect(breaksMode.badgeMode).toBe('breaks');
    expect(boutMode.badgeMode).toBe('bout');
  });

  it("shows today's breaks in 'breaks' mode, with the full tooltip", () => {
    expect(badgeFor(view(), breaksMode, words, 'en-GB')).toEqual({
      text: '3',
      color: BADGE_COLORS.normal,
      title: 'Unsit: Sitting 23 min · 3 breaks today · next reminder 10:45',
    });
  });

  it("shows whole minutes of the bout in 'bout' mode", () => {
    const badge = badgeFor(view(), boutMode, words, 'en-GB');
    expect(badge.text).toBe('23');
    expect(badge.color).toBe(BADGE_COLORS.normal);
    expect(badge.title).toBe('Unsit: Sitting 23 min · 3 breaks today · next reminder 10:45');
  });

  it("shows '0' breaks, plural, at the start of a day", () => {
    const badge = badgeFor(view({ breaksToday: 0, today: emptyDay }), breaksMode, words, 'en-GB');
    expect(badge.text).toBe('0');
    expect(badge.title).toContain(' · 0 breaks today · ');
  });

  it("says '1 break' in the singular", () => {
    const badge = badgeFor(view({ breaksToday: 1 }), breaksMode, words, 'en-GB');
    expect(badge.text).toBe('1');
    expect(badge.title).toBe('Unsit: Sitting 23 min · 1 break today · next reminder 10:45');
  });

  it('shows an empty bout badge and "Resting" while resting', () => {
    const badge = badgeFor(view(resting), boutMode, words, 'en-GB');
    expect(badge.text).toBe('');
    expect(badge.color).toBe(BADGE_COLORS.normal);
    expect(badge.title).toBe('Unsit: Resting · 3 breaks today');
    // Breaks mode still counts breaks while resting.
    expect(badgeFor(view(resting), breaksMode, words, 'en-GB').text).toBe('3');
  });

  it('turns amber and says so when a reminder is due', () => {
    const due = view({ reminderDue: true, boutMs: 31 * MINUTE, nextReminderAt: null });
    expect(badgeFor(due, boutMode, words, 'en-GB')).toEqual({
      text: '31',
      color: BADGE_COLORS.due,
      title: 'Unsit: Sitting 31 min · 3 breaks today · time to stand up',
    });
    expect(badgeFor(due, breaksMode, words, 'en-GB').text).toBe('3');
    expect(badgeFor(due, breaksMode, words, 'en-GB').color).toBe(BADGE_COLORS.due);
  });

  it("shows '!' instead of an empty bout badge when due while resting", () => {
    const badge = badgeFor(view({ ...resting, reminderDue: true }), boutMode, words, 'en-GB');
    expect(badge.text).toBe('!');
    expect(badge.color).toBe(BADGE_COLORS.due);
  });

  it('turns grey while paused and says until when', () => {
    const paused = view({ pausedUntil: local(11, 30), nextReminderAt: local(11, 30) });
    expect(badgeFor(paused, breaksMode, words, 'en-GB')).toEqual({
      text: '3',
      color: BADGE_COLORS.paused,
      title: 'Unsit: Sitting 23 min · 3 breaks today · paused until 11:30',
    });
  });

  it('lets a due reminder win over a pause', () => {
    const both = view({ reminderDue: true, pausedUntil: local(11, 30) });
    const badge = badgeFor(both, breaksMode, words, 'en-GB');
    expect(badge.color).toBe(BADGE_COLORS.due);
    expect(badge.title).toContain('time to stand up');
    expect(badge.title).not.toContain('paused');
  });

  it('omits the next reminder when none is scheduled', () => {
    const badge = badgeFor(view({ nextReminderAt: null }), breaksMode, words, 'en-GB');
    expect(badge.title).toBe('Unsit: Sitting 23 min · 3 breaks today');
  });

  it('formats times in 24 h for en-GB, zero-padded', () => {
    const afternoon = view({ nextReminderAt: local(14, 5) });
    expect(badgeFor(afternoon, breaksMode, words, 'en-GB').title).toMatch(/next reminder 14:05$/);
    const early = view({ nextReminderAt: local(9, 7) });
    expect(badgeFor(early, breaksMode, words, 'en-GB').title).toMatch(/next reminder 09:07$/);
  });

  it('formats times with 12 hours for en-US as the popup does, without a leading zero', () => {
    const early = view({ nextReminderAt: local(9, 7) });
    expect(badgeFor(early, breaksMode, words, 'en-US').title).toMatch(/next reminder 9:07\sAM$/);
    expect(clockTime(local(9, 7), 'en-US')).toMatch(/^9:07\sAM$/);
  });

  it('rounds the bout to the nearest minute, as people read time, and never shows a negative one', () => {
    expect(badgeFor(view({ boutMs: 29 * SECOND }), boutMode, words, 'en-GB').text).toBe('0');
    expect(badgeFor(view({ boutMs: 30 * SECOND }), boutMode, words, 'en-GB').text).toBe('1');
    expect(
      badgeFor(view({ boutMs: 24 * MINUTE + 59 * SECOND }), boutMode, words, 'en-GB').text,
    ).toBe('25');
    expect(badgeFor(view({ boutMs: 60 * SECOND }), boutMode, words, 'en-GB').text).toBe('1');
    expect(badgeFor(view({ boutMs: -5 * SECOND }), boutMode, words, 'en-GB').text).toBe('0');
    expect(badgeFor(view({ boutMs: 125 * MINUTE }), boutMode, words, 'en-GB').text).toBe('125');
  });
});
