import { useEffect, useRef, useState } from 'preact/hooks';
import { KEEP_DAYS } from '../../lib/day-totals';
import { MAX_IMPORT_CHARS, parseImport } from '../../lib/import';
import type { ImportSummary } from '../../lib/messages';
import type { Settings } from '../../lib/settings';
import { settingsShape } from '../../lib/settings';
import { dayKey } from '../../lib/time';
import { request } from '../api';
import { Button } from '../shared/Button';
import { downloadText } from '../shared/download';
import { daysToCsv, daysToJson, exportFileName } from '../shared/export';
import {
  minutesToTimeValue,
  plural,
  timeValueToMinutes,
  weekdayNames,
  weekOrder,
} from '../shared/format';
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

const limits = (schema: { minValue: number | null; maxValue: number | null }) => ({
  min: schema.minValue ?? 0,
  max: schema.maxValue ?? Number.MAX_SAFE_INTEGER,
});

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

const SECTIONS = [
  ['reminders', 'Reminders'],
  ['meetings', 'Meetings and focus'],
  ['pages', 'On web pages'],
  ['schedule', 'Working days and hours'],
  ['goal', 'Goal and badge'],
  ['routines', 'Routines'],
  ['devices', 'All my devices'],
  ['data', 'Your data'],
  ['safety', 'Safety'],
] as const;

/**
 * The background's answer to a rejected value reads `Setting "x" was not saved: why`.
 * The message sits next to the field already, so the field's name is left out.
 */
export function notSaved(error: string): string {
  const match = /^Setting "[^"]*" was not saved: (.+)$/s.exec(error);
  return match ? `Not saved: ${match[1]}` : error;
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
    show(slot, { kind: 'saving', text: 'Saving…' });
    return request('updateSettings', { patch }).then(
      (status) => {
        setSettings(status.settings);
        show(slot, { kind: 'saved', text: 'Saved' });
        return true;
      },
      (e: unknown) => {
        show(slot, { kind: 'error', text: notSaved(errorText(e)) });
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
          <h1 class="options__title">Unsit settings</h1>
          <p class="options__lead">Changes save as you make them.</p>
        </div>
      </header>

      <div class="options__layout">
        <nav class="options__nav" aria-label="Sections">
          <ul>
            {SECTIONS.map(([id, title]) => (
              <li key={id}>
                <a href={`#${id}`}>{title}</a>
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
                    Try again
                  </Button>
                </div>
              ) : (
                <p role="status">Loading your settings…</p>
              )}
            </div>
          ) : (
            <>
              <Section
                id="reminders"
                title="Reminders"
                intro="When Unsit reminds you to get up, and what counts as a break."
              >
                <NumberField
                  id="intervalMin"
                  label="Remind me after sitting for"
                  unit="minutes"
                  help="A reminder comes after this much sitting without a real break."
                  value={settings.intervalMin}
                  {...LIMITS.intervalMin}
                  message={message('intervalMin')}
                  onCommit={(v) => save('intervalMin', { intervalMin: v })}
                  onInvalid={invalid('intervalMin')}
                />
                <NumberField
                  id="naturalBreakMin"
                  label="Count a break after being away for"
                  unit="minutes"
                  help="Stepping away from the keyboard this long ends the sitting bout and counts as a break."
                  value={settings.naturalBreakMin}
                  {...LIMITS.naturalBreakMin}
                  message={message('naturalBreakMin')}
                  onCommit={(v) => save('naturalBreakMin', { naturalBreakMin: v })}
                  onInvalid={invalid('naturalBreakMin')}
                />
                <CheckField
                  id="notifications"
                  label="Show system notifications"
                  help="A desktop notification with buttons to start the routine or snooze. The toolbar badge always shows."
                  checked={settings.notifications}
                  message={message('notifications')}
                  onChange={(v) => save('notifications', { notifications: v })}
                />
                <NumberField
                  id="escalateAfterMin"
                  label="Show the card after"
                  unit="minutes"
                  help="The notification comes first. If you keep working, the reminder card appears this many minutes later, at a pause in your typing, and at most every 5 minutes after that."
                  value={settings.escalateAfterMin}
                  {...LIMITS.escalateAfterMin}
                  message={message('escalateAfterMin')}
                  onCommit={(v) => save('escalateAfterMin', { escalateAfterMin: v })}
                  onInvalid={invalid('escalateAfterMin')}
                />
                <NumberField
                  id="snoozeMin"
                  label="Snooze for"
                  unit="minutes"
                  help="How long “Snooze” puts a reminder off."
                  value={settings.snoozeMin}
                  {...LIMITS.snoozeMin}
                  message={message('snoozeMin')}
                  onCommit={(v) => save('snoozeMin', { snoozeMin: v })}
                  onInvalid={invalid('snoozeMin')}
                />
                <NumberField
                  id="maxSnoozes"
                  label="Snoozes in a row"
                  unit="at most"
                  help="After that, the choices are the routine, “I stood up”, or skip."
                  value={settings.maxSnoozes}
                  {...LIMITS.maxSnoozes}
                  message={message('maxSnoozes')}
                  onCommit={(v) => save('maxSnoozes', { maxSnoozes: v })}
                  onInvalid={invalid('maxSnoozes')}
                />
              </Section>

              <Section
                id="meetings"
                title="Meetings and focus"
                intro="Reminders wait while you are in a call or presenting, and come back as soon as you are done."
              >
                <CheckField
                  id="holdInMeetings"
                  label="Hold reminders during video calls and while a window is fullscreen"
                  help="Unsit shows only the badge while you are in a call or presenting, and offers the break as soon as it ends."
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
                  label="Show reminders on the page you’re on"
                  help="Uses the permission above. Switch it off to always use the small Unsit window."
                  checked={settings.overlay}
                  message={message('overlay')}
                  onChange={(v) => save('overlay', { overlay: v })}
                />
              </SitePermission>

              <Section
                id="schedule"
                title="Working days and hours"
                intro="Reminders come only inside these times. Unsit still counts your sitting every day."
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

              <Section id="goal" title="Goal and badge">
                <NumberField
                  id="dailyGoal"
                  label="Daily goal"
                  unit="breaks a day"
                  help="A day with this many breaks counts toward your streak."
                  value={settings.dailyGoal}
                  {...LIMITS.dailyGoal}
                  message={message('dailyGoal')}
                  onCommit={(v) => save('dailyGoal', { dailyGoal: v })}
                  onInvalid={invalid('dailyGoal')}
                />
                <fieldset class="field fieldset" aria-describedby="badgeMode-msg">
                  <legend class="field__label">The toolbar badge shows</legend>
                  <div class="choices">
                    {(
                      [
                        ['breaks', 'Breaks taken today'],
                        ['bout', 'Minutes in the current sitting bout'],
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
                        <span>{label}</span>
                      </label>
                    ))}
                  </div>
                  <Message id="badgeMode-msg" message={message('badgeMode')} />
                </fieldset>
              </Section>

              <Section id="routines" title="Routines">
                <CheckField
                  id="allowFloor"
                  label="Include floor moves"
                  help="Adds the glute bridge, done lying on your back. Off by default, so every routine works in office clothes next to your desk."
                  checked={settings.allowFloor}
                  message={message('allowFloor')}
                  onChange={(v) => save('allowFloor', { allowFloor: v })}
                />
                <CheckField
                  id="sound"
                  label="Soft chime between steps"
                  help="So you can follow a routine without watching the screen."
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
            title="Safety"
            intro="Please read these once. They also show from the routine player."
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
      <legend class="field__label">Working days</legend>
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
        {selected.size === 0
          ? 'No working days: reminders are off. Unsit still counts your breaks.'
          : `Reminders on ${plural(selected.size, 'day', 'days')} a week.`}
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
      props.onInvalid('Enter a time such as 09:00.');
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
      <legend class="field__label">Working hours</legend>
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
        <span>All day</span>
      </label>
      {allDay ? null : (
        <div class="hours">
          <label class="hours__item">
            <span class="hours__label">From</span>
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
            <span class="hours__label">To</span>
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
        {allDay
          ? 'Reminders may come at any time of day.'
          : 'Reminders come from the start time until the end time. Set the end to midnight (00:00 or 12:00 AM) to run to the end of the day.'}
      </p>
      <Message id="hours-msg" message={props.message} />
    </fieldset>
  );
}

/** "Imported 42 days; 3 entries were not valid and were skipped." */
export function importResultText(summary: ImportSummary, skipped: number): string {
  const parts = [
    summary.imported === 0
      ? 'Nothing was imported'
      : `Imported ${plural(summary.imported, 'day', 'days')}`,
  ];
  if (skipped > 0) {
    parts.push(
      skipped === 1
        ? '1 entry was not valid and was skipped'
        : `${skipped} entries were not valid and were skipped`,
    );
  }
  if (summary.outOfRange > 0) {
    parts.push(
      `${plural(summary.outOfRange, 'day was', 'days were')} older than the ${KEEP_DAYS} days Unsit keeps, or in the future, and ${summary.outOfRange === 1 ? 'was' : 'were'} left out`,
    );
  }
  return `${parts.join('; ')}.`;
}

function DataSection() {
  const [notice, setNotice] = useState<Notice | null>(null);
  const [busy, setBusy] = useState(false);
  const [importNotice, setImportNotice] = useState<Notice | null>(null);
  const [importing, setImporting] = useState(false);
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
          text:
            count === 0
              ? 'No history yet: the file has only the column names.'
              : `Exported ${plural(count, 'day', 'days')} as ${kind.toUpperCase()}.`,
        });
      })
      .catch((e: unknown) => setNotice({ tone: 'error', text: errorText(e) }))
      .finally(() => setBusy(false));
  };

  const importFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    setImporting(true);
    setImportNotice({ tone: 'info', text: `Importing ${file.name}…` });
    try {
      const parsed =
        file.size > MAX_IMPORT_CHARS
          ? ({ ok: false, error: 'This file is too large to be an Unsit export.' } as const)
          : parseImport(await file.text());
      if (!parsed.ok) {
        setImportNotice({ tone: 'error', text: parsed.error });
        return;
      }
      const summary = await request('importDays', { days: parsed.days });
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
            text: 'All history is deleted. Your settings are kept.',
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
    <Section
      id="data"
      title="Your data"
      intro="Your history stays in this browser. Unsit keeps a little over a year of it. Export it, bring it over from another browser, or delete it whenever you like."
    >
      <div class="field">
        <div class="export">
          <Button onClick={() => exportAs('csv')} disabled={busy}>
            Export as CSV
          </Button>
          <Button onClick={() => exportAs('json')} disabled={busy}>
            Export as JSON
          </Button>
        </div>
        <p class="field__help">
          CSV opens in any spreadsheet: one row per day with breaks, skips, snoozes, active minutes
          and sitting bouts. JSON holds the same history in full detail, and can be imported again.
        </p>
        <LiveNotice notice={notice} />
      </div>

      <div class="field">
        <label class="field__label" for="import-file">
          Import history (JSON)
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
          Adds the days from a file saved with “Export as JSON”, in this browser or another one. The
          days you have stay. For a day in both, each count keeps the larger number, so importing
          the same file twice changes nothing; breaks taken on two devices on the same day are not
          added together.
        </p>
        <LiveNotice id="import-file-msg" notice={importNotice} />
      </div>

      <div class="field">
        {confirming ? (
          <div class="data__confirm">
            <fieldset class="fieldset">
              <legend class="data__question">
                Delete all history and the sitting clock? Your settings stay. This cannot be undone:
                export first if you want a copy.
              </legend>
              <div class="data__actions">
                <Button class="data__delete" onClick={reset} disabled={resetting}>
                  Delete everything
                </Button>
                <Button
                  ref={cancelButton}
                  variant="quiet"
                  onClick={cancelReset}
                  disabled={resetting}
                >
                  Cancel
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
              Delete all history…
            </Button>
          </div>
        )}
        <LiveNotice notice={resetNotice} />
      </div>

      <div class="data__privacy">
        <h3 class="data__heading">Privacy</h3>
        <p>
          Unsit stores your settings, the sitting clock (when your current sitting bout began and
          where a reminder is up to) and your daily totals (breaks, skips, snoozes and active
          minutes). They are kept in this browser’s extension storage, on this device.
        </p>
        <p>
          A copy of your settings also goes to your browser’s own sync storage, which your browser
          carries to your other devices when you have sync on with your Google or Mozilla account.
          Your daily totals go there only if you switch on “Show stats from all my devices”.
        </p>
        <p>
          Unsit itself sends nothing anywhere: it has no server, no analytics and no tracking, and
          makes no network requests. Otherwise your data leaves this device only in a file you
          export yourself.
        </p>
      </div>
    </Section>
  );
}
