import { isRecord, type output, type Schema } from './schema';

// Stored data outlives the code that wrote it and may be damaged by hand,
// by a bug or by another version. A corrupt field must not take the rest of
// the record with it, so objects are validated field by field: each field
// that fails its own schema falls back to its default, the others are kept.
// Nothing here throws.

type Shape = Record<string, Schema<unknown>>;

export function parseFieldByField<S extends Shape>(
  shape: S,
  defaults: { [K in keyof S]: output<S[K]> },
  raw: unknown,
): { [K in keyof S]: output<S[K]> } {
  const source = isRecord(raw) ? raw : {};
  const out = { ...defaults };
  for (const key of Object.keys(shape) as Array<keyof S & string>) {
    if (!(key in source)) continue;
    const schema = shape[key];
    if (schema === undefined) continue;
    const parsed = schema.safeParse(source[key]);
    if (parsed.success) out[key] = parsed.data as output<S[typeof key]>;
  }
  return out;
}
