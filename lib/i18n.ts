import type english from '../public/_locales/en/messages.json';

/**
 * Typed message keys, derived from the English messages (a type-only import: the JSON never
 * reaches a bundle). Pure: code in lib/ returns keys or takes a `Translate` function, and
 * only platform/i18n.ts talks to `browser.i18n`.
 */
type English = typeof english;

export type MessageKey = keyof English & string;

type PlaceholderNames<K extends MessageKey> = English[K] extends { placeholders: infer P }
  ? keyof P
  : never;

// A union → tuple of strings, one per member: the number of substitutions a message takes.
// Its order does not matter, as every member becomes `string`.
type UnionToIntersection<U> = (U extends unknown ? (u: U) => void : never) extends (
  i: infer I,
) => void
  ? I
  : never;
type LastOf<U> =
  UnionToIntersection<U extends unknown ? () => U : never> extends () => infer L ? L : never;
type Strings<U, Acc extends string[] = []> = [U] extends [never]
  ? Acc
  : Strings<Exclude<U, LastOf<U>>, [...Acc, string]>;

/** Exactly one string per placeholder the English message declares: none, one, two… */
export type Substitutions<K extends MessageKey> = Strings<PlaceholderNames<K>>;

/** A message looked up in the user's language, with its substitutions. */
export type Translate = <K extends MessageKey>(
  key: K,
  ...substitutions: Substitutions<K>
) => string;

type Rest<T> = T extends [string, ...infer R] ? R : [];

/** Keys that come as a `_one` / `_other` pair, for counts. */
export type PluralKey = {
  [K in MessageKey]: K extends `${infer Base}_other`
    ? `${Base}_one` extends MessageKey
      ? Base
      : never
    : never;
}[MessageKey];

/** A count with its noun (`${base}_one` / `${base}_other`); the count is the first substitution. */
export type TranslateCount = <B extends PluralKey>(
  base: B,
  count: number,
  ...rest: Rest<Substitutions<`${B}_other`>>
) => string;

/** What pure code needs to word something: a message, and a message for a count. */
export type Words = { t: Translate; tn: TranslateCount };
