import { browser } from 'wxt/browser';
import type { RoutineWork } from '../lib/clock/breaks';
import { ROUTINE_PORT, type RoutinePortMessage, type Status } from '../lib/messages';
import { request } from './api';

/** One run of a routine, from the first step to finish or stop. */
export type RoutineSession = {
  readonly id: string;
  readonly startedAt: number;
  /** Report how long the routine has run, so closing the page mid-way still counts it. */
  progress(ranMs: number): void;
  /** Played to the end: a break of kind "routine" when it was done (see lib/clock/breaks.ts). */
  finish(work: RoutineWork): Promise<Status>;
  /** Left early: recorded as partial with how long it ran. */
  stop(ranMs: number): Promise<Status>;
};

export function startRoutineSession(): RoutineSession {
  const id = crypto.randomUUID();
  const startedAt = Date.now();
  let port: ReturnType<typeof browser.runtime.connect> | null = null;
  try {
    port = browser.runtime.connect({ name: ROUTINE_PORT });
  } catch {
    // Without a port a closed page loses only the partial record; finish and stop still work.
  }
  const post = (message: RoutinePortMessage) => {
    try {
      port?.postMessage(message);
    } catch {
      port = null;
    }
  };
  const close = () => {
    post({ type: 'done', id });
    port?.disconnect();
    port = null;
  };
  let ended = false;
  // The background notes the start by its own clock, to check the end against.
  post({ type: 'start', id });
  return {
    id,
    startedAt,
    progress(ranMs) {
      if (!ended) post({ type: 'progress', id, ranMs: Math.round(ranMs) });
    },
    finish(work) {
      ended = true;
      close();
      const rounded = {
        workedMs: Math.round(work.workedMs),
        plannedMs: Math.round(work.plannedMs),
        ranMs: Math.round(work.ranMs),
      };
      return request('recordBreak', { kind: 'routine', id, startedAt, work: rounded });
    },
    stop(ranMs) {
      ended = true;
      close();
      return request('recordPartial', { id, ranMs: Math.round(ranMs) });
    },
  };
}
