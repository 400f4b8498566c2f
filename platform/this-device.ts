import { browser } from 'wxt/browser';
import { deviceLabel } from '../lib/sync/device-label';

/** This device's name for the list of devices: the browser family and the system, "Chrome · Linux". */
export async function thisDeviceLabel(): Promise<string> {
  let os = '';
  try {
    ({ os } = await browser.runtime.getPlatformInfo());
  } catch {
    // Without the system the name is the browser alone; the user may name the device.
  }
  return deviceLabel(globalThis.navigator?.userAgent ?? '', os);
}
