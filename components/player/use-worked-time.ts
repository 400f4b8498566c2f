import { useRef } from 'preact/hooks';
import type { Step } from '../../lib/routines/schema';
import type { PlayerClock } from './use-player-clock';

/**
 * Working time that ran, per step (routine ms): skipping a step leaves its share out, going
 * back to it does not count it twice. `note` records the current step's share before it is
 * left; `measure` gives the run's worked and planned time in real milliseconds.
 */
export function useWorkedTime(steps: readonly Step[], speed: number, clock: PlayerClock) {
  const worked = useRef<number[]>([]);
  const note = (index: number): void => {
    const step = steps[index] as Step;
    const workMs = Math.min(step.seconds * 1000, clock.readStepMs() - step.prepSeconds * 1000);
    worked.current[index] = Math.max(worked.current[index] ?? 0, workMs, 0);
  };
  const measure = (index: number) => {
    note(index);
    const total = worked.current.reduce((sum, ms) => sum + (ms ?? 0), 0);
    const planned = steps.reduce((sum, s) => sum + s.seconds * 1000, 0);
    const real = speed > 0 ? speed : 1;
    return { workedMs: Math.round(total / real), plannedMs: Math.round(planned / real) };
  };
  return { note, measure };
}
