import { breaksTaken, type DayTotals, emptyDay } from '../day-totals';
import type { Settings } from '../settings';
import { dayKey, splitByDay } from '../time';
import type { ClockModel } from './model';
import { reminderDueAt, snoozeAllowed } from './schedule';
import { sitAgainDueAt, standingMaxAt } from './standing';

/** What the badge, popup and overlay show: booked totals plus the bout in progress. */
export type ClockView = {
  now: number;
  activity: ClockModel['clock']['activity'];
  /** When the current bout began, or null when resting. */
  sittingSince: number | null;
  /** Active time in the current bout, including the stretch still open. */
  boutMs: number;
  nextReminderAt: number | null;
  reminderDue: boolean;
  pausedUntil: number | null;
  snoozesInRow: number;
  /** Snooze is offered (false once the snoozes in a row are used up). */
  canSnooze: boolean;
  today: DayTotals;
  breaksToday: number;
  /** Since when the user has been standing ("I'm standing"), or null. */
  standingSince: number | null;
  /** When the rhythm's nudge to sit again falls due (null: none pending). */
  sitAgainAt: number | null;
  /** The nudge to sit again has fired and the user is still standing. */
  sitAgainDue: boolean;
};

export function clockView(model: ClockModel, settings: Settings, now: number): ClockView {
  const { clock } = model;
  const today = dayKey(now);
  const openFrom = clock.activity === 'active' ? clock.stretchStart : null;
  const open = openFrom === null ? 0 : Math.max(0, now - openFrom);
  const openToday = openFrom === null ? 0 : todayPart(openFrom, now, today);
  const boutMs = clock.bout === null ? 0 : clock.bout.committedMs + open;
  const booked = model.days[today] ?? emptyDay;
  const standingFrom = clock.standing?.since ?? null;
  const live: DayTotals = {
    ...booked,
    activeMs: booked.activeMs + openToday,
    standingMs:
      booked.standingMs +
      (clock.standing === null
        ? 0
        : todayPart(
            clock.standing.since,
            Math.min(now, standingMaxAt(clock.standing, settings)),
            today,
          )),
    longestBoutMs: Math.max(booked.longestBoutMs, boutMs),
  };
  return {
    now,
    activity: clock.activity,
    sittingSince: clock.bout?.startedAt ?? null,
    boutMs,
    nextReminderAt: reminderDueAt(clock, settings),
    reminderDue: clock.reminder.firedAt !== null,
    pausedUntil: clock.pausedUntil !== null && clock.pausedUntil > now ? clock.pausedUntil : null,
    snoozesInRow: clock.reminder.snoozesInRow,
    canSnooze: snoozeAllowed(clock.reminder, settings),
    today: live,
    breaksToday: breaksTaken(live),
    standingSince: standingFrom,
    sitAgainAt: sitAgainDueAt(clock, settings),
    sitAgainDue: clock.standing?.nudgedAt != null,
  };
}

/** The part of the time from `from` to `to` that lies in the day `today`. */
function todayPart(from: number, to: number, today: string): number {
  return splitByDay(from, Math.max(from, to))
    .filter((p) => p.day === today)
    .reduce((sum, p) => sum + p.ms, 0);
}
