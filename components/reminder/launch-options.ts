import { type RoutineKind, routineKindSchema } from '../../lib/routines/schema';

/** `?routine=two-minute` opens straight into that routine; anything else opens on the card. */
export function startFromQuery(search: string): 'card' | RoutineKind {
  const parsed = routineKindSchema.safeParse(new URLSearchParams(search).get('routine'));
  return parsed.success ? parsed.data : 'card';
}

/**
 * Browser tests run routines faster with `?speed=N`. Only test builds honour
 * it: in production the constant folds to false and the player runs in real time.
 */
export function testSpeed(search: string): number {
  if (import.meta.env.MODE !== 'e2e') return 1;
  const speed = Number(new URLSearchParams(search).get('speed'));
  return Number.isFinite(speed) && speed >= 1 && speed <= 100 ? speed : 1;
}
