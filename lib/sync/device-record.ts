import { dayNumber as dayNumberNear, epochMs } from '../bounds';
import { breaksTaken, type Days, type DayTotals } from '../day-totals';
import { DAY, MINUTE } from '../time';
import { z } from '../zod';
import { itemBytes } from './quota';

// A device's daily totals, as it publishes them in sync storage for the "all my devices"
// view. Each device writes only its own keys, so two devices never write the same item, and
// the same day on two devices simply adds up (they are different breaks).
//
//   dev:<id>      { f: 2, n: label, s: last seen (ms), c: chunk count, m: older months }
//   dev:<id>:<i>  up to CHUNK_DAYS days as one flat JSON array of whole numbers, six a day:
//                 [day, breaks, skipped, longBouts, longestMin, activeMin, day, …]
//
// The day is its number (days since 1970-01-01), so every chunk reads on its own and
// decoding is the browser's own JSON. Days without anything are left out. The last
// DETAIL_DAYS days are published day by day; older ones are rolled up into months in `m`,
// six numbers a month as well (the month as year × 12 + month − 1, the fields summed, the
// longest bout the month's longest). A worst-case day is 31 bytes, so a chunk of 200 days
// stays under 6.3 KB, well inside one 8 KB item.

export const DEVICE_FORMAT = 2;
/** A year, day by day; the extra days Unsit keeps locally go into monthly totals. */
export const DETAIL_DAYS = 366;
export const CHUNK_DAYS = 200;
/** Caps of the counts and the minutes (no day has 1295 breaks, none more than 1440 minutes). */
const COUNT_CAP = 1295;
const MINUTES_CAP = 1440;
export const LABEL_MAX = 40;

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
export const dayOf = (n: number) => new Date(n * DAY).toISOString().slice(0, 10);

/** A published day (or month): its number, breaks, skipped, long bouts, longest and active minutes. */
export type Entry = [number, number, number, number, number, number];

/** The caps of an entry's figures after its day or month: three counts, then two amounts of minutes. */
const CAPS = [COUNT_CAP, COUNT_CAP, COUNT_CAP, MINUTES_CAP, MINUTES_CAP];
/** Months as year × 12 + month − 1, from year 1970 to 9999. */
const monthNumber = /* @__PURE__ */ z.int().check(z.minimum(1970 * 12), z.maximum(9999 * 12));
const figure = (v: unknown, cap: number) =>
  typeof v === 'number' && Number.isSafeInteger(v) && 0 <= v && v <= cap;

/**
 * The entries of a published array, six numbers each. Another device wrote them, so each is
 * checked on its own against `first` (its day or month) and the caps (a month's sums: `days`
 * days of them; its longest bout is one day's): one out of bounds is left out, and the rest of
 * the device's days still count.
 */
export function entries(raw: unknown, first: z.ZodMiniType<number>, days = 1): Entry[] {
  const out: Entry[] = [];
  for (let i = 0; Array.isArray(raw) && i + 6 <= raw.length; i += 6) {
    const entry = raw.slice(i, i + 6);
    const ok =
      first.safeParse(entry[0]).success &&
      CAPS.every((cap, j) => figure(entry[j + 1], j === 3 ? cap : cap * days));
    if (ok) out.push(entry as Entry);
  }
  return out;
}

/** A device's id and chunk count from its meta item, when it is one this version reads. */
export function metaOf(key: string, value: unknown): { id: string; c: number } | null {
  const id = key.slice(DEVICE_PREFIX.length);
  const meta = value as { f?: unknown; c?: unknown } | null;
  return key.startsWith(DEVICE_PREFIX) && isDeviceId(id) && Number(meta?.f) <= DEVICE_FORMAT
    ? { id, c: Math.min(Number(meta?.c) || 0, 64) }
    : null;
}

export type DeviceItems = Record<string, unknown>;

/**
 * This device's record: the last `detailDays` days before and including `today` day by
 * day, older days as monthly totals, CHUNK_DAYS days to a sync item.
 */
export function encodeDevice(
  device: { id: string; label: string; seen: number },
  days: Days,
  today: string,
  detailDays = DETAIL_DAYS,
): DeviceItems {
  const cutoff = dayNumber(today) - detailDays;
  const detail: number[] = [];
  // Integer keys keep an object in ascending order: the months come out oldest first.
  const months: Record<number, number[]> = {};
  for (const key of Object.keys(days).sort()) {
    const d = days[key] as DayTotals;
    const n = dayNumber(key);
    const c = [
      breaksTaken(d),
      d.skipped,
      d.longBouts,
      d.longestBoutMs / MINUTE,
      d.activeMs / MINUTE,
    ].map((v, i) => Math.min(i < 3 ? COUNT_CAP : MINUTES_CAP, Math.floor(v)));
    if (!(n >= 0) || !c.some(Boolean)) continue;
    if (n > cutoff) detail.push(n, ...c);
    else {
      const month = Number(key.slice(0, 4)) * 12 + Number(key.slice(5, 7)) - 1;
      const sum = months[month] ?? [month, 0, 0, 0, 0, 0];
      months[month] = sum;
      c.forEach((v, i) => {
        sum[i + 1] = i === 3 ? Math.max(sum[4] as number, v) : (sum[i + 1] as number) + v;
      });
    }
  }
  const size = CHUNK_DAYS * 6;
  const items: DeviceItems = {
    [metaKey(device.id)]: {
      f: DEVICE_FORMAT,
      n: device.label.slice(0, LABEL_MAX),
      s: device.seen,
      c: Math.ceil(detail.length / size),
      m: Object.values(months).flat(),
    },
  };
  for (let i = 0; i * size < detail.length; i++) {
    items[chunkKey(device.id, i)] = detail.slice(i * size, (i + 1) * size);
  }
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

// Reading every device with its name, last-seen time and monthly totals is the options
// page's (components/options/device-list.ts); the background only adds up days (all-devices.ts).

export type Compact = {
  breaks: number;
  skipped: number;
  longBouts: number;
  longestMin: number;
  activeMin: number;
};

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

/** One published array by key (a day, or a month), entries of the same key adding up. */
function compacts(
  raw: unknown,
  [first, days]: [z.ZodMiniType<number>, number],
  keyOf: (n: number) => string,
  into: Record<string, Compact> = {},
) {
  for (const [
    n = 0,
    breaks = 0,
    skipped = 0,
    longBouts = 0,
    longestMin = 0,
    activeMin = 0,
  ] of entries(raw, first, days)) {
    const key = keyOf(n);
    const was = into[key];
    into[key] = {
      breaks: breaks + (was?.breaks ?? 0),
      skipped: skipped + (was?.skipped ?? 0),
      longBouts: longBouts + (was?.longBouts ?? 0),
      longestMin: Math.max(longestMin, was?.longestMin ?? 0),
      activeMin: activeMin + (was?.activeMin ?? 0),
    };
  }
  return into;
}

const monthOf = (n: number) => `${Math.floor(n / 12)}-${String((n % 12) + 1).padStart(2, '0')}`;

/**
 * Every device found in a snapshot of the sync area, last seen first; malformed records are
 * left out, and so is each day or time too far from `now` to be real (a last-seen time out of
 * bounds reads as never).
 */
export function readDevices(area: Record<string, unknown>, now: number): DeviceStats[] {
  const devices: DeviceStats[] = [];
  const day: [z.ZodMiniType<number>, number] = [dayNumberNear(now), 1];
  for (const [key, value] of Object.entries(area)) {
    const meta = metaOf(key, value);
    if (!meta) continue;
    const { n, s, m } = value as { n?: unknown; s?: unknown; m?: unknown };
    const days: Record<string, Compact> = {};
    for (let i = 0; i < meta.c; i++) compacts(area[chunkKey(meta.id, i)], day, dayOf, days);
    devices.push({
      id: meta.id,
      label: typeof n === 'string' ? n.slice(0, LABEL_MAX) : '',
      seen: epochMs(now).safeParse(s).data ?? 0,
      days,
      months: compacts(m, [monthNumber, 31], monthOf),
    });
  }
  return devices.sort((a, b) => b.seen - a.seen);
}

/** Every break a device recorded, day by day and in its monthly totals. */
export function totalBreaks(device: DeviceStats): number {
  let total = 0;
  for (const c of Object.values(device.days)) total += c.breaks;
  for (const c of Object.values(device.months)) total += c.breaks;
  return total;
}
