import { useEffect, useRef, useState } from 'preact/hooks';
import type { Status } from '../../lib/messages';
import type { RoutineKind } from '../../lib/routines/schema';
import { request } from '../../platform/api';
import { t } from '../../platform/i18n';
import type { PlayerResult } from '../player/RoutinePlayer';
import { errorText } from '../shared/notice';
import { type ActiveRun, RoutineRun, type RunOutcome, startRun } from '../shared/RoutineRun';
import { type CardChoice, ReminderCard } from './ReminderCard';
import { useClosesWhenResolvedElsewhere } from './resolved-elsewhere';
import { SeatedBreak } from './SeatedBreak';

type Stage =
  | { type: 'card' }
  | { type: 'routine'; run: ActiveRun }
  | { type: 'seated' }
  | { type: 'done'; message: string };

export type BreakFlowProps = {
  /** Open on the card, or go straight into a routine. */
  start: 'card' | RoutineKind;
  /** The state to open with, when the opener has it already (else it is asked for). */
  initialStatus?: Status;
  /** Time multiplier for the player (test builds only; 1 in production). */
  speed?: number;
  onClose: () => void;
  /**
   * Focus the card's main button on open. Right in Unsit's own window; wrong
   * over a page, where the user may be typing and a space would press it.
   */
  focusOnOpen?: boolean;
  /**
   * Offer spoken guidance in the routine while the user has not chosen (default true). The card
   * over a page leaves it out: the frame is only as tall as the page's viewport, and the offer
   * would push the player's controls out of it. Its speaker button stays.
   */
  offerSpeech?: boolean;
};

/**
 * A break from reminder to record: the card, then (if chosen) the routine
 * player, then a short confirmation. The same flow runs in the card over a page
 * and in Unsit's small window, so both behave alike.
 */
export function BreakFlow(props: BreakFlowProps) {
  const [status, setStatus] = useState<Status | null>(null);
  const [stage, setStage] = useState<Stage>({ type: 'card' });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const closeTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  // One reminder, one break: the same id for every attempt (a retry after an error, a double
  // click), so the background counts it once.
  const standId = useRef(crypto.randomUUID());

  const startRoutine = (current: Status, kind: RoutineKind) => {
    setStage({ type: 'routine', run: startRun(kind, current) });
  };

  const finishWith = (message: string) => {
    setStage({ type: 'done', message });
    closeTimer.current = setTimeout(props.onClose, 2500);
  };

  useEffect(() => {
    const opened = (current: Status) => {
      setStatus(current);
      if (props.start !== 'card') startRoutine(current, props.start);
    };
    if (props.initialStatus) opened(props.initialStatus);
    else
      request('getStatus')
        .then(opened)
        .catch((e: unknown) => setError(errorText(e)));
    return () => {
      if (closeTimer.current) clearTimeout(closeTimer.current);
    };
    // Runs once: the flow starts from the status at the moment it opened.
  }, []);

  const acting = useClosesWhenResolvedElsewhere(stage.type === 'card', props.onClose);

  const act = async (work: () => Promise<unknown>, after: () => void) => {
    setBusy(true);
    acting.current = true;
    setError(null);
    try {
      await work();
      after();
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
      acting.current = false;
    }
  };

  const onChoose = (choice: CardChoice) => {
    if (!status) return;
    if (choice === 'routine') startRoutine(status, 'two-minute');
    else if (choice === 'seated') setStage({ type: 'seated' });
    else if (choice === 'stood-up') {
      void act(
        () => request('recordBreak', { kind: 'acknowledged', id: standId.current }),
        () => finishWith(t('flow_stood_up_done')),
      );
    } else if (choice === 'standing') {
      void act(
        () => request('setStanding', { standing: true }),
        () => finishWith(t('command_standing_on')),
      );
    } else if (choice === 'snooze') void act(() => request('snooze'), props.onClose);
    else void act(() => request('skip'), props.onClose);
  };

  const onEnd = ({ result, counted, error: failed }: RunOutcome) => {
    if (failed) setError(failed);
    if (result.stoppedForPain) props.onClose();
    else if (counted) finishWith(t('flow_routine_done'));
    else if (result.completed) finishWith(t('common_routine_not_done'));
    else finishWith(t('flow_stopped_early'));
  };

  // The seated micro-break records no break (the user did not stand): done, it puts the
  // reminder off like a snooze, or like a skip once snoozing is used up; stopped, the card again.
  const onSeatedDone = ({ completed, stoppedForPain }: PlayerResult) => {
    if (stoppedForPain) props.onClose();
    else if (!completed || !status) setStage({ type: 'card' });
    else if (status.view.canSnooze) {
      void act(
        () => request('snooze'),
        () => finishWith(t('flow_seated_done', `${status.settings.snoozeMin}`)),
      );
    } else {
      void act(
        () => request('skip'),
        () => finishWith(t('flow_seated_done', `${status.settings.intervalMin}`)),
      );
    }
  };

  return (
    <div class="unsit-flow">
      {error && (
        <p class="unsit-flow__error" role="alert">
          {error}
        </p>
      )}
      <StageView
        stage={stage}
        status={status}
        busy={busy}
        loading={!status && !error}
        speed={props.speed ?? 1}
        focusOnOpen={props.focusOnOpen ?? false}
        offerSpeech={props.offerSpeech ?? true}
        onChoose={onChoose}
        onEnd={onEnd}
        onSeatedDone={onSeatedDone}
      />
    </div>
  );
}

/** What the flow shows at its stage: the card, the routine, the seated break or the confirmation. */
function StageView(props: {
  stage: Stage;
  status: Status | null;
  busy: boolean;
  loading: boolean;
  speed: number;
  focusOnOpen: boolean;
  offerSpeech: boolean;
  onChoose: (choice: CardChoice) => void;
  onEnd: (outcome: RunOutcome) => void;
  onSeatedDone: (result: PlayerResult) => void;
}) {
  const { stage, status } = props;
  return (
    <>
      {stage.type === 'card' && status && (
        <ReminderCard
          status={status}
          busy={props.busy}
          focusOnOpen={props.focusOnOpen}
          onChoose={props.onChoose}
        />
      )}
      {stage.type === 'card' && props.loading && (
        <p class="unsit-flow__loading">{t('common_loading')}</p>
      )}
      {stage.type === 'routine' && (
        <RoutineRun
          run={stage.run}
          speed={props.speed}
          sound={status?.settings.sound ?? false}
          speech={status?.settings.speech ?? 'ask'}
          glance
          offerSpeech={props.offerSpeech}
          onEnd={props.onEnd}
        />
      )}
      {stage.type === 'seated' && status && (
        <SeatedBreak
          status={status}
          speed={props.speed}
          sound={status.settings.sound}
          onDone={props.onSeatedDone}
        />
      )}
      {stage.type === 'done' && (
        <p class="unsit-flow__done" role="status">
          {stage.message}
        </p>
      )}
    </>
  );
}
