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
 * Keys (on the player root, not the window, so a hosting page is not affected):
 * Space pause/resume, ArrowLeft back, ArrowRight next, Escape stop. Keys are left alone
 * when a modifier is held or the focus is in a text field; Space on a focused button
 * is left to the button.
 */
import type { JSX, TargetedKeyboardEvent } from 'preact';
import { useEffect, useId, useMemo, useRef, useState } from 'preact/hooks';
import type { MessageKey } from '../../lib/i18n';
import { safetyLines } from '../../lib/routines/safety';
import type { MoveKind, Routine, Step } from '../../lib/routines/schema';
import { t } from '../../platform/i18n';
import { createChime } from './chime';
import {
  announceStep,
  illustrationFile,
  routineProgress,
  SIDE_IN_SENTENCE,
  type StepView,
  stepDurationMs,
  timerLabel,
  viewStep,
} from './timing';
import { usePlayerClock } from './use-player-clock';

export type PlayerResult = {
  completed: boolean;
  ranMs: number;
  stoppedForPain: boolean;
  /** Working time (lead-ins excluded, each step at most once) that ran, in real milliseconds. */
  workedMs: number;
  /** The routine's planned working time, in real milliseconds. */
  plannedMs: number;
};

export type RoutinePlayerProps = {
  routine: Routine;
  /** Time multiplier for routine time, default 1. Tests run at e.g. 20. */
  speed?: number;
  /** A soft chime at each step change, default false. */
  sound?: boolean;
  /** Focus the player root on mount so its keys work at once, default true. */
  autoFocus?: boolean;
  /**
   * Maps an illustration file name (`glute-bridge.svg`) to a URL. Default
   * `/moves/${file}`; a content script passes `browser.runtime.getURL`.
   */
  assetUrl?: (file: string) => string;
  /** About every 5 s of running: real milliseconds run so far (pauses excluded). */
  onProgress?: (ranMs: number) => void;
  /**
   * Called once: finished (`completed: true`), stopped early (Esc, Stop), or closed after
   * "Stop — this hurts" (`stoppedForPain: true`). `ranMs`: real running milliseconds.
   */
  onDone: (result: PlayerResult) => void;
  /** Called as soon as the user presses "Stop — this hurts", before the safety lines close. */
  onPainStop?: () => void;
};

const PROGRESS_EVERY_MS = 5000;
const RING_RADIUS = 52;
const RING_CIRCUMFERENCE = 2 * Math.PI * RING_RADIUS;

const defaultAssetUrl = (file: string): string => `/moves/${file}`;

function isTextEntry(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  const tag = target.tagName;
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  if (tag !== 'INPUT') return false;
  const type = (target as HTMLInputElement).type;
  return !['button', 'checkbox', 'radio', 'range', 'reset', 'submit', 'image'].includes(type);
}

function isActivatable(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.closest('button, a[href], input, select, textarea, summary') !== null;
}

export function RoutinePlayer(props: RoutinePlayerProps): JSX.Element {
  const { routine, speed = 1, sound = false, autoFocus = true } = props;
  const assetUrl = props.assetUrl ?? defaultAssetUrl;
  const steps = routine.steps;
  const lastIndex = steps.length - 1;

  const [index, setIndex] = useState(0);
  const [painOpen, setPainOpen] = useState(false);
  const [done, setDone] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const clock = usePlayerClock({ speed });

  const rootRef = useRef<HTMLElement>(null);
  const painHeadingRef = useRef<HTMLHeadingElement>(null);
  const doneRef = useRef(false);
  const painRanMsRef = useRef(0);
  const painWorkRef = useRef({ workedMs: 0, plannedMs: 0 });
  const progressBucketRef = useRef(0);
  const firstStepRef = useRef(true);
  const chime = useMemo(createChime, []);
  // Latest callbacks, so effects never call a stale prop.
  const propsRef = useRef(props);
  propsRef.current = props;

  const safeIndex = Math.min(Math.max(0, index), lastIndex);
  const step = steps[safeIndex] as Step;
  const nextStep = steps[safeIndex + 1];
  const view = viewStep(step, clock.stepMs);
  const isLast = safeIndex === lastIndex;
  const ids = useId();

  // Working time that ran, per step (routine ms): skipping a step leaves its share out, going
  // back to it does not count it twice.
  const workedRef = useRef<number[]>([]);
  const noteWorked = (): void => {
    const workMs = Math.min(step.seconds * 1000, clock.readStepMs() - step.prepSeconds * 1000);
    workedRef.current[safeIndex] = Math.max(workedRef.current[safeIndex] ?? 0, workMs, 0);
  };
  const work = (): Pick<PlayerResult, 'workedMs' | 'plannedMs'> => {
    noteWorked();
    const worked = workedRef.current.reduce((sum, ms) => sum + (ms ?? 0), 0);
    const planned = steps.reduce((sum, s) => sum + s.seconds * 1000, 0);
    const real = speed > 0 ? speed : 1;
    return { workedMs: Math.round(worked / real), plannedMs: Math.round(planned / real) };
  };

  const finish = (completed: boolean): void => {
    if (doneRef.current) return;
    const ranMs = clock.readRanMs();
    const measured = work();
    doneRef.current = true;
    clock.pause();
    setDone(true);
    propsRef.current.onDone({ completed, ranMs, stoppedForPain: false, ...measured });
  };

  const goTo = (target: number, carryMs = 0): void => {
    if (doneRef.current) return;
    noteWorked();
    const next = Math.min(Math.max(0, target), lastIndex);
    clock.restartStep(carryMs);
    setIndex(next);
  };

  const togglePause = (): void => {
    if (doneRef.current || painOpen) return;
    if (clock.paused) {
      clock.resume();
      setAnnouncement(t('player_resumed'));
    } else {
      clock.pause();
      setAnnouncement(t('player_paused'));
    }
  };

  const back = (): void => goTo(safeIndex - 1);
  const next = (): void => {
    if (!isLast) goTo(safeIndex + 1);
  };

  const openPain = (): void => {
    if (doneRef.current || painOpen) return;
    painRanMsRef.current = clock.readRanMs();
    painWorkRef.current = work();
    clock.pause();
    setPainOpen(true);
    propsRef.current.onPainStop?.();
  };

  const closePain = (): void => {
    if (doneRef.current) return;
    doneRef.current = true;
    setDone(true);
    propsRef.current.onDone({
      completed: false,
      ranMs: painRanMsRef.current,
      stoppedForPain: true,
      ...painWorkRef.current,
    });
  };

  // Auto-advance when a step's time is up; finish after the last one. An overshoot
  // (a late tick) carries into the next step, so the run keeps its planned length.
  // Also reports progress about every 5 s of real running time.
  useEffect(() => {
    if (doneRef.current || painOpen || clock.paused) return;
    const ranMs = clock.readRanMs();
    const bucket = Math.floor(ranMs / PROGRESS_EVERY_MS);
    if (bucket > progressBucketRef.current) {
      progressBucketRef.current = bucket;
      propsRef.current.onProgress?.(ranMs);
    }
    const duration = stepDurationMs(step);
    if (clock.stepMs < duration) return;
    if (isLast) finish(true);
    else goTo(safeIndex + 1, clock.stepMs - duration);
  });

  // One announcement and one chime per step change.
  useEffect(() => {
    setAnnouncement(announceStep(routine, safeIndex));
    if (firstStepRef.current) {
      firstStepRef.current = false;
      return;
    }
    if (sound) chime.play();
  }, [safeIndex, routine]);

  useEffect(() => {
    if (autoFocus) rootRef.current?.focus({ preventScroll: true });
  }, []);

  useEffect(() => {
    if (painOpen) painHeadingRef.current?.focus({ preventScroll: true });
  }, [painOpen]);

  useEffect(() => () => chime.close(), [chime]);

  const onKeyDown = (event: TargetedKeyboardEvent<HTMLElement>): void => {
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
    if (isTextEntry(event.target)) return;
    if (event.key === 'Escape') {
      event.preventDefault();
      if (painOpen) closePain();
      else finish(false);
      return;
    }
    if (painOpen || doneRef.current) return;
    switch (event.key) {
      case ' ':
      case 'Spacebar':
        // A focused button handles Space itself (it clicks).
        if (isActivatable(event.target)) return;
        event.preventDefault();
        togglePause();
        return;
      case 'ArrowLeft':
        event.preventDefault();
        back();
        return;
      case 'ArrowRight':
        event.preventDefault();
        next();
        return;
    }
  };

  const progress = routineProgress(routine, safeIndex, clock.stepMs);
  const stateName = done ? 'done' : painOpen ? 'pain' : clock.paused ? 'paused' : view.phase;

  return (
    <section
      ref={rootRef}
      class="unsit-player"
      aria-label={t('player_label')}
      tabIndex={-1}
      onKeyDown={onKeyDown}
      data-state={stateName}
    >
      <div class="unsit-player__frame">
        <header class="unsit-player__top">
          <p class="unsit-player__count">
            {t('player_step_count', `${safeIndex + 1}`, `${steps.length}`)}
          </p>
          <p class="unsit-player__routine">{t(routine.title)}</p>
          {!painOpen && (
            <button
              type="button"
              class="unsit-player__button unsit-player__button--quiet unsit-player__stop"
              onClick={() => finish(false)}
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

        {painOpen ? (
          <section class="unsit-player__pain" aria-labelledby={`${ids}-pain`}>
            <h2
              id={`${ids}-pain`}
              ref={painHeadingRef}
              tabIndex={-1}
              class="unsit-player__pain-title"
            >
              {t('player_pain_title')}
            </h2>
            <p class="unsit-player__pain-lead">{t('player_pain_lead')}</p>
            <ul class="unsit-player__safety">
              {safetyLines.map((line) => (
                <li key={line.id}>{t(line.text)}</li>
              ))}
            </ul>
            <button
              type="button"
              class="unsit-player__button unsit-player__button--primary unsit-player__close"
              onClick={closePain}
            >
              {t('player_close')}
            </button>
          </section>
        ) : (
          <>
            <div class="unsit-player__step">
              <div class="unsit-player__heading">
                {step.sideLabel !== null && <p class="unsit-player__side">{t(step.sideLabel)}</p>}
                <h2 class="unsit-player__title">{t(step.title)}</h2>
                {step.limbLine !== undefined && (
                  <p class="unsit-player__limb">{t(step.limbLine)}</p>
                )}
                {/* What the move is for, where the user decides whether to do it or go Next. */}
                {step.purpose !== undefined && (
                  <p class="unsit-player__purpose">{t(step.purpose)}</p>
                )}
              </div>
              <div class="unsit-player__media">
                <img
                  class={`unsit-player__art${step.mirrored ? ' unsit-player__art--mirrored' : ''}`}
                  src={assetUrl(illustrationFile(step.illustration))}
                  alt={t(step.title)}
                  width={200}
                  height={200}
                  draggable={false}
                />
                <Ring
                  view={view}
                  paused={clock.paused}
                  label={timerLabel(step)}
                  ringKey={`${safeIndex}-${view.phase}-${view.phase === 'reps' ? view.rep : 0}`}
                />
              </div>
              <PhaseLine view={view} holdText={HOLD_TEXT[step.kind]} />
              <div class="unsit-player__card">
                <ul class="unsit-player__cues">
                  {step.cueLines.map((line) => (
                    <li key={line}>{t(line)}</li>
                  ))}
                </ul>
                {step.note !== undefined && <p class="unsit-player__note">{t(step.note)}</p>}
                {step.caution !== undefined && (
                  <p class="unsit-player__caution">{t(step.caution)}</p>
                )}
              </div>
              <p class="unsit-player__next">
                {nextStep === undefined ? (
                  t('player_last_move')
                ) : (
                  <>
                    <span class="unsit-player__next-label">{t('player_next_label')}</span>{' '}
                    {t(nextStep.title)}
                    {nextStep.side !== 'none' && (
                      <span class="unsit-player__next-side">
                        {' '}
                        · {t(SIDE_IN_SENTENCE[nextStep.side])}
                      </span>
                    )}
                  </>
                )}
              </p>
            </div>

            <div class="unsit-player__controls">
              <button
                type="button"
                class="unsit-player__button"
                onClick={back}
                aria-keyshortcuts="ArrowLeft"
                title={safeIndex === 0 ? t('player_restart_title') : t('player_previous_title')}
              >
                <BackIcon />
                {t('player_back')}
              </button>
              <button
                type="button"
                class="unsit-player__button unsit-player__button--primary"
                onClick={togglePause}
                aria-keyshortcuts="Space"
              >
                {clock.paused ? <PlayIcon /> : <PauseIcon />}
                {clock.paused ? t('player_resume') : t('player_pause')}
              </button>
              {isLast ? (
                <button
                  type="button"
                  class="unsit-player__button unsit-player__button--finish"
                  onClick={() => finish(true)}
                >
                  <CheckIcon />
                  {t('player_finish')}
                </button>
              ) : (
                <button
                  type="button"
                  class="unsit-player__button"
                  onClick={next}
                  aria-keyshortcuts="ArrowRight"
                  title={t('player_next_title')}
                >
                  {t('player_next')}
                  <NextIcon />
                </button>
              )}
            </div>
            <div class="unsit-player__footer">
              <button
                type="button"
                class="unsit-player__button unsit-player__button--quiet unsit-player__hurt"
                onClick={openPain}
              >
                {t('player_hurts')}
              </button>
              <p class="unsit-player__keys" aria-hidden="true">
                {t('player_keys')}
              </p>
            </div>
          </>
        )}
      </div>
      <p class="unsit-player__live" aria-live="polite" aria-atomic="true">
        {announcement}
      </p>
    </section>
  );
}

function Ring(props: {
  view: StepView;
  paused: boolean;
  label: string;
  ringKey: string;
}): JSX.Element {
  const { view, paused } = props;
  // Countdowns empty as time runs out; a rep fills as it goes.
  const filled = view.phase === 'reps' ? view.elapsedFraction : 1 - view.elapsedFraction;
  const offset = RING_CIRCUMFERENCE * (1 - filled);
  const number = view.phase === 'reps' ? view.rep : view.remainingSeconds;
  const unit = paused
    ? t('player_ring_paused')
    : view.phase === 'reps'
      ? t('player_ring_of', `${view.count}`)
      : view.phase === 'prep'
        ? t('player_ring_prep')
        : t('player_ring_seconds');
  return (
    <div class="unsit-player__ring" role="timer" aria-label={props.label}>
      <svg viewBox="0 0 120 120" aria-hidden="true" focusable="false">
        <circle class="unsit-player__ring-track" cx="60" cy="60" r={RING_RADIUS} />
        <circle
          key={props.ringKey}
          class="unsit-player__ring-value"
          cx="60"
          cy="60"
          r={RING_RADIUS}
          stroke-dasharray={RING_CIRCUMFERENCE}
          stroke-dashoffset={offset}
          transform="rotate(-90 60 60)"
        />
      </svg>
      <div class="unsit-player__ring-center" aria-hidden="true">
        <span class="unsit-player__ring-number">{number}</span>
        <span class="unsit-player__ring-unit">{unit}</span>
      </div>
    </div>
  );
}

const PART_TEXT = {
  move: 'player_part_move',
  hold: 'player_part_hold',
  release: 'player_part_release',
} as const satisfies Record<string, MessageKey>;

/** What a timed (non-reps) step asks for while it runs, by kind of move. */
const HOLD_TEXT: Record<MoveKind, MessageKey> = {
  lengthen: 'player_hold_lengthen',
  posture: 'player_hold_posture',
  strengthen: 'player_hold_strengthen',
  mobilise: 'player_hold_mobilise',
  release: 'player_hold_release',
};

function PhaseLine(props: { view: StepView; holdText: MessageKey }): JSX.Element {
  const { view } = props;
  if (view.phase === 'prep') {
    return (
      <p class="unsit-player__phase unsit-player__phase--prep">
        <span class="unsit-player__phase-main">{t(view.label)}</span>
      </p>
    );
  }
  if (view.phase === 'hold') {
    return (
      <p class="unsit-player__phase">
        <span class="unsit-player__phase-main">{t(props.holdText)}</span>
      </p>
    );
  }
  return (
    <p class="unsit-player__phase">
      <span class="unsit-player__phase-main">
        {t('player_rep_count', `${view.rep}`, `${view.count}`)}
      </span>
      {view.part !== null && (
        <span class={`unsit-player__part unsit-player__part--${view.part}`}>
          {t(PART_TEXT[view.part])}
        </span>
      )}
    </p>
  );
}

function Icon(props: { d: string }): JSX.Element {
  return (
    <svg class="unsit-player__icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path d={props.d} />
    </svg>
  );
}

const BackIcon = () => <Icon d="M15 5l-7 7 7 7" />;
const NextIcon = () => <Icon d="M9 5l7 7-7 7" />;
const PauseIcon = () => <Icon d="M8 5v14M16 5v14" />;
const PlayIcon = () => <Icon d="M7 4.5v15l12-7.5z" />;
const CheckIcon = () => <Icon d="M5 12.5l4.5 4.5L19 7.5" />;
const CloseIcon = () => <Icon d="M6 6l12 12M18 6L6 18" />;
