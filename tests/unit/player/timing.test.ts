import { describe, expect, it } from 'vitest';
import { t } from '../../../components/i18n';
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
import type { Step } from '../../../lib/routines/schema';

const routine = buildRoutine('two-minute', { allowFloor: false, rotationIndex: 0 });
const stepAt = (i: number): Step => {
  const step = routine.steps[i];
  if (step === undefined) throw new Error(`no step ${i}`);
  return step;
};
const quadLeft = stepAt(0); // prep 5 "Stand up", hold 20
const squeeze = stepAt(4); // prep 3, 8 reps × 3 s, hold 2

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
    const noHold: Step = { ...squeeze, reps: { count: 8, secondsPerRep: 3 } };
    expect(viewStep(noHold, 3600)).toMatchObject({ phase: 'reps', part: null });
  });
});

describe('repPart', () => {
  it('moves in for at most a second, holds, then releases slowly', () => {
    // 11 s rep with a 3 s hold: 1 s in, 3 s hold, 7 s release.
    expect(repPart(999, 11, 3)).toBe('move');
    expect(repPart(1000, 11, 3)).toBe('hold');
    expect(repPart(3999, 11, 3)).toBe('hold');
    expect(repPart(4000, 11, 3)).toBe('release');
    expect(repPart(10_999, 11, 3)).toBe('release');
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
      'Step 1 of 6: Standing quad stretch, left side. 20 seconds.',
    );
    expect(announceStep(routine, 4)).toBe('Step 5 of 6: Standing glute squeeze. 8 reps.');
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
