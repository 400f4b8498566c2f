import { describe, expect, it } from 'vitest';
import {
  durationLabel,
  hoursMinutes,
  minutesToTimeValue,
  timeValueToMinutes,
  weekdayName,
  weekdayNames,
  weekOrder,
  whenLabel,
} from '../../../components/shared/format';
import { MINUTE } from '../../../lib/time';

describe('UI formatting', () => {
  it('durations', () => {
    expect(durationLabel(0)).toBe('0 min');
    // To the nearest minute, as people read a duration.
    expect(durationLabel(23 * MINUTE + 59_000)).toBe('24 min');
    expect(durationLabel(24 * MINUTE + 29_000)).toBe('24 min');
    expect(durationLabel(24 * MINUTE + 59_000)).toBe('25 min');
    expect(durationLabel(60 * MINUTE)).toBe('1 h');
    expect(durationLabel(65 * MINUTE)).toBe('1 h 05 min');
    expect(hoursMinutes(205 * MINUTE)).toBe('3:25');
    expect(hoursMinutes(0)).toBe('0:00');
  });

  it('time inputs: midnight as an end is 00:00, and back', () => {
    expect(minutesToTimeValue(540)).toBe('09:00');
    expect(minutesToTimeValue(1440)).toBe('00:00');
    expect(timeValueToMinutes('17:30')).toBe(1050);
    expect(timeValueToMinutes('17:30:00')).toBe(1050);
    expect(timeValueToMinutes('')).toBeNull();
    expect(timeValueToMinutes('25:00')).toBeNull();
  });

  it('weekday names and week order follow the locale', () => {
    expect(weekdayNames('long', 'en-GB')[0]).toBe('Sunday');
    expect(weekdayName('2025-03-05', 'long', 'en-GB')).toBe('Wednesday');
    expect(weekdayName('2025-03-05', 'narrow', 'en-GB')).toBe('W');
    expect(weekOrder('en-US')[0]).toBe(0);
    expect(weekOrder('de-DE')[0]).toBe(1);
    expect([...weekOrder('de-DE')].sort()).toEqual([0, 1, 2, 3, 4, 5, 6]);
  });

  it('a time on another day gets its weekday', () => {
    const now = new Date(2025, 2, 5, 16, 0).getTime();
    expect(whenLabel(new Date(2025, 2, 5, 16, 45).getTime(), now, 'en-GB')).toBe('16:45');
    expect(whenLabel(new Date(2025, 2, 6, 9, 0).getTime(), now, 'en-GB')).toBe('Thu 09:00');
  });
});
