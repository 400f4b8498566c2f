import type { Browser } from 'wxt/browser';
import { browser } from 'wxt/browser';
import { removeCard, showCard } from '../card-in-page/show-card';
import type { Status } from '../lib/messages';
import {
  CARD_HOST_PORT,
  CARD_PORT,
  type CardHostOrder,
  type CardHostReport,
  type CardPortMessage,
  overlayCandidate,
  SURFACE_MESSAGE,
} from '../lib/surfaces';
import { t, uiLocale } from '../platform/i18n';
import { overlayCardItem } from '../platform/store';
import { openBreakWindow } from './break-window';

// Shows the reminder card where the user is: over the current page when the
// site permission allows it, else in Unsit's small window. Nothing is
// injected into any page until a break is due.
//
// Over a page the card is an extension page (card.html) in an iframe: a small function run in the
// extension's isolated world (card-in-page/show-card.ts) adds the frame in the top layer, behind a
// closed shadow root; the card itself runs in the extension's process, where the page can neither
// read nor click it. Both sides report whether the card is really seen; a card that is not
// verifiably visible within SEEN_MS gives way to Unsit's window, so nothing a page does can
// suppress both.

const CARD_PAGE = '/card.html';
/** A card not verifiably visible this long after it was put up (or after it was last seen). */
const SEEN_MS = 4000;
/** Wakes a worker stopped while a card had SEEN_MS to be seen (the timer dies with the worker). */
const CARD_ALARM = 'card-seen-by';

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
    const seenBy = Date.now() + SEEN_MS;
    const card: ShownCard = { tab: tab.id, id: crypto.randomUUID(), seenBy };
    try {
      // A card from an earlier reminder, still waiting for a choice, closes: one card at a time.
      if (earlier !== null) await announceResolved();
      opening = { card, status: status?.() ?? null };
      liveFor(card.id);
      // Stored while the page is scripted: the first connections are matched against `opening`,
      // in memory; the stored card is for later wake-ups.
      const [, [injection]] = await Promise.all([
        overlayCardItem.setValue(card),
        browser.scripting.executeScript({
          target: { tabId: card.tab },
          world: 'ISOLATED',
          func: showCard,
          args: [`${browser.runtime.getURL(CARD_PAGE)}#${card.id}`, t('overlay_label'), uiLocale()],
        }),
      ]);
      // Else 'modal': the page holds a modal dialog, outside which nothing can be clicked.
      if (injection?.result === 'shown') {
        armDeadline(seenBy);
        return 'overlay';
      }
    } catch (error) {
      console.info('Unsit: the page refused the overlay; using the small window.', error);
    }
    await overlayCardItem.setValue(null);
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

type ShownCard = { tab: number; id: string; frame?: number; seenBy?: number };

/**
 * The frame accepted for the latest card, claimed before its storage write settles: a second
 * frame connecting in between reads the card without a frame and would be accepted too. Storage
 * keeps the claim across a worker restart; this covers the milliseconds before it lands.
 */
let claimed: { id: string; frame: number } | null = null;

/** What this worker has heard about the latest card from both its sides (rebuilt after a restart). */
let live: {
  id: string;
  host?: Browser.runtime.Port | undefined;
  frame?: Browser.runtime.Port | undefined;
  hostSays?: CardHostReport;
  frameSees?: boolean;
} | null = null;

const liveFor = (id: string) => {
  if (live?.id !== id) live = { id };
  return live;
};

/** Writes to the stored card, one after another (both sides report at once). */
let writes: Promise<unknown> = Promise.resolve();
function updateCard(
  id: string,
  change: (card: ShownCard) => ShownCard | null,
): Promise<ShownCard | null> {
  const done = writes.then(async () => {
    const card = await overlayCardItem.getValue();
    if (card?.id !== id) return null;
    await overlayCardItem.setValue(change(card));
    return card;
  });
  writes = done.catch(() => undefined);
  return done;
}

/** Clears the shown card if it is still `id`; true if it was. */
async function forget(id: string): Promise<boolean> {
  return (await updateCard(id, () => null)) !== null;
}

let timer: ReturnType<typeof setTimeout> | undefined;
function armDeadline(seenBy: number): void {
  clearTimeout(timer);
  timer = setTimeout(() => void checkCardDeadline(), seenBy - Date.now() + 50);
  void quietly(() => browser.alarms.create(CARD_ALARM, { when: seenBy }));
}
// (A stale alarm finds no deadline stored, and does nothing.)
const disarmDeadline = () => clearTimeout(timer);

/**
 * The card had to be seen by now and was not: it goes, and Unsit's window opens. Run by the
 * timer, by the alarm and on every wake-up.
 */
export async function checkCardDeadline(now = Date.now()): Promise<void> {
  const card = await overlayCardItem.getValue();
  if (card?.seenBy === undefined || card.seenBy > now) return;
  await fallBack(card.id, card.tab);
}

async function fallBack(id: string, tab: number): Promise<void> {
  if (!(await forget(id))) return;
  disarmDeadline();
  await quietly(() =>
    // (In the isolated world, where the card's side lives: the default.)
    browser.scripting.executeScript({ target: { tabId: tab }, func: removeCard }),
  );
  await openBreakWindow();
}

/** Both sides' reports, combined: the card is visible, hidden (the page's doing) or away. */
function evaluate(id: string): void {
  const l = live;
  if (l?.id !== id || !l.hostSays) return;
  const state =
    l.hostSays === 'away' ? 'away' : l.hostSays === 'seen' && l.frameSees ? 'seen' : 'hidden';
  l.frame?.postMessage({ visible: state === 'seen' } satisfies CardPortMessage);
  if (state === 'hidden') {
    // A deadline set before (at show, or in an earlier worker) keeps running.
    void updateCard(id, (card) => {
      const seenBy = card.seenBy ?? Date.now() + SEEN_MS;
      armDeadline(seenBy);
      return { ...card, seenBy };
    });
  } else {
    disarmDeadline();
    void updateCard(id, ({ seenBy: _, ...card }) => card);
  }
}

/** The shown card `id` as this worker knows it: in memory while fresh, else from storage. */
async function shownCard(id: string): Promise<ShownCard | null> {
  const fresh = opening?.card.id === id ? opening.card : null;
  const card = fresh ?? (await overlayCardItem.getValue());
  return card?.id === id ? card : null;
}

/**
 * The page side of the card (card-in-page/show-card.ts, in the isolated world of the card's tab's top
 * frame): it says whether the card is there to be seen, and whether the page removed it. A page
 * removing the card (whatever it does to its address meanwhile) brings Unsit's window; a page
 * navigating away takes the card with it, with its isolated world, and says nothing.
 */
export function watchCardHostPort(port: Browser.runtime.Port): void {
  if (!port.name.startsWith(`${CARD_HOST_PORT}#`)) return;
  const id = port.name.slice(CARD_HOST_PORT.length + 1);
  const { sender } = port;
  const card = shownCard(id).then((shown) => {
    // (Only this extension's own contexts reach onConnect: no page has runtime.connect.)
    const ours = shown !== null && sender?.frameId === 0 && sender.tab?.id === shown.tab;
    if (!ours) {
      port.disconnect();
      return null;
    }
    liveFor(id).host = port;
    return shown;
  });
  port.onMessage.addListener((message: unknown) => {
    void card.then((shown) => {
      // The page side says 'gone' and lets go of its port at once: Chromium may hand this
      // worker the disconnect before the message's turn comes here, so a port that has just
      // disconnected still speaks for its card; a port another one replaced does not.
      const current = live?.id === id && (live.host === port || live.host === undefined);
      if (!shown || !live || !current) return;
      if (message === 'gone') void fallBack(id, shown.tab);
      else if (typeof message === 'string') {
        live.hostSays = message as CardHostReport;
        evaluate(id);
      }
    });
  });
  port.onDisconnect.addListener(() => {
    if (live?.host === port) live.host = undefined;
  });
}

/**
 * The framed card's port, named after the card's id. Only the frame Unsit put into the page is
 * accepted; it says whether it sees itself, its height (passed on to the page side) and when it
 * is done.
 */
export function watchCardPort(port: Browser.runtime.Port): void {
  if (!port.name.startsWith(`${CARD_PORT}#`)) return;
  const id = port.name.slice(CARD_PORT.length + 1);
  const accepted = accept(port, id);
  port.onMessage.addListener((message: unknown) => {
    void accepted.then((card) => {
      if (!card) return;
      if (message === ('closing' satisfies CardPortMessage)) return void closed(id);
      const { sees, height } = Object(message) as { sees?: unknown; height?: unknown };
      const l = liveFor(id);
      if (sees !== undefined) {
        l.frameSees = sees === true;
        evaluate(id);
      }
      // (The page side reads it as a positive number or ignores it.)
      else if (height !== undefined) l.host?.postMessage({ height } as CardHostOrder);
    });
  });
  port.onDisconnect.addListener(() => {
    if (live?.frame === port) live.frame = undefined;
  });
}

/** The card is done: it goes from the page, and nothing takes its place. */
async function closed(id: string): Promise<void> {
  if (!(await forget(id))) return;
  disarmDeadline();
  if (live?.id === id) live.host?.postMessage('close' satisfies CardHostOrder);
}

/** Accepts the port of the card Unsit put into the page, or rejects it; resolves to that card. */
async function accept(port: Browser.runtime.Port, id: string): Promise<ShownCard | null> {
  const { sender } = port;
  const frame = sender?.frameId;
  // The card just shown is still in memory (no storage read on the way to a visible card).
  const fresh = opening?.card.id === id ? opening : null;
  const card = await shownCard(id);
  const ours =
    card !== null &&
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
  liveFor(id).frame = port;
  // Only this frame from now on: a copy framed from the same address is refused.
  if (claimed?.id !== id && card.frame === undefined) {
    claimed = { id, frame };
    await updateCard(id, (stored) => ({ ...stored, frame }));
  }
  return card;
}

/** Runs a browser call whose failure only means "nothing there"; resolves to null then. */
async function quietly<T>(call: () => Promise<T>): Promise<T | null> {
  try {
    return await call();
  } catch {
    return null;
  }
}
