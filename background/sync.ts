import { browser } from 'wxt/browser';
import type { ClockView } from '../lib/clock/view';
import type { Days } from '../lib/day-totals';
import type { Settings } from '../lib/settings';
import { type AllDevices, allDevicesView } from '../lib/sync/all-devices';
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
  same,
  stampEdits,
  syncedRecord,
} from '../lib/sync/settings-merge';
import { dayKey, MINUTE } from '../lib/time';
import {
  deviceItem,
  loadModel,
  loadSettings,
  saveSettings,
  syncStateItem,
} from '../platform/store';
import { readSyncArea, removeFromSyncArea, writeSyncArea } from '../platform/sync-area';
import { sharesWithPolicy } from './managed';
import { serialised } from './queue';

// Mirrors settings and (when opted in) this device's daily totals to the browser's sync
// storage. Local storage stays the working copy: nothing waits on sync, and a write that
// fails (quota, rate limit, sync off or unavailable) leaves local data as it was and is
// retried later. Writes are batched through one alarm: edits within a minute become one
// write, totals are published at most every 15 minutes (and at once on a new day, on opt-in).
//
// Why not simply keep each setting under its own key in `storage.sync`? That would lose:
// - A setting that always saves. Sync storage holds 100 KB in all, 8 KB an item, shared with
//   the devices' published totals, and refuses writes past 120 a minute or 1,800 an hour; a
//   setting written only there could fail to save. Here the local copy always takes it, and
//   the mirror catches up after a backoff.
// - The newer edit. `storage.sync` settles two devices' writes of one key by which reached the
//   sync server last, so an edit made offline yesterday and synced today replaces today's
//   edit on the other device. Each field's edit time (lib/sync/settings-merge.ts) keeps the
//   newer one, and a device that starts on defaults never overrides choices made elsewhere.
// That is all this subsystem is for. The daily totals are per key already (each device writes
// only its own keys, lib/sync/device-record.ts), packed only to fit the same quota.

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
    id: newDeviceId(),
    label: '',
    share: false,
    chosen: false,
  };
  await deviceItem.setValue(device);
  return device;
}

/** Whether this device publishes its totals: its choice, under the organisation's policy. */
async function sharing(): Promise<boolean> {
  const device = parseDevice(await deviceItem.getValue());
  return sharesWithPolicy(device ?? { share: false, chosen: false });
}

const loadState = async (now: number): Promise<SyncState> =>
  parseSyncState(await syncStateItem.getValue(), now);

/** Wakes the sync at `when`, or earlier if it is already due earlier (never later). */
async function scheduleSync(when: number): Promise<void> {
  const existing = await browser.alarms.get(SYNC_ALARM);
  if (existing && existing.scheduledTime <= when + 1000) return;
  await browser.alarms.create(SYNC_ALARM, { when });
}

/** After a settings edit from this device (called inside the serialised block that saved it). */
export async function noteSettingsEdit(before: Settings, after: Settings, now: number) {
  const state = await loadState(now);
  const stamps = stampEdits(before, after, state.stamps ?? firstStamps(before, now), now);
  await syncStateItem.setValue({ ...state, stamps, dirty: true });
  await scheduleSync(Math.max(now + BATCH_MS, state.retryAt));
}

/** After the daily totals changed: publish them soon, if this device shares them. */
export async function noteDaysChanged(now: number): Promise<void> {
  if (!(await sharing())) return;
  const { publishedAt, retryAt } = await loadState(now);
  const newDay = dayKey(publishedAt) !== dayKey(now);
  await scheduleSync(
    Math.max(now + BATCH_MS, newDay ? 0 : publishedAt + PUBLISH_EVERY_MS, retryAt),
  );
}

export type SyncOutcome = {
  /** Local settings took a value from another device. */
  settingsChanged: boolean;
  wrote: boolean;
  error: SyncState['error'];
};

/**
 * One round: read sync storage, merge its settings into local ones, then write in one batch
 * what local has that sync lacks (a settings edit, this device's totals when due), or remove
 * this device's keys when it does not share (an opt-out, retried until it worked). `now`
 * (an opt-in or out) acts at once, whatever the backoff and the publishing pace.
 */
export function runSync(now: number, atOnce = false): Promise<SyncOutcome> {
  return serialised(async () => {
    const [state, device, settings, share] = await Promise.all([
      loadState(now),
      loadDevice(),
      loadSettings(),
      sharing(),
    ]);
    const next: SyncState = { ...state, stamps: state.stamps ?? firstStamps(settings, now) };
    let settingsChanged = false;
    try {
      const area = await readSyncArea();
      const remote = parseSynced(area[SETTINGS_SYNC_KEY]);
      const merge = mergeSettings(settings, next.stamps ?? {}, remote, now);
      settingsChanged = merge.changed;
      if (merge.changed) await saveSettings(merge.settings);
      next.stamps = merge.stamps;
      if (now < state.retryAt && !atOnce) {
        // Backing off: take what arrived, write nothing until the retry alarm.
        await syncStateItem.setValue(next);
        await scheduleSync(state.retryAt);
        return { settingsChanged, wrote: false, error: state.error };
      }

      const writes: Record<string, unknown> = {};
      const record = syncedRecord(merge.settings, merge.stamps, area[SETTINGS_SYNC_KEY]);
      const writable = remote.kind !== 'newer';
      if (writable && (merge.ahead || (state.dirty && !same(area[SETTINGS_SYNC_KEY], record)))) {
        writes[SETTINGS_SYNC_KEY] = record;
      }
      let removes = Object.keys(area).filter((key) => isKeyOf(key, device.id));
      let published = false;
      next.error = null;
      if (share) {
        const due =
          atOnce ||
          now - state.publishedAt >= PUBLISH_EVERY_MS ||
          dayKey(state.publishedAt) !== dayKey(now);
        const others = Object.entries({ ...area, ...writes })
          .filter(([key]) => !isKeyOf(key, device.id))
          .reduce((sum, [key, value]) => sum + itemBytes(key, value), 0);
        const fit = due
          ? fitDevice(
              { id: device.id, label: device.label, seen: now },
              (await loadModel()).days,
              dayKey(now),
              SYNC_QUOTA_BYTES - others - HEADROOM_BYTES,
            )
          : null;
        if (due && !fit) next.error = 'full';
        const items = fit?.items ?? {};
        Object.assign(writes, items);
        // Chunks the record no longer needs go; nothing of it goes when not publishing.
        removes = fit ? removes.filter((key) => !(key in items)) : [];
        published = fit !== null;
      }
      // One set is one write operation, however many keys it carries.
      if (Object.keys(writes).length > 0) await writeSyncArea(writes);
      if (removes.length > 0) await removeFromSyncArea(removes);
      Object.assign(next, { dirty: false, failures: 0, retryAt: 0 });
      if (published) next.publishedAt = now;
      await syncStateItem.setValue(next);
      return {
        settingsChanged,
        wrote: Object.keys(writes).length + removes.length > 0,
        error: next.error,
      };
    } catch (err) {
      // Sync storage unreadable, or a write refused: local data stays as it is, and the
      // round is retried after a backoff (replacing an earlier pending alarm, which would
      // only find the backoff and stop).
      const failures = state.failures + 1;
      const retryAt = now + backoffMs(failures);
      const error = isQuotaError(err) ? 'quota' : 'unavailable';
      await syncStateItem.setValue({ ...next, failures, retryAt, error });
      await browser.alarms.create(SYNC_ALARM, { when: retryAt });
      return { settingsChanged, wrote: false, error };
    }
  });
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
    await deviceItem.setValue({ ...device, share, chosen: true, label: label ?? device.label });
  });
  return runSync(now, true);
}

/** The "all my devices" figures, or undefined when this device has not opted in. */
export async function allDevices(
  view: ClockView,
  days: Days,
  goal: number,
): Promise<AllDevices | undefined> {
  const device = parseDevice(await deviceItem.getValue());
  if (!device || !(await sharesWithPolicy(device))) return undefined;
  let area: Record<string, unknown> = {};
  try {
    area = await readSyncArea();
  } catch {}
  return allDevicesView(view, days, area, device.id, goal);
}
