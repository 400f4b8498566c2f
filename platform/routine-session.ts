import { browser } from 'wxt/browser';
import type { RoutineWork } from '../lib/clock/breaks';
import { ROUTINE_PORT, type RoutinePortMessage, type Status } from '../lib/messages';
import type { RoutineKind } from '../lib/routines/kinds';
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

/** Connections in a row a session makes before it gives up (a worker restarting in a loop). */
const MAX_CONNECTS = 10;

export function startRoutineSession(kind: RoutineKind): RoutineSession {
  const id = crypto.randomUUID();
  const startedAt = Date.now();
  let port: ReturnType<typeof browser.runtime.connect> | null = null;
  let last: RoutinePortMessage | null = null;
  let ended = false;
  let connects = 0;
  // The port drops when the worker is stopped mid-routine (Chrome stops an idle one; an update
  // restarts it). The routine goes on, so the page connects again and hands the new worker its
  // progress: a page closed later still leaves its partial record.
  const connect = () => {
    if (ended || connects >= MAX_CONNECTS) return;
    connects++;
    try {
      const next = browser.runtime.connect({ name: ROUTINE_PORT });
      port = next;
      next.onDisconnect.addListener(() => {
        if (port !== next) return;
        port = null;
        connect();
      });
      if (last) next.postMessage(last);
    } catch {
      // Without a port a closed page loses only the partial record; finish and stop still work.
      port = null;
    }
  };
  const post = (message: RoutinePortMessage) => {
    if (message.type === 'progress') last = message;
    try {
      port?.postMessage(message);
    } catch {
      port = null;
      connect();
    }
  };
  const close = () => {
    post({ type: 'done', id });
    const was = port;
    port = null;
    was?.disconnect();
  };
  connect();
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
      return request('recordBreak', {
        kind: 'routine',
        id,
        startedAt,
        work: rounded,
        routine: kind,
      });
    },
    stop(ranMs) {
      ended = true;
      close();
      return request('recordPartial', { id, ranMs: Math.round(ranMs) });
    },
  };
}
