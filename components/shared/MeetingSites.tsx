import { browser } from 'wxt/browser';
import type { MessageKey } from '../../lib/i18n';
import { meetingOrigins } from '../../lib/meetings';
import { t } from '../../platform/i18n';
import { Button } from './Button';
import { LiveNotice } from './notice';
import { ALL_SITES } from './SitePermission';
import { usePermissionChange } from './use-permission-change';
import { usePermissionState } from './use-permission-state';

// The optional host permission for the meeting sites only: with it, Unsit can
// read the addresses of meeting tabs to tell a call from a page left open.
// Without it, calls are recognised from fullscreen windows alone.

type State =
  /** The all-sites permission is granted, which includes the meeting sites. */
  | 'covered'
  | 'granted'
  /** Some meeting sites allowed, not all (the list changed since). */
  | 'partial'
  | 'not-granted'
  /** No meeting sites on the list: nothing to ask for. */
  | 'empty';

const STATE_TEXT: Record<State | 'checking' | 'unknown', MessageKey> = {
  checking: 'common_checking',
  covered: 'meetings_state_covered',
  granted: 'meetings_state_granted',
  partial: 'meetings_state_partial',
  'not-granted': 'meetings_state_not_granted',
  empty: 'meetings_state_empty',
  unknown: 'common_permission_unreadable',
};

async function readState(origins: string[]): Promise<State> {
  if (await browser.permissions.contains(ALL_SITES)) return 'covered';
  if (origins.length === 0) return 'empty';
  if (await browser.permissions.contains({ origins })) return 'granted';
  const each = await Promise.all(
    origins.map((origin) => browser.permissions.contains({ origins: [origin] })),
  );
  return each.some(Boolean) ? 'partial' : 'not-granted';
}

export type MeetingSitesProps = {
  /** The meeting hosts as saved (host patterns such as meet.google.com or *.zoom.us). */
  hosts: readonly string[];
  /** Heading level of the block's title, to fit the host page's outline. */
  headingLevel?: 3 | 4;
  id?: string;
};

export function MeetingSites({ hosts, headingLevel = 3, id = 'meeting-sites' }: MeetingSitesProps) {
  const key = hosts.join('\n');
  const origins = meetingOrigins(hosts);
  const { state, recheck: check } = usePermissionState(() => readState(origins), key);
  const { busy, error, setError, run } = usePermissionChange();

  const allow = () =>
    run(browser.permissions.request({ origins }), (granted) => {
      if (!granted) setError(t('meetings_refused'));
      check();
    });

  const revoke = () => run(browser.permissions.remove({ origins }), check);

  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  const canAllow =
    state === 'checking' || state === 'not-granted' || state === 'partial' || state === 'unknown';
  const canRevoke = state === 'granted' || state === 'partial';
  return (
    <section id={id} class="u-perm u-perm--meetings" aria-labelledby={`${id}-title`}>
      <Heading id={`${id}-title`} class="u-perm__title">
        {t('meetings_title')}
      </Heading>
      <p class="u-perm__text">{t('meetings_text_1')}</p>
      <p class="u-perm__text">{t('meetings_text_2')}</p>
      <div class="u-perm__row">
        <p
          class={`u-perm__state u-perm__state--${state === 'covered' ? 'granted' : state}`}
          role="status"
          aria-live="polite"
        >
          <span class="u-perm__dot" aria-hidden="true" />
          {t(STATE_TEXT[state])}
        </p>
        {canAllow || canRevoke ? (
          <div class="u-perm__actions">
            {canAllow ? (
              <Button variant="primary" onClick={allow} disabled={busy || state === 'checking'}>
                {t('meetings_allow')}
              </Button>
            ) : null}
            {canRevoke ? (
              <Button variant="secondary" onClick={revoke} disabled={busy}>
                {t('common_revoke')}
              </Button>
            ) : null}
          </div>
        ) : null}
      </div>
      <LiveNotice notice={error ? { tone: 'error', text: error } : null} />
    </section>
  );
}
