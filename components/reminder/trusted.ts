/**
 * Wraps a handler for a decisive button so that only a real user's click
 * counts: synthetic events (`.click()`, dispatched events) have
 * `isTrusted === false` and are ignored. Over a page the card already sits in
 * a cross-origin frame out of the page's reach; this is the second line.
 */
export function trustedOnly<E extends Event>(handler: (event: E) => void): (event: E) => void {
  return (event) => {
    if (!event.isTrusted) return;
    handler(event);
  };
}
