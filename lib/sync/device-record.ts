import { breaksTaken, type Days } from '../day-totals';
import { DAY, MINUTE } from '../time';
import { itemBytes, SYNC_ITEM_BYTES } from './quota';

// A device's compact daily totals, as it publishes them in sync storage for the "all my
// devices" view. Each device writes only its own keys, so two devices never write the same
// item, and the same day on two devices simply adds up (they are different breaks).
//
//   dev:<id>      { f: 1, n: label, s: last seen (ms), c: chunk count, m: older months }
//   dev:<id>:<i>  one string of days, "gap.breaks.skipped.longBouts.longestMin.activeMin",
//                 comma-separated, numbers in base 36, zeros left empty, trailing ones cut.
//
// The gap is the day number (days since 1970-01-01) minus the previous entry's, so a run of
// days costs no date at all (a gap of 1 is left empty); each chunk starts from 0, so chunks
// decode on their own. Days without anything are left out. The last DETAIL_DAYS days are
// published day by day; older ones are rolled up into months (same fields, summed, the
// longest bout the month's longest). A worst-case day is 17 bytes, so a year is about 6.2 KB.

export const DEVICE_FORMAT = 1;
/** A year, day by day; the extra days Unsit keeps locally go into monthly totals. */
export const DETAIL_DAYS = 366;
/** Counts above this are clamped (two base-36 digits; no day has 1295 breaks). */
const COUNT_CAP = 1295;
const MINUTES_CAP = 1440;
const MONTH_CAP = 36 ** 4 - 1;
export const LABEL_MAX = 40;

export type Compact = {
  breaks: number;
  skipped: number;
  longBouts: number;
  longestMin: number;
  activeMin: number;
};
const FIELDS = ['breaks', 'skipped', 'longBouts', 'longestMin', 'activeMin'] as const;

export type DeviceStats = {
  id: string;
  label: string;
  /** When the device last published (epoch ms). */
  seen: number;
  /** By local day key `YYYY-MM-DD`. */
  days: Record<string, Compact>;
  /** By month `YYYY-MM`: days older than the published detail. */
  months: Record<string, Compact>;
};

export const DEVICE_PREFIX = 'dev:';
const ID = /^[a-z0-9]{6,16}$/;
export const isDeviceId = (id: unknown): id is string => typeof id === 'string' && ID.test(id);
export const metaKey = (id: string) => `${DEVICE_PREFIX}${id}`;
export const chunkKey = (id: string, i: number) => `${DEVICE_PREFIX}${id}:${i}`;
/** Every key of a device's record, however many chunks it had. */
export const isKeyOf = (key: string, id: string) =>
  key === metaKey(id) || key.startsWith(`${metaKey(id)}:`);

const dayNumber = (key: string) => {
  const [y, m, d] = key.split('-').map(Number) as [number, number, number];
  return Math.round(Date.UTC(y, m - 1, d) / DAY);
};
const dayOf = (n: number) => new Date(n * DAY).toISOString().slice(0, 10);

export function compactDay(day: Days[string]): Compact {
  return {
    breaks: Math.min(COUNT_CAP, breaksTaken(day)),
    skipped: Math.min(COUNT_CAP, day.skipped),
    longBouts: Math.min(COUNT_CAP, day.longBouts),
    longestMin: Math.min(MINUTES_CAP, Math.floor(day.longestBoutMs / MINUTE)),
    activeMin: Math.min(MINUTES_CAP, Math.floor(day.activeMs / MINUTE)),
  };
}

export const emptyCompact: Compact = Object.freeze({
  breaks: 0,
  skipped: 0,
  longBouts: 0,
  longestMin: 0,
  activeMin: 0,
});

export function addCompact(a: Compact, b: Compact, cap = Number.MAX_SAFE_INTEGER): Compact {
  return {
    breaks: Math.min(cap, a.breaks + b.breaks),
    skipped: Math.min(cap, a.skipped + b.skipped),
    longBouts: Math.min(cap, a.longBouts + b.longBouts),
    longestMin: Math.max(a.longestMin, b.longestMin),
    activeMin: Math.min(cap, a.activeMin + b.activeMin),
  };
}

const b36 = (n: number) => (n === 0 ? '' : n.toString(36));
const fields = (c: Compact) => FIELDS.map((f) => b36(c[f]));
const trim = (parts: string[]) => {
  while (parts.length > 0 && parts[parts.length - 1] === '') parts.pop();
  return parts.join('.');
};
const isEmpty = (c: Compact) => FIELDS.every((f) => c[f] === 0);

const DIGITS = /^[0-9a-z]{0,4}$/;
/** Parses one entry's parts into numbers, or null when any part is not base 36. */
function numbers(entry: string): number[] | null {
  const parts = entry.split('.');
  if (parts.length > 6 || !parts.every((p) => DIGITS.test(p))) return null;
  return Array.from({ length: 6 }, (_, i) => (parts[i] ? Number.parseInt(parts[i], 36) : 0));
}
const toCompact = (n: number[]): Compact => ({
  breaks: n[1] ?? 0,
  skipped: n[2] ?? 0,
  longBouts: n[3] ?? 0,
  longestMin: n[4] ?? 0,
  activeMin: n[5] ?? 0,
});

/** One chunk's days; a damaged entry ends the chunk (the days after it lost their dates). */
export function decodeChunk(raw: unknown, into: Record<string, Compact> = {}) {
  if (typeof raw !== 'string' || raw === '') return into;
  let day = 0;
  for (const entry of raw.split(',')) {
    const n = numbers(entry);
    if (n === null) break;
    const [gapPart = ''] = entry.split('.');
    day += gapPart === '' ? 1 : (n[0] ?? 0);
    const key = dayOf(day);
    // Within one device a day appears once; should it not, the entries add up.
    into[key] = addCompact(into[key] ?? emptyCompact, toCompact(n));
  }
  return into;
}

function decodeMonths(raw: unknown): Record<string, Compact> {
  const months: Record<string, Compact> = {};
  if (typeof raw !== 'string' || raw === '') return months;
  for (const entry of raw.split(',')) {
    const n = numbers(entry);
    if (n === null || !n[0]) continue;
    const month = `${Math.floor(n[0] / 12)}-${String((n[0] % 12) + 1).padStart(2, '0')}`;
    months[month] = addCompact(months[month] ?? emptyCompact, toCompact(n));
  }
  return months;
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Every device found in a snapshot of the sync area; malformed records are left out. */
export function readDevices(area: Record<string, unknown>): DeviceStats[] {
  const devices: DeviceStats[] = [];
  for (const [key, meta] of Object.entries(area)) {
    if (!key.startsWith(DEVICE_PREFIX)) continue;
    const id = key.slice(DEVICE_PREFIX.length);
    if (!isDeviceId(id) || !isRecord(meta)) continue;
    if (typeof meta.f !== 'number' || meta.f > DEVICE_FORMAT) continue;
    const seen = typeof meta.s === 'number' && Number.isFinite(meta.s) ? meta.s : 0;
    const count = typeof meta.c === 'number' && Number.isInteger(meta.c) ? meta.c : 0;
    const days: Record<string, Compact> = {};
    for (let i = 0; i < Math.min(count, 64); i++) decodeChunk(area[chunkKey(id, i)], days);
    devices.push({
      id,
      label: typeof meta.n === 'string' ? meta.n.slice(0, LABEL_MAX) : '',
      seen,
      days,
      months: decodeMonths(meta.m),
    });
  }
  return devices.sort((a, b) => b.seen - a.seen);
}

export type DeviceItems = Record<string, unknown>;

/**
 * This device's record: the last `detailDays` days before and including `today` day by
 * day, older days as monthly totals, split into chunks that each fit one sync item.
 */
export function encodeDevice(
  device: { id: string; label: string; seen: number },
  days: Days,
  today: string,
  detailDays = DETAIL_DAYS,
): DeviceItems {
  const cutoff = dayNumber(today) - detailDays + 1;
  const detail: [number, Compact][] = [];
  const months = new Map<number, Compact>();
  for (const [key, totals] of Object.entries(days)) {
    const n = dayNumber(key);
    const c = compactDay(totals);
    if (isEmpty(c) || !Number.isFinite(n)) continue;
    if (n >= cutoff) detail.push([n, c]);
    else {
      const [y, m] = key.split('-').map(Number) as [number, number];
      const month = y * 12 + m - 1;
      months.set(month, addCompact(months.get(month) ?? emptyCompact, c, MONTH_CAP));
    }
  }
  detail.sort((a, b) => a[0] - b[0]);

  const chunks: string[] = [];
  let entries: string[] = [];
  let previous = 0;
  for (const [n, c] of detail) {
    const gap = n - previous === 1 ? '' : (n - previous).toString(36);
    const entry = trim([gap, ...fields(c)]);
    const candidate = [...entries, entry].join(',');
    if (entries.length > 0 && itemBytes(chunkKey(device.id, 99), candidate) > SYNC_ITEM_BYTES) {
      chunks.push(entries.join(','));
      // A new chunk starts from day 0 again, so the first entry carries the whole day number.
      entries = [trim([n.toString(36), ...fields(c)])];
    } else entries.push(entry);
    previous = n;
  }
  if (entries.length > 0) chunks.push(entries.join(','));

  const items: DeviceItems = {
    [metaKey(device.id)]: {
      f: DEVICE_FORMAT,
      n: device.label.slice(0, LABEL_MAX),
      s: device.seen,
      c: chunks.length,
      m: [...months]
        .sort((a, b) => a[0] - b[0])
        .map(([month, c]) => trim([month.toString(36), ...fields(c)]))
        .join(','),
    },
  };
  chunks.forEach((chunk, i) => {
    items[chunkKey(device.id, i)] = chunk;
  });
  return items;
}

export const recordBytes = (items: DeviceItems) =>
  Object.entries(items).reduce((sum, [key, value]) => sum + itemBytes(key, value), 0);

/** Detail windows tried in turn when sync storage is short of room: a year down to a week. */
const WINDOWS = [DETAIL_DAYS, 180, 90, 31, 7];

/**
 * The largest record that fits in `room` bytes: when several devices fill the quota, a
 * device rolls more of its own older days up into months (the totals stay, the day-by-day
 * detail goes). Null when not even a week fits.
 */
export function fitDevice(
  device: { id: string; label: string; seen: number },
  days: Days,
  today: string,
  room: number,
): { items: DeviceItems; detailDays: number } | null {
  for (const detailDays of WINDOWS) {
    const items = encodeDevice(device, days, today, detailDays);
    if (recordBytes(items) <= room) return { items, detailDays };
  }
  return null;
}

/** Every break a device recorded, day by day and in its monthly totals. */
export function totalBreaks(device: DeviceStats): number {
  let total = 0;
  for (const c of Object.values(device.days)) total += c.breaks;
  for (const c of Object.values(device.months)) total += c.breaks;
  return total;
}
