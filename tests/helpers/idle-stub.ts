import { fakeBrowser } from 'wxt/testing';
import type { Activity } from '../../lib/clock/state';

// WXT's fake browser has no idle API. This stub behaves like Chrome's: a
// queryable state and an onStateChanged event the test fires by hand.

type Listener = (state: Activity) => unknown;

export function installIdleStub() {
  let state: Activity = 'active';
  let typingPause = false;
  let detection = 60;
  let listeners: Listener[] = [];
  const idle = {
    // A short interval asks "a pause in typing?"; the detection interval asks "away?".
    queryState: async (seconds: number) =>
      seconds < 60 && typingPause && state === 'active' ? 'idle' : state,
    setDetectionInterval: (seconds: number) => {
      detection = seconds;
    },
    onStateChanged: {
      addListener: (listener: Listener) => {
        listeners.push(listener);
      },
      removeListener: (listener: Listener) => {
        listeners = listeners.filter((l) => l !== listener);
      },
      hasListener: (listener: Listener) => listeners.includes(listener),
    },
  };
  Object.assign(fakeBrowser, { idle });
  return {
    get state() {
      return state;
    },
    /** Sets the state and delivers the change event, awaiting the listeners. */
    async set(next: Activity) {
      state = next;
      await Promise.all(listeners.map((listener) => listener(next)));
    },
    /** Whether the user has paused typing for the last few seconds. */
    setTypingPause(pause: boolean) {
      typingPause = pause;
    },
    /** The interval after which the change event reports `idle`, as last set. */
    get detectionSeconds() {
      return detection;
    },
    /**
     * The user stopped typing that interval ago (the caller sets the time): with an interval
     * under a minute Chrome now reports `idle`, while the away state stays `active`.
     */
    async pauseTyping() {
      typingPause = true;
      if (detection < 60 && state === 'active') {
        await Promise.all(listeners.map((listener) => listener('idle')));
      }
    },
    /** A killed worker loses its listeners; the new one registers its own. */
    removeAllListeners() {
      listeners = [];
    },
  };
}
