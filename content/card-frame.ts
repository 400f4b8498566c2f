import { browser } from 'wxt/browser';
import type { Status } from '../lib/messages';
import { CARD_PORT, type CardPortMessage } from '../lib/surfaces';

// The card page's side of being framed into a site (see content/show-card.ts for the page's
// side): a port to the background that says the card is alive, the card's height for the
// frame, Tab kept inside the card, and closing. Nothing here trusts or reads the page.

const TABBABLE =
  'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), summary, [tabindex]:not([tabindex="-1"])';

export type CardFrame = {
  /** The card is done (a choice made, the routine over): the page removes the frame. */
  close(): void;
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
  // The background watches this port: a frame that goes away without closing was removed by
  // the page, and Unsit's window takes over. Chrome drops ports when it stops an idle worker:
  // reconnect, which wakes it.
  let port: ReturnType<typeof browser.runtime.connect>;
  const connect = () => {
    port = browser.runtime.connect({ name: `${CARD_PORT}#${location.hash.slice(1)}` });
    port.onMessage.addListener((message: CardPortMessage) => {
      if (message === 'reject') {
        closed = true;
        parent.postMessage('unsit:close', '*');
      } else if (typeof message === 'object' && 'accept' in message) onAccepted(message.accept);
    });
    port.onDisconnect.addListener(() => {
      if (!closed) connect();
    });
  };
  connect();

  // The page sizes the frame to the card (up to its viewport); it never learns more than that.
  const report = () => parent.postMessage(Math.ceil(content.offsetHeight), '*');
  new ResizeObserver(report).observe(content);

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
      port.postMessage('closing' satisfies CardPortMessage);
      port.disconnect();
      parent.postMessage('unsit:close', '*');
    },
  };
}
