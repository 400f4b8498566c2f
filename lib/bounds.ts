import { DAY, HOUR } from './time';
import { z } from './zod';

// The bounded number types of every value that crosses a boundary into Unsit: storage,
// sync records from other devices, imported files. A number that passes these can be
// formatted, added up and looped over without throwing or running away (`new Date(1e20)`
// throws in every formatter; a stretch "open since 1970" is 20,000 days of work). Each is
// declared once here.

/** How far back a stored or received time may lie: the days Unsit keeps, and a margin. */
export const PAST_MS = 500 * DAY;
/**
 * How far ahead: the longest pause ("until tomorrow") plus a wall clock set back by days.
 * A time further ahead is damage, and is forgotten rather than waited for.
 */
export const FUTURE_MS = 7 * DAY;

/** No day has more of anything (breaks, reminders, bouts); 7 a minute around the clock. */
export const COUNT_MAX = 10_000;
/** The longest calendar day (25 hours, when clocks go back): no day books more active time. */
export const DURATION_MAX_MS = DAY + HOUR;
/** Days since 1970-01-01 up to the last day `Date` can format (year 275760). */
export const DAY_NUMBER_MAX = 100_000_000;

/**
 * `build()`'s value, built on the first call and kept. Schemas that pages import beside what they
 * need are built this way: a zod object costs little, but building the first one compiles zod's
 * own set-up code, which a page that never validates then keeps in its heap (the popup and the
 * card only read these modules for their types and constants). A call of the result outside
 * another `lazy` needs a `@__PURE__` annotation comment before it: without one the bundler keeps
 * the call, and with it the schemas and the zod code they use, in every page that imports the
 * module (the clock state's two calls cost each page 1.3 KB gzip).
 */
/*@__NO_SIDE_EFFECTS__*/
export function lazy<T>(build: () => T): () => T {
  let value: { built: T } | undefined;
  return () => {
    value ??= { built: build() };
    return value.built;
  };
}

/** A count of things in a day. */
export const count = lazy(() => z.int().check(z.minimum(0), z.maximum(COUNT_MAX)));

/** A duration within one day, in milliseconds. */
export const durationMs = lazy(() => z.number().check(z.minimum(0), z.maximum(DURATION_MAX_MS)));

/**
 * Minutes in one hour of the clock: 60, or 120 for the hour a clock going back repeats
 * (02:00–03:00 twice in Central Europe in October).
 */
export const HOUR_SLOT_MAX_MIN = 120;

/**
 * Minutes per local hour of the day, index 0 = midnight to 1 am; at most 24 slots, fewer when
 * the later hours are empty (an empty pattern, `[]`, is a day without long sitting).
 */
export const hourPattern = lazy(() =>
  z.array(z.int().check(z.minimum(0), z.maximum(HOUR_SLOT_MAX_MIN))).check(z.maxLength(24)),
);

/** Epoch milliseconds within the window around `now` that Unsit can have written. */
/*@__NO_SIDE_EFFECTS__*/
export function epochMs(now: number): z.ZodMiniNumber<number> {
  return z.number().check(z.minimum(now - PAST_MS), z.maximum(now + FUTURE_MS));
}

/** A day as its number since 1970-01-01, within the same window around `now`. */
/*@__NO_SIDE_EFFECTS__*/
export function dayNumber(now: number): z.ZodMiniInt {
  const today = Math.floor(now / DAY);
  return z
    .int()
    .check(
      z.minimum(Math.max(0, today - Math.ceil(PAST_MS / DAY))),
      z.maximum(Math.min(DAY_NUMBER_MAX, today + Math.ceil(FUTURE_MS / DAY))),
    );
}

/** Whether `t` is a time `epochMs(now)` accepts (for fields parsed without a schema object). */
export const isNear = (t: number, now: number): boolean =>
  t >= now - PAST_MS && t <= now + FUTURE_MS;
