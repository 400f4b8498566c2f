import type { Devices } from '../../lib/messages';
import { type DeviceInfo, isKeyOf, readDevices } from '../../lib/sync/device-record';
import { parseDevice, parseSyncState } from '../../lib/sync/local-state';
import { isQuotaError } from '../../lib/sync/quota';
import { t } from '../../platform/i18n';
import { deviceItem, syncStateItem } from '../../platform/store';
import { readSyncArea, removeFromSyncArea } from '../../platform/sync-area';
import { thisDeviceLabel } from '../../platform/this-device';

// The options page's view of "all my devices", read straight from storage (an extension page
// may): this device's opt-in and the state of its writes from its stored items, the other
// devices from sync storage. Only the background writes this device's keys and the settings;
// removing another device's record is the user's choice, made here.

/** Every other device's published record (empty when sync storage cannot be read). */
async function others(id: string): Promise<DeviceInfo[]> {
  try {
    return readDevices(await readSyncArea(), Date.now()).filter((d) => d.id !== id);
  } catch {
    return [];
  }
}

export async function listDevices(): Promise<Devices> {
  const [device, state] = await Promise.all([
    deviceItem.getValue().then(parseDevice),
    syncStateItem.getValue().then((raw) => parseSyncState(raw, Date.now())),
  ]);
  const share = device?.share ?? false;
  return {
    share,
    label: device?.label || (await thisDeviceLabel()),
    error: state.error,
    devices: device && share ? await others(device.id) : [],
  };
}

/** Removes another device's record; it stays gone unless that device publishes again. */
export async function removeDevice(id: string): Promise<void> {
  if (id === parseDevice(await deviceItem.getValue())?.id)
    throw new Error(t('devices_remove_self'));
  try {
    const keys = Object.keys(await readSyncArea()).filter((key) => isKeyOf(key, id));
    if (keys.length > 0) await removeFromSyncArea(keys);
  } catch (error) {
    throw new Error(t(isQuotaError(error) ? 'devices_remove_busy' : 'devices_remove_unavailable'));
  }
}
