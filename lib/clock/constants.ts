import { MINUTE, SECOND } from '../time';

/** The idle API reports `idle` this long after the last input (Chrome's minimum is 15 s). */
export const IDLE_DETECTION_MS = 60 * SECOND;

/** While the user is active, a heartbeat alarm wakes the worker this often. */
export const HEARTBEAT_MS = 1 * MINUTE;

/**
 * A silence between events longer than this while "active" means the
 * computer slept or the browser was closed: the time is rest, never sitting.
 * Alarms can fire somewhat late, so this is well above the heartbeat period.
 */
export const MAX_GAP_MS = 2.5 * MINUTE;

/** Bouts shorter than this are a brush of the mouse, not sitting: not counted as bouts. */
export const MIN_BOUT_MS = 1 * MINUTE;

/** Bouts at least this long are reported as long bouts (a common sitting-health threshold). */
export const LONG_BOUT_MS = 30 * MINUTE;
