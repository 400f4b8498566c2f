import { describe, expect, it } from 'vitest';
import { endBout, startBout } from '../../lib/clock/booking';
import type { ClockModel } from '../../lib/clock/model';
import { initialClock } from '../../lib/clock/state';
import { emptyDay } from '../../lib/day-totals';
import {
  addToPattern,
  bookLongSitting,
  maxPattern,
  type OffsetAt,
  splitByHour,
} from '../../lib/sitting-hours';
import { HOUR, MINUTE } from '../../lib/time';

// Local wall-clock times in the test zone (Europe/Berlin, set by the unit project).
const at = (y: number, mo: number, d: number, h: number, mi = 0) =>
  new Date(y, mo - 1, d, h, mi).getTime();
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

  it('takes the time zone as a parameter, half-hour offsets included', () => {
    const india: OffsetAt = () => 5.5 * HOUR;
    // 08:00–10:00 UTC is 13:30–15:30 in India.
    expect(minutes(splitByHour(utc(2026, 6, 15, 8), utc(2026, 6, 15, 10), india))).toEqual([
      ['2026-06-15', 13, 30],
      ['2026-06-15', 14, 60],
      ['2026-06-15', 15, 30],
    ]);
    const newYork: OffsetAt = () => -4 * HOUR;
    // 02:00 UTC on the 16th is still the evening of the 15th in New York.
    expect(minutes(splitByHour(utc(2026, 6, 16, 2), utc(2026, 6, 16, 5), newYork))).toEqual([
      ['2026-06-15', 22, 60],
      ['2026-06-15', 23, 60],
      ['2026-06-16', 0, 60],
    ]);
  });

  it('gives nothing for an empty or backward span', () => {
    expect(splitByHour(at(2026, 6, 15, 9), at(2026, 6, 15, 9))).toEqual([]);
    expect(splitByHour(at(2026, 6, 15, 10), at(2026, 6, 15, 9))).toEqual([]);
  });
});

describe('hour patterns', () => {
  it('grows a pattern only as far as the hour it adds to, each slot within 120 minutes', () => {
    expect(addToPattern([], 2, 15)).toEqual([0, 0, 15]);
    expect(addToPattern([5], 0, 10)).toEqual([15]);
    expect(addToPattern([0, 100], 1, 60)).toEqual([0, 120]);
  });

  it('merges two records of a day slot by slot, keeping the larger', () => {
    expect(maxPattern([1, 9], [4, 2, 7])).toEqual([4, 9, 7]);
    expect(maxPattern([], [])).toEqual([]);
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

  it('spreads at most a day and an hour back from the end, whatever the start says', () => {
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
