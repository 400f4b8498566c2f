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
};

const detectionSeconds = IDLE_DETECTION_MS / 1000;
/** The idle API's shortest interval; a quarter-minute without input is a natural pause. */
const PAUSE_SECONDS = (15 * SECOND) / 1000;

const browserIdle: IdleSource = {
  async query() {
    return (await browser.idle.queryState(detectionSeconds)) as Activity;
  },
  async typingPause() {
    return (await browser.idle.queryState(PAUSE_SECONDS)) !== 'active';
  },
  onChange(listener) {
    browser.idle.setDetectionInterval(detectionSeconds);
    browser.idle.onStateChanged.addListener((state) => listener(state as Activity));
  },
};

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

export function onIdleStateChange(listener: (state: Activity) => void): void {
  source.onChange(listener);
}
