import { browser } from 'wxt/browser';
import { IDLE_DETECTION_MS } from '../lib/clock/constants';
import type { Activity } from '../lib/clock/state';

// The idle API, behind a seam: test builds replace the source of truth
// (headless Chromium always reports `active`), production uses the browser.

type IdleSource = {
  query(): Promise<Activity>;
  onChange(listener: (state: Activity) => void): void;
};

const detectionSeconds = IDLE_DETECTION_MS / 1000;

const browserIdle: IdleSource = {
  async query() {
    return (await browser.idle.queryState(detectionSeconds)) as Activity;
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

export function onIdleStateChange(listener: (state: Activity) => void): void {
  source.onChange(listener);
}
