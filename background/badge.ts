import { browser } from 'wxt/browser';
import type { Badge } from '../lib/badge';

let painted: string | null = null;
/** The clock's badge as last asked for, shown again when a flash ends. */
let latest: Badge | null = null;
let flashing: ReturnType<typeof setTimeout> | null = null;

async function paint(badge: Badge): Promise<void> {
  const key = JSON.stringify(badge);
  if (key === painted) return;
  const action = browser.action ?? browser.browserAction;
  await Promise.all([
    action.setBadgeText({ text: badge.text }),
    action.setBadgeBackgroundColor({ color: badge.color }),
    action.setTitle({ title: badge.title }),
  ]);
  painted = key;
}

/** Paints the toolbar badge; skips the calls when nothing changed since the last paint. */
export async function paintBadge(badge: Badge): Promise<void> {
  latest = badge;
  // A flash in progress ends with the latest badge.
  if (flashing === null) await paint(badge);
}

/**
 * Shows `badge` for `ms`, then the clock's badge again: a short answer to a key press. A worker
 * stopped meanwhile leaves it until the next wake-up paints (within the heartbeat), but a worker
 * is never stopped seconds after an event.
 */
export async function flashBadge(badge: Badge, ms: number): Promise<void> {
  if (flashing !== null) clearTimeout(flashing);
  flashing = setTimeout(() => {
    flashing = null;
    if (latest) void paint(latest);
  }, ms);
  await paint(badge);
}
