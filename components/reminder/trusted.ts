/**
 * Wraps a handler for a decisive button so that only a real user's click
 * counts: synthetic events (`.click()`, dispatched events) have
 * `isTrusted === false` and are ignored. Over a page the card already sits in
 * a cross-origin frame out of the page's reach; this is the second line. The
 * third: over a page, a click counts only while the card is verifiably
 * visible (see `gateDecisiveButtons`), so a page cannot make it see-through
 * and lay its own button under it.
 */
export function trustedOnly<E extends Event>(handler: (event: E) => void): (event: E) => void {
  return (event) => {
    if (!event.isTrusted || !mayAct()) return;
    handler(event);
  };
}

let mayAct: () => boolean = () => true;

/** The card over a page: decisive buttons act only while `check` says the card is seen. */
export function gateDecisiveButtons(check: () => boolean): void {
  mayAct = check;
}
