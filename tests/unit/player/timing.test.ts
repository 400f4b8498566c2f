import { describe, expect, it } from 'vitest';
import {
  announceStep,
  illustrationFile,
  repPart,
  routineProgress,
  stepDurationMs,
  timerLabel,
  viewStep,
} from '../../../components/player/timing';
import { buildRoutine } from '../../../lib/routines/builder';
import { getMove, moves } from '../../../lib/routines/catalogue';
import type { Step } from '../../../lib/routines/schema';
import { t } from '../../../platform/i18n';

const routine = buildRoutine('two-minute', { allowFloor: false, rotationIndex: 0 });
const stepAt = (i: number): Step => {
  const step = routine.steps[i];
  if (step === undefined) throw new Error(`no step ${i}`);
  return step;
};
const quadLeft = stepAt(0); // prep 5 "Stand up", hold 20
const squeeze = stepAt(2); // prep 3, 8 reps × 3 s, hold 2

describe('viewStep', () => {
  it('shows the lead-in, then the hold counting down to 1', () => {
    expect(viewStep(quadLeft, 0)).toEqual({
      phase: 'prep',
      label: 'prep_stand_up',
      remainingSeconds: 5,
      elapsedFraction: 0,
    });
    expect(t('prep_stand_up')).toBe('Stand up');
    expect(viewStep(quadLeft, 4999)).toMatchObject({ phase: 'prep', remainingSeconds: 1 });
    expect(viewStep(quadLeft, 5000)).toEqual({
      phase: 'hold',
      remainingSeconds: 20,
      elapsedFraction: 0,
    });
    expect(viewStep(quadLeft, 15_000)).toEqual({
      phase: 'hold',
      remainingSeconds: 10,
      elapsedFraction: 0.5,
    });
    expect(viewStep(quadLeft, 24_999)).toMatchObject({ remainingSeconds: 1 });
    // Past the end (before the player moves on) it stays at 1 and full.
    expect(viewStep(quadLeft, 26_000)).toEqual({
      phase: 'hold',
      remainingSeconds: 1,
      elapsedFraction: 1,
    });
  });

  it('counts reps from 1 and never past the last', () => {
    expect(viewStep(squeeze, 3000)).toMatchObject({ phase: 'reps', rep: 1, count: 8 });
    expect(viewStep(squeeze, 3000 + 2999)).toMatchObject({ rep: 1 });
    expect(viewStep(squeeze, 3000 + 3000)).toMatchObject({ rep: 2, elapsedFraction: 0 });
    expect(viewStep(squeeze, 3000 + 7 * 3000 + 1500)).toMatchObject({
      rep: 8,
      elapsedFraction: 0.5,
    });
    expect(viewStep(squeeze, 3000 + 30_000)).toMatchObject({ rep: 8, elapsedFraction: 1 });
  });

  it('marks the hold inside a rep', () => {
    expect(viewStep(squeeze, 3000 + 200)).toMatchObject({ part: 'move' });
    expect(viewStep(squeeze, 3000 + 600)).toMatchObject({ part: 'hold' });
    expect(viewStep(squeeze, 3000 + 2600)).toMatchObject({ part: 'release' });
    // Without a hold (the hip extension, 3 s a rep): 1.5 s out, 1.5 s back, never "Hold".
    const noHold: Step = { ...squeeze, reps: { count: 8, secondsPerRep: 3 } };
    expect(viewStep(noHold, 3000 + 1499)).toMatchObject({ phase: 'reps', part: 'move' });
    expect(viewStep(noHold, 3000 + 1500)).toMatchObject({ phase: 'reps', part: 'release' });
    expect(viewStep(noHold, 3000 + 2999)).toMatchObject({ rep: 1, part: 'release' });
    expect(viewStep(noHold, 3000 + 3000)).toMatchObject({ rep: 2, part: 'move' });
  });
});

describe('repPart', () => {
  it('moves in for at most two seconds, holds, then releases slowly', () => {
    // 11 s rep with a 3 s hold: 2 s in, 3 s hold, 6 s release.
    expect(repPart(1999, 11, 3)).toBe('move');
    expect(repPart(2000, 11, 3)).toBe('hold');
    expect(repPart(4999, 11, 3)).toBe('hold');
    expect(repPart(5000, 11, 3)).toBe('release');
    expect(repPart(10_999, 11, 3)).toBe('release');
  });

  /** Moves whose rep travels: rising, lifting or lowering must not be rushed. */
  const TRAVELLING = ['sit-to-stand-tail-tuck', 'glute-bridge'] as const;

  it.each(TRAVELLING)('gives %s at least 2 s to rise and 2 s to lower', (id) => {
    const { dose } = getMove(id);
    if (dose.type !== 'reps' || dose.holdSeconds === undefined) throw new Error(`${id}: no hold`);
    const part = (ms: number) => repPart(ms, dose.secondsPerRep, dose.holdSeconds ?? 0);
    const ms = Array.from({ length: dose.secondsPerRep * 10 }, (_, i) => i * 100);
    const moveMs = ms.filter((m) => part(m) === 'move').length * 100;
    const releaseMs = ms.filter((m) => part(m) === 'release').length * 100;
    expect(moveMs).toBeGreaterThanOrEqual(2000);
    expect(releaseMs).toBeGreaterThanOrEqual(2000);
  });

  it('never releases faster than it moved in, for any move with a hold', () => {
    for (const move of moves()) {
      const { dose } = move;
      if (dose.type !== 'reps' || dose.holdSeconds === undefined) continue;
      const free = dose.secondsPerRep - dose.holdSeconds;
      const moveS = Math.min(2, free / 2);
      expect(free - moveS, move.id).toBeGreaterThanOrEqual(moveS);
      expect(repPart(moveS * 1000 - 1, dose.secondsPerRep, dose.holdSeconds), move.id).toBe('move');
    }
  });

  it('paces the standing hip extension at 3 s a rep or slower', () => {
    const { dose } = getMove('hip-extension-standing');
    expect(dose.type === 'reps' && dose.secondsPerRep).toBeGreaterThanOrEqual(3);
  });
});

describe('routineProgress', () => {
  it('goes from 0 to 1 by planned time', () => {
    const total = routine.steps.reduce((sum, s) => sum + stepDurationMs(s), 0);
    expect(routineProgress(routine, 0, 0)).toBe(0);
    expect(routineProgress(routine, 1, 0)).toBeCloseTo(stepDurationMs(quadLeft) / total);
    expect(routineProgress(routine, 0, 10_000)).toBeCloseTo(10_000 / total);
    expect(routineProgress(routine, routine.steps.length - 1, 1e9)).toBe(1);
  });
});

describe('texts', () => {
  it('announces a step in one sentence with its side and dose', () => {
    expect(announceStep(routine, 0)).toBe(
      'Step 1 of 5: Standing quad stretch, left side. 20 seconds.',
    );
    expect(announceStep(routine, 2)).toBe('Step 3 of 5: Standing glute squeeze. 8 reps.');
    expect(announceStep(routine, 99)).toBe('');
  });

  it('names the timer', () => {
    expect(timerLabel(quadLeft)).toBe('Hold for 20 seconds');
    expect(timerLabel(squeeze)).toBe('8 reps, 3 seconds each');
  });

  it('takes the file name from the illustration path', () => {
    expect(illustrationFile('/moves/glute-bridge.svg')).toBe('glute-bridge.svg');
    expect(illustrationFile('glute-bridge.svg')).toBe('glute-bridge.svg');
  });
});
