import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { Status } from '../../lib/messages';
import { isSurfaceMessage } from '../../lib/surfaces';
import { request } from '../../platform/api';
import { errorText } from '../shared/notice';

/** How often the popup re-reads the status while it is open. */
export const REFRESH_MS = 30_000;

/**
 * The status the popup shows: read on open, then every 30 s and whenever a reminder is resolved
 * elsewhere; not while `still` (a routine runs and must not be disturbed).
 */
export function useStatus(still: boolean) {
  const [status, setStatus] = useState<Status | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);

  const load = useCallback(() => {
    request('getStatus').then(
      (next) => {
        setStatus(next);
        setLoadError(null);
      },
      (e: unknown) => setLoadError(errorText(e)),
    );
  }, []);

  useEffect(() => {
    if (still) return;
    load();
    const timer = setInterval(load, REFRESH_MS);
    const onMessage = (message: unknown) => {
      if (isSurfaceMessage(message)) load();
    };
    browser.runtime.onMessage.addListener(onMessage);
    return () => {
      clearInterval(timer);
      browser.runtime.onMessage.removeListener(onMessage);
    };
  }, [still, load]);

  return { status, setStatus, loadError, load };
}
