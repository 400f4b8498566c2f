import { describe, expect, it } from 'vitest';
import {
  atMinuteOfDay,
  DAY,
  dayKey,
  HOUR,
  MINUTE,
  minuteOfDay,
  splitByDay,
  startOfDay,
  startOfNextDay,
  weekday,
} from '../../lib/time';

// Local wall-clock times in the test zone (Europe/Berlin, set by the unit project).
const local = (y: number, mo: number, d: number, h = 0, mi = 0) =>
  new Date(y, mo - 1, d, h, mi).getTime();

describe('test time zone', () => {
  it('runs in Europe/Berlin (CET in winter, CEST in summer)', () => {
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe('Europe/Berlin');
    // getTimezoneOffset is UTC − local in minutes.
    expect(new Date(Date.UTC(2026, 0, 15, 12)).getTimezoneOffset()).toBe(-60);
    expect(new Date(Date.UTC(2026, 6, 15, 12)).getTimezoneOffset()).toBe(-120);
    // 2026-03-29 02:00 CET → 03:00 CEST, 2026-10-25 03:00 CEST → 02:00 CET.
    expect(new Date(Date.UTC(2026, 2, 29, 0, 59)).getTimezoneOffset()).toBe(-60);
    expect(new Date(Date.UTC(2026, 2, 29, 1, 0)).getTimezoneOffset()).toBe(-120);
    expect(new Date(Date.UTC(2026, 9, 25, 0, 59)).getTimezoneOffset()).toBe(-120);
    expect(new Date(Date.UTC(2026, 9, 25, 1, 0)).getTimezoneOffset()).toBe(-60);
  });
});

describe('dayKey', () => {
  it('is the local calendar day, zero-padded', () => {
    expect(dayKey(local(2026, 3, 5, 12))).toBe('2026-03-05');
    expect(dayKey(local(2026, 12, 31, 23, 59))).toBe('2026-12-31');
    expect(dayKey(local(2027, 1, 1, 0, 0))).toBe('2027-01-01');
  });

  it('follows local midnight, not UTC midnight', () => {
    // 22:30 UTC on 1 Jan is 23:30 in Berlin (same day); 23:30 UTC is already 2 Jan.
    expect(dayKey(Date.UTC(2026, 0, 1, 22, 30))).toBe('2026-01-01');
    expect(dayKey(Date.UTC(2026, 0, 1, 23, 30))).toBe('2026-01-02');
    // In summer local midnight is 22:00 UTC.
    expect(dayKey(Date.UTC(2026, 6, 1, 21, 59))).toBe('2026-07-01');
    expect(dayKey(Date.UTC(2026, 6, 1, 22, 0))).toBe('2026-07-02');
  });

  it('sorts lexicographically in date order', () => {
    const keys = [local(2026, 10, 2), local(2026, 9, 30), local(2025, 12, 31)].map(dayKey);
    expect([...keys].sort()).toEqual(['2025-12-31', '2026-09-30', '2026-10-02']);
  });
});

describe('startOfDay / startOfNextDay', () => {
  it('gives local midnights around an ordinary 24 h day', () => {
    const t = local(2026, 6, 15, 13, 45);
    expect(startOfDay(t)).toBe(local(2026, 6, 15));
    expect(startOfDay(t)).toBe(Date.UTC(2026, 5, 14, 22));
    expect(startOfNextDay(t) - startOfDay(t)).toBe(DAY);
  });

  it('makes the spring-forward day (2026-03-29) 23 hours long', () => {
    const t = local(2026, 3, 29, 12);
    expect(startOfDay(t)).toBe(Date.UTC(2026, 2, 28, 23));
    expect(startOfNextDay(t)).toBe(Date.UTC(2026, 2, 29, 22));
    expect(startOfNextDay(t) - startOfDay(t)).toBe(23 * HOUR);
  });

  it('makes the fall-back day (2026-10-25) 25 hours long', () => {
    const t = local(2026, 10, 25, 12);
    expect(startOfDay(t)).toBe(Date.UTC(2026, 9, 24, 22));
    expect(startOfNextDay(t)).toBe(Date.UTC(2026, 9, 25, 23));
    expect(startOfNextDay(t) - startOfDay(t)).toBe(25 * HOUR);
  });

  it('treats midnight itself as the start of its day', () => {
    const midnight = local(2026, 3, 29);
    expect(startOfDay(midnight)).toBe(midnight);
    expect(startOfNextDay(midnight)).toBe(local(2026, 3, 30));
    expect(startOfNextDay(midnight - 1)).toBe(midnight);
  });

  it('rolls over months and years', () => {
    expect(startOfNextDay(local(2026, 2, 28, 18))).toBe(local(2026, 3, 1));
    expect(startOfNextDay(local(2026, 12, 31, 18))).toBe(local(2027, 1, 1));
  });
});

describe('minuteOfDay / weekday / atMinuteOfDay', () => {
  it('reads the local wall clock', () => {
    expect(minuteOfDay(local(2026, 6, 15, 0, 0))).toBe(0);
    expect(minuteOfDay(local(2026, 6, 15, 10, 45))).toBe(645);
    expect(minuteOfDay(local(2026, 6, 15, 23, 59))).toBe(1439);
    expect(weekday(local(2026, 6, 15, 12))).toBe(1); // Monday
    expect(weekday(local(2026, 3, 29, 12))).toBe(0); // Sunday
    expect(weekday(local(2026, 3, 28, 23, 59))).toBe(6); // Saturday
  });

  it('places a wall-clock minute on DST days correctly', () => {
    // 09:00 is 08:00 UTC in winter time and 07:00 UTC in summer time.
    expect(atMinuteOfDay(local(2026, 3, 28, 20), 9 * 60)).toBe(Date.UTC(2026, 2, 28, 8));
    expect(atMinuteOfDay(local(2026, 3, 29, 20), 9 * 60)).toBe(Date.UTC(2026, 2, 29, 7));
    expect(atMinuteOfDay(local(2026, 10, 25, 1), 9 * 60)).toBe(Date.UTC(2026, 9, 25, 8));
    expect(atMinuteOfDay(local(2026, 10, 25, 20), 23 * 60 + 30)).toBe(
      Date.UTC(2026, 9, 25, 22, 30),
    );
  });
});

describe('splitByDay', () => {
  it('keeps an interval within one day whole', () => {
    const from = local(2026, 6, 15, 9);
    expect(splitByDay(from, from + 90 * MINUTE)).toEqual([{ day: '2026-06-15', ms: 90 * MINUTE }]);
  });

  it('is empty for an empty or inverted interval', () => {
    const t = local(2026, 6, 15, 9);
    expect(splitByDay(t, t)).toEqual([]);
    expect(splitByDay(t, t - MINUTE)).toEqual([]);
  });

  it('splits at local midnight', () => {
    expect(splitByDay(local(2026, 6, 15, 23, 30), local(2026, 6, 16, 0, 45))).toEqual([
      { day: '2026-06-15', ms: 30 * MINUTE },
      { day: '2026-06-16', ms: 45 * MINUTE },
    ]);
  });

  it('ends a part exactly at midnight without an empty next part', () => {
    expect(splitByDay(local(2026, 6, 15, 22), local(2026, 6, 16))).toEqual([
      { day: '2026-06-15', ms: 2 * HOUR },
    ]);
    expect(splitByDay(local(2026, 6, 16), local(2026, 6, 16, 1))).toEqual([
      { day: '2026-06-16', ms: HOUR },
    ]);
  });

  it('spans several days, with the short and long DST days', () => {
    expect(splitByDay(local(2026, 3, 28, 22), local(2026, 3, 31, 2))).toEqual([
      { day: '2026-03-28', ms: 2 * HOUR },
      { day: '2026-03-29', ms: 23 * HOUR },
      { day: '2026-03-30', ms: 24 * HOUR },
      { day: '2026-03-31', ms: 2 * HOUR },
    ]);
    expect(splitByDay(local(2026, 10, 24, 23), local(2026, 10, 26, 1))).toEqual([
      { day: '2026-10-24', ms: HOUR },
      { day: '2026-10-25', ms: 25 * HOUR },
      { day: '2026-10-26', ms: HOUR },
    ]);
  });

  it('never loses or invents time', () => {
    const from = local(2026, 3, 27, 17, 13);
    const to = local(2026, 4, 2, 8, 1) + 1234;
    const parts = splitByDay(from, to);
    expect(parts.reduce((sum, p) => sum + p.ms, 0)).toBe(to - from);
    expect(parts.map((p) => p.day)).toEqual([
      '2026-03-27',
      '2026-03-28',
      '2026-03-29',
      '2026-03-30',
      '2026-03-31',
      '2026-04-01',
      '2026-04-02',
    ]);
  });
});
