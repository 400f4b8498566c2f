import { useEffect, useRef, useState } from 'preact/hooks';

/**
 * The routine player's clock.
 *
 * Time comes from timestamps (`Date.now()`), never from counting ticks: the interval
 * only asks for a re-render about four times a second, and each render reads the time
 * afresh. A late or throttled tick therefore shows the right time when it lands.
 * `Date.now()` rather than `performance.now()` so that vitest's fake timers drive it.
 *
 * Two clocks in one:
 * - step time, in routine milliseconds (real milliseconds × `speed`), restarted at every
 *   step change; this is what countdowns use;
 * - run time, in real milliseconds, over the whole run; this is what the player reports
 *   as `ranMs`.
 * Pausing freezes both.
 */
export type PlayerClock = {
  /** Routine milliseconds into the current step, as of this render. */
  stepMs: number;
  paused: boolean;
  pause(): void;
  resume(): void;
  /**
   * Start the step clock again at `carryMs` routine milliseconds (default 0). Use the
   * carry to hand an overshoot on to the next step so the run keeps its planned length.
   */
  restartStep(carryMs?: number): void;
  /** Real milliseconds the clock has been running (pauses excluded), read now. */
  readRanMs(): number;
  /** Routine milliseconds into the current step, read now. */
  readStepMs(): number;
};

export type PlayerClockOptions = {
  /** Time multiplier for step time, default 1. */
  speed?: number;
  /** How often to re-render while running, default 250 ms. */
  tickMs?: number;
};

type ClockState = {
  /** When the current running stretch began (real ms), or null while paused. */
  runningSince: number | null;
  /** Routine ms of the current step banked before `runningSince`. */
  stepBank: number;
  /** Real ms of the run banked before `runningSince`. */
  ranBank: number;
};

export function usePlayerClock(options: PlayerClockOptions = {}): PlayerClock {
  const speed = options.speed !== undefined && options.speed > 0 ? options.speed : 1;
  const tickMs = options.tickMs ?? 250;
  const [paused, setPaused] = useState(false);
  const [, setTick] = useState(0);
  const stateRef = useRef<ClockState | null>(null);
  if (stateRef.current === null) {
    stateRef.current = { runningSince: Date.now(), stepBank: 0, ranBank: 0 };
  }
  const state = stateRef.current;
  // Kept current so a speed change only rescales time from now on.
  const speedRef = useRef(speed);

  /** Moves the running stretch so far into the banks; returns the time used. */
  const bank = (): number => {
    const now = Date.now();
    if (state.runningSince !== null) {
      const real = Math.max(0, now - state.runningSince);
      state.ranBank += real;
      state.stepBank += real * speedRef.current;
      state.runningSince = now;
    }
    return now;
  };
  if (speedRef.current !== speed) {
    bank();
    speedRef.current = speed;
  }

  const running = (now: number): number =>
    state.runningSince === null ? 0 : Math.max(0, now - state.runningSince);
  const readStepMs = (): number => state.stepBank + running(Date.now()) * speedRef.current;
  const readRanMs = (): number => state.ranBank + running(Date.now());

  useEffect(() => {
    if (paused) return;
    const id = setInterval(() => setTick((n) => n + 1), tickMs);
    return () => clearInterval(id);
  }, [paused, tickMs]);

  return {
    stepMs: readStepMs(),
    paused,
    pause() {
      if (state.runningSince === null) return;
      bank();
      state.runningSince = null;
      setPaused(true);
    },
    resume() {
      if (state.runningSince !== null) return;
      state.runningSince = Date.now();
      setPaused(false);
    },
    restartStep(carryMs = 0) {
      bank();
      state.stepBank = Math.max(0, carryMs);
      setTick((n) => n + 1);
    },
    readRanMs,
    readStepMs,
  };
}
