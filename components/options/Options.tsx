import { useEffect, useRef, useState } from 'preact/hooks';
import type { MessageKey } from '../../lib/i18n';
import { SHARE_KEY } from '../../lib/managed-policy';
import { type Managed, RequestFailure } from '../../lib/messages';
import type { Settings } from '../../lib/settings';
import { request } from '../../platform/api';
import { t } from '../../platform/i18n';
import { policyItem } from '../../platform/store';
import { Button } from '../shared/Button';
import { errorText, LiveNotice } from '../shared/notice';
import { SafetyLines } from '../shared/SafetyLines';
import { DataSection } from './DataSection';
import { Devices } from './Devices';
import { type FieldMessage, Section } from './fields';
import { SettingsSections } from './SettingsSections';
import { ShortcutsSection } from './Shortcuts';
import type { Slot } from './setting-fields';

const SAVED_SHOWS_MS = 2500;

const SECTIONS: readonly (readonly [string, MessageKey])[] = [
  ['reminders', 'options_section_reminders'],
  ['meetings', 'options_section_meetings'],
  ['pages', 'options_section_pages'],
  ['standing', 'options_section_standing'],
  ['schedule', 'options_section_schedule'],
  ['goal', 'options_section_goal'],
  ['routines', 'options_section_routines'],
  ['devices', 'options_section_devices'],
  ['data', 'options_section_data'],
  ['shortcuts', 'options_section_shortcuts'],
  ['safety', 'options_section_safety'],
];

/**
 * What the options page shows for a change the background answered with a failure (a refused
 * value, or storage that would not take it). The message sits next to its field already, so the
 * field's name is left out; a page that could not reach the background says so as it is.
 */
export function notSaved(error: unknown): string {
  if (error instanceof RequestFailure) {
    return t('options_not_saved', error.failure.error);
  }
  return errorText(error);
}

/** The settings as the background applies them, and what the organisation's policy locks. */
function useSettingsAndPolicy() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [managed, setManaged] = useState<Managed>({ locked: [], share: false });
  const [loadError, setLoadError] = useState<string | null>(null);
  const load = () => {
    setLoadError(null);
    Promise.all([request('getSettings'), request('getManaged')]).then(
      ([next, policy]) => {
        setSettings(next);
        setManaged(policy);
      },
      (e: unknown) => setLoadError(errorText(e)),
    );
  };
  useEffect(load, []);
  // The background reads the organisation's policy beside everything else (at its start, and
  // when the browser reports a change) and keeps a copy: when that copy changes, show what now
  // applies.
  useEffect(() => policyItem.watch(load), []);
  return { settings, setSettings, managed, loadError, load };
}

export function Options() {
  const { settings, setSettings, managed, loadError, load } = useSettingsAndPolicy();
  const { locked } = managed;
  const [messages, setMessages] = useState<Partial<Record<Slot, FieldMessage>>>({});
  const timers = useRef<Partial<Record<Slot, ReturnType<typeof setTimeout>>>>({});

  useEffect(
    () => () => {
      for (const t of Object.values(timers.current)) clearTimeout(t);
    },
    [],
  );

  const show = (slot: Slot, message: FieldMessage) => {
    clearTimeout(timers.current[slot]);
    setMessages((all) => ({ ...all, [slot]: message }));
    if (message?.kind === 'saved') {
      timers.current[slot] = setTimeout(
        () => setMessages((all) => ({ ...all, [slot]: null })),
        SAVED_SHOWS_MS,
      );
    }
  };

  /** Sends one change; resolves true once the background has saved it. */
  const save = (slot: Slot, patch: Partial<Settings>): Promise<boolean> => {
    show(slot, { kind: 'saving', text: t('options_saving') });
    return request('updateSettings', { patch }).then(
      (status) => {
        setSettings(status.settings);
        show(slot, { kind: 'saved', text: t('options_saved') });
        return true;
      },
      (e: unknown) => {
        show(slot, { kind: 'error', text: notSaved(e) });
        return false;
      },
    );
  };

  const message = (slot: Slot): FieldMessage => messages[slot] ?? null;
  const invalid = (slot: Slot) => (text: string) => show(slot, { kind: 'error', text });

  return (
    <div class="options">
      <header class="options__header">
        <img class="options__logo" src="/icon/48.png" alt="" width={40} height={40} />
        <div>
          <h1 class="options__title">{t('options_title')}</h1>
          <p class="options__lead">{t('options_lead')}</p>
        </div>
      </header>

      <div class="options__layout">
        <nav class="options__nav" aria-label={t('options_nav_label')}>
          <ul>
            {SECTIONS.map(([id, title]) => (
              <li key={id}>
                <a href={`#${id}`}>{t(title)}</a>
              </li>
            ))}
          </ul>
        </nav>

        <main class="options__main">
          {settings === null ? (
            <div class="card">
              {loadError ? (
                <div class="options__load-error">
                  <LiveNotice notice={{ tone: 'error', text: loadError }} />
                  <Button variant="primary" onClick={load}>
                    {t('common_try_again')}
                  </Button>
                </div>
              ) : (
                <p role="status">{t('options_loading')}</p>
              )}
            </div>
          ) : (
            <>
              {locked.length > 0 ? (
                <p class="card options__managed" role="note">
                  {t('managed_notice')}
                </p>
              ) : null}
              <SettingsSections
                form={{ settings, message, save, invalid, locked: (key) => locked.includes(key) }}
              />
            </>
          )}

          <Devices lockedTo={locked.includes(SHARE_KEY) ? managed.share : undefined} />

          <DataSection />

          <ShortcutsSection />

          <Section
            id="safety"
            title={t('options_section_safety')}
            intro={t('options_safety_intro')}
          >
            <SafetyLines />
          </Section>
        </main>
      </div>
    </div>
  );
}
