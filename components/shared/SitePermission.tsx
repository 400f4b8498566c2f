import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { Button } from './Button';
import { errorText, LiveNotice } from './notice';

// The optional site permission behind the page overlay, with a plain account
// of what it is for. Used by the options page and the onboarding page.

/** The permission asked for here: every site (the meeting-sites control reads it too). */
export const ALL_SITES = { origins: ['<all_urls>'] };

type State = 'checking' | 'granted' | 'not-granted' | 'unknown';

export type SitePermissionProps = {
  /** Heading level of the section title, to fit the host page's outline. */
  headingLevel?: 2 | 3;
  /** Extra controls shown under the explanation (the options page adds the overlay switch). */
  children?: ComponentChildren;
  id?: string;
  class?: string;
};

export function SitePermission({
  headingLevel = 2,
  children,
  id,
  class: className,
}: SitePermissionProps) {
  const [state, setState] = useState<State>('checking');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    const check = () => {
      browser.permissions
        .contains(ALL_SITES)
        .then((granted) => {
          if (live) setState(granted ? 'granted' : 'not-granted');
        })
        .catch(() => {
          if (live) setState('unknown');
        });
    };
    check();
    // The permission can also change from the browser's own extension settings.
    try {
      browser.permissions.onAdded.addListener(check);
      browser.permissions.onRemoved.addListener(check);
    } catch {
      // No events here: the state is read once.
    }
    return () => {
      live = false;
      try {
        browser.permissions.onAdded.removeListener(check);
        browser.permissions.onRemoved.removeListener(check);
      } catch {
        // Nothing was added.
      }
    };
  }, []);

  const allow = () => {
    setError(null);
    setBusy(true);
    // Called straight from the click: the browser only asks within a user gesture.
    browser.permissions
      .request(ALL_SITES)
      .then((granted) => {
        setState(granted ? 'granted' : 'not-granted');
        if (!granted) setError('Not allowed. Reminders will show in a small Unsit window.');
      })
      .catch((e: unknown) => setError(errorText(e)))
      .finally(() => setBusy(false));
  };

  const revoke = () => {
    setError(null);
    setBusy(true);
    browser.permissions
      .remove(ALL_SITES)
      .then((removed) => {
        if (removed) setState('not-granted');
      })
      .catch((e: unknown) => setError(errorText(e)))
      .finally(() => setBusy(false));
  };

  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const granted = state === 'granted';
  return (
    <section
      id={id}
      class={className ? `u-perm ${className}` : 'u-perm'}
      aria-labelledby="u-perm-title"
    >
      <Heading id="u-perm-title" class="u-perm__title">
        Reminders on web pages
      </Heading>
      <p class="u-perm__text">
        To show the reminder card over the page you’re on, Unsit needs permission to access pages.
        It reads nothing from pages and sends nothing anywhere.
      </p>
      <p class="u-perm__text">Without it, reminders show in a small Unsit window instead.</p>
      <div class="u-perm__row">
        <p class={`u-perm__state u-perm__state--${state}`} role="status" aria-live="polite">
          <span class="u-perm__dot" aria-hidden="true" />
          {state === 'checking'
            ? 'Checking…'
            : granted
              ? 'Allowed on all sites'
              : state === 'unknown'
                ? 'Could not read the permission'
                : 'Not allowed: reminders use a small window'}
        </p>
        {granted ? (
          <Button variant="secondary" onClick={revoke} disabled={busy}>
            Revoke
          </Button>
        ) : (
          <Button variant="primary" onClick={allow} disabled={busy || state === 'checking'}>
            Allow on all sites
          </Button>
        )}
      </div>
      <LiveNotice notice={error ? { tone: 'error', text: error } : null} />
      {children}
    </section>
  );
}
