import { useEffect, useRef } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { isSurfaceMessage } from '../../lib/surfaces';

/**
 * Resolved elsewhere (snoozed in the popup, a routine finished in another window): a card still
 * waiting for a choice closes; a routine in progress goes on. A resolution this card caused
 * itself is not "elsewhere": the returned flag is set while it acts, and it shows its own
 * confirmation.
 */
export function useClosesWhenResolvedElsewhere(waiting: boolean, onClose: () => void) {
  const waitingRef = useRef(waiting);
  waitingRef.current = waiting;
  const acting = useRef(false);
  useEffect(() => {
    const listener = (message: unknown) => {
      if (isSurfaceMessage(message) && waitingRef.current && !acting.current) onClose();
    };
    browser.runtime.onMessage.addListener(listener);
    return () => browser.runtime.onMessage.removeListener(listener);
  }, [onClose]);
  return acting;
}
