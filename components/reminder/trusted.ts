/**
 * Wraps a handler for a decisive button so that only a real user's click
 * counts. A page can reach into the overlay and call `.click()` on its
 * buttons; such synthetic events have `isTrusted === false` and are ignored.
 */
export function trustedOnly<E extends Event>(handler: (event: E) => void): (event: E) => void {
  return (event) => {
    if (!event.isTrusted) return;
    handler(event);
  };
}
