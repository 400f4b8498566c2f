import { count, durationMs, isNear } from '../bounds';
import { breakKinds } from '../day-totals';
import { parseFieldByField } from '../safe-object';
import { z } from '../zod';

// The sitting clock's persistent state. It is everything the service worker
// must remember between its (frequent) deaths: the clock is rebuilt from this
// and the current time on every wake-up, never from counted ticks.

const time = /* @__PURE__ */ z.number().check(z.minimum(0));

export const activitySchema = z.enum(['active', 'idle', 'locked']);
export type Activity = z.infer<typeof activitySchema>;

export const boutSchema = z.object({
  /** When this sitting bout began. */
  startedAt: time,
  /** Active time in this bout from stretches already closed. */
  committedMs: /* @__PURE__ */ durationMs(),
});
export type Bout = z.infer<typeof boutSchema>;

export const reminderSchema = z.object({
  /** When the outstanding reminder fired; null when none is outstanding. */
  firedAt: z.nullable(time),
  /** No reminder before this time (set by snooze and skip). */
  snoozedUntil: z.nullable(time),
  /** Consecutive snoozes of the current bout's reminder. */
  snoozesInRow: /* @__PURE__ */ count(),
});
export type ReminderState = z.infer<typeof reminderSchema>;

export const clockShape = {
  activity: activitySchema,
  /** Latest event time seen; detects gaps (sleep, browser closed) and backward clock jumps. */
  lastSeenAt: z.nullable(time),
  /** The bout in progress, or null while resting after a real break. */
  bout: z.nullable(boutSchema),
  /**
   * Start of the open active stretch: the user has been active since then and
   * still is. Its time is booked when the stretch closes, so the booked
   * counters never have to be taken back when an idle report arrives late.
   */
  stretchStart: z.nullable(time),
  /** When the current absence began (activity ended), while idle or locked. */
  awaySince: z.nullable(time),
  reminder: reminderSchema,
  /** Reminders are held until then; tracking goes on. */
  pausedUntil: z.nullable(time),
  /** Ids of recently recorded breaks, so a repeated message is not counted twice. */
  recentBreakIds: /* @__PURE__ */ z
    .array(/* @__PURE__ */ z.string().check(z.maxLength(64)))
    .check(z.maxLength(20)),
  /**
   * The break counted last, as a span of time and the day it was booked to: a report that
   * overlaps it is the same physical break (see breaks.ts). Its end follows an absence on.
   */
  lastBreak: z.nullable(
    z.object({
      kind: z.enum(breakKinds),
      from: time,
      to: time,
      day: /* @__PURE__ */ z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/)),
    }),
  ),
  /** Routines started and not ended yet, with their start as the background saw it. */
  routineRuns: /* @__PURE__ */ z
    .array(z.object({ id: /* @__PURE__ */ z.string().check(z.maxLength(64)), at: time }))
    .check(z.maxLength(4)),
  /**
   * The user said "I'm standing" (see standing.ts): no bout while it lasts, and its time is
   * booked as standing when it ends. `nudgedAt`: when the rhythm's "sit again" nudge fired.
   */
  standing: z.nullable(z.object({ since: time, nudgedAt: z.nullable(time) })),
} satisfies Record<string, z.ZodMiniType>;

export type ClockState = { [K in keyof typeof clockShape]: z.output<(typeof clockShape)[K]> };

export const initialClock: ClockState = Object.freeze({
  activity: 'idle',
  lastSeenAt: null,
  bout: null,
  stretchStart: null,
  awaySince: null,
  reminder: { firedAt: null, snoozedUntil: null, snoozesInRow: 0 },
  pausedUntil: null,
  recentBreakIds: [],
  lastBreak: null,
  routineRuns: [],
  standing: null,
});

/**
 * Reads a stored clock without throwing. Fields are checked one by one, a time
 * too far from `now` to be one Unsit wrote is forgotten (see lib/bounds.ts), then
 * the cross-field rules that the reducer relies on are restored: an open
 * stretch needs an active bout, an absence needs a start, standing has no bout.
 */
export function parseClock(raw: unknown, now: number): ClockState {
  let clock = nearNow(parseFieldByField(clockShape, initialClock, raw), now);
  // Sitting and standing at once is no state the reducer writes: the bout wins.
  if (clock.bout !== null && clock.standing !== null) clock = { ...clock, standing: null };
  if (clock.standing !== null) {
    const awaySince =
      clock.activity === 'active'
        ? null
        : (clock.awaySince ?? clock.lastSeenAt ?? clock.standing.since);
    return { ...clock, stretchStart: null, awaySince };
  }
  if (clock.activity === 'active') {
    if (clock.bout !== null && clock.stretchStart !== null) return { ...clock, awaySince: null };
    clock = { ...clock, activity: 'idle' };
  }
  if (clock.bout === null) return { ...clock, stretchStart: null, awaySince: null };
  const awaySince = clock.awaySince ?? clock.lastSeenAt ?? clock.bout.startedAt;
  return { ...clock, stretchStart: null, awaySince };
}

/** The clock with every time outside the window around `now` dropped (a bout with it). */
function nearNow(clock: ClockState, now: number): ClockState {
  const near = (t: number | null) => (t !== null && isNear(t, now) ? t : null);
  return {
    ...clock,
    lastSeenAt: near(clock.lastSeenAt),
    bout: clock.bout && near(clock.bout.startedAt) !== null ? clock.bout : null,
    stretchStart: near(clock.stretchStart),
    awaySince: near(clock.awaySince),
    pausedUntil: near(clock.pausedUntil),
    standing:
      clock.standing && near(clock.standing.since) !== null
        ? { ...clock.standing, nudgedAt: near(clock.standing.nudgedAt) }
        : null,
    reminder: {
      ...clock.reminder,
      firedAt: near(clock.reminder.firedAt),
      snoozedUntil: near(clock.reminder.snoozedUntil),
    },
  };
}
