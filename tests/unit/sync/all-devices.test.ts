import { describe, expect, it } from 'vitest';
import { initialClock } from '../../../lib/clock/state';
import { clockView } from '../../../lib/clock/view';
import { type Days, emptyDay } from '../../../lib/day-totals';
import { settingsDefaults } from '../../../lib/settings';
import { allDevicesView } from '../../../lib/sync/all-devices';
import { encodeDevice, readDevices } from '../../../lib/sync/device-record';
import { DAY, dayKey, MINUTE } from '../../../lib/time';

const NOW = new Date(2026, 10, 22, 15, 0).getTime();
const today = dayKey(NOW);
const yesterday = dayKey(NOW - DAY);

/** Another device's record as this device finds it in the sync area. */
const published = (id: string, days: Days, seen = NOW) =>
  encodeDevice({ id, label: id, seen }, days, today);

describe('all devices', () => {
  it('adds up two devices that took breaks on the same day', () => {
    const mine: Days = {
      [today]: { ...emptyDay, routine: 2, activeMs: 60 * MINUTE, longestBoutMs: 20 * MINUTE },
    };
    const laptop = published('laptop0001', {
      [today]: {
        ...emptyDay,
        natural: 3,
        skipped: 1,
        activeMs: 30 * MINUTE,
        longestBoutMs: 45 * MINUTE,
        longBouts: 1,
      },
    });
    // This device's own record in the area is not counted twice.
    const area = { ...laptop, ...published('mine000001', mine) };
    const view = clockView({ clock: initialClock, days: mine }, settingsDefaults, NOW);
    const all = allDevicesView(view, mine, area, 'mine000001', 4);
    expect(all.breaksToday).toBe(5);
    expect(all.today).toEqual({
      skipped: 1,
      longBouts: 1,
      activeMs: 90 * MINUTE,
      longestBoutMs: 45 * MINUTE,
    });
    expect(all.devices).toBe(2);
    expect(all.week.at(-1)).toMatchObject({ day: today, breaks: 5 });
    expect(all.streak).toBe(1);
    expect(all.week.at(-1)?.activeMs).toBe(90 * MINUTE);
  });

  it('keeps counting a device that disappeared, with its last-seen time', () => {
    const gone = published(
      'oldpc00001',
      { [yesterday]: { ...emptyDay, routine: 6 } },
      NOW - 40 * DAY,
    );
    const mine: Days = { [today]: { ...emptyDay, routine: 6 } };
    const view = clockView({ clock: initialClock, days: mine }, settingsDefaults, NOW);
    const all = allDevicesView(view, mine, gone, 'mine000001', 6);
    expect(readDevices(gone, NOW)[0]?.seen).toBe(NOW - 40 * DAY);
    expect(all.week.at(-2)).toMatchObject({ day: yesterday, breaks: 6 });
    // Yesterday's breaks from the other device and today's here make a two-day streak.
    expect(all.streak).toBe(2);
  });
});

describe('a damaged record from another device', () => {
  const mine: Days = { [today]: { ...emptyDay, routine: 1 } };
  const view = clockView({ clock: initialClock, days: mine }, settingsDefaults, NOW);
  const todayNumber = Math.round(Date.UTC(2026, 10, 22) / DAY);

  it.each([
    ['a day number past what a date can hold', [100_000_001, 1, 0, 0, 0, 0]],
    ['a day from long before Unsit', [3, 1, 0, 0, 0, 0]],
    ['a day years ahead', [todayNumber + 5_000, 1, 0, 0, 0, 0]],
    ['counts no day can hold', [todayNumber, 9_007_199_254_740_991, 0, 0, 0, 0]],
    ['minutes no day can hold', [todayNumber, 0, 0, 0, 0, 1e9]],
  ])('leaves out %s and still counts its good days', (_name, bad) => {
    const area = {
      'dev:broken0001': { f: 2, n: 'Broken', s: NOW, c: 1, m: [] },
      'dev:broken0001:0': [...bad, todayNumber, 2, 0, 0, 0, 30],
    };
    const all = allDevicesView(view, mine, area, 'mine000001', 6);
    expect(all.devices).toBe(2);
    expect(all.breaksToday).toBe(3);
    expect(all.today.activeMs).toBe(30 * MINUTE);
  });

  it('reads a last-seen time far out of range as never', () => {
    const area = { 'dev:broken0001': { f: 2, n: 'Broken', s: 1e20, c: 0, m: [] } };
    expect(readDevices(area, NOW)[0]?.seen).toBe(0);
  });
});
