import { describe, expect, it } from 'vitest';
import { dayNumber, PAST_MS } from '../../../lib/bounds';
import { type Days, type DayTotals, emptyDay, KEEP_DAYS } from '../../../lib/day-totals';
import {
  CHUNK_DAYS,
  chunkKey,
  DETAIL_DAYS,
  encodeDevice,
  entries,
  fitDevice,
  LABEL_MAX,
  metaKey,
  readDevices,
  recordBytes,
} from '../../../lib/sync/device-record';
import { itemBytes, SYNC_ITEM_BYTES, SYNC_QUOTA_BYTES } from '../../../lib/sync/quota';
import { SETTINGS_SYNC_KEY } from '../../../lib/sync/settings-merge';
import { DAY, MINUTE } from '../../../lib/time';

const TODAY = '2026-11-22';
const NOW = Date.UTC(2026, 10, 22, 12);
const keyBefore = (n: number) =>
  new Date(Date.UTC(2026, 10, 22) - n * DAY).toISOString().slice(0, 10);
const day = (fields: Partial<DayTotals>): DayTotals => ({ ...emptyDay, ...fields });
const device = { id: 'abc123xyz0', label: 'Chrome on Linux', seen: 1_790_000_000_000 };

/** The largest day the encoding can hold: every field at its cap. */
const worstDay = day({
  routine: 2000,
  skipped: 2000,
  longBouts: 2000,
  longestBoutMs: 24 * 60 * MINUTE,
  activeMs: 24 * 60 * MINUTE,
});
const worstHistory = (): Days => {
  const days: Days = {};
  for (let i = 0; i < KEEP_DAYS; i++) days[keyBefore(i)] = worstDay;
  return days;
};
const worstLabel = 'Ω'.repeat(LABEL_MAX);

/** Every day a record publishes, as the readers check it (entries near NOW). */
const published = (items: Record<string, unknown>, id = device.id) => {
  const meta = items[metaKey(id)] as { c: number };
  return Array.from({ length: meta.c }, (_, i) => entries(items[chunkKey(id, i)], dayNumber(NOW)))
    .flat()
    .map(([n]) => new Date(n * DAY).toISOString().slice(0, 10));
};

describe('device record encoding', () => {
  it('round-trips days, clamps absurd counts and leaves empty days out', () => {
    const days: Days = {
      [keyBefore(0)]: day({ routine: 2, natural: 1, skipped: 1, activeMs: 95 * MINUTE }),
      [keyBefore(1)]: day({ acknowledged: 1, longBouts: 2, longestBoutMs: 47 * MINUTE + 5_000 }),
      [keyBefore(9)]: day({ natural: 3 }),
      [keyBefore(3)]: emptyDay,
      [keyBefore(4)]: day({ routine: 99_999 }),
    };
    const items = encodeDevice(device, days, TODAY);
    const [read] = readDevices(items, NOW);
    expect(read?.label).toBe('Chrome on Linux');
    expect(read?.seen).toBe(device.seen);
    expect(published(items)).toEqual([keyBefore(9), keyBefore(4), keyBefore(1), keyBefore(0)]);
    // Six whole numbers a day, the day by its number, oldest first; plain JSON.
    const today = Date.UTC(2026, 10, 22) / DAY;
    expect(items[chunkKey(device.id, 0)]).toEqual([
      ...[today - 9, 3, 0, 0, 0, 0],
      ...[today - 4, 1295, 0, 0, 0, 0],
      ...[today - 1, 1, 0, 2, 47, 0],
      ...[today, 3, 1, 0, 0, 95],
    ]);
  });

  it('publishes the last year day by day; older days stay on the device', () => {
    const items = encodeDevice(device, worstHistory(), TODAY);
    expect(KEEP_DAYS).toBeGreaterThan(DETAIL_DAYS);
    expect(published(items)).toHaveLength(DETAIL_DAYS);
    expect(published(items).at(0)).toBe(keyBefore(DETAIL_DAYS - 1));
    expect(Object.keys(items[metaKey(device.id)] as object).sort()).toEqual(['c', 'f', 'n', 's']);
  });

  it('a worst-case year fits two sync items; seven devices fit the quota with the settings', () => {
    const items = encodeDevice({ ...device, label: worstLabel }, worstHistory(), TODAY);
    for (const [key, value] of Object.entries(items)) {
      expect(itemBytes(key, value), key).toBeLessThanOrEqual(SYNC_ITEM_BYTES);
    }
    expect(Object.keys(items)).toHaveLength(1 + Math.ceil(DETAIL_DAYS / CHUNK_DAYS));
    const perDevice = recordBytes(items);
    expect(perDevice).toBeLessThan(11_600);
    // The settings record is at most one item (see settings-merge.test.ts), plus headroom.
    const settingsWorst = SYNC_ITEM_BYTES + SETTINGS_SYNC_KEY.length;
    const guaranteed = Math.floor((SYNC_QUOTA_BYTES - settingsWorst - 2048) / perDevice);
    expect(guaranteed).toBeGreaterThanOrEqual(7);
  });

  it('splits into chunks under the item limit when a year does not fit in one', () => {
    // Every field at its cap, the longest day numbers of this century.
    const days: Days = {};
    for (let i = 0; i < 1_200; i += 3) days[keyBefore(i)] = worstDay;
    const items = encodeDevice(device, days, TODAY, 1_200);
    const chunks = Object.keys(items).filter((k) => k.startsWith(`${metaKey(device.id)}:`));
    for (const k of chunks) expect(itemBytes(k, items[k])).toBeLessThanOrEqual(SYNC_ITEM_BYTES);
    expect(chunks.length).toBe(2);
    // Read back, days further back than any device keeps (lib/bounds.ts) are left out.
    const kept = Math.floor(PAST_MS / DAY / 3) + 1;
    expect(published(items)).toHaveLength(kept);
  });

  it('shrinks its own detail to the room left, the latest days kept', () => {
    const days = worstHistory();
    const full = fitDevice(device, days, TODAY, SYNC_QUOTA_BYTES);
    expect(full?.detailDays).toBe(DETAIL_DAYS);
    const tight = fitDevice(device, days, TODAY, 3_500);
    expect(tight?.detailDays).toBe(90);
    expect(recordBytes(tight?.items ?? {})).toBeLessThanOrEqual(3_500);
    expect(published(tight?.items ?? {})).toEqual(
      Array.from({ length: 90 }, (_, i) => keyBefore(89 - i)),
    );
    expect(fitDevice(device, days, TODAY, 200)).toBeNull();
  });

  it('reads malformed records without throwing, keeping what it can', () => {
    const good = encodeDevice(device, { [keyBefore(1)]: day({ routine: 2 }) }, TODAY);
    const area = {
      ...good,
      [SETTINGS_SYNC_KEY]: { f: 1, s: {}, t: {} },
      'dev:UPPER': { f: 1, c: 0 },
      'dev:short': { f: 1, c: 0 },
      'dev:newer12345': { f: 9, c: 0, s: 1 },
      'dev:junk123456': 'not a record',
      'dev:partial1234': { f: 2, n: 42, s: 'x', c: 1, m: 'not an array' },
      'dev:partial1234:0': [
        20_700, 2, 0, 0, 0, 0, 20_701, 3, 0, 0, 0, 0, 20_702, -1, 0, 0, 0, 0, 20_703, 9, 0, 0, 0, 0,
      ],
    };
    const devices = readDevices(area, NOW);
    expect(devices.map((d) => d.id)).toEqual([device.id, 'partial1234']);
    const partial = devices[1];
    expect(partial?.label).toBe('');
    // The damaged entry is left out on its own; the ones around it are kept.
    expect(published(area, 'partial1234')).toHaveLength(3);
    const anyDay = dayNumber(NOW);
    expect(entries(42, anyDay)).toEqual([]);
    expect(entries([1, 2, 3], anyDay)).toEqual([]);
    expect(entries([20_700, 2, 3, 4, 5, 'x'], anyDay)).toEqual([]);
  });
});
