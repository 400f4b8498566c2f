// @vitest-environment happy-dom
import { act, cleanup, renderHook } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { usePlayerClock } from '../../../components/player/use-player-clock';

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(new Date('2025-03-03T10:00:00Z'));
});

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

/** Advance fake time in 50 ms acts, so each interval tick gets its own render. */
function tick(ms: number): void {
  for (let done = 0; done < ms; done += 50) {
    act(() => {
      vi.advanceTimersByTime(Math.min(50, ms - done));
    });
  }
}

describe('usePlayerClock', () => {
  it('scales step time by speed and keeps run time real', () => {
    const { result } = renderHook(() => usePlayerClock({ speed: 20 }));
    expect(result.current.stepMs).toBe(0);
    tick(1000);
    expect(result.current.stepMs).toBe(20_000);
    expect(result.current.readRanMs()).toBe(1000);
  });

  it('re-renders about four times a second while running', () => {
    let renders = 0;
    renderHook(() => {
      renders++;
      return usePlayerClock();
    });
    const before = renders;
    tick(1000);
    expect(renders - before).toBe(4);
  });

  it('reads time from timestamps, so a late tick still shows the right time', () => {
    const { result } = renderHook(() => usePlayerClock());
    // Time jumps without the interval firing (e.g. a throttled background tab).
    vi.setSystemTime(Date.now() + 7000);
    tick(250);
    expect(result.current.stepMs).toBe(7250);
  });

  it('freezes while paused and stops ticking', () => {
    let renders = 0;
    const { result } = renderHook(() => {
      renders++;
      return usePlayerClock({ speed: 2 });
    });
    tick(1500);
    act(() => result.current.pause());
    expect(result.current.paused).toBe(true);
    const frozen = renders;
    tick(60_000);
    expect(renders).toBe(frozen);
    expect(result.current.readStepMs()).toBe(3000);
    expect(result.current.readRanMs()).toBe(1500);
    act(() => result.current.resume());
    tick(500);
    expect(result.current.stepMs).toBe(4000);
    expect(result.current.readRanMs()).toBe(2000);
  });

  it('restarts the step clock with an optional carry, keeping run time', () => {
    const { result } = renderHook(() => usePlayerClock());
    tick(3000);
    act(() => result.current.restartStep(400));
    expect(result.current.stepMs).toBe(400);
    tick(1000);
    expect(result.current.stepMs).toBe(1400);
    expect(result.current.readRanMs()).toBe(4000);
  });
});
