// @vitest-environment happy-dom

import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type PlayerResult, RoutinePlayer } from '../../../components/player/RoutinePlayer';
import { buildRoutine, routineSeconds } from '../../../lib/routines/builder';
import { safetyLines } from '../../../lib/routines/safety';
import type { Routine } from '../../../lib/routines/schema';
import { t } from '../../../platform/i18n';

/**
 * A fixed six-step routine made of real built steps (the player's tests should not change
 * with the rotation): the quad stretch and glute squeeze of two-minute lap 0, the chest
 * stretch of the back-and-neck routine, the posture reset of two-minute lap 2.
 *  1 Standing quad stretch, left   prep 5 "Stand up"     hold 20
 *  2 Standing quad stretch, right  prep 3 "Switch sides" hold 20
 *  3 Doorway chest stretch, left   prep 3                hold 20
 *  4 Doorway chest stretch, right  prep 3                hold 20
 *  5 Standing glute squeeze        prep 3                8 reps × 3 s, hold 2
 *  6 Posture reset                 prep 5 "Sit down"     hold 10
 */
const lap0 = buildRoutine('two-minute', { allowFloor: false, rotationIndex: 0 });
const stepsOf = (built: Routine, moveId: string) =>
  built.steps.filter((s) => s.source === 'move' && s.moveId === moveId);
const routine: Routine = {
  ...lap0,
  steps: [
    ...stepsOf(lap0, 'quad-stretch-standing'),
    ...stepsOf(
      buildRoutine('back-and-neck', { allowFloor: false, rotationIndex: 0 }),
      'doorway-chest-stretch',
    ),
    ...stepsOf(lap0, 'glute-squeeze-standing'),
    ...stepsOf(
      buildRoutine('two-minute', { allowFloor: false, rotationIndex: 2 }),
      'posture-reset',
    ),
  ],
};

type DoneFn = (result: PlayerResult) => void;

/** Advance fake time in small steps, the way the browser's interval would fire. */
function advance(ms: number, chunk = 100): void {
  for (let done = 0; done < ms; done += chunk) {
    const step = Math.min(chunk, ms - done);
    act(() => {
      vi.advanceTimersByTime(step);
    });
  }
}

function setup(props: Partial<Parameters<typeof RoutinePlayer>[0]> = {}) {
  const onDone = vi.fn<DoneFn>();
  const utils = render(<RoutinePlayer routine={routine} onDone={onDone} {...props} />);
  const root = screen.getByRole('region', { name: 'Routine player' });
  return { ...utils, onDone, root };
}

const title = () => screen.getByRole('heading', { level: 2 }).textContent;
const stepCount = () => screen.getByText(/^Step \d+ of \d+$/).textContent;
const countdown = () => document.querySelector('.unsit-player__ring-number')?.textContent;
const live = () => document.querySelector('[aria-live="polite"]');

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(new Date('2025-03-03T10:00:00Z'));
});

afterEach(() => {
  cleanup();
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('RoutinePlayer: the first step', () => {
  it('shows the step, its side, cues, illustration, progress and what comes next', () => {
    setup();
    expect(title()).toBe('Standing quad stretch');
    expect(stepCount()).toBe('Step 1 of 6');
    expect(screen.getByText('Left side')).toBeTruthy();
    const img = screen.getByRole('img', { name: 'Standing quad stretch' });
    expect(img.getAttribute('src')).toBe('/moves/quad-stretch-standing.svg');
    const first = routine.steps[0];
    for (const cue of first?.cueLines ?? []) expect(screen.getByText(t(cue))).toBeTruthy();
    const next = document.querySelector('.unsit-player__next');
    expect(next?.textContent).toBe('Next: Standing quad stretch · right side');
    const timer = screen.getByRole('timer');
    expect(timer.getAttribute('aria-label')).toBe('Hold for 20 seconds');
    expect(within(timer).queryByText('5')?.closest('[aria-hidden="true"]')).toBeTruthy();
  });

  it('runs the lead-in first, then counts the hold down', () => {
    setup();
    expect(screen.getByText('Stand up')).toBeTruthy();
    expect(countdown()).toBe('5');
    advance(2000);
    expect(countdown()).toBe('3');
    advance(3000);
    expect(screen.queryByText('Stand up')).toBeNull();
    expect(screen.getByText('Hold the stretch, breathe normally')).toBeTruthy();
    expect(countdown()).toBe('20');
    advance(7000);
    expect(countdown()).toBe('13');
  });

  it("shows the step's picture from the extension's moves folder", () => {
    setup();
    expect(screen.getByRole('img').getAttribute('src')).toBe('/moves/quad-stretch-standing.svg');
  });

  it('focuses its root on mount, unless told not to', () => {
    const { root } = setup();
    expect(document.activeElement).toBe(root);
    expect(root.getAttribute('tabindex')).toBe('-1');
    cleanup();
    const second = setup({ autoFocus: false });
    expect(document.activeElement).not.toBe(second.root);
  });
});

describe('RoutinePlayer: sides and steps', () => {
  it('labels each side and drops the label for a symmetric move', () => {
    const { root } = setup();
    fireEvent.keyDown(root, { key: 'ArrowRight' });
    expect(stepCount()).toBe('Step 2 of 6');
    expect(screen.getByText('Right side')).toBeTruthy();
    expect(screen.queryByText('Left side')).toBeNull();
    expect(screen.getByText('Notice which side feels tighter.')).toBeTruthy();
    expect(screen.getByText('Switch sides')).toBeTruthy();
    fireEvent.keyDown(root, { key: 'ArrowRight' });
    fireEvent.keyDown(root, { key: 'ArrowRight' });
    fireEvent.keyDown(root, { key: 'ArrowRight' });
    expect(title()).toBe('Standing glute squeeze');
    expect(screen.queryByText(/side$/i)).toBeNull();
  });

  it('names the working limb, mirrors the second side, and says what the move is for', () => {
    const { root } = setup();
    const art = () => screen.getByRole('img', { name: 'Standing quad stretch' });
    expect(screen.getByText(/^Left leg: catch your left ankle/)).toBeTruthy();
    expect(screen.getByText('Lengthens the front of your hip and thigh.')).toBeTruthy();
    expect(screen.getByText(/^Can't reach your ankle\?/)).toBeTruthy();
    expect(art().classList.contains('unsit-player__art--mirrored')).toBe(false);
    fireEvent.keyDown(root, { key: 'ArrowRight' });
    expect(screen.getByText(/^Right leg: catch your right ankle/)).toBeTruthy();
    expect(screen.queryByText(/^Left leg/)).toBeNull();
    expect(art().classList.contains('unsit-player__art--mirrored')).toBe(true);
    for (let i = 0; i < 3; i++) fireEvent.keyDown(root, { key: 'ArrowRight' });
    expect(title()).toBe('Standing glute squeeze');
    expect(screen.getByText('Wakes up glutes that sitting has switched off.')).toBeTruthy();
    expect(screen.queryByText(/^(Left|Right) (leg|arm)/)).toBeNull();
  });

  it('moves with ArrowRight and ArrowLeft and restarts the step clock', () => {
    const { root } = setup();
    advance(9000);
    expect(countdown()).toBe('16');
    fireEvent.keyDown(root, { key: 'ArrowRight' });
    expect(stepCount()).toBe('Step 2 of 6');
    expect(countdown()).toBe('3'); // the new step's lead-in, from the top
    fireEvent.keyDown(root, { key: 'ArrowLeft' });
    expect(stepCount()).toBe('Step 1 of 6');
    expect(countdown()).toBe('5');
    advance(6000);
    // Back on the first step restarts it.
    fireEvent.keyDown(root, { key: 'ArrowLeft' });
    expect(stepCount()).toBe('Step 1 of 6');
    expect(countdown()).toBe('5');
  });

  it('has Back and Next buttons, and Finish instead of Next on the last step', () => {
    const { root, onDone } = setup();
    fireEvent.click(screen.getByRole('button', { name: 'Next' }));
    fireEvent.click(screen.getByRole('button', { name: 'Next' }));
    expect(stepCount()).toBe('Step 3 of 6');
    fireEvent.click(screen.getByRole('button', { name: 'Back' }));
    expect(stepCount()).toBe('Step 2 of 6');
    for (let i = 0; i < 4; i++) fireEvent.keyDown(root, { key: 'ArrowRight' });
    expect(stepCount()).toBe('Step 6 of 6');
    expect(screen.queryByRole('button', { name: 'Next' })).toBeNull();
    expect(document.querySelector('.unsit-player__next')?.textContent).toBe('Last move');
    // ArrowRight on the last step does not finish by accident.
    fireEvent.keyDown(root, { key: 'ArrowRight' });
    expect(onDone).not.toHaveBeenCalled();
    advance(2000);
    fireEvent.click(screen.getByRole('button', { name: 'Finish' }));
    expect(onDone).toHaveBeenCalledTimes(1);
    expect(onDone).toHaveBeenCalledWith({
      completed: true,
      ranMs: 2000,
      stoppedForPain: false,
      workedMs: 0,
      plannedMs,
    });
  });
});

/** The routine's planned working time (lead-ins excluded). */
const plannedMs = routine.steps.reduce((sum, step) => sum + step.seconds * 1000, 0);

describe('RoutinePlayer: how much of the routine was done', () => {
  it('played through: all of its working time ran', () => {
    const { onDone } = setup();
    advance(routineSeconds(routine) * 1000 + 500, 250);
    expect(onDone).toHaveBeenCalledTimes(1);
    const result = onDone.mock.calls[0]?.[0];
    expect(result?.completed).toBe(true);
    expect(result?.workedMs).toBe(plannedMs);
  });

  it('a step skipped leaves its working time out, and going back does not count one twice', () => {
    const { root, onDone } = setup();
    advance(15_000); // 5 s lead-in, then 10 of the first step's 20 s
    fireEvent.keyDown(root, { key: 'ArrowRight' });
    fireEvent.keyDown(root, { key: 'ArrowLeft' });
    advance(15_000); // the first step again: 10 s of it still counts once
    fireEvent.keyDown(root, { key: 'Escape' });
    expect(onDone.mock.calls[0]?.[0].workedMs).toBe(10_000);
  });

  it('at speed 20 it reports real time: the same share of a 20× shorter plan', () => {
    const { onDone } = setup({ speed: 20 });
    advance((routineSeconds(routine) * 1000) / 20 + 500, 50);
    const result = onDone.mock.calls[0]?.[0];
    expect(result?.plannedMs).toBe(Math.round(plannedMs / 20));
    expect(result?.workedMs).toBe(result?.plannedMs);
  });
});

describe('RoutinePlayer: pause', () => {
  it('Space pauses (time stands still) and resumes', () => {
    const { root, onDone } = setup();
    advance(7000);
    expect(countdown()).toBe('18');
    fireEvent.keyDown(root, { key: ' ' });
    expect(screen.getByRole('button', { name: 'Resume' })).toBeTruthy();
    advance(120_000);
    expect(countdown()).toBe('18');
    expect(stepCount()).toBe('Step 1 of 6');
    expect(onDone).not.toHaveBeenCalled();
    fireEvent.keyDown(root, { key: ' ' });
    expect(screen.getByRole('button', { name: 'Pause' })).toBeTruthy();
    advance(3000);
    expect(countdown()).toBe('15');
    // Paused time does not count as time run.
    fireEvent.keyDown(root, { key: 'Escape' });
    expect(onDone).toHaveBeenCalledWith(
      expect.objectContaining({ completed: false, ranMs: 10_000, stoppedForPain: false }),
    );
  });

  it('leaves Space to a focused button (no double toggle) and pauses on click', () => {
    setup();
    const pause = screen.getByRole('button', { name: 'Pause' });
    pause.focus();
    fireEvent.keyDown(pause, { key: ' ' });
    expect(screen.queryByRole('button', { name: 'Resume' })).toBeNull();
    fireEvent.click(pause);
    expect(screen.getByRole('button', { name: 'Resume' })).toBeTruthy();
  });
});

describe('RoutinePlayer: finishing and stopping', () => {
  it('runs the whole routine at speed 20, advancing by itself, and finishes once', () => {
    const start = Date.now();
    let doneAt = 0;
    const onDone = vi.fn<DoneFn>(() => {
      doneAt = Date.now();
    });
    const onProgress = vi.fn<(ranMs: number) => void>();
    render(<RoutinePlayer routine={routine} speed={20} onDone={onDone} onProgress={onProgress} />);
    const plannedRealMs = (routineSeconds(routine) * 1000) / 20; // 136 s / 20 = 6.8 s
    const seen = new Set<string>();
    for (let t = 0; t < plannedRealMs + 2000 && onDone.mock.calls.length === 0; t += 100) {
      advance(100);
      if (onDone.mock.calls.length === 0) seen.add(stepCount() ?? '');
    }
    expect([...seen]).toEqual(routine.steps.map((_, i) => `Step ${i + 1} of 6`));
    expect(onDone).toHaveBeenCalledTimes(1);
    const result = onDone.mock.calls[0]?.[0];
    expect(result?.completed).toBe(true);
    expect(result?.stoppedForPain).toBe(false);
    // Real milliseconds, not routine time: what the user actually spent.
    expect(result?.ranMs).toBe(doneAt - start);
    expect(result?.ranMs).toBeGreaterThanOrEqual(plannedRealMs);
    expect(result?.ranMs).toBeLessThanOrEqual(plannedRealMs + 250);
    // Progress every ~5 s of real running time.
    expect(onProgress).toHaveBeenCalledTimes(1);
    expect(onProgress.mock.calls[0]?.[0]).toBeGreaterThanOrEqual(5000);
    expect(onProgress.mock.calls[0]?.[0]).toBeLessThan(5300);
    advance(10_000);
    expect(onDone).toHaveBeenCalledTimes(1);
  });

  it('Esc stops early with completed: false and the real time run', () => {
    const { root, onDone } = setup({ speed: 4 });
    advance(3000);
    fireEvent.keyDown(root, { key: 'Escape' });
    expect(onDone).toHaveBeenCalledWith(
      expect.objectContaining({ completed: false, ranMs: 3000, stoppedForPain: false }),
    );
    fireEvent.keyDown(root, { key: 'Escape' });
    expect(onDone).toHaveBeenCalledTimes(1);
  });

  it('the Stop button stops early too', () => {
    const { onDone } = setup();
    advance(1500);
    fireEvent.click(screen.getByRole('button', { name: 'Stop' }));
    expect(onDone).toHaveBeenCalledWith(
      expect.objectContaining({ completed: false, ranMs: 1500, stoppedForPain: false }),
    );
  });

  it('reports progress every ~5 s of running, not while paused', () => {
    const onProgress = vi.fn<(ranMs: number) => void>();
    const { root } = setup({ onProgress });
    advance(4900);
    expect(onProgress).not.toHaveBeenCalled();
    advance(200);
    expect(onProgress).toHaveBeenCalledTimes(1);
    fireEvent.keyDown(root, { key: ' ' });
    advance(30_000);
    expect(onProgress).toHaveBeenCalledTimes(1);
    fireEvent.keyDown(root, { key: ' ' });
    advance(5000);
    expect(onProgress).toHaveBeenCalledTimes(2);
    const second = onProgress.mock.calls[1]?.[0] ?? 0;
    expect(second).toBeGreaterThanOrEqual(10_000);
    expect(second).toBeLessThan(10_300);
  });
});

describe('RoutinePlayer: "Stop — this hurts"', () => {
  it('shows every safety line, then reports stoppedForPain on Close', () => {
    const onPainStop = vi.fn();
    const { onDone } = setup({ onPainStop });
    advance(4000);
    fireEvent.click(screen.getByRole('button', { name: 'Stop — this hurts' }));
    expect(onPainStop).toHaveBeenCalledTimes(1);
    for (const line of safetyLines) expect(screen.getByText(t(line.text))).toBeTruthy();
    const heading = screen.getByRole('heading', { name: 'Stop here' });
    expect(document.activeElement).toBe(heading);
    // The routine is on hold while the lines are read.
    advance(300_000);
    expect(onDone).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(onDone).toHaveBeenCalledTimes(1);
    expect(onDone).toHaveBeenCalledWith(
      expect.objectContaining({ completed: false, ranMs: 4000, stoppedForPain: true }),
    );
  });

  it('Esc closes the safety lines as a pain stop', () => {
    const { root, onDone } = setup();
    advance(1000);
    fireEvent.click(screen.getByRole('button', { name: 'Stop — this hurts' }));
    fireEvent.keyDown(root, { key: ' ' });
    fireEvent.keyDown(root, { key: 'ArrowRight' });
    expect(onDone).not.toHaveBeenCalled();
    fireEvent.keyDown(root, { key: 'Escape' });
    expect(onDone).toHaveBeenCalledWith(
      expect.objectContaining({ completed: false, ranMs: 1000, stoppedForPain: true }),
    );
  });
});

describe('RoutinePlayer: screen readers', () => {
  it('announces each step once, not every second', () => {
    const { root } = setup();
    const region = live();
    expect(region?.getAttribute('aria-live')).toBe('polite');
    expect(region?.textContent).toBe('Step 1 of 6: Standing quad stretch, left side. 20 seconds.');
    let changes = 0;
    const observer = new MutationObserver(() => {
      changes++;
    });
    if (region) observer.observe(region, { childList: true, characterData: true, subtree: true });
    const texts = new Set<string>();
    for (let s = 0; s < 20; s++) {
      advance(1000);
      texts.add(region?.textContent ?? '');
    }
    // 20 s in: countdown moved every second, the live region did not.
    expect(countdown()).toBe('5');
    expect([...texts]).toEqual(['Step 1 of 6: Standing quad stretch, left side. 20 seconds.']);
    expect(changes).toBe(0);
    advance(5000); // the step ends and the next begins
    expect(region?.textContent).toBe('Step 2 of 6: Standing quad stretch, right side. 20 seconds.');
    fireEvent.keyDown(root, { key: ' ' });
    expect(region?.textContent).toBe('Paused');
    fireEvent.keyDown(root, { key: ' ' });
    expect(region?.textContent).toBe('Resumed');
    observer.disconnect();
  });

  it('hides the ticking number and names the timer once per step', () => {
    const { root } = setup();
    const timer = screen.getByRole('timer');
    const number = document.querySelector('.unsit-player__ring-number');
    expect(number?.closest('[aria-hidden="true"]')).toBeTruthy();
    advance(10_000);
    expect(timer.getAttribute('aria-label')).toBe('Hold for 20 seconds');
    for (let i = 0; i < 4; i++) fireEvent.keyDown(root, { key: 'ArrowRight' });
    expect(screen.getByRole('timer').getAttribute('aria-label')).toBe('8 reps, 3 seconds each');
  });
});

describe('RoutinePlayer: reps', () => {
  it('counts reps paced by secondsPerRep and shows the hold', () => {
    const { root } = setup();
    for (let i = 0; i < 4; i++) fireEvent.keyDown(root, { key: 'ArrowRight' });
    expect(live()?.textContent).toBe('Step 5 of 6: Standing glute squeeze. 8 reps.');
    expect(screen.getByText('Get ready')).toBeTruthy();
    advance(3000); // lead-in over
    expect(screen.getByText('Rep 1 of 8')).toBeTruthy();
    expect(screen.getByText('Move')).toBeTruthy();
    advance(600); // 0.5 s to get into it, then the 2 s hold
    expect(screen.getByText('Hold')).toBeTruthy();
    advance(2000);
    expect(screen.getByText('Release')).toBeTruthy();
    expect(screen.getByText('Rep 1 of 8')).toBeTruthy();
    advance(500); // 3.1 s into the set
    expect(screen.getByText('Rep 2 of 8')).toBeTruthy();
    advance(6000);
    expect(screen.getByText('Rep 4 of 8')).toBeTruthy();
    expect(countdown()).toBe('4');
    advance(12_000);
    expect(screen.getByText('Rep 8 of 8')).toBeTruthy();
    advance(3000); // set over: on to the posture reset
    expect(title()).toBe('Posture reset');
  });
});

describe('RoutinePlayer: keyboard scope', () => {
  it('listens on its root, not the window', () => {
    setup();
    fireEvent.keyDown(document.body, { key: 'ArrowRight' });
    fireEvent.keyDown(window, { key: 'ArrowRight' });
    expect(stepCount()).toBe('Step 1 of 6');
  });

  it('ignores keys typed into a text field and keys with modifiers', () => {
    const { root, onDone } = setup();
    const input = document.createElement('input');
    input.type = 'text';
    root.appendChild(input);
    fireEvent.keyDown(input, { key: 'ArrowRight' });
    fireEvent.keyDown(input, { key: ' ' });
    fireEvent.keyDown(input, { key: 'Escape' });
    expect(stepCount()).toBe('Step 1 of 6');
    expect(screen.queryByRole('button', { name: 'Resume' })).toBeNull();
    fireEvent.keyDown(root, { key: 'ArrowRight', altKey: true });
    fireEvent.keyDown(root, { key: 'ArrowRight', ctrlKey: true });
    expect(stepCount()).toBe('Step 1 of 6');
    expect(onDone).not.toHaveBeenCalled();
    input.remove();
  });
});

describe('RoutinePlayer: chime', () => {
  class FakeParam {
    readonly calls: string[] = [];
    value = 0;
    setValueAtTime(v: number) {
      this.calls.push(`set ${v}`);
      this.value = v;
    }
    linearRampToValueAtTime(v: number) {
      this.calls.push(`linear ${v}`);
    }
    exponentialRampToValueAtTime(v: number) {
      this.calls.push(`exp ${v}`);
    }
  }
  const oscillators: { type: string; frequency: FakeParam; started: boolean }[] = [];
  const gains: FakeParam[] = [];
  let contexts = 0;
  class FakeAudioContext {
    state = 'running';
    currentTime = 0;
    destination = {};
    constructor() {
      contexts++;
    }
    createOscillator() {
      const osc = {
        type: 'square',
        frequency: new FakeParam(),
        started: false,
        connect: () => undefined,
        start() {
          osc.started = true;
        },
        stop: () => undefined,
      };
      oscillators.push(osc);
      return osc;
    }
    createGain() {
      const gain = new FakeParam();
      gains.push(gain);
      return { gain, connect: () => undefined };
    }
    resume() {
      return Promise.resolve();
    }
    close() {
      return Promise.resolve();
    }
  }

  beforeEach(() => {
    oscillators.length = 0;
    gains.length = 0;
    contexts = 0;
  });

  it('plays a soft 660 Hz sine at each step change when sound is on', () => {
    vi.stubGlobal('AudioContext', FakeAudioContext);
    const { root } = setup({ sound: true });
    expect(oscillators).toHaveLength(0); // not at mount
    fireEvent.keyDown(root, { key: 'ArrowRight' });
    expect(contexts).toBe(1);
    expect(oscillators).toHaveLength(1);
    expect(oscillators[0]?.type).toBe('sine');
    expect(oscillators[0]?.frequency.value).toBe(660);
    expect(oscillators[0]?.started).toBe(true);
    // Gentle envelope: from near silence up to a low peak and back down.
    expect(gains[0]?.calls).toEqual(['set 0.0001', 'linear 0.12', 'exp 0.0001']);
    advance(23_000); // step 2 runs out: auto-advance chimes too
    expect(stepCount()).toBe('Step 3 of 6');
    expect(oscillators).toHaveLength(2);
    expect(contexts).toBe(1);
  });

  it('stays silent when sound is off', () => {
    vi.stubGlobal('AudioContext', FakeAudioContext);
    const { root } = setup();
    fireEvent.keyDown(root, { key: 'ArrowRight' });
    expect(contexts).toBe(0);
  });

  it('does not throw without WebAudio', () => {
    vi.stubGlobal('AudioContext', undefined);
    vi.stubGlobal('webkitAudioContext', undefined);
    const { root } = setup({ sound: true });
    expect(() => fireEvent.keyDown(root, { key: 'ArrowRight' })).not.toThrow();
    expect(stepCount()).toBe('Step 2 of 6');
  });

  it('does not throw when the AudioContext constructor throws', () => {
    vi.stubGlobal(
      'AudioContext',
      class {
        constructor() {
          throw new Error('blocked');
        }
      },
    );
    const { root } = setup({ sound: true });
    fireEvent.keyDown(root, { key: 'ArrowRight' });
    fireEvent.keyDown(root, { key: 'ArrowRight' });
    expect(stepCount()).toBe('Step 3 of 6');
  });
});
