import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';

/**
 * A permission's state as the page shows it: read now, again whenever `key` changes, and
 * whenever a permission is added or removed (from the browser's own extension settings, or
 * another control on the same page). Reads may overlap: only the latest one answers.
 * `recheck` reads again; `settle` takes a state the browser just answered (a request granted
 * or a removal done), ahead of any read still under way.
 */
export function usePermissionState<S extends string>(
  read: () => Promise<S>,
  key = '',
): { state: S | 'checking' | 'unknown'; recheck: () => void; settle: (next: S) => void } {
  const [state, setState] = useState<S | 'checking' | 'unknown'>('checking');
  const latest = useRef(0);
  const recheck = () => {
    const run = ++latest.current;
    read().then(
      (next) => {
        if (run === latest.current) setState(next);
      },
      () => {
        if (run === latest.current) setState('unknown');
      },
    );
  };

  useEffect(() => {
    recheck();
    try {
      browser.permissions.onAdded.addListener(recheck);
      browser.permissions.onRemoved.addListener(recheck);
    } catch {
      // No events here: the state is read when `key` changes.
    }
    return () => {
      latest.current++;
      try {
        browser.permissions.onAdded.removeListener(recheck);
        browser.permissions.onRemoved.removeListener(recheck);
      } catch {
        // Nothing was added.
      }
    };
  }, [key]);

  const settle = (next: S) => {
    latest.current++;
    setState(next);
  };
  return { state, recheck, settle };
}
