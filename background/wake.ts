import type { ClockEvent } from '../lib/clock/events';
import type { Settings } from '../lib/settings';
import { runningItem } from '../platform/store';
import { queryIdleState } from './idle';
import { presence } from './presence';

/**
 * The event for "the worker woke up and looked around": a poll of the idle
 * state, or a startup when the browser or extension has just (re)started.
 */
export async function lookAround(now: number, settings: Settings): Promise<ClockEvent> {
  const state = await presence(await queryIdleState(), settings);
  // A worker never outlives a browser or extension restart: once it has seen
  // the flag, later wake-ups of the same worker need not read it again.
  if (!seenRunning) {
    seenRunning = true;
    if (!(await runningItem.getValue())) {
      await runningItem.setValue(true);
      return { type: 'startup', at: now, state };
    }
  }
  return { type: 'observe', at: now, state, source: 'poll' };
}

let seenRunning = false;
