import type { Settings } from './settings';
import { atMinuteOfDay, minuteOfDay, startOfNextDay, weekday } from './time';

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
    if (hours.workDays.includes(weekday(cursor)) && minuteOfDay(cursor) < hours.workStartMin) {
      return atMinuteOfDay(cursor, hours.workStartMin);
    }
    cursor = startOfNextDay(cursor);
  }
  return null;
}
