/**
 * The routine player: walks the user through a built routine one step at a time.
 *
 * Styles: this component does not import its CSS. Hosts must load
 * `components/player/player.css` (after `components/theme.css`, whose variables it
 * uses), with `import '../components/player/player.css'` (the card over a page is an
 * extension page too). Every rule is scoped under `.unsit-player`.
 *
 * Recording: the player records nothing. Its host turns `onProgress` and `onDone` into
 * a routine session (`platform/routine-session.ts`).
 *
 * Time units:
 * - `speed` scales routine time: at 20, a 20 s hold lasts 1 s of real time. Every
 *   countdown, rep and auto-advance uses it.
 * - `ranMs` (in `onProgress` and `onDone`) is REAL milliseconds the routine was running,
 *   pauses excluded, whatever the speed: stats record how long the user actually moved.
 * - `onProgress` fires about every 5 s of that real running time.
 *
 * Keys: Space pause/resume, ArrowLeft back, ArrowRight next, Escape stop (see keys.ts).
 *
 * Parts: the run's state and actions (use-routine-player.ts), the step (StepPanel), the
 * controls (Controls), the safety lines after "Stop — this hurts" (PainPanel).
 */
import type { JSX } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { isStandUpRoutine } from '../../lib/speech-script';
import { t } from '../../platform/i18n';
import { Controls } from './Controls';
import { CloseIcon } from './icons';
import { PainPanel } from './PainPanel';
import type { RoutinePlayerProps } from './player-types';
import { SpeechOffer, SpeechToggle } from './SpeechControls';
import { StepPanel } from './StepPanel';
import { routineProgress } from './timing';
import { useRoutinePlayer } from './use-routine-player';

export type { PlayerResult, RoutinePlayerProps } from './player-types';

/** The player: its top line and progress bar, then the step (or the safety lines). */
export function RoutinePlayer(props: RoutinePlayerProps): JSX.Element {
  const run = useRoutinePlayer(props);
  const root = useRef<HTMLElement>(null);
  useEffect(() => {
    if (props.autoFocus ?? true) root.current?.focus({ preventScroll: true });
  }, []);
  const progress = routineProgress(props.routine, run.index, run.clock.stepMs);
  const state = run.done
    ? 'done'
    : run.painOpen
      ? 'pain'
      : run.clock.paused
        ? 'paused'
        : run.view.phase;
  const standUp = isStandUpRoutine(props.routine);
  const onSpeech = props.onSpeechChange;
  const speechChoice = run.speech.available && onSpeech !== undefined ? onSpeech : null;
  // Across the room: the seconds of a hold in big type while the user is away from the screen.
  const glance = (props.glance ?? false) && standUp && state === 'hold';

  return (
    <section
      ref={root}
      class="unsit-player"
      aria-label={t('player_label')}
      tabIndex={-1}
      onKeyDown={run.onKeyDown}
      data-state={state}
      data-glance={glance ? 'on' : undefined}
    >
      <div class="unsit-player__frame">
        <header class="unsit-player__top">
          <p class="unsit-player__count">
            {t('player_step_count', `${run.index + 1}`, `${run.steps.length}`)}
          </p>
          <p class="unsit-player__routine">{t(props.routine.title)}</p>
          {speechChoice && !run.painOpen && (
            <SpeechToggle on={run.speech.on} onChange={(on) => speechChoice(on ? 'on' : 'off')} />
          )}
          {!run.painOpen && (
            <button
              type="button"
              class="unsit-player__button unsit-player__button--quiet unsit-player__stop"
              onClick={() => run.finish(false)}
              aria-keyshortcuts="Escape"
              title={t('player_stop_title')}
            >
              <CloseIcon />
              {t('player_stop')}
            </button>
          )}
        </header>
        <div class="unsit-player__bar" aria-hidden="true">
          <div class="unsit-player__bar-fill" style={{ transform: `scaleX(${progress})` }} />
        </div>
        {speechChoice &&
          standUp &&
          props.speech === 'ask' &&
          props.offerSpeech !== false &&
          !run.painOpen && <SpeechOffer onChoose={(on) => speechChoice(on ? 'on' : 'off')} />}
        {run.painOpen ? (
          <PainPanel onClose={run.closePain} />
        ) : (
          <>
            <StepPanel run={run} glance={glance} />
            <Controls run={run} />
          </>
        )}
      </div>
      <p class="unsit-player__live" aria-live="polite" aria-atomic="true">
        {run.announcement}
      </p>
    </section>
  );
}
