import type { RoutineWork } from './breaks';
import type { Activity } from './state';

/** Everything that can happen to the sitting clock, each stamped with when it happened. */
export type ClockEvent =
  /** The idle API reported a state: `change` from its event, `poll` from a query on a heartbeat. */
  | { type: 'observe'; at: number; state: Activity; source: 'change' | 'poll' }
  /** The browser (re)started: whatever happened since the last event is unknown, so it is rest. */
  | { type: 'startup'; at: number; state: Activity }
  /** "I stood up": a break the user says they took. */
  | { type: 'break'; at: number; kind: 'acknowledged'; id: string }
  /** A routine played to the end: a break when it was done (see breaks.ts), else a routine not done. */
  | {
      type: 'break';
      at: number;
      kind: 'routine';
      id: string;
      /** When the page says it began; used only when the background did not see it start. */
      startedAt?: number;
      work: RoutineWork;
    }
  /** A routine began (its id is the one its end will carry). */
  | { type: 'routine-start'; at: number; id: string }
  /** A routine left early: recorded with how long it ran; the bout goes on. */
  | { type: 'partial'; at: number; id: string; ranMs: number }
  /** "I'm standing" at a sit-stand desk, and "I sat down" (see standing.ts). */
  | { type: 'stand'; at: number }
  | { type: 'sit'; at: number }
  | { type: 'snooze'; at: number }
  | { type: 'skip'; at: number }
  | { type: 'pause'; at: number; until: number }
  | { type: 'resume'; at: number }
  /** An alarm fired or settings changed: only bring the clock up to date. */
  | { type: 'tick'; at: number };
