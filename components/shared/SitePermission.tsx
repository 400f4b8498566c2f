import type { ComponentChildren } from 'preact';
import { browser } from 'wxt/browser';
import { t } from '../../platform/i18n';
import { Button } from './Button';
import { LiveNotice } from './notice';
import { usePermissionChange } from './use-permission-change';
import { usePermissionState } from './use-permission-state';

// The optional site permission behind the page overlay, with a plain account
// of what it is for. Used by the options page and the onboarding page.

/** The permission asked for here: every site (the meeting-sites control reads it too). */
export const ALL_SITES = { origins: ['<all_urls>'] };

const readAllSites = async () =>
  (await browser.permissions.contains(ALL_SITES)) ? ('granted' as const) : ('not-granted' as const);

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
  const { state, settle } = usePermissionState(readAllSites);
  const { busy, error, setError, run } = usePermissionChange();

  const allow = () =>
    run(browser.permissions.request(ALL_SITES), (granted) => {
      settle(granted ? 'granted' : 'not-granted');
      if (!granted) setError(t('pages_refused'));
    });

  const revoke = () =>
    run(browser.permissions.remove(ALL_SITES), (removed) => {
      if (removed) settle('not-granted');
    });

  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const granted = state === 'granted';
  return (
    <section
      id={id}
      class={className ? `u-perm ${className}` : 'u-perm'}
      aria-labelledby="u-perm-title"
    >
      <Heading id="u-perm-title" class="u-perm__title">
        {t('pages_title')}
      </Heading>
      <p class="u-perm__text">{t('pages_text_1')}</p>
      <p class="u-perm__text">{t('pages_text_2')}</p>
      <div class="u-perm__row">
        <p class={`u-perm__state u-perm__state--${state}`} role="status" aria-live="polite">
          <span class="u-perm__dot" aria-hidden="true" />
          {state === 'checking'
            ? t('common_checking')
            : granted
              ? t('pages_state_granted')
              : state === 'unknown'
                ? t('common_permission_unreadable')
                : t('pages_state_not_granted')}
        </p>
        {granted ? (
          <Button variant="secondary" onClick={revoke} disabled={busy}>
            {t('common_revoke')}
          </Button>
        ) : (
          <Button variant="primary" onClick={allow} disabled={busy || state === 'checking'}>
            {t('pages_allow')}
          </Button>
        )}
      </div>
      <LiveNotice notice={error ? { tone: 'error', text: error } : null} />
      {children}
    </section>
  );
}
