import { epochMs } from '../bounds';
import { breaksTaken, type Days, type DayTotals } from '../day-totals';
import { DAY, dayKeyParts, MINUTE } from '../time';
import type { z } from '../zod';
import { itemBytes } from './quota';

// A device's daily totals, as it publishes them in sync storage for the "all my devices"
// view. Each device writes only its own keys, so two devices never write the same item, and
// the same day on two devices simply adds up (they are different breaks).
//
//   dev:<id>      { f: 2, n: label, s: last seen (ms), c: chunk count }
//   dev:<id>:<i>  up to CHUNK_DAYS days as one flat JSON array of whole numbers, six a day:
//                 [day, breaks, skipped, longBouts, longestMin, activeMin, day, …]
//
// The day is its number (days since 1970-01-01), so every chunk reads on its own and
// decoding is the browser's own JSON. Days without anything are left out. The last
// DETAIL_DAYS days are published (what the week and the streak over all devices read); older
// ones stay on the device. A worst-case day is 31 bytes, so a chunk of 200 days stays under
// 6.3 KB, well inside one 8 KB item. Other fields of a meta item (`m`, monthly totals from
// earlier versions) are ignored.

export const DEVICE_FORMAT = 2;
/** A year, day by day. */
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
  const [y, m, d] = dayKeyParts(key);
  return Math.round(Date.UTC(y, m - 1, d) / DAY);
};
export const dayOf = (n: number) => new Date(n * DAY).toISOString().slice(0, 10);

/** A published day: its number, breaks, skipped, long bouts, longest and active minutes. */
export type Entry = [number, number, number, number, number, number];

/** The caps of an entry's figures after its day: three counts, then two amounts of minutes. */
const CAPS = [COUNT_CAP, COUNT_CAP, COUNT_CAP, MINUTES_CAP, MINUTES_CAP];
const figure = (v: unknown, cap: number) =>
  typeof v === 'number' && Number.isSafeInteger(v) && 0 <= v && v <= cap;

/**
 * The entries of a published array, six numbers each. Another device wrote them, so each is
 * checked on its own against `first` (its day) and the caps: one out of bounds is left out,
 * and the rest of the device's days still count.
 */
export function entries(raw: unknown, first: z.ZodMiniType<number>): Entry[] {
  const out: Entry[] = [];
  for (let i = 0; Array.isArray(raw) && i + 6 <= raw.length; i += 6) {
    const entry = raw.slice(i, i + 6);
    const ok =
      first.safeParse(entry[0]).success && CAPS.every((cap, j) => figure(entry[j + 1], cap));
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
 * This device's record: the last `detailDays` days before and including `today`, day by
 * day, CHUNK_DAYS days to a sync item.
 */
export function encodeDevice(
  device: { id: string; label: string; seen: number },
  days: Days,
  today: string,
  detailDays = DETAIL_DAYS,
): DeviceItems {
  const cutoff = dayNumber(today) - detailDays;
  const detail: number[] = [];
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
    if (n > cutoff && c.some(Boolean)) detail.push(n, ...c);
  }
  const size = CHUNK_DAYS * 6;
  const items: DeviceItems = {
    [metaKey(device.id)]: {
      f: DEVICE_FORMAT,
      n: device.label.slice(0, LABEL_MAX),
      s: device.seen,
      c: Math.ceil(detail.length / size),
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
 * device publishes fewer of its own older days. Null when not even a week fits.
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

// The options page lists every device with its name and last-seen time
// (components/options/device-list.ts); the background adds up days (all-devices.ts).

export type DeviceInfo = {
  id: string;
  label: string;
  /** When the device last published (epoch ms). */
  seen: number;
};

/**
 * Every device found in a snapshot of the sync area, last seen first; malformed records are
 * left out, and a last-seen time too far from `now` to be real reads as never.
 */
export function readDevices(area: Record<string, unknown>, now: number): DeviceInfo[] {
  const devices: DeviceInfo[] = [];
  for (const [key, value] of Object.entries(area)) {
    const meta = metaOf(key, value);
    if (!meta) continue;
    const { n, s } = value as { n?: unknown; s?: unknown };
    devices.push({
      id: meta.id,
      label: typeof n === 'string' ? n.slice(0, LABEL_MAX) : '',
      seen: epochMs(now).safeParse(s).data ?? 0,
    });
  }
  return devices.sort((a, b) => b.seen - a.seen);
}
