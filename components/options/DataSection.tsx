import { useEffect, useRef, useState } from 'preact/hooks';
import { KEEP_DAYS } from '../../lib/day-totals';
import { MAX_IMPORT_CHARS, parseImport } from '../../lib/import';
import type { ImportSummary } from '../../lib/messages';
import { dayKey } from '../../lib/time';
import { request } from '../../platform/api';
import { t, tn } from '../../platform/i18n';
import { Button } from '../shared/Button';
import { downloadText } from '../shared/download';
import { daysToCsv, daysToJson, exportFileName } from '../shared/export';
import { errorText, LiveNotice, type Notice } from '../shared/notice';
import { HISTORY_PAGE } from '../shared/open-history';
import { Choices, Section } from './fields';

const IMPORT_MODES = [
  ['merge', 'import_mode_merge'],
  ['replace', 'import_mode_replace'],
] as const;

// "Your data" in options: export, import, delete, and what Unsit keeps. Each part holds its own
// state, so a slow export never blocks an import and a notice stays beside what it is about.

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

/** The data section: its three parts and the privacy summary with the whole policy. */
export function DataSection() {
  return (
    <Section id="data" title={t('options_section_data')} intro={t('data_intro')}>
      <p>
        <a href={HISTORY_PAGE} target="_blank" rel="noopener">
          {t('data_history_link')}
        </a>
      </p>
      <ExportField />
      <ImportField />
      <ResetField />
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

/** Export the history as CSV or JSON. */
function ExportField() {
  const [notice, setNotice] = useState<Notice | null>(null);
  const [busy, setBusy] = useState(false);
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

  return (
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
  );
}

/** Import a JSON export, adding to the history or replacing it. */
function ImportField() {
  const [importNotice, setImportNotice] = useState<Notice | null>(null);
  const [importing, setImporting] = useState(false);
  const [importMode, setImportMode] = useState<'merge' | 'replace'>('merge');
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

  return (
    <div class="field">
      <fieldset class="fieldset">
        <legend class="field__label">{t('import_mode')}</legend>
        <Choices
          name="importMode"
          choices={IMPORT_MODES}
          value={importMode}
          disabled={importing}
          onChange={setImportMode}
        />
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
  );
}

/** Delete everything, after a confirmation that takes the focus on its safe choice. */
function ResetField() {
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
    <div class="field">
      {confirming ? (
        <div class="data__confirm">
          <fieldset class="fieldset">
            <legend class="data__question">{t('data_reset_question')}</legend>
            <div class="data__actions">
              <Button class="data__delete" onClick={reset} disabled={resetting}>
                {t('data_reset_confirm')}
              </Button>
              <Button ref={cancelButton} variant="quiet" onClick={cancelReset} disabled={resetting}>
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
  );
}
