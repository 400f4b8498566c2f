import { describe, expect, it } from 'vitest';
import { weekday } from '../../lib/time';
import { isWorkingTime, nextWorkingTime } from '../../lib/working-hours';

// Local wall-clock times in the test zone (Europe/Berlin, set by the unit project).
const local = (y: number, mo: number, d: number, h = 0, mi = 0) =>
  new Date(y, mo - 1, d, h, mi).getTime();

/** Monday to Friday, 09:00–17:00. */
const office = { workDays: [1, 2, 3, 4, 5], workStartMin: 9 * 60, workEndMin: 17 * 60 };
const allDay = { workDays: [0, 1, 2, 3, 4, 5, 6], workStartMin: 0, workEndMin: 1440 };

describe('calendar used by these tests', () => {
  it('has the expected weekdays', () => {
    expect(weekday(local(2026, 3, 2))).toBe(1); // Monday
    expect(weekday(local(2026, 3, 6))).toBe(5); // Friday
    expect(weekday(local(2026, 3, 28))).toBe(6); // Saturday before spring-forward
    expect(weekday(local(2026, 3, 29))).toBe(0); // spring-forward Sunday
    expect(weekday(local(2026, 10, 25))).toBe(0); // fall-back Sunday
  });
});

describe('isWorkingTime', () => {
  it('includes the start minute and excludes the end minute', () => {
    expect(isWorkingTime(local(2026, 3, 2, 8, 59), office)).toBe(false);
    expect(isWorkingTime(local(2026, 3, 2, 9, 0), office)).toBe(true);
    expect(isWorkingTime(local(2026, 3, 2, 16, 59), office)).toBe(true);
    expect(isWorkingTime(local(2026, 3, 2, 17, 0), office)).toBe(false);
  });

  it('is false on a day off', () => {
    expect(isWorkingTime(local(2026, 3, 7, 12), office)).toBe(false); // Saturday
  });

  it('covers the whole day with 0–1440', () => {
    expect(isWorkingTime(local(2026, 3, 7, 0, 0), allDay)).toBe(true);
    expect(isWorkingTime(local(2026, 3, 7, 23, 59), allDay)).toBe(true);
  });
});

describe('nextWorkingTime', () => {
  it('returns t itself within working hours', () => {
    const t = local(2026, 3, 2, 10, 17) + 12_345;
    expect(nextWorkingTime(t, office)).toBe(t);
    expect(nextWorkingTime(t, allDay)).toBe(t);
  });

  it("moves a time before the start to today's start", () => {
    expect(nextWorkingTime(local(2026, 3, 2, 7, 30), office)).toBe(local(2026, 3, 2, 9, 0));
    expect(nextWorkingTime(local(2026, 3, 2, 0, 0), office)).toBe(local(2026, 3, 2, 9, 0));
  });

  it("moves a time after the end (or at it) to the next working day's start", () => {
    expect(nextWorkingTime(local(2026, 3, 2, 18, 0), office)).toBe(local(2026, 3, 3, 9, 0));
    expect(nextWorkingTime(local(2026, 3, 2, 17, 0), office)).toBe(local(2026, 3, 3, 9, 0));
    expect(nextWorkingTime(local(2026, 3, 2, 23, 59), office)).toBe(local(2026, 3, 3, 9, 0));
  });

  it('skips the weekend', () => {
    expect(nextWorkingTime(local(2026, 3, 6, 17, 30), office)).toBe(local(2026, 3, 9, 9, 0));
    expect(nextWorkingTime(local(2026, 3, 7, 12, 0), office)).toBe(local(2026, 3, 9, 9, 0));
    expect(nextWorkingTime(local(2026, 3, 8, 8, 0), office)).toBe(local(2026, 3, 9, 9, 0));
  });

  it('finds a single working day a whole week ahead', () => {
    const sundays = { workDays: [0], workStartMin: 9 * 60, workEndMin: 17 * 60 };
    // Sunday evening, after hours: the next Sunday.
    expect(nextWorkingTime(local(2026, 3, 8, 18, 0), sundays)).toBe(local(2026, 3, 15, 9, 0));
    // Monday: six days ahead.
    expect(nextWorkingTime(local(2026, 3, 9, 10, 0), sundays)).toBe(local(2026, 3, 15, 9, 0));
  });

  it('returns null when no day is a working day', () => {
    const none = { workDays: [], workStartMin: 0, workEndMin: 1440 };
    expect(nextWorkingTime(local(2026, 3, 2, 10), none)).toBeNull();
  });

  it('starts at the local wall-clock time on the spring-forward day (2026-03-29)', () => {
    const daily = { ...allDay, workStartMin: 9 * 60, workEndMin: 17 * 60 };
    // Saturday evening (CET) → Sunday 09:00 CEST, which is 07:00 UTC (not 08:00).
    const next = nextWorkingTime(local(2026, 3, 28, 20, 0), daily);
    expect(next).toBe(Date.UTC(2026, 2, 29, 7, 0));
    expect(next).toBe(local(2026, 3, 29, 9, 0));
    // Before the switch that night (01:00 CET), a 03:00 start is 03:00 CEST = 01:00 UTC.
    const early = { ...allDay, workStartMin: 3 * 60, workEndMin: 17 * 60 };
    expect(nextWorkingTime(local(2026, 3, 29, 1, 0), early)).toBe(Date.UTC(2026, 2, 29, 1, 0));
    // Friday evening → Monday after the switch.
    expect(nextWorkingTime(local(2026, 3, 27, 18, 0), office)).toBe(Date.UTC(2026, 2, 30, 7, 0));
  });

  it('starts at the local wall-clock time on the fall-back day (2026-10-25)', () => {
    const daily = { ...allDay, workStartMin: 9 * 60, workEndMin: 17 * 60 };
    // Saturday evening (CEST) → Sunday 09:00 CET, which is 08:00 UTC (not 07:00).
    const next = nextWorkingTime(local(2026, 10, 24, 20, 0), daily);
    expect(next).toBe(Date.UTC(2026, 9, 25, 8, 0));
    expect(next).toBe(local(2026, 10, 25, 9, 0));
    // Friday evening → Monday after the switch.
    expect(nextWorkingTime(local(2026, 10, 23, 18, 0), office)).toBe(Date.UTC(2026, 9, 26, 8, 0));
  });

  it('is never earlier than t and always inside working hours', () => {
    const hours = { workDays: [2, 4], workStartMin: 7 * 60 + 30, workEndMin: 12 * 60 };
    for (let t = local(2026, 3, 20); t < local(2026, 4, 10); t += 37 * 60_000) {
      const next = nextWorkingTime(t, hours);
      expect(next).not.toBeNull();
      if (next === null) continue;
      expect(next).toBeGreaterThanOrEqual(t);
      expect(isWorkingTime(next, hours)).toBe(true);
      // Nothing between t and next is working time (spot-checked on the minute before).
      if (next > t) expect(isWorkingTime(next - 60_000, hours)).toBe(false);
    }
  });
});
