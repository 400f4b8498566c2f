import { useState } from 'preact/hooks';
import { errorText } from './notice';

/**
 * A permission request or removal under way, and what went wrong with the last one. The caller
 * makes the browser call itself, straight from the click (the browser only asks within a user
 * gesture), and hands its promise to `run` with what to do with the answer.
 */
export function usePermissionChange() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = <T>(change: Promise<T>, answered: (result: T) => void) => {
    setError(null);
    setBusy(true);
    change
      .then(answered)
      .catch((e: unknown) => setError(errorText(e)))
      .finally(() => setBusy(false));
  };
  return { busy, error, setError, run };
}
