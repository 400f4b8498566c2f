import type { Browser } from 'wxt/browser';
import { browser } from 'wxt/browser';
import { t, uiLocale } from '../components/i18n';
import { removeCard, showCard } from '../content/show-card';
import type { Status } from '../lib/messages';
import {
  CARD_PORT,
  type CardPortMessage,
  overlayCandidate,
  SURFACE_MESSAGE,
} from '../lib/surfaces';
import { openBreakWindow } from './break-window';
import { overlayCardItem } from './store';

// Shows the reminder card where the user is: over the current page when the
// site permission allows it, else in Unsit's small window. Nothing is
// injected into any page until a break is due.
//
// Over a page the card is an extension page (card.html) in an iframe: a tiny function run in the
// page's own world (no isolated world, so next to nothing in the page's heap) adds the frame in
// the top layer; the card itself runs in the extension's process, where the page can neither
// read nor click it.

const CARD_PAGE = '/card.html';
/** A frame that has not connected by then did not load (blocked by the page): the window. */
const ANSWER_MS = 4000;

export type Surface = 'overlay' | 'window' | 'none';

export async function presentReminderCard(
  allowOverlay: boolean,
  status?: () => Status,
): Promise<Surface> {
  // Asked together: every round trip here delays the card.
  const [focused, [tab]] = await Promise.all([
    quietly(() => browser.windows.getLastFocused()),
    browser.tabs.query({ active: true, lastFocusedWindow: true }),
  ]);
  // Not in the browser right now: the notification and badge are enough.
  if (!focused?.focused || focused.id === undefined) return 'none';
  const [ours, earlier] = await Promise.all([
    allowOverlay && tab?.id !== undefined && tab.windowId === focused.id && mayInject(tab.url),
    overlayCardItem.getValue(),
  ]);
  if (ours && tab?.id !== undefined) {
    const card = { tab: tab.id, id: crypto.randomUUID() };
    try {
      // A card from an earlier reminder, still waiting for a choice, closes: one card at a time.
      if (earlier !== null) await announceResolved();
      opening = { card, status: status?.() ?? null };
      // Stored while the page is scripted: the frame's first connection is matched against
      // `opening`, in memory; the stored card is for later wake-ups.
      const [, [injection]] = await Promise.all([
        overlayCardItem.setValue(card),
        browser.scripting.executeScript({
          target: { tabId: card.tab },
          world: 'MAIN',
          func: showCard,
          args: [`${browser.runtime.getURL(CARD_PAGE)}#${card.id}`, t('overlay_label'), uiLocale()],
        }),
      ]);
      if (injection?.result !== true) throw new Error('the card was not shown');
      setTimeout(() => void unanswered(card), ANSWER_MS);
      return 'overlay';
    } catch (error) {
      await overlayCardItem.setValue(null);
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
  // Reaches the framed card as well as Unsit's window; no page listening is normal.
  await quietly(() => browser.runtime.sendMessage(SURFACE_MESSAGE));
}

/** The latest card and the state it was shown with, handed to its frame when it connects. */
let opening: { card: ShownCard; status: Status | null } | null = null;

type ShownCard = { tab: number; id: string; frame?: number };

/**
 * The frame accepted for the latest card, claimed before its storage write settles: a second
 * frame connecting in between reads the card without a frame and would be accepted too. Storage
 * keeps the claim across a worker restart; this covers the milliseconds before it lands.
 */
let claimed: { id: string; frame: number } | null = null;

/** The card's frame never connected (no frame recorded for it): it goes, the window opens. */
async function unanswered(card: ShownCard): Promise<void> {
  const stored = await overlayCardItem.getValue();
  if (stored?.id !== card.id || stored.frame !== undefined) return;
  await overlayCardItem.setValue(null);
  await quietly(() =>
    browser.scripting.executeScript({
      target: { tabId: card.tab },
      world: 'MAIN',
      func: removeCard,
    }),
  );
  await openBreakWindow();
}

/**
 * The framed card's port, named after the card's id. Only the frame Unsit put into the page is
 * accepted; a port that drops without saying "closing" while its page stays where it was means
 * the page removed the card: Unsit's window takes over. (A page navigating away or a closed tab
 * takes the card with it, as any page content.)
 */
export function watchCardPort(port: Browser.runtime.Port): void {
  if (!port.name.startsWith(`${CARD_PORT}#`)) return;
  const id = port.name.slice(CARD_PORT.length + 1);
  const tab = port.sender?.tab;
  let closing = false;
  port.onMessage.addListener((message: unknown) => {
    if (message !== ('closing' satisfies CardPortMessage)) return;
    closing = true;
    void forget(id);
  });
  const accepted = accept(port, id);
  port.onDisconnect.addListener(() => {
    void accepted.then((card) => {
      if (card && !closing) void cardGone(id, card.tab, tab?.url);
    });
  });
}

/** Accepts the port of the card Unsit put into the page, or rejects it; resolves to that card. */
async function accept(port: Browser.runtime.Port, id: string): Promise<ShownCard | null> {
  const { sender } = port;
  const frame = sender?.frameId;
  // The card just shown is still in memory (no storage read on the way to a visible card).
  const fresh = opening?.card.id === id ? opening : null;
  const card = fresh ? fresh.card : await overlayCardItem.getValue();
  const ours =
    card?.id === id &&
    sender?.id === browser.runtime.id &&
    frame !== undefined &&
    frame !== 0 &&
    sender.tab?.id === card.tab &&
    ((claimed?.id === id ? claimed.frame : card.frame) ?? frame) === frame;
  if (!ours) {
    port.postMessage('reject' satisfies CardPortMessage);
    port.disconnect();
    return null;
  }
  opening = null;
  port.postMessage({ accept: fresh?.status ?? null } satisfies CardPortMessage);
  // Only this frame from now on: a copy the page frames from the same address is refused.
  if (claimed?.id !== id && card.frame === undefined) {
    claimed = { id, frame };
    await overlayCardItem.setValue({ ...card, frame });
  }
  return card;
}

/** Clears the shown card if it is still `id`; true if it was. */
async function forget(id: string): Promise<boolean> {
  if ((await overlayCardItem.getValue())?.id !== id) return false;
  await overlayCardItem.setValue(null);
  return true;
}

async function cardGone(id: string, tabId: number, url: string | undefined): Promise<void> {
  if (!(await forget(id))) return;
  const now = await quietly(() => browser.tabs.get(tabId));
  // Closed, reloading or elsewhere: the card went with the page.
  if (now === null || now.status !== 'complete' || now.url !== url) return;
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
