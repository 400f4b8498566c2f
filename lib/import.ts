import { type Days, type DayTotals, emptyDay, parseDays, parseDayTotals } from './day-totals';
import type { Translate } from './i18n';
import { isRecord } from './safe-object';
import { dayKeyParts } from './time';

// Importing history from a file: the JSON that "Export as JSON" writes
// (components/shared/export.ts: `{ app: 'Unsit', format: 1, exportedAt,
// days: [{ date, breaks, ...DayTotals }] }`), or a plain map of days by date
// (`{ 'YYYY-MM-DD': DayTotals }`, the shape Unsit stores). Pure: the options
// page parses the file with `parseImport` and sends the days; the background
// checks them again and merges them with `mergeDays`.

/** Far more than 400 days of export (about 150 KB); anything bigger is not an Unsit file. */
export const MAX_IMPORT_CHARS = 5_000_000;

/** The newest export format this version reads. */
export const IMPORT_FORMAT = 1;

export type ImportResult =
  | {
      ok: true;
      days: Days;
      /** Entries that were not a valid day (no date, a date that does not exist, not an object). */
      skipped: number;
    }
  | { ok: false; error: string };

const dayKeyPattern = /^\d{4}-\d{2}-\d{2}$/;
/** The day's fields (its counters and the hour pattern): the keys of `emptyDay`. */
const fields = Object.keys(emptyDay);

/** `YYYY-MM-DD` naming a day that exists (no 2025-02-30). */
export function isDayKey(key: unknown): key is string {
  if (typeof key !== 'string' || !dayKeyPattern.test(key)) return false;
  const [y, m, d] = dayKeyParts(key);
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** An object carrying at least one of the day's counters; its bad fields are defaulted later. */
const looksLikeDay = (value: unknown): value is Record<string, unknown> =>
  isRecord(value) && fields.some((field) => field in value);

/** Collects valid days from `[date, value]` pairs; a date seen twice keeps the larger counts. */
function collect(entries: [unknown, unknown][]): { days: Days; skipped: number } {
  const days: Days = {};
  let skipped = 0;
  for (const [date, value] of entries) {
    if (!isDayKey(date) || !looksLikeDay(value)) {
      skipped += 1;
      continue;
    }
    const day = parseDayTotals(value);
    const seen = days[date];
    days[date] = seen === undefined ? day : maxDay(seen, day);
  }
  return { days, skipped };
}

/** Parses a chosen file; its errors are worded with `t`, to be shown as they are. */
export function parseImport(text: string, t: Translate): ImportResult {
  if (text.length > MAX_IMPORT_CHARS) {
    return { ok: false, error: t('import_too_large') };
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, error: t('import_not_json') };
  }
  const notUnsit = t('import_not_unsit');
  if (!isRecord(data)) return { ok: false, error: notUnsit };

  let entries: [unknown, unknown][];
  if ('app' in data) {
    if (typeof data.app !== 'string' || data.app.toLowerCase() !== 'unsit') {
      return { ok: false, error: notUnsit };
    }
    const format = data.format ?? data.version;
    if (typeof format === 'number' && format > IMPORT_FORMAT) {
      return { ok: false, error: t('import_newer_version') };
    }
    if (Array.isArray(data.days)) {
      entries = data.days.map((day): [unknown, unknown] => [
        isRecord(day) ? day.date : undefined,
        day,
      ]);
    } else if (isRecord(data.days)) {
      entries = Object.entries(data.days);
    } else {
      return { ok: false, error: t('import_no_days') };
    }
  } else {
    // A plain map of days: only when at least one key is a date, so any other JSON is refused.
    const keys = Object.keys(data);
    if (!keys.some((key) => dayKeyPattern.test(key))) return { ok: false, error: notUnsit };
    entries = Object.entries(data);
  }

  const { days, skipped } = collect(entries);
  if (Object.keys(days).length === 0) {
    return {
      ok: false,
      error:
        entries.length === 0 ? t('import_no_days') : t('import_no_valid_day', `${entries.length}`),
    };
  }
  return { ok: true, days, skipped };
}

function maxDay(a: DayTotals, b: DayTotals): DayTotals {
  // The hours of long sitting come whole from the fuller record of the day.
  const out = { ...(b.activeMs > a.activeMs ? b : a) };
  for (const key of fields as (keyof DayTotals)[])
    if (key !== 'longByHour') out[key] = Math.max(a[key], b[key]);
  return out;
}

/**
 * Adds `incoming` days to `existing` without losing any day of either. For a
 * day in both, each counter takes the larger of the two values.
 *
 * Why the maximum: within a day every counter only grows, so the larger value
 * is the more complete record of that day. That makes the merge idempotent
 * (importing the same file twice changes nothing, and importing this
 * device's own export changes nothing), and merging another device's export
 * keeps at least every break either side recorded for the day.
 *
 * The limitation: breaks taken on two devices on the same day are not added
 * up; the day shows the busier device's counts, field by field. Summing would
 * double count whenever an export of this device is merged back in, and the
 * file cannot tell the two cases apart.
 */
export function mergeDays(existing: Days, incoming: Days): Days {
  const merged: Days = { ...existing };
  for (const [date, day] of Object.entries(parseDays(incoming))) {
    const mine = merged[date];
    merged[date] = mine === undefined ? day : maxDay(mine, day);
  }
  return merged;
}
