import type { BreakKind } from '../day-totals';
import type { Activity } from './state';

/** Everything that can happen to the sitting clock, each stamped with when it happened. */
export type ClockEvent =
  /** The idle API reported a state: `change` from its event, `poll` from a query on a heartbeat. */
  | { type: 'observe'; at: number; state: Activity; source: 'change' | 'poll' }
  /** The browser (re)started: whatever happened since the last event is unknown, so it is rest. */
  | { type: 'startup'; at: number; state: Activity }
  /** A break the user took with Unsit: a finished routine or "I stood up". */
  | {
      type: 'break';
      at: number;
      kind: Exclude<BreakKind, 'natural'>;
      id: string;
      /** When the break began (a routine's start); defaults to `at`. */
      startedAt?: number;
    }
  /** A routine left early: recorded with how long it ran; the bout goes on. */
  | { type: 'partial'; at: number; id: string; ranMs: number }
  | { type: 'snooze'; at: number }
  | { type: 'skip'; at: number }
  | { type: 'pause'; at: number; until: number }
  | { type: 'resume'; at: number }
  /** An alarm fired or settings changed: only bring the clock up to date. */
  | { type: 'tick'; at: number };

export type ClockEffect = { type: 'remind'; at: number };
