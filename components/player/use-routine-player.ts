import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Step } from '../../lib/routines/schema';
import { t } from '../../platform/i18n';
import { type Chime, createChime } from './chime';
import { playerKeys } from './keys';
import type { RoutinePlayerProps } from './player-types';
import { announceStep, stepDurationMs, viewStep } from './timing';
import { usePlayerClock } from './use-player-clock';
import { useSpeech } from './use-speech';
import { useWorkedTime } from './use-worked-time';

const PROGRESS_EVERY_MS = 5000;

/** The player's run: which step, its clock, and what its buttons and keys do. */
export function useRoutinePlayer(props: RoutinePlayerProps) {
  const { routine, speed = 1 } = props;
  const steps = routine.steps;
  const lastIndex = steps.length - 1;
  const [index, setIndex] = useState(0);
  const [painOpen, setPainOpen] = useState(false);
  const [done, setDone] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const clock = usePlayerClock({ speed });
  const worked = useWorkedTime(steps, speed, clock);
  const doneRef = useRef(false);
  const pain = useRef({ ranMs: 0, workedMs: 0, plannedMs: 0 });
  const progressBucket = useRef(0);
  const chime = useMemo(createChime, []);
  // Latest callbacks, so effects never call a stale prop.
  const propsRef = useRef(props);
  propsRef.current = props;

  const safeIndex = Math.min(Math.max(0, index), lastIndex);
  const step = steps[safeIndex] as Step;
  const isLast = safeIndex === lastIndex;

  const finish = (completed: boolean): void => {
    if (doneRef.current) return;
    const ranMs = clock.readRanMs();
    const measured = worked.measure(safeIndex);
    doneRef.current = true;
    clock.pause();
    setDone(true);
    propsRef.current.onDone({ completed, ranMs, stoppedForPain: false, ...measured });
  };
  const goTo = (target: number, carryMs = 0): void => {
    if (doneRef.current) return;
    worked.note(safeIndex);
    clock.restartStep(carryMs);
    setIndex(Math.min(Math.max(0, target), lastIndex));
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
    pain.current = { ranMs: clock.readRanMs(), ...worked.measure(safeIndex) };
    clock.pause();
    setPainOpen(true);
    propsRef.current.onPainStop?.();
  };
  const closePain = (): void => {
    if (doneRef.current) return;
    doneRef.current = true;
    setDone(true);
    propsRef.current.onDone({ completed: false, stoppedForPain: true, ...pain.current });
  };

  // Auto-advance when a step's time is up; finish after the last one. An overshoot
  // (a late tick) carries into the next step, so the run keeps its planned length.
  // Also reports progress about every 5 s of real running time.
  useEffect(() => {
    if (doneRef.current || painOpen || clock.paused) return;
    const ranMs = clock.readRanMs();
    const bucket = Math.floor(ranMs / PROGRESS_EVERY_MS);
    if (bucket > progressBucket.current) {
      progressBucket.current = bucket;
      propsRef.current.onProgress?.(ranMs);
    }
    const duration = stepDurationMs(step);
    if (clock.stepMs < duration) return;
    if (isLast) finish(true);
    else goTo(safeIndex + 1, clock.stepMs - duration);
  });

  const speech = useStepSignals({
    props,
    index: safeIndex,
    stepMs: clock.stepMs,
    running: !done && !painOpen && !clock.paused,
    chime,
    announce: setAnnouncement,
  });

  return {
    steps,
    index: safeIndex,
    step,
    isLast,
    view: viewStep(step, clock.stepMs),
    clock,
    painOpen,
    done,
    announcement,
    speech,
    finish,
    togglePause,
    back,
    next,
    openPain,
    closePain,
    onKeyDown: playerKeys({
      painOpen,
      done: () => doneRef.current,
      stop: () => finish(false),
      closePain,
      togglePause,
      back,
      next,
    }),
  };
}

/**
 * What marks a step change: the voice (lib/speech-script.ts, when speech is on), the chime and
 * the live region's announcement.
 */
function useStepSignals(args: {
  props: RoutinePlayerProps;
  index: number;
  stepMs: number;
  running: boolean;
  chime: Chime;
  announce: (text: string) => void;
}) {
  const { props, index, chime } = args;
  const { routine, sound = false } = props;
  // Spoken guidance chimes at each change itself (after its meeting check) unless `sound` does.
  const on = props.speech === 'on';
  const speech = useSpeech({
    routine,
    index,
    stepMs: args.stepMs,
    running: args.running,
    enabled: on,
    engine: props.speechEngine,
    quiet: props.speechQuiet,
    chime: sound ? null : chime.play,
  });

  // One announcement and one chime per step change (none for the first step). While the voice
  // says the step, the live region does not say it as well: two voices at once are heard as
  // neither. Pause and resume are still announced.
  // Until the first meeting check answers, the live region waits for it.
  const first = useRef(true);
  useEffect(() => {
    if (first.current) first.current = false;
    else if (sound) chime.play();
  }, [index, routine]);
  useEffect(() => {
    if (speech.voice === 'silent') args.announce(announceStep(routine, index));
    else if (speech.voice === 'heard') args.announce('');
  }, [index, routine, speech.voice]);
  useEffect(() => () => chime.close(), [chime]);
  return { ...speech, on };
}

export type PlayerRun = ReturnType<typeof useRoutinePlayer>;
