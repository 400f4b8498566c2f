import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { wholeMinutes } from '../../lib/format';
import type { Status } from '../../lib/messages';
import { buildRoutine, routineSeconds } from '../../lib/routines/builder';
import { safetyLines } from '../../lib/routines/safety';
import type { RoutineKind } from '../../lib/routines/schema';
import { isSurfaceMessage } from '../../lib/surfaces';
import { startOfNextDay } from '../../lib/time';
import { request } from '../../platform/api';
import { t, tn } from '../../platform/i18n';
import { Button } from '../shared/Button';
import { durationLabel, hoursMinutes, whenLabel } from '../shared/format';
import {
  ChevronIcon,
  ClockIcon,
  GearIcon,
  PlayIcon,
  PostureIcon,
  StandIcon,
} from '../shared/icons';
import { errorText, LiveNotice, type Notice } from '../shared/notice';
import { openOptions } from '../shared/open-options';
import { type ActiveRun, RoutineRun, type RunOutcome, startRun } from '../shared/RoutineRun';
import { playerSpeed } from '../shared/speed';
import { WeekChart } from '../shared/WeekChart';
import { Scope, useAllDevices } from './Scope';
import { describeStatus } from './status-line';

/** How often the popup re-reads the status while it is open. */
export const REFRESH_MS = 30_000;

const PAUSES = [
  { for: 30, label: 'popup_pause_30_min' },
  { for: 60, label: 'popup_pause_1_hour' },
  { for: 'tomorrow', label: 'popup_pause_tomorrow' },
] as const;

const MORE_ROUTINES: readonly RoutineKind[] = ['hip-flexors', 'glutes', 'back-and-neck', 'walk'];

const recorded = (status: Status) => t('common_break_recorded', `${status.view.breaksToday}`);

const pausedMessage = (next: Status) => {
  const until = next.view.pausedUntil;
  if (until === null) return t('popup_paused');
  if (until === startOfNextDay(next.view.now)) return t('popup_paused_tomorrow');
  return t('popup_paused_until', whenLabel(until, next.view.now));
};

export function Popup() {
  const [status, setStatus] = useState<Status | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [painNote, setPainNote] = useState(false);
  const [run, setRun] = useState<ActiveRun | null>(null);
  const [busy, setBusy] = useState(false);
  const [open, setOpen] = useState<'more' | 'pause' | null>(null);
  const [allDevices, setAllDevices] = useAllDevices();
  const primary = useRef<HTMLButtonElement>(null);
  const focusPrimary = useRef(true);

  const load = useCallback(() => {
    request('getStatus').then(
      (next) => {
        setStatus(next);
        setLoadError(null);
      },
      (e: unknown) => setLoadError(errorText(e)),
    );
  }, []);

  // Read on open, then every 30 s and whenever a reminder is resolved elsewhere;
  // not while a routine runs, which must not be disturbed.
  useEffect(() => {
    if (run) return;
    load();
    const timer = setInterval(load, REFRESH_MS);
    const onMessage = (message: unknown) => {
      if (isSurfaceMessage(message)) load();
    };
    browser.runtime.onMessage.addListener(onMessage);
    return () => {
      clearInterval(timer);
      browser.runtime.onMessage.removeListener(onMessage);
    };
  }, [run, load]);

  // The primary button takes focus on open and again after a routine.
  useEffect(() => {
    if (!run && focusPrimary.current && primary.current) {
      primary.current.focus();
      focusPrimary.current = false;
    }
  }, [status, run]);

  // The primary button works before the status has arrived (it is the first
  // thing painted); a click then starts the routine as soon as it is there.
  const startWhenReady = useRef(false);
  /** "I stood up": one id per break (see the button). */
  const standId = useRef(crypto.randomUUID());
  const [starting, setStarting] = useState(false);

  const act = (work: () => Promise<Status>, message: (next: Status) => string) => {
    setBusy(true);
    setPainNote(false);
    work().then(
      (next) => {
        setStatus(next);
        setNotice({ tone: 'success', text: message(next) });
        setBusy(false);
        setOpen(null);
      },
      (e: unknown) => {
        setNotice({ tone: 'error', text: errorText(e) });
        setBusy(false);
      },
    );
  };

  useEffect(() => {
    if (status && startWhenReady.current) {
      startWhenReady.current = false;
      setStarting(false);
      begin('two-minute');
    }
  }, [status]);

  const begin = (kind: RoutineKind) => {
    if (!status) return;
    setNotice(null);
    setPainNote(false);
    setOpen(null);
    try {
      setRun(startRun(kind, status));
    } catch (e) {
      setNotice({ tone: 'error', text: errorText(e) });
    }
  };

  const ended = ({ result, counted, status: next, error }: RunOutcome) => {
    setRun(null);
    focusPrimary.current = true;
    if (next) setStatus(next);
    setPainNote(result.stoppedForPain);
    if (error) setNotice({ tone: 'error', text: t('common_record_failed', error) });
    else if (counted && next) setNotice({ tone: 'success', text: recorded(next) });
    else if (result.completed) setNotice({ tone: 'info', text: t('common_routine_not_done') });
    else {
      const ran = wholeMinutes(result.ranMs);
      setNotice({
        tone: 'info',
        text: ran > 0 ? tn('popup_stopped_after', ran) : t('common_stopped_early'),
      });
    }
  };

  const toggle = (panel: 'more' | 'pause') => setOpen((now) => (now === panel ? null : panel));
  /** The button that opens and closes one of the popup's two panels. */
  const panelToggle = (panel: 'more' | 'pause', controls: string, label: string) => (
    <Button
      variant="quiet"
      size="small"
      aria-expanded={open === panel}
      aria-controls={controls}
      onClick={() => toggle(panel)}
    >
      {label}
      <ChevronIcon />
    </Button>
  );

  if (run) {
    return (
      <div class="popup popup--routine">
        <RoutineRun
          run={run}
          speed={playerSpeed()}
          sound={status?.settings.sound ?? false}
          onEnd={ended}
        />
      </div>
    );
  }

  const header = <Header onError={(text) => setNotice({ tone: 'error', text })} />;

  if (!status && loadError) {
    return (
      <div class="popup">
        {header}
        <main class="popup__main">
          <div class="popup__load-error">
            <LiveNotice notice={{ tone: 'error', text: loadError }} />
            <Button variant="primary" onClick={load}>
              {t('common_try_again')}
            </Button>
          </div>
          <LiveNotice notice={notice} />
        </main>
      </div>
    );
  }

  if (!status) {
    // Same structure as the full view, so the primary button is the same element once loaded.
    return (
      <div class="popup">
        {header}
        <main class="popup__main">
          <section class="now" aria-busy="true">
            <p class="now__headline">{starting ? t('popup_starting') : t('common_loading')}</p>
          </section>
          <div class="popup__messages" />
          <div class="actions">
            <Button
              ref={primary}
              variant="primary"
              size="large"
              class="actions__primary"
              onClick={() => {
                startWhenReady.current = true;
                setStarting(true);
              }}
            >
              <PlayIcon />
              {t('popup_two_minute_routine')}
            </Button>
          </div>
        </main>
      </div>
    );
  }

  const { view, settings } = status;
  const line = describeStatus(view, settings);
  const paused = view.pausedUntil !== null;
  // "All devices" (when shared and chosen) swaps in the figures the background added up.
  const all = allDevices ? status.all : undefined;
  const shown = all ?? { ...status, ...view };
  const goalMet = shown.breaksToday >= settings.dailyGoal;
  const build = (kind: RoutineKind) =>
    buildRoutine(kind, { allowFloor: settings.allowFloor, rotationIndex: status.rotation[kind] });

  return (
    <div class="popup">
      {header}
      <main class="popup__main">
        <section class={`now now--${line.tone}`} aria-labelledby="now-headline">
          <p class="now__headline" id="now-headline">
            {line.headline}
          </p>
          <div class="now__row">
            <p class="now__detail">{line.detail}</p>
            {view.reminderDue && view.canSnooze ? (
              <Button
                size="small"
                class="now__snooze"
                disabled={busy}
                onClick={() =>
                  act(
                    () => request('snooze'),
                    () => t('popup_snoozed', `${settings.snoozeMin}`),
                  )
                }
              >
                <ClockIcon />
                {t('common_snooze_minutes', `${settings.snoozeMin}`)}
              </Button>
            ) : null}
          </div>
          {line.progress !== null && line.tone !== 'due' ? (
            <div class="now__meter" aria-hidden="true">
              <div
                class="now__meter-fill"
                style={{ width: `${Math.round(line.progress * 100)}%` }}
              />
            </div>
          ) : null}
        </section>

        <div class="popup__messages">
          <LiveNotice notice={notice} />
          {painNote ? (
            <ul class="popup__pain">
              {safetyLines
                .filter((l) => ['stop-on-pain', 'see-a-doctor', 'leg-pain'].includes(l.id))
                .map((l) => (
                  <li key={l.id}>{t(l.text)}</li>
                ))}
            </ul>
          ) : null}
        </div>

        <div class="actions">
          <Button
            ref={primary}
            variant="primary"
            size="large"
            class="actions__primary"
            onClick={() => begin('two-minute')}
          >
            <PlayIcon />
            {t('popup_two_minute_routine')}
          </Button>
          <div class="actions__grid">
            <Button
              disabled={busy}
              onClick={() =>
                act(
                  () => request('recordBreak', { kind: 'acknowledged', id: standId.current }),
                  (next) => {
                    // Kept through a failed attempt, so a retry is the same break; new once saved.
                    standId.current = crypto.randomUUID();
                    return recorded(next);
                  },
                )
              }
            >
              <StandIcon />
              {t('common_stood_up')}
            </Button>
            <Button onClick={() => begin('posture-check')}>
              <PostureIcon />
              {t('routine_title_posture_check')}
            </Button>
          </div>

          <div class="tools">
            {panelToggle('more', 'more-routines', t('popup_more_routines'))}
            {paused ? (
              <Button
                variant="quiet"
                size="small"
                disabled={busy}
                onClick={() =>
                  act(
                    () => request('resume'),
                    () => t('popup_resumed'),
                  )
                }
              >
                {t('popup_resume')}
              </Button>
            ) : (
              panelToggle('pause', 'pause-menu', t('popup_pause'))
            )}
          </div>

          <ul
            class="panel"
            id="more-routines"
            hidden={open !== 'more'}
            aria-label={t('popup_more_routines')}
          >
            {MORE_ROUTINES.map((kind) => {
              const routine = build(kind);
              return (
                <li key={kind}>
                  <Button variant="quiet" class="panel__item" onClick={() => begin(kind)}>
                    <span>{t(routine.title)}</span>
                    <span class="panel__meta">{durationLabel(routineSeconds(routine) * 1000)}</span>
                  </Button>
                </li>
              );
            })}
          </ul>
          {paused ? null : (
            <fieldset class="panel panel--row" id="pause-menu" hidden={open !== 'pause'}>
              <legend class="u-sr-only">{t('popup_pause_for')}</legend>
              {PAUSES.map((p) => (
                <Button
                  key={p.label}
                  size="small"
                  class="panel__choice"
                  disabled={busy}
                  onClick={() => act(() => request('pause', { for: p.for }), pausedMessage)}
                >
                  {t(p.label)}
                </Button>
              ))}
            </fieldset>
          )}
        </div>

        <section class="today" aria-labelledby="today-title">
          <div class="today__head">
            <h2 class="section-title" id="today-title">
              {t('popup_today')}
            </h2>
            {status.all ? <Scope all={allDevices} onChange={setAllDevices} /> : null}
          </div>
          <dl class="stats">
            <Stat
              label={t('popup_stat_breaks')}
              value={shown.breaksToday}
              unit={t('popup_stat_of_goal', `${settings.dailyGoal}`)}
              met={goalMet}
            />
            <Stat label={t('popup_stat_skipped')} value={shown.today.skipped} />
            <Stat
              label={t('popup_stat_longest_bout')}
              value={wholeMinutes(shown.today.longestBoutMs)}
              unit={t('common_min')}
            />
            <Stat label={t('popup_stat_long_bouts')} value={shown.today.longBouts} />
            <Stat label={t('popup_stat_active_time')} value={hoursMinutes(shown.today.activeMs)} />
            <Stat
              label={t('popup_stat_streak')}
              value={shown.streak}
              unit={tn('popup_streak_days', shown.streak)}
            />
          </dl>
          {/* Routines started but not done: never a break, said beside them (this device). */}
          {!all && view.today.partial > 0 ? (
            <p class="today__note">{t('popup_not_done', `${view.today.partial}`)}</p>
          ) : null}
        </section>

        <section class="week" aria-labelledby="week-title">
          <WeekChart
            week={shown.week}
            goal={settings.dailyGoal}
            title={t('popup_week_title')}
            titleId="week-title"
          />
        </section>
      </main>
    </div>
  );
}

/** One of today's figures: its name, the figure and, after it, its unit. */
function Stat(props: { label: string; value: number | string; unit?: string; met?: boolean }) {
  return (
    <div class={props.met ? 'stat stat--met' : 'stat'}>
      <dt>{props.label}</dt>
      <dd>
        {props.value}
        {props.unit === undefined ? null : <span class="stat__unit"> {props.unit}</span>}
      </dd>
    </div>
  );
}

function Header({ onError }: { onError: (message: string) => void }) {
  return (
    <header class="popup__header">
      <span class="brand">
        <img class="brand__icon" src="/icon/32.png" alt="" width={20} height={20} />
        {t('ext_name')}
      </span>
      <Button
        variant="quiet"
        size="small"
        class="popup__settings"
        onClick={() => openOptions(onError)}
      >
        <GearIcon />
        {t('popup_settings')}
      </Button>
    </header>
  );
}
