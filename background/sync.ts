import { browser } from 'wxt/browser';
import type { ClockView } from '../lib/clock/view';
import type { Days } from '../lib/day-totals';
import type { Settings } from '../lib/settings';
import { type AllDevices, allDevicesView, otherDevices } from '../lib/sync/all-devices';
import { fitDevice, isKeyOf } from '../lib/sync/device-record';
import {
  type DeviceState,
  newDeviceId,
  parseDevice,
  parseSyncState,
  type SyncState,
} from '../lib/sync/local-state';
import { backoffMs, isQuotaError, itemBytes, SYNC_QUOTA_BYTES } from '../lib/sync/quota';
import {
  firstStamps,
  mergeSettings,
  parseSynced,
  SETTINGS_SYNC_KEY,
  stampEdits,
  syncedRecord,
} from '../lib/sync/settings-merge';
import { dayKey, MINUTE } from '../lib/time';
import { serialised } from './engine';
import { deviceItem, loadModel, loadSettings, saveSettings, syncStateItem } from './store';

// Mirrors settings and (when opted in) this device's daily totals to the browser's sync
// storage. Local storage stays the working copy: nothing waits on sync, and a write that
// fails (quota, rate limit, sync off or unavailable) leaves local data as it was and is
// retried later. Writes are batched through one alarm: edits within a minute become one
// write, totals are published at most every 15 minutes (and at once on a new day).

export const SYNC_ALARM = 'sync';
/** Settings edits made within this time go out as one write. */
export const BATCH_MS = MINUTE;
/** This device's totals are published at most this often (plus on a new day). */
export const PUBLISH_EVERY_MS = 15 * MINUTE;
/** Room kept free for the settings record to grow. */
const HEADROOM_BYTES = 2048;

export async function loadDevice(): Promise<DeviceState> {
  const stored = parseDevice(await deviceItem.getValue());
  if (stored) return stored;
  const device = {
    id: newDeviceId(crypto.getRandomValues(new Uint8Array(10))),
    label: '',
    share: false,
  };
  await deviceItem.setValue(device);
  return device;
}

const loadState = async (): Promise<SyncState> => parseSyncState(await syncStateItem.getValue());

/** Wakes the sync at `when`, or earlier if it is already due earlier (never later). */
async function scheduleSync(when: number): Promise<void> {
  const existing = await browser.alarms.get(SYNC_ALARM);
  if (existing && existing.scheduledTime <= when + 1000) return;
  await browser.alarms.create(SYNC_ALARM, { when });
}

/** After a settings edit from this device (called inside the serialised block that saved it). */
export async function noteSettingsEdit(before: Settings, after: Settings, now: number) {
  const state = await loadState();
  const stamps = stampEdits(before, after, state.stamps ?? firstStamps(before, now), now);
  await syncStateItem.setValue({ ...state, stamps, dirty: true });
  await scheduleSync(Math.max(now + BATCH_MS, state.retryAt));
}

/** After the daily totals changed: publish them soon, if this device shares them. */
export async function noteDaysChanged(now: number): Promise<void> {
  const device = parseDevice(await deviceItem.getValue());
  if (!device?.share) return;
  const state = await loadState();
  const newDay = state.publishedDay !== dayKey(now);
  const due = newDay
    ? now + BATCH_MS
    : Math.max(now + BATCH_MS, state.publishedAt + PUBLISH_EVERY_MS);
  await scheduleSync(Math.max(due, state.retryAt));
}

export type SyncOutcome = {
  /** Local settings took a value from another device. */
  settingsChanged: boolean;
  wrote: boolean;
  error: SyncState['error'];
};

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The published record without its last-seen time: equal means nothing new to publish. */
const withoutSeen = (items: Record<string, unknown>, id: string) =>
  JSON.stringify(
    Object.entries(items)
      .filter(([key]) => isKeyOf(key, id))
      .map(([key, value]) =>
        typeof value === 'object' && value !== null ? [key, { ...value, s: 0 }] : [key, value],
      )
      .sort(),
  );

/**
 * One round: read sync storage, merge its settings into local ones, then write in one batch
 * what local has that sync lacks (a settings edit, this device's totals), or remove this
 * device's keys after an opt-out.
 */
export function runSync(now: number, options: { publish?: boolean } = {}): Promise<SyncOutcome> {
  return serialised(async () => {
    const [state, device, settings] = await Promise.all([
      loadState(),
      loadDevice(),
      loadSettings(),
    ]);
    const stamps = state.stamps ?? firstStamps(settings, now);
    let area: Record<string, unknown>;
    try {
      area = await browser.storage.sync.get(null);
    } catch {
      return fail(state, stamps, now, 'unavailable', false);
    }

    const merge = mergeSettings(settings, stamps, parseSynced(area[SETTINGS_SYNC_KEY]), now);
    if (merge.changed) await saveSettings(merge.settings);
    const next: SyncState = { ...state, stamps: merge.stamps };
    if (now < state.retryAt && !options.publish) {
      // Backing off: take what arrived, write nothing until the retry alarm.
      await syncStateItem.setValue(next);
      await scheduleSync(state.retryAt);
      return { settingsChanged: merge.changed, wrote: false, error: state.error };
    }

    const writes: Record<string, unknown> = {};
    if (
      merge.ahead ||
      (state.dirty && !same(area[SETTINGS_SYNC_KEY], syncedRecord(merge.settings, merge.stamps)))
    ) {
      writes[SETTINGS_SYNC_KEY] = syncedRecord(merge.settings, merge.stamps);
    }
    const mine = Object.keys(area).filter((key) => isKeyOf(key, device.id));
    let removes: string[] = [];
    let published = false;
    next.error = null;
    if (device.share) {
      const others = Object.entries({ ...area, ...writes })
        .filter(([key]) => !isKeyOf(key, device.id))
        .reduce((sum, [key, value]) => sum + itemBytes(key, value), 0);
      const record = { id: device.id, label: device.label, seen: now };
      const fit = fitDevice(
        record,
        (await loadModel()).days,
        dayKey(now),
        SYNC_QUOTA_BYTES - others - HEADROOM_BYTES,
      );
      if (fit === null) next.error = 'full';
      else {
        const changed = withoutSeen(fit.items, device.id) !== withoutSeen(area, device.id);
        const stale =
          now - state.publishedAt >= PUBLISH_EVERY_MS || state.publishedDay !== dayKey(now);
        if (changed || stale || options.publish) {
          Object.assign(writes, fit.items);
          removes = mine.filter((key) => !(key in fit.items));
          published = true;
          next.detailDays = fit.detailDays;
        }
      }
    } else if (state.unpublish) {
      removes = mine;
    }

    try {
      // One set is one write operation, however many keys it carries.
      if (Object.keys(writes).length > 0) await browser.storage.sync.set(writes);
      if (removes.length > 0) await browser.storage.sync.remove(removes);
    } catch (error) {
      return fail(
        next,
        merge.stamps,
        now,
        isQuotaError(error) ? 'quota' : 'unavailable',
        merge.changed,
      );
    }
    Object.assign(next, { dirty: false, failures: 0, retryAt: 0, unpublish: false });
    if (published) Object.assign(next, { publishedAt: now, publishedDay: dayKey(now) });
    await syncStateItem.setValue(next);
    return {
      settingsChanged: merge.changed,
      wrote: Object.keys(writes).length + removes.length > 0,
      error: next.error,
    };
  });
}

/** A failed round: local data stays as it is, the write is retried after a backoff. */
async function fail(
  state: SyncState,
  stamps: SyncState['stamps'],
  now: number,
  error: 'quota' | 'unavailable',
  settingsChanged: boolean,
): Promise<SyncOutcome> {
  const failures = state.failures + 1;
  const retryAt = now + backoffMs(failures);
  await syncStateItem.setValue({ ...state, stamps, failures, retryAt, error });
  // Replaces an earlier pending alarm: that one would only find the backoff and stop.
  await browser.alarms.create(SYNC_ALARM, { when: retryAt });
  return { settingsChanged, wrote: false, error };
}

/**
 * Turns "all my devices" on (publishing at once) or off (removing this device's keys); the
 * options page names the device ("Chrome on Linux") when it opts in.
 */
export async function setSharing(
  share: boolean,
  now: number,
  label?: string,
): Promise<SyncOutcome> {
  await serialised(async () => {
    const device = await loadDevice();
    await deviceItem.setValue({ ...device, share, label: label ?? device.label });
    const state = await loadState();
    // An opt-out removes this device's keys, and keeps trying until that worked.
    await syncStateItem.setValue({ ...state, unpublish: !share, retryAt: 0 });
  });
  return runSync(now, { publish: share });
}

/** The "all my devices" figures, or undefined when this device has not opted in. */
export async function allDevices(
  view: ClockView,
  days: Days,
  goal: number,
): Promise<AllDevices | undefined> {
  const device = parseDevice(await deviceItem.getValue());
  if (!device?.share) return undefined;
  let area: Record<string, unknown> = {};
  try {
    area = await browser.storage.sync.get(null);
  } catch {}
  return allDevicesView(view, days, otherDevices(area, device.id), goal);
}
