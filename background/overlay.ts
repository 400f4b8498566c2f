import { browser } from 'wxt/browser';
import { overlayCandidate, SURFACE_MESSAGE } from '../lib/surfaces';
import { openBreakWindow } from './break-window';
import { overlayTabItem } from './store';

// Shows the reminder card where the user is: over the current page when the
// site permission allows it, else in Unsit's small window. Nothing is
// injected into any page until a break is due.

const OVERLAY_SCRIPT = '/content-scripts/overlay.js';

export type Surface = 'overlay' | 'window' | 'none';

export async function presentReminderCard(allowOverlay: boolean): Promise<Surface> {
  const focused = await quietly(() => browser.windows.getLastFocused());
  // Not in the browser right now: the notification and badge are enough.
  if (!focused?.focused || focused.id === undefined) return 'none';
  const [tab] = await browser.tabs.query({ active: true, windowId: focused.id });
  if (allowOverlay && tab?.id !== undefined && (await mayInject(tab.url))) {
    try {
      await dismissOverlay();
      await overlayTabItem.setValue(tab.id);
      await browser.scripting.executeScript({ target: { tabId: tab.id }, files: [OVERLAY_SCRIPT] });
      return 'overlay';
    } catch (error) {
      await overlayTabItem.setValue(null);
      console.info('Unsit: the page refused the overlay; using the small window.', error);
    }
  }
  await openBreakWindow();
  return 'window';
}

async function mayInject(url: string | undefined): Promise<boolean> {
  if (!overlayCandidate(url) || url === undefined) return false;
  try {
    // Host without port: a match pattern covers every port, and Firefox answers false for any
    // pattern that names one (so a page on :3000 or the tests' 127.0.0.1 server got no card).
    const { protocol, hostname } = new URL(url);
    return await browser.permissions.contains({ origins: [`${protocol}//${hostname}/*`] });
  } catch {
    return false;
  }
}

/** The reminder was resolved somewhere: every card still waiting for a choice closes. */
export async function announceResolved(): Promise<void> {
  // No page listening is normal: nothing to close then.
  await quietly(() => browser.runtime.sendMessage(SURFACE_MESSAGE));
  await dismissOverlay();
}

async function dismissOverlay(): Promise<void> {
  const tabId = await overlayTabItem.getValue();
  if (tabId === null) return;
  await quietly(() => browser.tabs.sendMessage(tabId, SURFACE_MESSAGE));
}

/** The page removed the overlay while it was needed: fall back to the window. */
export async function overlayRemoved(tabId: number | undefined): Promise<void> {
  if (tabId === undefined || tabId !== (await overlayTabItem.getValue())) return;
  await overlayTabItem.setValue(null);
  await openBreakWindow();
}

/** Runs a browser call whose failure only means "nothing there"; resolves to null then. */
async function quietly<T>(call: () => Promise<T>): Promise<T | null> {
  try {
    return await call();
  } catch {
    return null;
  }
}
