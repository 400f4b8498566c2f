import { browser } from 'wxt/browser';
import type { Badge } from '../lib/badge';

let painted: string | null = null;

/** Paints the toolbar badge; skips the calls when nothing changed since the last paint. */
export async function paintBadge(badge: Badge): Promise<void> {
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
