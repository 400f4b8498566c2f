import { useEffect, useRef, useState } from 'preact/hooks';
import { KEEP_DAYS } from '../../lib/day-totals';
import type { MessageKey } from '../../lib/i18n';
import { MAX_IMPORT_CHARS, parseImport } from '../../lib/import';
import { type ImportSummary, RequestFailure } from '../../lib/messages';
import type { Settings } from '../../lib/settings';
import { dayKey } from '../../lib/time';
import { request } from '../../platform/api';
import { t, tn } from '../../platform/i18n';
import { Button } from '../shared/Button';
import { downloadText } from '../shared/download';
import { daysToCsv, daysToJson, exportFileName } from '../shared/export';
import { errorText, LiveNotice, type Notice } from '../shared/notice';
import { SafetyLines } from '../shared/SafetyLines';
import { Devices } from './Devices';
import { type FieldMessage, Section } from './fields';
import { SettingsSections } from './SettingsSections';
import type { Slot } from './setting-fields';

const SAVED_SHOWS_MS = 2500;

const SECTIONS: readonly (readonly [string, MessageKey])[] = [
  ['reminders', 'options_section_reminders'],
  ['meetings', 'options_section_meetings'],
  ['pages', 'options_section_pages'],
  ['schedule', 'options_section_schedule'],
  ['goal', 'options_section_goal'],
  ['routines', 'options_section_routines'],
  ['devices', 'options_section_devices'],
  ['data', 'options_section_data'],
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

export function Options() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [messages, setMessages] = useState<Partial<Record<Slot, FieldMessage>>>({});
  const timers = useRef<Partial<Record<Slot, ReturnType<typeof setTimeout>>>>({});

  const load = () => {
    setLoadError(null);
    request('getSettings').then(setSettings, (e: unknown) => setLoadError(errorText(e)));
  };
  useEffect(load, []);
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
            <SettingsSections form={{ settings, message, save, invalid }} />
          )}

          <Devices />

          <DataSection />

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

/** "Imported 42 days; 3 entries were not valid and were skipped." */
export function importResultText(summary: ImportSummary, skipped: number): string {
  const parts = [
    summary.imported === 0 ? t('import_nothing') : tn('import_imported', summary.imported),
  ];
  if (skipped > 0) parts.push(tn('import_skipped', skipped));
  if (summary.outOfRange > 0) {
    parts.push(tn('import_out_of_range', summary.outOfRange, `${KEEP_DAYS}`));
  }
  return t('import_result', parts.join('; '));
}

function DataSection() {
  const [notice, setNotice] = useState<Notice | null>(null);
  const [busy, setBusy] = useState(false);
  const [importNotice, setImportNotice] = useState<Notice | null>(null);
  const [importing, setImporting] = useState(false);
  const [importMode, setImportMode] = useState<'merge' | 'replace'>('merge');
  const [confirming, setConfirming] = useState(false);
  const [resetNotice, setResetNotice] = useState<Notice | null>(null);
  const [resetting, setResetting] = useState(false);
  const deleteButton = useRef<HTMLButtonElement>(null);
  const cancelButton = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);

  // The confirmation takes the focus on its safe choice; closing it gives it back.
  useEffect(() => {
    if (confirming) cancelButton.current?.focus();
    else if (returnFocus.current) deleteButton.current?.focus();
    returnFocus.current = false;
  }, [confirming]);

  const exportAs = (kind: 'csv' | 'json') => {
    setBusy(true);
    setNotice(null);
    request('getDays')
      .then((days) => {
        const now = new Date();
        const text = kind === 'csv' ? daysToCsv(days) : daysToJson(days, now);
        downloadText(
          exportFileName(kind, dayKey(now.getTime())),
          text,
          kind === 'csv' ? 'text/csv;charset=utf-8' : 'application/json',
        );
        const count = Object.keys(days).length;
        setNotice({
          tone: 'success',
          text: count === 0 ? t('export_empty') : tn('export_done', count, kind.toUpperCase()),
        });
      })
      .catch((e: unknown) => setNotice({ tone: 'error', text: errorText(e) }))
      .finally(() => setBusy(false));
  };

  const importFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    setImporting(true);
    setImportNotice({ tone: 'info', text: t('import_importing', file.name) });
    try {
      const parsed =
        file.size > MAX_IMPORT_CHARS
          ? ({ ok: false, error: t('import_too_large') } as const)
          : parseImport(await file.text(), t);
      if (!parsed.ok) {
        setImportNotice({ tone: 'error', text: parsed.error });
        return;
      }
      const summary = await request('importDays', {
        days: parsed.days,
        ...(importMode === 'replace' ? { mode: 'replace' as const } : {}),
      });
      setImportNotice({
        tone: summary.imported > 0 ? 'success' : 'info',
        text: importResultText(summary, parsed.skipped),
      });
    } catch (e: unknown) {
      setImportNotice({ tone: 'error', text: errorText(e) });
    } finally {
      // The same file may be chosen again (after a fix, or to see that nothing changes).
      input.value = '';
      setImporting(false);
    }
  };

  const cancelReset = () => {
    returnFocus.current = true;
    setConfirming(false);
  };

  const reset = () => {
    setResetting(true);
    request('resetData', { confirm: 'reset' })
      .then(
        () =>
          setResetNotice({
            tone: 'success',
            text: t('data_reset_done'),
          }),
        (e: unknown) => setResetNotice({ tone: 'error', text: errorText(e) }),
      )
      .finally(() => {
        setResetting(false);
        returnFocus.current = true;
        setConfirming(false);
      });
  };

  return (
    <Section id="data" title={t('options_section_data')} intro={t('data_intro')}>
      <div class="field">
        <div class="export">
          <Button onClick={() => exportAs('csv')} disabled={busy}>
            {t('export_csv')}
          </Button>
          <Button onClick={() => exportAs('json')} disabled={busy}>
            {t('export_json')}
          </Button>
        </div>
        <p class="field__help">{t('export_help')}</p>
        <LiveNotice notice={notice} />
      </div>

      <div class="field">
        <fieldset class="fieldset">
          <legend class="field__label">{t('import_mode')}</legend>
          <div class="choices">
            {(
              [
                ['merge', 'import_mode_merge'],
                ['replace', 'import_mode_replace'],
              ] as const
            ).map(([mode, label]) => (
              <label class="choice" key={mode}>
                <input
                  type="radio"
                  class="radio"
                  name="importMode"
                  value={mode}
                  checked={importMode === mode}
                  disabled={importing}
                  onChange={() => setImportMode(mode)}
                />
                <span>{t(label)}</span>
              </label>
            ))}
          </div>
        </fieldset>
        <label class="field__label" for="import-file">
          {t('import_label')}
        </label>
        <input
          id="import-file"
          class="data__file"
          type="file"
          accept=".json,application/json"
          disabled={importing}
          aria-describedby="import-file-help import-file-msg"
          onChange={(e) => void importFile(e.currentTarget)}
        />
        <p class="field__help" id="import-file-help">
          {t('import_help')}
        </p>
        <LiveNotice id="import-file-msg" notice={importNotice} />
      </div>

      <div class="field">
        {confirming ? (
          <div class="data__confirm">
            <fieldset class="fieldset">
              <legend class="data__question">{t('data_reset_question')}</legend>
              <div class="data__actions">
                <Button class="data__delete" onClick={reset} disabled={resetting}>
                  {t('data_reset_confirm')}
                </Button>
                <Button
                  ref={cancelButton}
                  variant="quiet"
                  onClick={cancelReset}
                  disabled={resetting}
                >
                  {t('data_reset_cancel')}
                </Button>
              </div>
            </fieldset>
          </div>
        ) : (
          <div class="data__actions">
            <Button
              ref={deleteButton}
              variant="danger"
              onClick={() => {
                setResetNotice(null);
                setConfirming(true);
              }}
            >
              {t('data_reset')}
            </Button>
          </div>
        )}
        <LiveNotice notice={resetNotice} />
      </div>

      <div class="data__privacy">
        <h3 class="data__heading">{t('privacy_title')}</h3>
        <p>{t('privacy_stored')}</p>
        <p>{t('privacy_sync')}</p>
        <p>{t('privacy_nothing_sent')}</p>
        <p>
          {/* The whole policy, shipped in the package (built from docs/privacy.md). */}
          <a href="/privacy.html" target="_blank" rel="noopener">
            {t('privacy_policy_link')}
          </a>
        </p>
      </div>
    </Section>
  );
}
