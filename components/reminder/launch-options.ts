import { isRoutineKind } from '../../lib/routines/kinds';
import type { RoutineKind } from '../../lib/routines/schema';

/** `?routine=two-minute` opens straight into that routine; anything else opens on the card. */
export function startFromQuery(search: string): 'card' | RoutineKind {
  const kind = new URLSearchParams(search).get('routine');
  return isRoutineKind(kind) ? kind : 'card';
}
