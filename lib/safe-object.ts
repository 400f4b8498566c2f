import type { z } from './zod';

// Stored data outlives the code that wrote it and may be damaged by hand,
// by a bug or by another version. A corrupt field must not take the rest of
// the record with it, so objects are validated field by field: each field
// that fails its own schema falls back to its default, the others are kept.
// Nothing here throws.

/** A plain JSON-like object (not null, not an array): what stored records must be. */
export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

type Shape = Record<string, z.ZodMiniType>;

export function parseFieldByField<S extends Shape>(
  shape: S,
  defaults: { [K in keyof S]: z.output<S[K]> },
  raw: unknown,
): { [K in keyof S]: z.output<S[K]> } {
  const source = isRecord(raw) ? raw : {};
  const out = { ...defaults };
  for (const key of Object.keys(shape) as Array<keyof S & string>) {
    if (!(key in source)) continue;
    const schema = shape[key];
    if (schema === undefined) continue;
    const parsed = schema.safeParse(source[key]);
    if (parsed.success) out[key] = parsed.data as z.output<S[typeof key]>;
  }
  return out;
}
