import type { ClockView } from '../../../lib/clock/view';
import { type DayTotals, emptyDay } from '../../../lib/day-totals';
import type { Status } from '../../../lib/messages';
import { emptyCounts } from '../../../lib/routines/rotation';
import { settingsDefaults } from '../../../lib/settings';
import type { DaySummary } from '../../../lib/stats';
import { MINUTE } from '../../../lib/time';

// A realistic status for the page tests: a Wednesday morning, 23 minutes into a bout.

export const NOW = new Date(2025, 2, 5, 10, 22).getTime();

export const today: DayTotals = {
  ...emptyDay,
  activeMs: 205 * MINUTE,
  bouts: 5,
  longBouts: 2,
  longestBoutMs: 52 * MINUTE,
  routine: 2,
  natural: 1,
  acknowledged: 1,
  reminders: 3,
  snoozed: 1,
  skipped: 1,
};

export const week: DaySummary[] = [
  ['2025-02-27', 5, 48],
  ['2025-02-28', 6, 36],
  ['2025-03-01', 2, 71],
  ['2025-03-02', 7, 29],
  ['2025-03-03', 6, 33],
  ['2025-03-04', 2, 55],
  ['2025-03-05', 4, 52],
].map(([day, breaks, longest]) => ({
  day: String(day),
  breaks: Number(breaks),
  longestBoutMs: Number(longest) * MINUTE,
  activeMs: 4 * 60 * MINUTE,
}));

export function viewFixture(over: Partial<ClockView> = {}): ClockView {
  return {
    now: NOW,
    activity: 'active',
    sittingSince: NOW - 23 * MINUTE,
    boutMs: 23 * MINUTE,
    nextReminderAt: NOW + 7 * MINUTE,
    reminderDue: false,
    pausedUntil: null,
    snoozesInRow: 0,
    canSnooze: true,
    today,
    breaksToday: 4,
    standingSince: null,
    sitAgainAt: null,
    sitAgainDue: false,
    ...over,
  };
}

export function statusFixture(
  view: Partial<ClockView> = {},
  over: Partial<Omit<Status, 'view'>> = {},
): Status {
  return {
    view: viewFixture(view),
    settings: { ...settingsDefaults, snoozeMin: 5, dailyGoal: 6 },
    week,
    streak: 5,
    rotation: emptyCounts,
    ...over,
  };
}
