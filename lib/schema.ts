// A small validator with the part of zod/mini's API that Unsit's runtime data
// needs: settings, the clock, day totals and messages. Import it as
// `import * as z from './schema'` and write schemas as with zod/mini:
// `z.number().check(z.int(), z.minimum(10))`.
//
// Why not zod: even zod/mini costs about 9 KB gzip for these schemas, more
// than half of the background's 15 KB budget (issue 6; `npm run bench` prints
// the sizes). This file is about 1 KB gzip. The routine catalogue, which only
// unit tests validate, keeps full zod (lib/routines/schema.ts).
//
// Every constructor is marked free of side effects, so a page that imports a
// module only for a constant or a type does not carry its schemas. Schemas
// built with `.check(...)` at the top level of a module need a
// `/* @__PURE__ */` mark for the same reason (a bundler cannot know that a
// method call is pure).

export type PathKey = string | number;
export type Issue = { path: PathKey[]; message: string };
export type SafeParseResult<T> =
  | { success: true; data: T; error?: undefined }
  | { success: false; data?: undefined; error: { issues: Issue[] } };

/** Validates `value` found at `path`, adds what is wrong to `issues` and returns the parsed value. */
type Run<T> = (value: unknown, path: PathKey[], issues: Issue[]) => T;

/** A refinement run after the type check: `test` returns a message when the value fails. */
export interface Check<T> {
  test?(value: T): string | undefined;
  /** Replaces the value before later checks (as `trim`). */
  map?(value: T): T;
  /** Bounds a number schema shows as `minValue`/`maxValue` (forms read them). */
  min?: number;
  max?: number;
}

export interface Schema<T> {
  readonly _run: Run<T>;
  /** Parses without throwing. */
  safeParse(value: unknown): SafeParseResult<T>;
  /** A copy with these checks added. */
  check(...checks: Check<T>[]): this;
}

export interface NumberSchema extends Schema<number> {
  readonly minValue: number | null;
  readonly maxValue: number | null;
}

export interface OptionalSchema<T> extends Schema<T | undefined> {
  readonly optional: true;
}

type Shape = Readonly<Record<string, Schema<unknown>>>;

export interface ObjectSchema<S extends Shape, T = ObjectOutput<S>> extends Schema<T> {
  readonly shape: S;
  readonly strict: boolean;
}

type Output<S> = S extends { readonly _run: Run<infer T> } ? T : never;

export type { Output as infer, Output as output };

type OptionalKeys<S extends Shape> = {
  [K in keyof S]: S[K] extends { optional: true } ? K : never;
}[keyof S];
type Flatten<T> = { [K in keyof T]: T[K] } & {};
export type ObjectOutput<S extends Shape> = keyof S extends never
  ? Record<string, never>
  : Flatten<
      { -readonly [K in Exclude<keyof S, OptionalKeys<S>>]: Output<S[K]> } & {
        -readonly [K in OptionalKeys<S>]?: Output<S[K]>;
      }
    >;

type Internal = Schema<unknown> & {
  _base: Run<unknown>;
  _checks: Check<unknown>[];
  /** The accepted values of a literal or enum, for messages. */
  values?: readonly unknown[];
};

const methods = {
  safeParse(this: Schema<unknown>, value: unknown): SafeParseResult<unknown> {
    const issues: Issue[] = [];
    const data = this._run(value, [], issues);
    return issues.length > 0 ? { success: false, error: { issues } } : { success: true, data };
  },
  check(this: Internal, ...checks: Check<unknown>[]) {
    return make(this._base, this, [...this._checks, ...checks]);
  },
};

/*@__NO_SIDE_EFFECTS__*/
function make<S>(base: Run<unknown>, props: object, checks: Check<unknown>[] = []): S {
  let minValue: number | null = null;
  let maxValue: number | null = null;
  for (const { min, max } of checks) {
    if (min !== undefined) minValue = Math.max(minValue ?? min, min);
    if (max !== undefined) maxValue = Math.min(maxValue ?? max, max);
  }
  const run: Run<unknown> = (value, path, issues) => {
    const before = issues.length;
    let out = base(value, path, issues);
    if (issues.length > before) return out;
    for (const check of checks) {
      if (check.map) out = check.map(out);
      const message = check.test?.(out);
      if (message) issues.push({ path, message });
    }
    return out;
  };
  return Object.assign(Object.create(methods), props, {
    _base: base,
    _checks: checks,
    _run: run,
    minValue,
    maxValue,
  });
}

const fail = (issues: Issue[], path: PathKey[], message: string): never => {
  issues.push({ path, message });
  return undefined as never;
};

/** A plain JSON-like object (not null, not an array): what stored records must be. */
export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const quoted = (values: readonly unknown[]) =>
  (values.length > 1 ? 'one of ' : '') + values.map((v) => JSON.stringify(v)).join(', ');

// ------------------------------------------------------------------ types

/** A finite number (zod rejects NaN and Infinity too). */
/*@__NO_SIDE_EFFECTS__*/
export function number(): NumberSchema {
  return make(
    (v, path, issues) =>
      typeof v === 'number' && Number.isFinite(v) ? v : fail(issues, path, 'Expected a number'),
    {},
  );
}

/*@__NO_SIDE_EFFECTS__*/
export function string(): Schema<string> {
  return make(
    (v, path, issues) => (typeof v === 'string' ? v : fail(issues, path, 'Expected text')),
    {},
  );
}

/*@__NO_SIDE_EFFECTS__*/
export function boolean(): Schema<boolean> {
  return make(
    (v, path, issues) =>
      typeof v === 'boolean' ? v : fail(issues, path, 'Expected true or false'),
    {},
  );
}

/*@__NO_SIDE_EFFECTS__*/
export function unknown(): Schema<unknown> {
  return make((v) => v, {});
}

/*@__NO_SIDE_EFFECTS__*/
function oneOf<T>(values: readonly T[]): Schema<T> {
  return make(
    (v, path, issues) =>
      values.includes(v as T) ? v : fail(issues, path, `Expected ${quoted(values)}`),
    { values },
  );
}

/*@__NO_SIDE_EFFECTS__*/
export function literal<const T extends string | number | boolean | null>(value: T): Schema<T> {
  return oneOf([value]);
}

/*@__NO_SIDE_EFFECTS__*/
function enumOf<const T extends readonly [string, ...string[]]>(values: T): Schema<T[number]> {
  return oneOf(values);
}

export { enumOf as enum };

/** The first option that accepts the value wins; otherwise the closest option's issues. */
/*@__NO_SIDE_EFFECTS__*/
export function union<const O extends readonly Schema<unknown>[]>(
  options: O,
): Schema<Output<O[number]>> {
  const all = options as unknown as Internal[];
  const values = all.every((o) => o.values) ? all.flatMap((o) => o.values) : undefined;
  return make(
    (v, path, issues) => {
      let closest: Issue[] = [];
      for (const [i, option] of all.entries()) {
        const mine: Issue[] = [];
        const out = option._run(v, path, mine);
        if (mine.length === 0) return out;
        if (i === 0 || mine.length < closest.length) closest = mine;
      }
      if (values) return fail(issues, path, `Expected ${quoted(values)}`);
      issues.push(...closest);
    },
    { values },
  );
}

/** Same as `union` (the key is only documentation here). */
/*@__NO_SIDE_EFFECTS__*/
export function discriminatedUnion<const O extends readonly Schema<unknown>[]>(
  _key: string,
  options: O,
): Schema<Output<O[number]>> {
  return union(options);
}

/*@__NO_SIDE_EFFECTS__*/
export function optional<S extends Schema<unknown>>(inner: S): OptionalSchema<Output<S>> {
  return make((v, path, issues) => (v === undefined ? v : inner._run(v, path, issues)), {
    optional: true,
  });
}

/*@__NO_SIDE_EFFECTS__*/
export function nullable<S extends Schema<unknown>>(inner: S): Schema<Output<S> | null> {
  return make((v, path, issues) => (v === null ? v : inner._run(v, path, issues)), {});
}

/*@__NO_SIDE_EFFECTS__*/
export function array<S extends Schema<unknown>>(item: S): Schema<Output<S>[]> {
  return make(
    (v, path, issues) =>
      Array.isArray(v)
        ? Array.from(v, (x, i) => item._run(x, [...path, i], issues))
        : fail(issues, path, 'Expected a list'),
    {},
  );
}

/** Plain objects only; every key must pass `key` and every value `value`. */
/*@__NO_SIDE_EFFECTS__*/
export function record<V extends Schema<unknown>>(
  key: Schema<string>,
  value: V,
): Schema<Record<string, Output<V>>> {
  return make(
    (v, path, issues) =>
      isRecord(v)
        ? Object.fromEntries(
            Object.entries(v).map(([k, x]) => [
              key._run(k, [...path, k], issues),
              value._run(x, [...path, k], issues),
            ]),
          )
        : fail(issues, path, 'Expected an object'),
    {},
  );
}

/*@__NO_SIDE_EFFECTS__*/
function objectOf<S extends Shape, T>(
  shape: S,
  strict: boolean,
  partial: boolean,
): ObjectSchema<S, T> {
  return make(
    (v, path, issues) => {
      if (!isRecord(v)) return fail(issues, path, 'Expected an object');
      const out: Record<string, unknown> = {};
      for (const [key, schema] of Object.entries(shape)) {
        const value = v[key];
        if (value === undefined && (partial || (schema as { optional?: true }).optional)) {
          if (key in v) out[key] = undefined;
        } else out[key] = schema._run(value, [...path, key], issues);
      }
      const unknownKeys = Object.keys(v).filter((key) => !Object.hasOwn(shape, key));
      if (strict && unknownKeys.length > 0)
        fail(issues, path, `Unknown field ${quoted(unknownKeys)}`);
      return out;
    },
    { shape, strict },
  );
}

/** Unknown keys are dropped from the output. */
/*@__NO_SIDE_EFFECTS__*/
export function object<const S extends Shape>(shape: S): ObjectSchema<S> {
  return objectOf(shape, false, false);
}

/** Unknown keys are an error that names them. */
/*@__NO_SIDE_EFFECTS__*/
export function strictObject<const S extends Shape>(shape: S): ObjectSchema<S> {
  return objectOf(shape, true, false);
}

/** Every field optional; strictness kept. */
/*@__NO_SIDE_EFFECTS__*/
export function partial<S extends Shape, T>(
  schema: ObjectSchema<S, T>,
): ObjectSchema<S, Partial<T>> {
  return objectOf(schema.shape, schema.strict, true);
}

/*@__NO_SIDE_EFFECTS__*/
export function safeParse<T>(schema: Schema<T>, value: unknown): SafeParseResult<T> {
  return schema.safeParse(value);
}

// ----------------------------------------------------------------- checks

/*@__NO_SIDE_EFFECTS__*/
export function int(): Check<number> {
  return { test: (v) => (Number.isSafeInteger(v) ? undefined : 'Expected a whole number') };
}

/*@__NO_SIDE_EFFECTS__*/
export function minimum(min: number): Check<number> {
  return { min, test: (v) => (v < min ? `Must be ${min} or more` : undefined) };
}

/*@__NO_SIDE_EFFECTS__*/
export function maximum(max: number): Check<number> {
  return { max, test: (v) => (v > max ? `Must be ${max} or less` : undefined) };
}

const length = (n: number, v: { length: number }, least: boolean) =>
  `Must ${typeof v === 'string' ? 'be' : 'have'} at ${least ? 'least' : 'most'} ${n} ${typeof v === 'string' ? 'characters' : 'items'}`;

/** For text (characters) and lists (items). */
/*@__NO_SIDE_EFFECTS__*/
export function minLength<T extends { length: number }>(n: number): Check<T> {
  return { test: (v) => (v.length < n ? length(n, v, true) : undefined) };
}

/*@__NO_SIDE_EFFECTS__*/
export function maxLength<T extends { length: number }>(n: number): Check<T> {
  return { test: (v) => (v.length > n ? length(n, v, false) : undefined) };
}

/*@__NO_SIDE_EFFECTS__*/
export function regex(pattern: RegExp, message = 'Has the wrong format'): Check<string> {
  return { test: (v) => (pattern.test(v) ? undefined : message) };
}

/** Trims text before the checks after it. */
/*@__NO_SIDE_EFFECTS__*/
export function trim(): Check<string> {
  return { map: (v) => v.trim() };
}
