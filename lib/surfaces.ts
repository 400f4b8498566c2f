// Where the reminder card can appear. Pure rules; background/overlay.ts acts on them.

import type { Status } from './messages';

/** Pages no extension may script, or where an overlay would be wrong. */
const blockedHosts = ['chromewebstore.google.com', 'chrome.google.com', 'addons.mozilla.org'];

/**
 * Whether a tab with this URL could host the page overlay at all. The tab's
 * URL is only visible with the site permission, so an unknown URL is a no.
 */
export function overlayCandidate(url: string | undefined): boolean {
  if (!url) return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return false;
  if (blockedHosts.includes(parsed.hostname)) return false;
  // Chrome shows PDFs in its own viewer, where scripts cannot run.
  if (parsed.pathname.toLowerCase().endsWith('.pdf')) return false;
  return true;
}

/** Broadcast to every reminder surface when the outstanding reminder is resolved anywhere. */
export const SURFACE_MESSAGE = { tag: 'unsit-surface', type: 'reminder-resolved' } as const;

export function isSurfaceMessage(message: unknown): boolean {
  return (
    typeof message === 'object' &&
    message !== null &&
    (message as { tag?: unknown }).tag === SURFACE_MESSAGE.tag &&
    (message as { type?: unknown }).type === SURFACE_MESSAGE.type
  );
}

/**
 * The card framed into a page holds a port of this name (plus `#` and the card's id, from its
 * address, which no page script can read) open to the background while it is shown. The
 * background accepts the frame it put there, which only then shows the card (with the state the
 * reminder fired with, when the worker still has it: no second request on the way to a visible
 * card), and answers `'reject'` to any other, which stays empty. The frame reports its height and
 * whether it sees itself whole and unobstructed (`sees`); the background answers whether the card
 * is verifiably visible (`visible`: the frame's view and the page side's both), and only then do
 * its decisive buttons act. `'closing'`: the card is done.
 */
export const CARD_PORT = 'unsit-card';
export type CardPortMessage =
  | { accept: Status | null }
  | 'reject'
  | { visible: boolean }
  | 'closing'
  | { height: number }
  | { sees: boolean };

/**
 * The page side of the card (card-in-page/show-card.ts, in the isolated world) holds a port of this
 * name (plus `#` and the card's id) and reports what it sees of the card: `'seen'`, `'hidden'`
 * (not there to be seen or clicked), `'away'` (the tab itself is not shown) or `'gone'` (removed
 * from the page while the page stayed). The background asks it to size the frame or close.
 */
export const CARD_HOST_PORT = 'unsit-host';
export type CardHostReport = 'seen' | 'hidden' | 'away' | 'gone';
export type CardHostOrder = { height: number } | 'close';
