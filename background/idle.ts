import { browser } from 'wxt/browser';
import { IDLE_DETECTION_MS } from '../lib/clock/constants';
import type { Activity } from '../lib/clock/state';
import { SECOND } from '../lib/time';

// The idle API, behind a seam: test builds replace the source of truth
// (headless Chromium always reports `active`), production uses the browser.

type IdleSource = {
  query(): Promise<Activity>;
  /** No input for the last few seconds: a pause in typing, a moment to interrupt. */
  typingPause(): Promise<boolean>;
  onChange(listener: (state: Activity) => void): void;
  /** The interval after which the change event reports `idle`. */
  setDetection(seconds: number): void;
};

const detectionSeconds = IDLE_DETECTION_MS / 1000;
/** The idle API's shortest interval; a quarter-minute without input is a natural pause. */
export const PAUSE_SECONDS = (15 * SECOND) / 1000;

const browserIdle: IdleSource = {
  async query() {
    return (await browser.idle.queryState(detectionSeconds)) as Activity;
  },
  async typingPause() {
    return (await browser.idle.queryState(PAUSE_SECONDS)) !== 'active';
  },
  onChange(listener) {
    browser.idle.onStateChanged.addListener((state) => listener(state as Activity));
  },
  setDetection(seconds) {
    browser.idle.setDetectionInterval(seconds);
  },
};

/**
 * The interval this worker set. Every worker starts at the away interval (the browser keeps
 * the last one set, which may be a dead worker's); the first wake-up sets what is wanted.
 */
let detection = detectionSeconds;

let source: IdleSource = browserIdle;

export function useIdleSource(replacement: IdleSource): void {
  source = replacement;
}

export function queryIdleState(): Promise<Activity> {
  return source.query();
}

export function queryTypingPause(): Promise<boolean> {
  return source.typingPause();
}

/**
 * Listens for idle changes. While the pause watch is on, an `idle` report means 15 s without
 * input, a pause in typing and not an absence: the listener is told so with `pause`.
 */
export function onIdleStateChange(listener: (state: Activity, pause: boolean) => void): void {
  source.setDetection(detectionSeconds);
  detection = detectionSeconds;
  source.onChange((state) => listener(state, state === 'idle' && detection < detectionSeconds));
}

/** Listens for a pause in typing (15 s) instead of an absence (60 s), or back. */
export function watchForPauses(on: boolean): void {
  const wanted = on ? PAUSE_SECONDS : detectionSeconds;
  if (wanted === detection) return;
  detection = wanted;
  source.setDetection(wanted);
}
