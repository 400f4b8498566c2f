import type { MessageKey } from '../../lib/i18n';
import { stepSeconds } from '../../lib/routines/builder';
import type { Routine, Step } from '../../lib/routines/schema';
import { t, tn } from '../../platform/i18n';

/**
 * Pure helpers that turn "how far into this step are we" into what the player shows.
 * All times here are routine time (already multiplied by the player's speed).
 *
 * A step runs its lead-in first (`prepSeconds`, shown with `prepLabel`), then its
 * working time (`seconds`): a hold counts down, a reps step counts reps.
 */

/** The part of a rep the user is in, for reps steps that have a hold. */
export type RepPart = 'move' | 'hold' | 'release';

export type StepView =
  | {
      phase: 'prep';
      label: MessageKey;
      /** Whole seconds left in the lead-in, at least 1. */
      remainingSeconds: number;
      /** Share of the lead-in already gone, 0..1. */
      elapsedFraction: number;
    }
  | {
      phase: 'hold';
      remainingSeconds: number;
      elapsedFraction: number;
    }
  | {
      phase: 'reps';
      /** 1-based rep number, never above `count`. */
      rep: number;
      count: number;
      /** Share of the current rep already gone, 0..1. */
      elapsedFraction: number;
      /**
       * Where in the rep the user is. A rep without a hold is half out, half back (no
       * "Hold"), so the pace shows and a leg is not swung.
       */
      part: RepPart | null;
    };

/** Planned length of a step in routine milliseconds (lead-in plus working time). */
export function stepDurationMs(step: Step): number {
  return stepSeconds(step) * 1000;
}

/**
 * A rep with a hold is split into: a move into position (half of the free time, at most
 * two seconds), the hold, then a slow release for the rest. That fits "rise, squeeze, sit
 * down slowly" as well as "tighten, hold, release slowly". Two seconds is the least a
 * rise or a lift needs to be controlled rather than a jump; the release always gets at
 * least as long as the move.
 */
export const MOVE_PART_MAX_MS = 2000;

export function repPart(msIntoRep: number, secondsPerRep: number, holdSeconds: number): RepPart {
  const repMs = secondsPerRep * 1000;
  const holdMs = holdSeconds * 1000;
  const moveMs = Math.min(MOVE_PART_MAX_MS, (repMs - holdMs) / 2);
  if (msIntoRep < moveMs) return 'move';
  if (msIntoRep < moveMs + holdMs) return 'hold';
  return 'release';
}

const clamp01 = (value: number): number => Math.min(1, Math.max(0, value));

/** What to show `stepMs` routine milliseconds into `step`. */
export function viewStep(step: Step, stepMs: number): StepView {
  const ms = Math.max(0, stepMs);
  const prepMs = step.prepSeconds * 1000;
  if (ms < prepMs) {
    return {
      phase: 'prep',
      label: step.prepLabel,
      remainingSeconds: Math.max(1, Math.ceil((prepMs - ms) / 1000)),
      elapsedFraction: clamp01(ms / prepMs),
    };
  }
  const workMs = ms - prepMs;
  const totalWorkMs = step.seconds * 1000;
  const reps = step.reps;
  if (reps === undefined) {
    return {
      phase: 'hold',
      remainingSeconds: Math.max(1, Math.ceil((totalWorkMs - workMs) / 1000)),
      elapsedFraction: clamp01(workMs / totalWorkMs),
    };
  }
  const repMs = reps.secondsPerRep * 1000;
  const repIndex = Math.min(reps.count - 1, Math.floor(workMs / repMs));
  const intoRep = Math.min(repMs, workMs - repIndex * repMs);
  return {
    phase: 'reps',
    rep: repIndex + 1,
    count: reps.count,
    elapsedFraction: clamp01(intoRep / repMs),
    part:
      reps.holdSeconds === undefined
        ? intoRep < repMs / 2
          ? 'move'
          : 'release'
        : repPart(intoRep, reps.secondsPerRep, reps.holdSeconds),
  };
}

/** Share of the whole routine done, 0..1, by planned time. */
export function routineProgress(routine: Routine, index: number, stepMs: number): number {
  let total = 0;
  let done = 0;
  routine.steps.forEach((step, i) => {
    const duration = stepDurationMs(step);
    total += duration;
    if (i < index) done += duration;
    else if (i === index) done += Math.min(duration, Math.max(0, stepMs));
  });
  return total === 0 ? 0 : clamp01(done / total);
}

/** The working dose in words: "20 seconds" or "8 reps". */
export function doseText(step: Step): string {
  if (step.reps !== undefined) return tn('player_reps', step.reps.count);
  return tn('player_seconds', step.seconds);
}

/** The side inside a sentence ("left side"): its own words, as German keeps "Seite" capital. */
export const SIDE_IN_SENTENCE = {
  left: 'player_side_left_inline',
  right: 'player_side_right_inline',
} as const satisfies Record<'left' | 'right', MessageKey>;

/** The one announcement a screen reader hears for a step. */
export function announceStep(routine: Routine, index: number): string {
  const step = routine.steps[index];
  if (step === undefined) return '';
  const number = `${index + 1}`;
  const total = `${routine.steps.length}`;
  return step.side === 'none'
    ? t('player_announce', number, total, t(step.title), doseText(step))
    : t(
        'player_announce_side',
        number,
        total,
        t(step.title),
        t(SIDE_IN_SENTENCE[step.side]),
        doseText(step),
      );
}

/** The accessible name of the step's timer, set once per step. */
export function timerLabel(step: Step): string {
  if (step.reps !== undefined) {
    return t('player_timer_reps', doseText(step), tn('player_seconds', step.reps.secondsPerRep));
  }
  return t('player_timer_hold', doseText(step));
}

/** `/moves/glute-bridge.svg` → `glute-bridge.svg`. */
export function illustrationFile(illustration: string): string {
  const slash = illustration.lastIndexOf('/');
  return slash === -1 ? illustration : illustration.slice(slash + 1);
}
