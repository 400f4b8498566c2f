import { useEffect, useRef, useState } from 'preact/hooks';
import { KEEP_DAYS } from '../../lib/day-totals';
import type { MessageKey } from '../../lib/i18n';
import { MAX_IMPORT_CHARS, parseImport } from '../../lib/import';
import { type ImportSummary, RequestFailure } from '../../lib/messages';
import type { Settings } from '../../lib/settings';
import { settingsShape } from '../../lib/settings';
import { dayKey } from '../../lib/time';
import { request } from '../../platform/api';
import { t, tn } from '../../platform/i18n';
import { Button } from '../shared/Button';
import { downloadText } from '../shared/download';
import { daysToCsv, daysToJson, exportFileName } from '../shared/export';
import { minutesToTimeValue, timeValueToMinutes, weekdayNames, weekOrder } from '../shared/format';
import { MeetingSites } from '../shared/MeetingSites';
import { errorText, LiveNotice, type Notice } from '../shared/notice';
import { SafetyLines } from '../shared/SafetyLines';
import { SitePermission } from '../shared/SitePermission';
import { Devices } from './Devices';
import { CheckField, type FieldMessage, Message, NumberField, Section } from './fields';
import { MeetingHosts } from './MeetingHosts';

type Key = keyof Settings;
/** Where a message shows: a setting, or a group of settings edited together. */
type Slot = Key | 'hours';

type Checks = {
  _zod: { def: { checks?: { _zod: { def: { check: string; value?: unknown } } }[] } };
};
/** A number setting's bounds, read from its schema's `z.minimum` and `z.maximum` checks. */
const limits = (schema: Checks) => {
  let min: number | undefined;
  let max: number | undefined;
  for (const { _zod } of schema._zod.def.checks ?? []) {
    const { check, value } = _zod.def;
    if (typeof value !== 'number') continue;
    if (check === 'greater_than') min = Math.max(min ?? value, value);
    if (check === 'less_than') max = Math.min(max ?? value, value);
  }
  return { min: min ?? 0, max: max ?? Number.MAX_SAFE_INTEGER };
};

const LIMITS = {
  intervalMin: limits(settingsShape.intervalMin),
  naturalBreakMin: limits(settingsShape.naturalBreakMin),
  snoozeMin: limits(settingsShape.snoozeMin),
  escalateAfterMin: limits(settingsShape.escalateAfterMin),
  maxSnoozes: limits(settingsShape.maxSnoozes),
  dailyGoal: limits(settingsShape.dailyGoal),
};

/** Working hours used when "All day" is switched off. */
const DEFAULT_HOURS = { workStartMin: 9 * 60, workEndMin: 17 * 60 };
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
            <>
              <Section
                id="reminders"
                title={t('options_section_reminders')}
                intro={t('options_reminders_intro')}
              >
                <NumberField
                  id="intervalMin"
                  label={t('options_interval_label')}
                  unit={t('common_minutes')}
                  help={t('options_interval_help')}
                  value={settings.intervalMin}
                  {...LIMITS.intervalMin}
                  message={message('intervalMin')}
                  onCommit={(v) => save('intervalMin', { intervalMin: v })}
                  onInvalid={invalid('intervalMin')}
                />
                <NumberField
                  id="naturalBreakMin"
                  label={t('options_natural_break_label')}
                  unit={t('common_minutes')}
                  help={t('options_natural_break_help')}
                  value={settings.naturalBreakMin}
                  {...LIMITS.naturalBreakMin}
                  message={message('naturalBreakMin')}
                  onCommit={(v) => save('naturalBreakMin', { naturalBreakMin: v })}
                  onInvalid={invalid('naturalBreakMin')}
                />
                <CheckField
                  id="notifications"
                  label={t('options_notifications_label')}
                  help={t('options_notifications_help')}
                  checked={settings.notifications}
                  message={message('notifications')}
                  onChange={(v) => save('notifications', { notifications: v })}
                />
                <NumberField
                  id="escalateAfterMin"
                  label={t('options_escalate_label')}
                  unit={t('common_minutes')}
                  help={t('options_escalate_help')}
                  value={settings.escalateAfterMin}
                  {...LIMITS.escalateAfterMin}
                  message={message('escalateAfterMin')}
                  onCommit={(v) => save('escalateAfterMin', { escalateAfterMin: v })}
                  onInvalid={invalid('escalateAfterMin')}
                />
                <NumberField
                  id="snoozeMin"
                  label={t('options_snooze_label')}
                  unit={t('common_minutes')}
                  help={t('options_snooze_help')}
                  value={settings.snoozeMin}
                  {...LIMITS.snoozeMin}
                  message={message('snoozeMin')}
                  onCommit={(v) => save('snoozeMin', { snoozeMin: v })}
                  onInvalid={invalid('snoozeMin')}
                />
                <NumberField
                  id="maxSnoozes"
                  label={t('options_max_snoozes_label')}
                  unit={t('options_max_snoozes_unit')}
                  help={t('options_max_snoozes_help')}
                  value={settings.maxSnoozes}
                  {...LIMITS.maxSnoozes}
                  message={message('maxSnoozes')}
                  onCommit={(v) => save('maxSnoozes', { maxSnoozes: v })}
                  onInvalid={invalid('maxSnoozes')}
                />
              </Section>

              <Section
                id="meetings"
                title={t('options_section_meetings')}
                intro={t('options_meetings_intro')}
              >
                <CheckField
                  id="holdInMeetings"
                  label={t('options_hold_label')}
                  help={t('options_hold_help')}
                  checked={settings.holdInMeetings}
                  message={message('holdInMeetings')}
                  onChange={(v) => save('holdInMeetings', { holdInMeetings: v })}
                />
                <MeetingHosts
                  hosts={settings.meetingHosts}
                  message={message('meetingHosts')}
                  onSave={(hosts) => save('meetingHosts', { meetingHosts: hosts })}
                  onInvalid={invalid('meetingHosts')}
                />
                <MeetingSites hosts={settings.meetingHosts} />
              </Section>

              <SitePermission id="pages" class="card">
                <CheckField
                  id="overlay"
                  label={t('options_overlay_label')}
                  help={t('options_overlay_help')}
                  checked={settings.overlay}
                  message={message('overlay')}
                  onChange={(v) => save('overlay', { overlay: v })}
                />
              </SitePermission>

              <Section
                id="schedule"
                title={t('options_section_schedule')}
                intro={t('options_schedule_intro')}
              >
                <WorkDays
                  settings={settings}
                  message={message('workDays')}
                  onChange={(days) => save('workDays', { workDays: days })}
                />
                <WorkHours
                  settings={settings}
                  message={message('hours')}
                  onSave={(patch) => save('hours', patch)}
                  onInvalid={invalid('hours')}
                />
              </Section>

              <Section id="goal" title={t('options_section_goal')}>
                <NumberField
                  id="dailyGoal"
                  label={t('options_goal_label')}
                  unit={t('options_goal_unit')}
                  help={t('options_goal_help')}
                  value={settings.dailyGoal}
                  {...LIMITS.dailyGoal}
                  message={message('dailyGoal')}
                  onCommit={(v) => save('dailyGoal', { dailyGoal: v })}
                  onInvalid={invalid('dailyGoal')}
                />
                <fieldset class="field fieldset" aria-describedby="badgeMode-msg">
                  <legend class="field__label">{t('options_badge_label')}</legend>
                  <div class="choices">
                    {(
                      [
                        ['breaks', 'options_badge_breaks'],
                        ['bout', 'options_badge_bout'],
                      ] as const
                    ).map(([mode, label]) => (
                      <label class="choice" key={mode}>
                        <input
                          type="radio"
                          class="radio"
                          name="badgeMode"
                          value={mode}
                          checked={settings.badgeMode === mode}
                          onChange={() => save('badgeMode', { badgeMode: mode })}
                        />
                        <span>{t(label)}</span>
                      </label>
                    ))}
                  </div>
                  <Message id="badgeMode-msg" message={message('badgeMode')} />
                </fieldset>
              </Section>

              <Section id="routines" title={t('options_section_routines')}>
                <CheckField
                  id="allowFloor"
                  label={t('options_floor_label')}
                  help={t('options_floor_help')}
                  checked={settings.allowFloor}
                  message={message('allowFloor')}
                  onChange={(v) => save('allowFloor', { allowFloor: v })}
                />
                <CheckField
                  id="sound"
                  label={t('options_sound_label')}
                  help={t('options_sound_help')}
                  checked={settings.sound}
                  message={message('sound')}
                  onChange={(v) => save('sound', { sound: v })}
                />
              </Section>
            </>
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

function WorkDays(props: {
  settings: Settings;
  message: FieldMessage;
  onChange: (days: number[]) => void;
}) {
  const names = weekdayNames('long');
  const selected = new Set(props.settings.workDays);
  const toggle = (day: number, on: boolean) => {
    const next = new Set(selected);
    if (on) next.add(day);
    else next.delete(day);
    props.onChange([...next].sort((a, b) => a - b));
  };
  return (
    <fieldset class="field fieldset" aria-describedby="workDays-help workDays-msg">
      <legend class="field__label">{t('options_work_days_label')}</legend>
      <div class="days">
        {weekOrder().map((day) => (
          <label class="day" key={day}>
            <input
              type="checkbox"
              class="check"
              checked={selected.has(day)}
              onChange={(e) => toggle(day, e.currentTarget.checked)}
            />
            <span>{names[day]}</span>
          </label>
        ))}
      </div>
      <p class="field__help" id="workDays-help">
        {selected.size === 0 ? t('options_no_work_days') : tn('options_work_days', selected.size)}
      </p>
      <Message id="workDays-msg" message={props.message} />
    </fieldset>
  );
}

function WorkHours(props: {
  settings: Settings;
  message: FieldMessage;
  onSave: (patch: Pick<Settings, 'workStartMin' | 'workEndMin'>) => void;
  onInvalid: (text: string) => void;
}) {
  const { workStartMin, workEndMin } = props.settings;
  const allDay = workStartMin === 0 && workEndMin === 1440;
  const [start, setStart] = useState(minutesToTimeValue(workStartMin));
  const [end, setEnd] = useState(minutesToTimeValue(workEndMin));
  // Saved hours from outside replace the drafts (during render: see NumberField).
  const [shown, setShown] = useState(`${workStartMin}-${workEndMin}`);
  if (shown !== `${workStartMin}-${workEndMin}`) {
    setShown(`${workStartMin}-${workEndMin}`);
    setStart(minutesToTimeValue(workStartMin));
    setEnd(minutesToTimeValue(workEndMin));
  }

  const commit = (nextStart: string, nextEnd: string) => {
    const s = timeValueToMinutes(nextStart);
    const e = timeValueToMinutes(nextEnd);
    if (s === null || e === null) {
      props.onInvalid(t('options_hours_invalid'));
      return;
    }
    // The end is exclusive, so midnight as an end time means the end of the day.
    const endMin = e === 0 ? 1440 : e;
    if (s === workStartMin && endMin === workEndMin) return;
    props.onSave({ workStartMin: s, workEndMin: endMin });
  };
  const invalid = props.message?.kind === 'error';

  return (
    <fieldset class="field fieldset" aria-describedby="hours-help hours-msg">
      <legend class="field__label">{t('options_hours_label')}</legend>
      <label class="choice">
        <input
          type="checkbox"
          class="check"
          checked={allDay}
          onChange={(e) =>
            props.onSave(
              e.currentTarget.checked ? { workStartMin: 0, workEndMin: 1440 } : DEFAULT_HOURS,
            )
          }
        />
        <span>{t('options_all_day')}</span>
      </label>
      {allDay ? null : (
        <div class="hours">
          <label class="hours__item">
            <span class="hours__label">{t('options_hours_from')}</span>
            <input
              type="time"
              class="input"
              value={start}
              required
              aria-invalid={invalid}
              onInput={(e) => setStart(e.currentTarget.value)}
              onBlur={(e) => commit(e.currentTarget.value, end)}
              onKeyDown={(e) => {
                if (e.key === 'Enter') commit(e.currentTarget.value, end);
              }}
            />
          </label>
          <label class="hours__item">
            <span class="hours__label">{t('options_hours_to')}</span>
            <input
              type="time"
              class="input"
              value={end}
              required
              aria-invalid={invalid}
              onInput={(e) => setEnd(e.currentTarget.value)}
              onBlur={(e) => commit(start, e.currentTarget.value)}
              onKeyDown={(e) => {
                if (e.key === 'Enter') commit(start, e.currentTarget.value);
              }}
            />
          </label>
        </div>
      )}
      <p class="field__help" id="hours-help">
        {allDay ? t('options_hours_all_day_help') : t('options_hours_help')}
      </p>
      <Message id="hours-msg" message={props.message} />
    </fieldset>
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
