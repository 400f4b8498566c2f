import type { Settings } from './settings';
import { atMinuteOfDay, MINUTE, minuteOfDay, startOfNextDay, weekday } from './time';

type WorkingHours = Pick<Settings, 'workDays' | 'workStartMin' | 'workEndMin'>;

export function isWorkingTime(t: number, hours: WorkingHours): boolean {
  const minute = minuteOfDay(t);
  return (
    hours.workDays.includes(weekday(t)) && minute >= hours.workStartMin && minute < hours.workEndMin
  );
}

/**
 * The first moment at or after `t` inside the user's working days and hours,
 * or null when no day is a working day (reminders are then off entirely).
 */
export function nextWorkingTime(t: number, hours: WorkingHours): number | null {
  if (hours.workDays.length === 0) return null;
  let cursor = t;
  // A week and a day always reaches a working day if there is one.
  for (let i = 0; i < 8; i++) {
    if (isWorkingTime(cursor, hours)) return cursor;
    const minute = minuteOfDay(cursor);
    if (hours.workDays.includes(weekday(cursor)) && minute < hours.workStartMin) {
      const start = atMinuteOfDay(cursor, hours.workStartMin);
      // In the hour repeated when clocks go back, the wall time names its first occurrence,
      // which can lie before `cursor`: count on from `cursor` instead.
      if (start >= cursor) return start;
      return cursor - (cursor % MINUTE) + (hours.workStartMin - minute) * MINUTE;
    }
    cursor = startOfNextDay(cursor);
  }
  return null;
}
