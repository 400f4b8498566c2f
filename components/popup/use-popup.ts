import { useEffect, useRef, useState } from 'preact/hooks';
import { wholeMinutes } from '../../lib/format';
import type { Status } from '../../lib/messages';
import type { RoutineKind } from '../../lib/routines/schema';
import { startOfNextDay } from '../../lib/time';
import { request } from '../../platform/api';
import { t, tn } from '../../platform/i18n';
import { readShortcuts, type Shortcuts } from '../../platform/shortcuts';
import { whenLabel } from '../shared/format';
import { errorText, type Notice } from '../shared/notice';
import { type ActiveRun, type RunOutcome, startRun } from '../shared/RoutineRun';
import type { PauseFor } from './Actions';
import { useStatus } from './use-status';

const recorded = (status: Status) => t('common_break_recorded', `${status.view.breaksToday}`);

const pausedMessage = (next: Status) => {
  const until = next.view.pausedUntil;
  if (until === null) return t('popup_paused');
  if (until === startOfNextDay(next.view.now)) return t('popup_paused_tomorrow');
  return t('popup_paused_until', whenLabel(until, next.view.now));
};

/** What a routine's end says in the popup. */
function endNotice({ result, counted, status, error }: RunOutcome): Notice {
  if (error) return { tone: 'error', text: t('common_record_failed', error) };
  if (counted && status) return { tone: 'success', text: recorded(status) };
  if (result.completed) return { tone: 'info', text: t('common_routine_not_done') };
  const ran = wholeMinutes(result.ranMs);
  return {
    tone: 'info',
    text: ran > 0 ? tn('popup_stopped_after', ran) : t('common_stopped_early'),
  };
}

/** The popup's state and what its buttons do. */
export function usePopup() {
  const [run, setRun] = useState<ActiveRun | null>(null);
  const { status, setStatus, loadError, load } = useStatus(run !== null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [painNote, setPainNote] = useState(false);
  const [busy, setBusy] = useState(false);
  // The primary button works before the status has arrived (it is the first thing painted);
  // a click then starts the routine as soon as it is there.
  const [starting, setStarting] = useState(false);
  /** "I stood up": one id per break, kept through a failed attempt so a retry is the same break. */
  const standId = useRef(crypto.randomUUID());
  const primary = useRef<HTMLButtonElement>(null);
  const focusPrimary = useRef(true);
  // The buttons' tooltips name their keyboard shortcuts, as the browser has them now.
  const [shortcuts, setShortcuts] = useState<Shortcuts>({});
  useEffect(() => {
    readShortcuts().then(setShortcuts, () => undefined);
  }, []);

  // The primary button takes focus on open and again after a routine.
  useEffect(() => {
    if (!run && focusPrimary.current && primary.current) {
      primary.current.focus();
      focusPrimary.current = false;
    }
  }, [status, run]);

  const act = (work: () => Promise<Status>, message: (next: Status) => string) => {
    setBusy(true);
    setPainNote(false);
    work().then(
      (next) => {
        setStatus(next);
        setNotice({ tone: 'success', text: message(next) });
        setBusy(false);
      },
      (e: unknown) => {
        setNotice({ tone: 'error', text: errorText(e) });
        setBusy(false);
      },
    );
  };

  const begin = (kind: RoutineKind) => {
    if (!status) return;
    setNotice(null);
    setPainNote(false);
    try {
      setRun(startRun(kind, status));
    } catch (e) {
      setNotice({ tone: 'error', text: errorText(e) });
    }
  };

  useEffect(() => {
    if (status && starting) {
      setStarting(false);
      begin('two-minute');
    }
  }, [status]);

  return {
    status,
    loadError,
    load,
    run,
    notice,
    setNotice,
    painNote,
    closePainNote: () => setPainNote(false),
    busy,
    shortcuts,
    starting,
    primary,
    /** The primary button before the status is there. */
    startWhenReady: () => setStarting(true),
    begin,
    ended: (outcome: RunOutcome) => {
      setRun(null);
      focusPrimary.current = true;
      if (outcome.status) setStatus(outcome.status);
      setPainNote(outcome.result.stoppedForPain);
      setNotice(endNotice(outcome));
    },
    snooze: () =>
      act(
        () => request('snooze'),
        (next) => t('popup_snoozed', `${next.settings.snoozeMin}`),
      ),
    resume: () =>
      act(
        () => request('resume'),
        () => t('popup_resumed'),
      ),
    setStanding: (standing: boolean) =>
      act(
        () => request('setStanding', { standing }),
        (next) =>
          t(next.view.standingSince !== null ? 'command_standing_on' : 'command_standing_off'),
      ),
    pause: (minutes: PauseFor) => act(() => request('pause', { for: minutes }), pausedMessage),
    stoodUp: () =>
      act(
        () => request('recordBreak', { kind: 'acknowledged', id: standId.current }),
        (next) => {
          standId.current = crypto.randomUUID();
          return recorded(next);
        },
      ),
  };
}

export type PopupState = ReturnType<typeof usePopup>;
