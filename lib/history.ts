import { breaksTaken, type Days, type DayTotals, emptyDay } from './day-totals';
import type { MessageKey } from './i18n';
import { DAY, dayKey, dayKeyParts, startOfDay } from './time';

// The long view: the daily records over 30 days, 90 days or a year, as the history page
// charts them. Pure: `now`, the first day of the week and the records come in as parameters.

/** How a figure of a day is read and how days of one bar add up. */
export type Series = {
  id: string;
  /** Its name, in the chart's heading and the table's column. */
  label: MessageKey;
  /** A count (shown as a number) or a duration in milliseconds (shown as minutes or hours). */
  unit: 'count' | 'duration';
  /** A bar of several days: their sum, or the largest day (a longest bout is not a sum). */
  combine: 'sum' | 'max';
  of: (day: DayTotals) => number;
};

/** Every chart of the history page, in order. One line each: a new figure of the day is a new line. */
export const HISTORY_SERIES: readonly Series[] = [
  { id: 'breaks', label: 'popup_stat_breaks', unit: 'count', combine: 'sum', of: breaksTaken },
  {
    id: 'skipped',
    label: 'popup_stat_skipped',
    unit: 'count',
    combine: 'sum',
    of: (d) => d.skipped,
  },
  {
    id: 'longest',
    label: 'popup_stat_longest_bout',
    unit: 'duration',
    combine: 'max',
    of: (d) => d.longestBoutMs,
  },
  {
    id: 'long-bouts',
    label: 'popup_stat_long_bouts',
    unit: 'count',
    combine: 'sum',
    of: (d) => d.longBouts,
  },
  {
    id: 'active',
    label: 'popup_stat_active_time',
    unit: 'duration',
    combine: 'sum',
    of: (d) => d.activeMs,
  },
  {
    id: 'standing',
    label: 'history_standing_time',
    unit: 'duration',
    combine: 'sum',
    of: (d) => d.standingMs,
  },
];

export const RANGES = ['30', '90', '365'] as const;
export type Range = (typeof RANGES)[number];

/** One bar: a day (30 days), a week (90 days) or a month (a year). */
export type Bucket = {
  /** The first and last day key it covers (within the range). */
  from: string;
  to: string;
  /** Days of the range in it with any record at all. */
  recorded: number;
  /** Each series' value, by series id. */
  values: Record<string, number>;
};

export type History = {
  range: Range;
  by: 'day' | 'week' | 'month';
  buckets: Bucket[];
  /** The whole range's value of each series (sum, or largest day). */
  total: Record<string, number>;
  /** Days of the range with any record. */
  recorded: number;
};

/** The last `count` local days, oldest first, today last (noon steps keep DST days whole). */
export function lastDays(now: number, count: number): string[] {
  const noon = startOfDay(now) + DAY / 2;
  return Array.from({ length: count }, (_, i) => dayKey(noon - (count - 1 - i) * DAY));
}

/** Local weekday (0 = Sunday) of a `YYYY-MM-DD` day key. */
export function weekdayOf(key: string): number {
  const [y, m, d] = dayKeyParts(key);
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}

const combineInto = (series: Series, into: number, value: number) =>
  series.combine === 'sum' ? into + value : Math.max(into, value);

/** The bucket a day belongs to: itself, its week (from `weekStart`), or its month. */
function bucketOf(key: string, by: History['by'], weekStart: number): string {
  if (by === 'day') return key;
  if (by === 'month') return key.slice(0, 7);
  const back = (weekdayOf(key) - weekStart + 7) % 7;
  const [y, m, d] = dayKeyParts(key);
  return new Date(Date.UTC(y, m - 1, d - back)).toISOString().slice(0, 10);
}

/**
 * The range's bars: 30 days by day, 90 days by week (starting on `weekStart`, 0 = Sunday),
 * a year by month. The first and last bar may be part of a week or month.
 */
export function history(
  days: Days,
  now: number,
  range: Range,
  weekStart = 1,
  series: readonly Series[] = HISTORY_SERIES,
): History {
  const by = range === '30' ? 'day' : range === '90' ? 'week' : 'month';
  const keys = lastDays(now, range === '365' ? 365 : Number(range));
  const buckets: Bucket[] = [];
  const total: Record<string, number> = Object.fromEntries(series.map((s) => [s.id, 0]));
  let currentId = '';
  let bucket: Bucket | undefined;
  let recorded = 0;
  for (const key of keys) {
    const id = bucketOf(key, by, weekStart);
    if (bucket === undefined || id !== currentId) {
      currentId = id;
      const values = Object.fromEntries(series.map((s) => [s.id, 0]));
      bucket = { from: key, to: key, recorded: 0, values };
      buckets.push(bucket);
    }
    bucket.to = key;
    const day = days[key];
    if (day !== undefined) {
      bucket.recorded += 1;
      recorded += 1;
    }
    const d = day ?? emptyDay;
    for (const s of series) {
      bucket.values[s.id] = combineInto(s, bucket.values[s.id] ?? 0, s.of(d));
      total[s.id] = combineInto(s, total[s.id] ?? 0, s.of(d));
    }
  }
  return { range, by, buckets, total, recorded };
}

/** Minutes of long sitting by weekday (0 = Sunday) and local hour: `grid[weekday][hour]`. */
export type SittingGrid = number[][];

/** The hours of long sitting of the range's days, added up by weekday and hour of the day. */
export function sittingGrid(days: Days, now: number, count: number): SittingGrid {
  const grid = Array.from({ length: 7 }, () => Array<number>(24).fill(0));
  for (const key of lastDays(now, count)) {
    const row = grid[weekdayOf(key)];
    const pattern = days[key]?.longByHour;
    if (row === undefined || pattern === undefined) continue;
    for (let hour = 0; hour < Math.min(24, pattern.length); hour++) {
      row[hour] = (row[hour] ?? 0) + (pattern[hour] ?? 0);
    }
  }
  return grid;
}

/** When the long sitting peaks: a weekday and one or two hours from `from`. */
export type Peak = { weekday: number; from: number; hours: 1 | 2 };

/**
 * The weekday with the most long sitting, and on it the two neighbouring hours with the most
 * (one hour when the next holds none). Null when there was no long sitting at all. Ties go to
 * the earlier weekday (from Sunday) and the earlier hour.
 */
export function peakOf(grid: SittingGrid): Peak | null {
  let weekday = -1;
  let most = 0;
  grid.forEach((row, day) => {
    const sum = row.reduce((a, b) => a + b, 0);
    if (sum > most) [weekday, most] = [day, sum];
  });
  const row = grid[weekday];
  if (row === undefined) return null;
  let from = 0;
  let best = -1;
  for (let hour = 0; hour < 24; hour++) {
    const pair = (row[hour] ?? 0) + (hour < 23 ? (row[hour + 1] ?? 0) : 0);
    if (pair > best) [from, best] = [hour, pair];
  }
  // A pair whose first hour is empty is really the next hour alone.
  if ((row[from] ?? 0) === 0) from += 1;
  const next = from < 23 ? (row[from + 1] ?? 0) : 0;
  return { weekday, from, hours: next > 0 ? 2 : 1 };
}
