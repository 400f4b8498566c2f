import { describe, expect, it } from 'vitest';
import { endBout, startBout } from '../../lib/clock/booking';
import type { ClockModel } from '../../lib/clock/model';
import { initialClock } from '../../lib/clock/state';
import { emptyDay } from '../../lib/day-totals';
import { bookLongSitting } from '../../lib/sitting-hours';
import { MINUTE, splitByHour } from '../../lib/time';

// Local wall-clock times in the test zone (Europe/Berlin, set by the unit project).
const at = (y: number, mo: number, d: number, h: number, mi = 0, s = 0) =>
  new Date(y, mo - 1, d, h, mi, s).getTime();
const utc = (y: number, mo: number, d: number, h: number, mi = 0) => Date.UTC(y, mo - 1, d, h, mi);
const minutes = (parts: { day: string; hour: number; ms: number }[]) =>
  parts.map((p) => [p.day, p.hour, p.ms / MINUTE]);

describe('splitByHour', () => {
  it('splits at local hour boundaries, across midnight into the next day', () => {
    expect(minutes(splitByHour(at(2026, 6, 15, 22, 40), at(2026, 6, 16, 0, 30)))).toEqual([
      ['2026-06-15', 22, 20],
      ['2026-06-15', 23, 60],
      ['2026-06-16', 0, 30],
    ]);
  });

  it('skips the hour a clock going forward leaves out (Berlin, 29 March 2026)', () => {
    // 01:30 CET to 03:30 CEST is one hour of real time.
    expect(minutes(splitByHour(at(2026, 3, 29, 1, 30), at(2026, 3, 29, 3, 30)))).toEqual([
      ['2026-03-29', 1, 30],
      ['2026-03-29', 3, 30],
    ]);
  });

  it('names the hour a clock going back repeats twice (Berlin, 25 October 2026)', () => {
    // 01:30 CEST (23:30 UTC) to 03:30 CET (02:30 UTC): three hours, 02:00–03:00 twice.
    expect(minutes(splitByHour(utc(2026, 10, 24, 23, 30), utc(2026, 10, 25, 2, 30)))).toEqual([
      ['2026-10-25', 1, 30],
      ['2026-10-25', 2, 60],
      ['2026-10-25', 2, 60],
      ['2026-10-25', 3, 30],
    ]);
  });

  it("splits at the hours of the computer's time zone, half-hour zones included", () => {
    const zone = process.env.TZ;
    try {
      // Node re-reads TZ when it is assigned. 08:00–10:00 UTC is 13:30–15:30 in India.
      process.env.TZ = 'Asia/Kolkata';
      expect(minutes(splitByHour(utc(2026, 6, 15, 8), utc(2026, 6, 15, 10)))).toEqual([
        ['2026-06-15', 13, 30],
        ['2026-06-15', 14, 60],
        ['2026-06-15', 15, 30],
      ]);
      // 02:00 UTC on the 16th is still the evening of the 15th in New York.
      process.env.TZ = 'America/New_York';
      expect(minutes(splitByHour(utc(2026, 6, 16, 2), utc(2026, 6, 16, 5)))).toEqual([
        ['2026-06-15', 22, 60],
        ['2026-06-15', 23, 60],
        ['2026-06-16', 0, 60],
      ]);
    } finally {
      process.env.TZ = zone;
    }
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe('Europe/Berlin');
  });

  it('gives nothing for an empty or backward span', () => {
    expect(splitByHour(at(2026, 6, 15, 9), at(2026, 6, 15, 9))).toEqual([]);
    expect(splitByHour(at(2026, 6, 15, 10), at(2026, 6, 15, 9))).toEqual([]);
  });
});

describe('bookLongSitting', () => {
  it('books whole minutes per hour, a bout over midnight to both days', () => {
    const days = bookLongSitting({}, at(2026, 6, 15, 23, 20), at(2026, 6, 16, 0, 10));
    expect(days['2026-06-15']?.longByHour).toEqual([...Array(23).fill(0), 40]);
    expect(days['2026-06-16']?.longByHour).toEqual([10]);
    // Only the pattern: the bout's counts belong to the day it ended (endBout).
    expect({ ...days['2026-06-16'], longByHour: [] }).toEqual(emptyDay);
  });

  it('adds to the hours already booked', () => {
    const first = bookLongSitting({}, at(2026, 6, 15, 9), at(2026, 6, 15, 9, 40));
    const second = bookLongSitting(first, at(2026, 6, 15, 9, 45), at(2026, 6, 15, 10, 30));
    expect(second['2026-06-15']?.longByHour.slice(9)).toEqual([55, 30]);
  });

  it('grows a pattern only as far as the hour it adds to, each slot within 120 minutes', () => {
    expect(
      bookLongSitting({}, at(2026, 6, 15, 2), at(2026, 6, 15, 2, 15))['2026-06-15']?.longByHour,
    ).toEqual([0, 0, 15]);
    // The hour a clock going back repeats (Berlin, 25 October 2026): 02:00–03:00 twice.
    const repeated = bookLongSitting({}, utc(2026, 10, 25, 0), utc(2026, 10, 25, 2));
    expect(repeated['2026-10-25']?.longByHour).toEqual([0, 0, 120]);
    const full = { '2026-10-25': { ...emptyDay, longByHour: [0, 0, 100] } };
    const capped = bookLongSitting(full, utc(2026, 10, 25, 0), utc(2026, 10, 25, 0, 40));
    expect(capped['2026-10-25']?.longByHour).toEqual([0, 0, 120]);
    // Less than half a minute in an hour adds no minute there.
    const brief = bookLongSitting({}, at(2026, 6, 15, 9, 59, 45), at(2026, 6, 15, 10, 0, 10));
    expect(brief['2026-06-15']?.longByHour.every((m) => m === 0)).toBe(true);
  });

  it('spreads at most a day back from the end, whatever the start says', () => {
    const days = bookLongSitting({}, 0, at(2026, 6, 15, 12));
    expect(Object.keys(days).sort()).toEqual(['2026-06-14', '2026-06-15']);
  });
});

describe('a long bout ended by the clock', () => {
  const model = (): ClockModel => ({ clock: initialClock, days: {} });

  it('books a bout of 30 minutes or more to its hours, and a shorter one not', () => {
    const long = endBout(startBout(model(), at(2026, 6, 15, 13, 50)), at(2026, 6, 15, 14, 35));
    expect(long.days['2026-06-15']?.longBouts).toBe(1);
    expect(long.days['2026-06-15']?.longByHour.slice(13)).toEqual([10, 35]);
    const short = endBout(startBout(model(), at(2026, 6, 15, 13, 50)), at(2026, 6, 15, 14, 15));
    expect(short.days['2026-06-15']?.bouts).toBe(1);
    expect(short.days['2026-06-15']?.longByHour).toEqual([]);
  });
});
