import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { DEFAULT_MEETING_HOSTS } from '../../lib/meetings';
import { t } from '../../platform/i18n';
import { Button } from '../shared/Button';
import { type FieldMessage, Message } from './fields';

// The editable list of meeting apps. Every change sends the whole new list;
// the background validates it again and its answer shows under the list.

/** The rule of `meetingHosts` in lib/settings.ts, checked here before sending. */
const HOST_PATTERN = /^(\*\.)?[a-z0-9-]+(\.[a-z0-9-]+)+$/i;
/** The schema's `maxLength` for the list. */
export const MAX_MEETING_HOSTS = 30;

/**
 * Reads what the user typed as a host pattern. A pasted address such as
 * https://meet.example.com/abc-defg counts as its host name.
 */
export function checkHost(
  raw: string,
  hosts: readonly string[],
): { ok: true; host: string } | { ok: false; error: string } {
  let host = raw.trim().toLowerCase();
  if (host === '') return { ok: false, error: t('hosts_empty_input') };
  if (/^https?:\/\//.test(host)) {
    try {
      host = new URL(host).hostname;
    } catch {
      // Not an address after all: the pattern check below says why.
    }
  }
  if (!HOST_PATTERN.test(host)) {
    return {
      ok: false,
      error: t('hosts_invalid'),
    };
  }
  if (hosts.some((h) => h.toLowerCase() === host)) {
    return { ok: false, error: t('hosts_duplicate', host) };
  }
  if (hosts.length >= MAX_MEETING_HOSTS) {
    return {
      ok: false,
      error: t('hosts_full', `${MAX_MEETING_HOSTS}`),
    };
  }
  return { ok: true, host };
}

const sameList = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((host, i) => host === b[i]);

export type MeetingHostsProps = {
  hosts: readonly string[];
  message: FieldMessage;
  /** Sends the whole new list; resolves true once it is saved. */
  onSave: (hosts: string[]) => Promise<boolean>;
  onInvalid: (text: string) => void;
};

export function MeetingHosts(props: MeetingHostsProps) {
  const { hosts } = props;
  const [draft, setDraft] = useState('');
  const [busy, setBusy] = useState(false);
  const list = useRef<HTMLUListElement>(null);
  const input = useRef<HTMLInputElement>(null);
  /** After a removal: the row whose Remove button takes the focus once the list is saved. */
  const focusRow = useRef<number | null>(null);

  // A removed row takes its focused button with it: hand the focus to the next row's.
  useLayoutEffect(() => {
    const row = focusRow.current;
    if (row === null) return;
    focusRow.current = null;
    const buttons = list.current?.querySelectorAll('button');
    const next = buttons?.[Math.min(row, buttons.length - 1)];
    (next ?? input.current)?.focus();
  }, [hosts]);

  const send = (next: string[]) => {
    setBusy(true);
    return props.onSave(next).finally(() => setBusy(false));
  };

  const add = (e: Event) => {
    e.preventDefault();
    // One change at a time: each sends the whole list, built on the last saved one.
    if (busy) return;
    const checked = checkHost(draft, hosts);
    if (!checked.ok) {
      props.onInvalid(checked.error);
      input.current?.focus();
      return;
    }
    void send([...hosts, checked.host]).then((saved) => {
      if (saved) setDraft('');
    });
  };

  const remove = (index: number) => {
    if (busy) return;
    focusRow.current = index;
    void send(hosts.filter((_, i) => i !== index)).then((saved) => {
      if (!saved) focusRow.current = null;
    });
  };

  const restore = () => {
    if (busy || sameList(hosts, DEFAULT_MEETING_HOSTS)) return;
    void send([...DEFAULT_MEETING_HOSTS]);
  };

  const invalid = props.message?.kind === 'error';
  return (
    <fieldset class="field fieldset hosts" aria-describedby="meetingHosts-help meetingHosts-msg">
      <legend class="field__label">{t('hosts_label')}</legend>
      <p class="field__help" id="meetingHosts-help">
        {t('hosts_help')}{' '}
        <span class="field__range">{t('hosts_limit', `${MAX_MEETING_HOSTS}`)}</span>
      </p>
      {hosts.length === 0 ? (
        <p class="hosts__empty">{t('hosts_none')}</p>
      ) : (
        <ul class="hosts__list" ref={list} aria-label={t('hosts_label')}>
          {hosts.map((host, i) => (
            <li class="hosts__item" key={`${i}:${host}`}>
              <span class="hosts__name">{host}</span>
              <Button
                variant="quiet"
                size="small"
                aria-label={t('hosts_remove_host', host)}
                onClick={() => remove(i)}
              >
                {t('hosts_remove')}
              </Button>
            </li>
          ))}
        </ul>
      )}
      <form class="hosts__add" onSubmit={add}>
        <label class="hosts__label" for="meetingHost-new">
          {t('hosts_add_label')}
        </label>
        <div class="hosts__row">
          <input
            id="meetingHost-new"
            ref={input}
            class="input hosts__input"
            type="text"
            inputMode="url"
            autoComplete="off"
            autoCapitalize="off"
            spellcheck={false}
            placeholder="meet.example.com"
            value={draft}
            aria-invalid={invalid}
            aria-describedby="meetingHosts-msg"
            onInput={(e) => setDraft(e.currentTarget.value)}
          />
          <Button type="submit">{t('hosts_add')}</Button>
          <Button variant="quiet" onClick={restore}>
            {t('hosts_restore')}
          </Button>
        </div>
      </form>
      <Message id="meetingHosts-msg" message={props.message} />
    </fieldset>
  );
}
