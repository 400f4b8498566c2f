import { isRecord } from '../safe-object';
import { ROUTINE_KINDS, type RoutineKind } from './kinds';

// Where each kind of routine is in its rotation: how many of that kind the user finished.
// One count per kind, so a user who alternates the 2-minute break with the posture check
// still walks the whole 2-minute rotation; only finished routines count, so stopping early
// shows the same moves next time instead of skipping past them. Pure; the background
// stores it (`local:rotation`).

export type RotationCounts = Record<RoutineKind, number>;

export type Rotation = {
  /** Finished routines per kind. */
  counts: RotationCounts;
  /** The ids of the last finished routines, so a repeated message is counted once. */
  recentIds: string[];
};

const KEEP_IDS = 20;

export const emptyCounts: RotationCounts = Object.freeze(
  Object.fromEntries(ROUTINE_KINDS.map((kind) => [kind, 0])) as RotationCounts,
);

export const emptyRotation: Rotation = Object.freeze({ counts: emptyCounts, recentIds: [] });

const isCount = (value: unknown): value is number =>
  typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;

/** Reads a stored rotation of any shape: a bad count is 0, bad ids are dropped. */
export function parseRotation(raw: unknown): Rotation {
  if (!isRecord(raw)) return emptyRotation;
  const counts = { ...emptyCounts };
  const rawCounts = isRecord(raw.counts) ? raw.counts : {};
  for (const kind of ROUTINE_KINDS) {
    const value = rawCounts[kind];
    if (isCount(value)) counts[kind] = value;
  }
  const recentIds = Array.isArray(raw.recentIds)
    ? raw.recentIds.filter((id): id is string => typeof id === 'string').slice(-KEEP_IDS)
    : [];
  return { counts, recentIds };
}

/** A routine of this kind was finished: the next one of its kind takes the next lap. */
export function recordFinished(rotation: Rotation, kind: RoutineKind, id: string): Rotation {
  if (rotation.recentIds.includes(id)) return rotation;
  return {
    counts: { ...rotation.counts, [kind]: rotation.counts[kind] + 1 },
    recentIds: [...rotation.recentIds, id].slice(-KEEP_IDS),
  };
}
