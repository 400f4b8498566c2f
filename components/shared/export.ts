import { breaksTaken, type Days, type DayTotals } from '../../lib/day-totals';
import { MINUTE } from '../../lib/time';

// Pure builders for "Your data": the daily history as CSV and as JSON. The
// download itself lives in download.ts.
//
// Column and field names stay English in every language, on purpose: they are a file
// format, read back by Unsit's import (lib/import.ts) and by spreadsheets and scripts, so a
// file exported in German must import in Spanish, and a script must not break when the
// browser's language changes.

export const CSV_COLUMNS = [
  'date',
  'breaks',
  'routine',
  'natural',
  'acknowledged',
  'partial',
  'partial_minutes',
  'skipped',
  'snoozed',
  'reminders',
  'active_minutes',
  'standing_minutes',
  'bouts',
  'long_bouts',
  'longest_bout_minutes',
] as const;

/** Minutes with at most one decimal: 90 s is "1.5", 60 s is "1". */
export function minutesValue(ms: number): number {
  return Math.round(Math.max(0, ms) / (MINUTE / 10)) / 10;
}

function sortedDays(days: Days): [string, DayTotals][] {
  return Object.entries(days).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

function csvCell(value: string | number): string {
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** One row per day, oldest first, with a header; RFC 4180 line endings. */
export function daysToCsv(days: Days): string {
  const rows: (string | number)[][] = [[...CSV_COLUMNS]];
  for (const [date, d] of sortedDays(days)) {
    rows.push([
      date,
      breaksTaken(d),
      d.routine,
      d.natural,
      d.acknowledged,
      d.partial,
      minutesValue(d.partialMs),
      d.skipped,
      d.snoozed,
      d.reminders,
      minutesValue(d.activeMs),
      minutesValue(d.standingMs),
      d.bouts,
      d.longBouts,
      minutesValue(d.longestBoutMs),
    ]);
  }
  return `${rows.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

/**
 * The JSON file. lib/import.ts reads it back ("Import history"): a change to
 * its shape needs a new `format` number and a reader for it there.
 */
export type JsonExport = {
  app: 'Unsit';
  format: 1;
  exportedAt: string;
  /** Every stored day, oldest first: the raw counters (durations in milliseconds) plus `breaks`. */
  days: (DayTotals & { date: string; breaks: number })[];
};

export function daysToJson(days: Days, exportedAt: Date): string {
  const data: JsonExport = {
    app: 'Unsit',
    format: 1,
    exportedAt: exportedAt.toISOString(),
    days: sortedDays(days).map(([date, d]) => ({ date, breaks: breaksTaken(d), ...d })),
  };
  return `${JSON.stringify(data, null, 2)}\n`;
}

/** "unsit-history-2025-03-14.csv" */
export function exportFileName(ext: 'csv' | 'json', today: string): string {
  return `unsit-history-${today}.${ext}`;
}
