// The routines the builder makes, without zod: a page that only needs to check a kind (the
// break window reads one from its URL) does not load the content schemas.

export const ROUTINE_KINDS = [
  'two-minute',
  'posture-check',
  'hip-flexors',
  'glutes',
  'back-and-neck',
  'seated-break',
  'walk',
] as const;
export type RoutineKind = (typeof ROUTINE_KINDS)[number];

export function isRoutineKind(value: unknown): value is RoutineKind {
  return (ROUTINE_KINDS as readonly unknown[]).includes(value);
}
