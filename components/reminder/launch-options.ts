import { type RoutineKind, routineKindSchema } from '../../lib/routines/schema';

/** `?routine=two-minute` opens straight into that routine; anything else opens on the card. */
export function startFromQuery(search: string): 'card' | RoutineKind {
  const parsed = routineKindSchema.safeParse(new URLSearchParams(search).get('routine'));
  return parsed.success ? parsed.data : 'card';
}
