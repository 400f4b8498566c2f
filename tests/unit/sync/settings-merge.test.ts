import { describe, expect, it } from 'vitest';
import { type Settings, settingsDefaults } from '../../../lib/settings';
import { itemBytes, SYNC_ITEM_BYTES } from '../../../lib/sync/quota';
import {
  firstStamps,
  mergeSettings,
  parseSynced,
  SETTINGS_SYNC_KEY,
  stampEdits,
  syncedRecord,
} from '../../../lib/sync/settings-merge';

const T = 1_780_000_000_000;
const defaults = (): Settings => ({
  ...settingsDefaults,
  workDays: [...settingsDefaults.workDays],
});
const remote = (s: Partial<Settings>, t: Record<string, number>, f = 1) => parseSynced({ f, s, t });

describe('settings merge: last-changed wins, field by field', () => {
  it('takes a newer remote field and keeps a newer local one', () => {
    const local = { ...defaults(), intervalMin: 45, snoozeMin: 10 };
    const stamps = { intervalMin: T + 10, snoozeMin: T };
    const merged = mergeSettings(
      local,
      stamps,
      remote({ intervalMin: 20, snoozeMin: 7 }, { intervalMin: T, snoozeMin: T + 5 }),
      T + 100,
    );
    expect(merged.settings.intervalMin).toBe(45);
    expect(merged.settings.snoozeMin).toBe(7);
    expect(merged.changed).toBe(true);
    // intervalMin is newer here than in sync: the record must be written.
    expect(merged.ahead).toBe(true);
    expect(merged.stamps).toEqual({ intervalMin: T + 10, snoozeMin: T + 5 });
  });

  it('merging its own record changes nothing and writes nothing (no echo)', () => {
    const local = { ...defaults(), intervalMin: 45 };
    const stamps = { intervalMin: T };
    const record = syncedRecord(local, stamps);
    const merged = mergeSettings(local, stamps, parseSynced(record), T + 1);
    expect(merged).toMatchObject({ changed: false, ahead: false });
    expect(merged.settings).toEqual(local);
  });

  it('never lets an older remote edit replace a newer local one', () => {
    const local = { ...defaults(), dailyGoal: 9 };
    const merged = mergeSettings(
      local,
      { dailyGoal: T + 1 },
      remote({ dailyGoal: 3 }, { dailyGoal: T }),
      T + 2,
    );
    expect(merged.settings.dailyGoal).toBe(9);
    expect(merged.ahead).toBe(true);
  });

  it('settles a tie the same way on both devices', () => {
    const a = { ...defaults(), dailyGoal: 4 };
    const b = { ...defaults(), dailyGoal: 8 };
    const onA = mergeSettings(
      a,
      { dailyGoal: T },
      parseSynced(syncedRecord(b, { dailyGoal: T })),
      T,
    );
    const onB = mergeSettings(
      b,
      { dailyGoal: T },
      parseSynced(syncedRecord(a, { dailyGoal: T })),
      T,
    );
    expect(onA.settings.dailyGoal).toBe(onB.settings.dailyGoal);
  });

  it('counts a time from the future as now, so a later local edit still wins', () => {
    const far = T + 365 * 86_400_000;
    const taken = mergeSettings(defaults(), {}, remote({ snoozeMin: 9 }, { snoozeMin: far }), T);
    expect(taken.settings.snoozeMin).toBe(9);
    expect(taken.stamps.snoozeMin).toBe(T);
    const edited = stampEdits(
      taken.settings,
      { ...taken.settings, snoozeMin: 4 },
      taken.stamps,
      T + 60_000,
    );
    const again = mergeSettings(
      { ...taken.settings, snoozeMin: 4 },
      edited,
      remote({ snoozeMin: 9 }, { snoozeMin: far }),
      T + 60_000,
    );
    expect(again.settings.snoozeMin).toBe(4);
    expect(again.ahead).toBe(true);
  });

  it('keeps the site-permission setting in this browser', () => {
    const local = { ...defaults(), overlay: false };
    const record = syncedRecord(local, firstStamps(local, T));
    expect(record.s).not.toHaveProperty('overlay');
    const merged = mergeSettings(
      defaults(),
      {},
      parseSynced({ f: 1, s: { overlay: false }, t: { overlay: T } }),
      T,
    );
    expect(merged.settings.overlay).toBe(true);
  });

  it('moves working hours as a pair', () => {
    const before = { ...defaults(), workStartMin: 540, workEndMin: 1020 };
    const stamps = stampEdits(before, { ...before, workEndMin: 1080 }, {}, T);
    expect(stamps).toEqual({ workStartMin: T, workEndMin: T });
  });
});

describe('reading the synced record', () => {
  it('drops bad fields one by one and keeps the good ones', () => {
    const parsed = parseSynced({
      f: 1,
      s: { intervalMin: 5000, snoozeMin: 7, badgeMode: 'sparkles', dailyGoal: 3, sound: true },
      t: { intervalMin: T, snoozeMin: T, badgeMode: T, dailyGoal: 'yesterday', unknown: T },
    });
    expect(parsed).toEqual({ kind: 'ok', values: { snoozeMin: 7 }, stamps: { snoozeMin: T } });
  });

  it('treats garbage as no record, and a newer format as untouchable', () => {
    for (const raw of [null, 42, 'x', [], { f: 1 }, { s: {}, t: {} }]) {
      expect(parseSynced(raw).kind).toBe('none');
    }
    const newer = remote({ intervalMin: 20 }, { intervalMin: T + 1 }, 2);
    expect(newer.kind).toBe('newer');
    const merged = mergeSettings(
      { ...defaults(), intervalMin: 45 },
      { intervalMin: T },
      newer,
      T + 2,
    );
    expect(merged).toMatchObject({ changed: false, ahead: false });
  });

  it('a fresh device takes every remote choice over its untouched defaults', () => {
    const upgraded = { ...defaults(), intervalMin: 50 };
    const stamps = firstStamps(upgraded, T);
    expect(stamps).toEqual({ intervalMin: T });
    const merged = mergeSettings(
      defaults(),
      firstStamps(defaults(), T + 5),
      parseSynced(syncedRecord(upgraded, stamps)),
      T + 5,
    );
    expect(merged.settings.intervalMin).toBe(50);
    expect(merged.ahead).toBe(false);
  });

  it('fits one sync item even with 30 meeting sites of the longest legal name', () => {
    const label = `${'a'.repeat(63)}.`;
    const host = (i: number) => `${i}${label.repeat(3)}${'b'.repeat(57)}.example`.slice(0, 253);
    const meetingHosts = Array.from({ length: 30 }, (_, i) => host(i));
    const settings = { ...defaults(), meetingHosts, workDays: [0, 1, 2, 3, 4, 5, 6] };
    const stamps = firstStamps({ ...settings, meetingHosts: [] }, T);
    stamps.meetingHosts = T;
    for (const key of Object.keys(settingsDefaults)) (stamps as Record<string, number>)[key] = T;
    const record = syncedRecord(settings, stamps);
    expect(itemBytes(SETTINGS_SYNC_KEY, record)).toBeLessThanOrEqual(SYNC_ITEM_BYTES);
    // The list is too large to sync; it stays local and everything else still syncs.
    expect(record.s.meetingHosts).toBeUndefined();
    expect(record.s.intervalMin).toBe(settings.intervalMin);
    // An ordinary list syncs.
    const usual = syncedRecord(defaults(), { meetingHosts: T });
    expect(usual.s.meetingHosts).toEqual(settingsDefaults.meetingHosts);
    expect(itemBytes(SETTINGS_SYNC_KEY, syncedRecord(defaults(), stamps))).toBeLessThan(2048);
  });
});
