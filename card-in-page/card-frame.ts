import { browser } from 'wxt/browser';
import type { Status } from '../lib/messages';
import { CARD_PORT, type CardPortMessage } from '../lib/surfaces';

// The card page's side of being framed into a site (see card-in-page/show-card.ts for the page's
// side): a port to the background that says the card is alive, whether the card sees itself, its
// height, Tab kept inside the card, and closing. Nothing here trusts, reads or messages the page:
// a message to the parent window would reach the page's own listeners, and with it this page's
// origin (in Firefox the moz-extension UUID, fixed for the life of the install).

const TABBABLE =
  'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), summary, [tabindex]:not([tabindex="-1"])';

/** Seen this long without a break before a decisive button acts (no click on a card just unveiled). */
const SEEN_BEFORE_ACTING_MS = 500;

export type CardFrame = {
  /** The card is done (a choice made, the routine over): the frame goes. */
  close(): void;
  /** Whether the card has been verifiably visible (see lib/surfaces.ts) long enough to act. */
  mayAct(): boolean;
};

/**
 * Connects the card. `onAccepted` runs when the background confirms this is the card it showed
 * (with the state to show, if it has it), again after each reconnection.
 */
export function frameCard(
  content: HTMLElement,
  onAccepted: (status: Status | null) => void,
): CardFrame {
  let closed = false;
  let sees = false;
  let visibleSince: number | null = null;
  const send = (message: CardPortMessage) => port.postMessage(message);
  // Chrome drops ports when it stops an idle worker: reconnect, which wakes it, and say again
  // what the background must know.
  let port: ReturnType<typeof browser.runtime.connect>;
  const connect = () => {
    port = browser.runtime.connect({ name: `${CARD_PORT}#${location.hash.slice(1)}` });
    port.onMessage.addListener((message: CardPortMessage) => {
      if (message === 'reject') closed = true;
      else if (typeof message === 'object' && 'accept' in message) {
        onAccepted(message.accept);
        send({ sees });
        report();
      } else if (typeof message === 'object' && 'visible' in message) {
        if (!message.visible) visibleSince = null;
        else visibleSince ??= performance.now();
        usable();
      }
    });
    port.onDisconnect.addListener(() => {
      visibleSince = null;
      usable();
      if (!closed) connect();
    });
  };
  const mayAct = () =>
    visibleSince !== null && performance.now() - visibleSince >= SEEN_BEFORE_ACTING_MS;
  // Until then the card is inert too: no click or key reaches its buttons, and they say so.
  let wait: ReturnType<typeof setTimeout> | undefined;
  const usable = () => {
    clearTimeout(wait);
    content.inert = !mayAct();
    if (content.inert && visibleSince !== null)
      wait = setTimeout(usable, SEEN_BEFORE_ACTING_MS - (performance.now() - visibleSince));
  };
  usable();
  connect();

  // The frame's height follows the card (up to the viewport); the page side sets it.
  const report = () => {
    if (!closed) send({ height: Math.ceil(content.offsetHeight) });
  };
  new ResizeObserver(report).observe(content);

  // Whether this frame is seen: in Chromium, IntersectionObserver v2 tells whether the frame is
  // unobstructed and drawn as is (no opacity, transform or filter on it or on any ancestor, in
  // every frame up to the top); elsewhere (Firefox) only whether all of it lies in the viewport.
  // A sentinel covers exactly the frame's viewport, so the ratio is that of the frame.
  const sentinel = document.createElement('div');
  sentinel.style.cssText = 'position:fixed;inset:0;z-index:2147483647;pointer-events:none';
  document.body.append(sentinel);
  new IntersectionObserver(
    (entries) => {
      const entry = entries.at(-1) as IntersectionObserverEntry & { isVisible?: boolean };
      if (!entry) return;
      const now =
        entry.intersectionRatio >= 0.99 &&
        (entry.isVisible ?? true) &&
        innerWidth >= 200 &&
        innerHeight >= 100;
      if (now === sees) return;
      sees = now;
      if (!closed) send({ sees });
    },
    { threshold: [0, 0.99, 1], trackVisibility: true, delay: 100 } as IntersectionObserverInit,
  ).observe(sentinel);

  // Tab and Shift+Tab go round the card's controls, never out into the page.
  document.addEventListener('keydown', (event) => {
    if (event.key !== 'Tab' || event.altKey || event.ctrlKey || event.metaKey) return;
    event.preventDefault();
    const stops = [...document.querySelectorAll<HTMLElement>(TABBABLE)].filter(
      (el) => el.getClientRects().length > 0 && !el.closest('[inert]'),
    );
    const current = document.activeElement ?? document.body;
    const follows = (el: HTMLElement) =>
      (current.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0 &&
      !el.contains(current);
    const target = event.shiftKey
      ? (stops.findLast((el) => el !== current && !follows(el)) ?? stops.at(-1))
      : (stops.find(follows) ?? stops[0]);
    target?.focus();
  });

  return {
    close() {
      if (closed) return;
      closed = true;
      send('closing');
      port.disconnect();
    },
    mayAct,
  };
}
