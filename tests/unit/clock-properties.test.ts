import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_GAP_MS } from '../../lib/clock/constants';
import type { ClockEvent } from '../../lib/clock/events';
import type { ClockModel } from '../../lib/clock/model';
import { reminderDueAt } from '../../lib/clock/schedule';
import { sitAgainDueAt, standingEnd } from '../../lib/clock/standing';
import { type Activity, initialClock, parseClock } from '../../lib/clock/state';
import { step } from '../../lib/clock/step';
import { clockView } from '../../lib/clock/view';
import { breaksTaken, type DayCounter, dayTotalsShape, parseDays } from '../../lib/day-totals';
import { parseSettings, type Settings, settingsDefaults } from '../../lib/settings';
import { dayKey, HOUR, MINUTE, SECOND } from '../../lib/time';
import { reminderFired } from './clock/helpers';

// Property-based tests of the sitting-clock reducer: random settings and random
// event streams (small and large gaps, late events, backward clock jumps,
// repeated events, repeated break ids) are fed through `step` from a fresh
// model, and invariants are checked after every single step.

// ---------------------------------------------------------------- generators

/** An event without its time; the time is laid down by the gap generator. */
type Template =
  | { type: 'observe'; state: Activity; source: 'change' | 'poll' }
  | { type: 'startup'; state: Activity }
  | {
      type: 'break';
      kind: 'routine' | 'acknowledged';
      id: string;
      /** The break began this long before `at` (null: no `startedAt`). */
      startedBeforeMs: number | null;
      /** A routine's working time that ran, in seconds of its 100 planned. */
      workedS: number;
    }
  | { type: 'snooze' }
  | { type: 'skip' }
  | { type: 'pause'; aheadMs: number }
  | { type: 'resume' }
  | { type: 'stand' }
  | { type: 'sit' }
  | { type: 'tick' };

/**
 * One entry of a generated stream: a single event after a gap, or a sitting
 * run (the user active for a while, with heartbeat ticks and idle polls about
 * a minute apart), so that bouts long enough for reminders are common.
 */
type StepSpec =
  | { kind: 'event'; gapMs: number; template: Template; repeat: boolean }
  | {
      kind: 'sit';
      gapMs: number;
      beats: number;
      beatMs: number;
      /** What the user does at the end of the run (react to a reminder, go idle…). */
      reaction: Template | null;
    };

const activityArb = fc.constantFrom<Activity>('active', 'idle', 'locked');

const templateArb: fc.Arbitrary<Template> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({
      type: fc.constant('observe' as const),
      state: fc.constant<Activity>('active'),
      source: fc.constantFrom('change' as const, 'poll' as const),
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      type: fc.constant('observe' as const),
      state: fc.constantFrom<Activity>('idle', 'locked'),
      source: fc.constantFrom('change' as const, 'poll' as const),
    }),
  },
  { weight: 6, arbitrary: fc.constant({ type: 'tick' as const }) },
  {
    weight: 1,
    arbitrary: fc.record({ type: fc.constant('startup' as const), state: activityArb }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      type: fc.constant('break' as const),
      kind: fc.constantFrom('routine' as const, 'acknowledged' as const),
      // A small pool, so that the same id comes back (a re-sent message).
      id: fc.integer({ min: 0, max: 29 }).map((n) => `b${n}`),
      startedBeforeMs: fc.option(fc.integer({ min: 0, max: 5 * MINUTE }), { freq: 2 }),
      workedS: fc.integer({ min: 0, max: 100 }),
    }),
  },
  { weight: 1, arbitrary: fc.constant({ type: 'snooze' as const }) },
  { weight: 1, arbitrary: fc.constant({ type: 'skip' as const }) },
  {
    weight: 1,
    arbitrary: fc.record({
      type: fc.constant('pause' as const),
      aheadMs: fc.integer({ min: MINUTE, max: 3 * HOUR }),
    }),
  },
  { weight: 1, arbitrary: fc.constant({ type: 'resume' as const }) },
  { weight: 1, arbitrary: fc.constant({ type: 'stand' as const }) },
  { weight: 1, arbitrary: fc.constant({ type: 'sit' as const }) },
);

/** What a user does when a reminder shows up (or at the end of sitting). */
const reactionArb: fc.Arbitrary<Template> = fc.oneof(
  fc.constant({ type: 'snooze' as const }),
  fc.constant({ type: 'stand' as const }),
  fc.constant({ type: 'skip' as const }),
  fc.record({
    type: fc.constant('break' as const),
    kind: fc.constantFrom('routine' as const, 'acknowledged' as const),
    id: fc.integer({ min: 0, max: 29 }).map((n) => `b${n}`),
    startedBeforeMs: fc.option(fc.integer({ min: 0, max: 3 * MINUTE }), { freq: 2 }),
    workedS: fc.integer({ min: 0, max: 100 }),
  }),
  fc.record({
    type: fc.constant('pause' as const),
    aheadMs: fc.integer({ min: MINUTE, max: 3 * HOUR }),
  }),
);

const gapArb: fc.Arbitrary<number> = fc.oneof(
  // Mostly the heartbeat rhythm and idle reports: 1 s – 2 min.
  { weight: 14, arbitrary: fc.integer({ min: SECOND, max: 2 * MINUTE }) },
  // Same millisecond (two listeners firing together).
  { weight: 1, arbitrary: fc.constant(0) },
  // Minutes: late alarms, short absences, gaps just over MAX_GAP_MS.
  { weight: 3, arbitrary: fc.integer({ min: 2 * MINUTE, max: 20 * MINUTE }) },
  // Hours: sleep, browser closed overnight.
  { weight: 1, arbitrary: fc.integer({ min: HOUR, max: 14 * HOUR }) },
  // Slightly late: a few seconds back.
  { weight: 2, arbitrary: fc.integer({ min: -10 * SECOND, max: -1 }) },
  // The wall clock set back (from just over MAX_GAP_MS to hours).
  { weight: 1, arbitrary: fc.integer({ min: -6 * HOUR, max: -MAX_GAP_MS - 1 }) },
);

const stepSpecArb: fc.Arbitrary<StepSpec> = fc.oneof(
  {
    weight: 5,
    arbitrary: fc.record({
      kind: fc.constant('event' as const),
      gapMs: gapArb,
      template: templateArb,
      repeat: fc.integer({ min: 0, max: 9 }).map((n) => n === 0),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('sit' as const),
      gapMs: gapArb,
      beats: fc.integer({ min: 1, max: 40 }),
      beatMs: fc.integer({ min: 30 * SECOND, max: 90 * SECOND }),
      reaction: fc.option(fc.oneof({ weight: 2, arbitrary: reactionArb }, templateArb), {
        freq: 4,
      }),
    }),
  },
);

const startArb: fc.Arbitrary<number> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.integer({
      min: new Date(2026, 0, 1).getTime(),
      max: new Date(2026, 11, 31).getTime(),
    }),
  },
  // Evenings before the Europe/Berlin DST changes, and just before a midnight.
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      new Date(2026, 2, 28, 22, 0).getTime(),
      new Date(2026, 2, 29, 1, 30).getTime(),
      new Date(2026, 9, 24, 22, 0).getTime(),
      new Date(2026, 9, 25, 1, 30).getTime(),
      new Date(2026, 5, 15, 23, 40).getTime(),
    ),
  },
);

function toEvent(template: Template, at: number): ClockEvent {
  switch (template.type) {
    case 'observe':
      return { type: 'observe', at, state: template.state, source: template.source };
    case 'startup':
      return { type: 'startup', at, state: template.state };
    case 'break': {
      if (template.kind === 'acknowledged')
        return { type: 'break', at, kind: 'acknowledged', id: template.id };
      const work = {
        workedMs: template.workedS * SECOND,
        plannedMs: 100 * SECOND,
        ranMs: template.workedS * SECOND,
      };
      return template.startedBeforeMs === null
        ? { type: 'break', at, kind: 'routine', id: template.id, work }
        : {
            type: 'break',
            at,
            kind: 'routine',
            id: template.id,
            work,
            startedAt: at - template.startedBeforeMs,
          };
    }
    case 'pause':
      return { type: 'pause', at, until: at + template.aheadMs };
    case 'snooze':
    case 'skip':
    case 'resume':
    case 'stand':
    case 'sit':
    case 'tick':
      return { type: template.type, at };
  }
}

/** Concrete events with absolute times, so a counterexample reads as a timeline. */
const eventsArb: fc.Arbitrary<ClockEvent[]> = fc
  .tuple(startArb, fc.array(stepSpecArb, { minLength: 1, maxLength: 40 }))
  .map(([start, specs]) => {
    const events: ClockEvent[] = [];
    let at = start;
    for (const spec of specs) {
      at += spec.gapMs;
      if (spec.kind === 'event') {
        const event = toEvent(spec.template, at);
        events.push(event);
        if (spec.repeat) events.push({ ...event });
        continue;
      }
      events.push({ type: 'observe', at, state: 'active', source: 'change' });
      for (let beat = 1; beat <= spec.beats; beat++) {
        at += spec.beatMs;
        events.push(
          beat % 3 === 0
            ? { type: 'observe', at, state: 'active', source: 'poll' }
            : { type: 'tick', at },
        );
      }
      if (spec.reaction !== null) {
        at += spec.beatMs;
        events.push(toEvent(spec.reaction, at));
      }
    }
    return events;
  });

type WorkingHours = Pick<Settings, 'workStartMin' | 'workEndMin'>;

const workingHoursArb: fc.Arbitrary<WorkingHours> = fc.oneof(
  { weight: 3, arbitrary: fc.constant<WorkingHours>({ workStartMin: 0, workEndMin: 1440 }) },
  {
    weight: 2,
    arbitrary: fc
      .integer({ min: 0, max: 1439 })
      .chain((start) =>
        fc
          .integer({ min: start + 1, max: 1440 })
          .map((end) => ({ workStartMin: start, workEndMin: end })),
      ),
  },
);

const workDaysArb: fc.Arbitrary<number[]> = fc.oneof(
  { weight: 3, arbitrary: fc.constant<number[]>([0, 1, 2, 3, 4, 5, 6]) },
  { weight: 1, arbitrary: fc.constant<number[]>([1, 2, 3, 4, 5]) },
  {
    weight: 2,
    arbitrary: fc
      .uniqueArray(fc.integer({ min: 0, max: 6 }), { maxLength: 7 })
      .map((days) => [...days].sort((a, b) => a - b)),
  },
);

const settingsArb: fc.Arbitrary<Settings> = fc
  .record({
    // Biased to short intervals so reminders really fire within a generated stream.
    intervalMin: fc.oneof(
      { weight: 3, arbitrary: fc.integer({ min: 10, max: 20 }) },
      { weight: 1, arbitrary: fc.integer({ min: 10, max: 120 }) },
    ),
    naturalBreakMin: fc.integer({ min: 1, max: 30 }),
    snoozeMin: fc.integer({ min: 1, max: 30 }),
    workDays: workDaysArb,
    hours: workingHoursArb,
    badgeMode: fc.constantFrom('breaks' as const, 'bout' as const),
    notifications: fc.boolean(),
    dailyGoal: fc.integer({ min: 1, max: 24 }),
    // Biased to short standing, so its maximum and the nudge to sit again really come.
    standMaxMin: fc.oneof(
      { weight: 3, arbitrary: fc.integer({ min: 15, max: 30 }) },
      { weight: 1, arbitrary: fc.integer({ min: 15, max: 240 }) },
    ),
    standRhythm: fc.integer({ min: 0, max: 3 }).map((n) => n > 0),
    standMin: fc.oneof(
      { weight: 3, arbitrary: fc.integer({ min: 5, max: 8 }) },
      { weight: 1, arbitrary: fc.integer({ min: 5, max: 60 }) },
    ),
  })
  // Fields the clock does not read (routine, sound, overlay…) keep their defaults.
  .map(({ hours, ...rest }) => ({ ...settingsDefaults, ...rest, ...hours }));

// ---------------------------------------------------------------- the runner

const dayFields = Object.keys(dayTotalsShape()).filter(
  (key): key is DayCounter => key !== 'longByHour',
);

type StepCheck = {
  before: ClockModel;
  after: ClockModel;
  /** A reminder fired in this step (none was outstanding before, one is after). */
  fired: boolean;
  event: ClockEvent;
  previousEvent: ClockEvent | undefined;
  /** A reminder fired in the previous step. */
  previousFired: boolean;
  settings: Settings;
  /** The time the reducer placed this event at (see `effectiveTime`). */
  t: number;
  /** Σ max(0, tᵢ − tᵢ₋₁) over the effective times so far. */
  progressMs: number;
  /** As `progressMs`, but every silence counts for at most MAX_GAP_MS. */
  boundedProgressMs: number;
  /** Σ max(0, atᵢ − atᵢ₋₁) over the raw event times so far. */
  rawProgressMs: number;
};

/**
 * An independent statement of `alignTime` in step.ts: an event at or after the
 * last one happens at its own time; one at most MAX_GAP_MS late is taken as
 * happening at the last time seen; one further back is a wall-clock jump, and
 * the timeline moves back with it, so it happens at its own time.
 */
function effectiveTime(lastSeenAt: number | null, at: number): number {
  if (lastSeenAt === null || at >= lastSeenAt) return at;
  return lastSeenAt - at <= MAX_GAP_MS ? lastSeenAt : at;
}

function runSequence(
  events: ClockEvent[],
  settings: Settings,
  check: (c: StepCheck) => void,
): ClockModel {
  let model: ClockModel = { clock: initialClock, days: {} };
  let progressMs = 0;
  let boundedProgressMs = 0;
  let rawProgressMs = 0;
  let previousEvent: ClockEvent | undefined;
  let previousFired = false;
  for (const event of events) {
    const last = model.clock.lastSeenAt;
    const t = effectiveTime(last, event.at);
    const forward = last === null ? 0 : Math.max(0, t - last);
    progressMs += forward;
    boundedProgressMs += Math.min(MAX_GAP_MS, forward);
    if (previousEvent !== undefined) rawProgressMs += Math.max(0, event.at - previousEvent.at);
    const after = step(model, event, settings);
    const fired = reminderFired(model, after);
    check({
      before: model,
      after,
      fired,
      event,
      previousEvent,
      previousFired,
      settings,
      t,
      progressMs,
      boundedProgressMs,
      rawProgressMs,
    });
    model = after;
    previousEvent = event;
    previousFired = fired;
  }
  return model;
}

function sameEvent(a: ClockEvent | undefined, b: ClockEvent): boolean {
  return a !== undefined && JSON.stringify(a) === JSON.stringify(b);
}

function bookedActiveMs(model: ClockModel): number {
  return Object.values(model.days).reduce((sum, d) => sum + d.activeMs, 0);
}

function bookedStandingMs(model: ClockModel): number {
  return Object.values(model.days).reduce((sum, d) => sum + d.standingMs, 0);
}

/** The standing in progress up to the clock's own time (booked when it ends). */
function openStandingMs(model: ClockModel): number {
  const { standing, lastSeenAt } = model.clock;
  return standing === null || lastSeenAt === null ? 0 : lastSeenAt - standing.since;
}

/** The open stretch up to the clock's own time (not yet booked into the days). */
function openStretchMs(model: ClockModel): number {
  const { clock } = model;
  if (clock.activity !== 'active' || clock.stretchStart === null || clock.lastSeenAt === null)
    return 0;
  return clock.lastSeenAt - clock.stretchStart;
}

/**
 * A cheap assertion for the hot loop (`expect` per field and step is slow);
 * fast-check reports the thrown message together with the counterexample.
 */
function check(ok: boolean, message: () => string): void {
  if (!ok) throw new Error(message());
}

/** The invariants of the brief, checked after every step. */
function checkStep(c: StepCheck): void {
  const { before, after, fired, event, settings, t } = c;
  const { clock } = after;
  const at = () => `at step ${JSON.stringify(event)}`;

  // The reducer's clock is at the event's effective time.
  check(clock.lastSeenAt === t, () => `lastSeenAt ${clock.lastSeenAt} ≠ effective ${t} ${at()}`);

  // No negative durations anywhere (and no NaN sneaking in).
  for (const [key, day] of Object.entries(after.days)) {
    for (const field of dayFields) {
      const value = day[field];
      check(Number.isFinite(value) && value >= 0, () => `${key}.${field} = ${value} ${at()}`);
    }
  }
  if (clock.bout !== null) {
    const { committedMs } = clock.bout;
    check(committedMs >= 0, () => `bout.committedMs = ${committedMs} ${at()}`);
  }
  const open = openStretchMs(after);
  check(open >= 0, () => `open stretch ${open} ms ${at()}`);
  const view = clockView(after, settings, t);
  check(view.boutMs >= 0, () => `view.boutMs = ${view.boutMs} ${at()}`);
  const bookedToday = after.days[dayKey(t)]?.activeMs ?? 0;
  check(
    view.today.activeMs >= 0 && view.today.activeMs >= bookedToday,
    () => `view.today.activeMs = ${view.today.activeMs}, booked ${bookedToday} ${at()}`,
  );

  // Active time never exceeds elapsed time. Precisely: every active stretch
  // starts at some event's effective time and closes no later than a later
  // one, stretches never overlap, and a backward jump moves the open stretch
  // back together with `lastSeenAt`. So booked plus open active time is at
  // most the clock's forward progress Σ max(0, tᵢ − tᵢ₋₁) over effective
  // times, where a late or set-back event contributes nothing (tᵢ ≤ tᵢ₋₁ in
  // the clock's own timeline). That in turn is at most the raw forward
  // progress Σ max(0, atᵢ − atᵢ₋₁): for a late event the effective time is the
  // running maximum, whose increments never exceed the raw increments.
  const booked = bookedActiveMs(after);
  check(
    booked + open <= c.progressMs,
    () => `active ${booked} + open ${open} > progress ${c.progressMs} ${at()}`,
  );
  check(
    c.progressMs <= c.rawProgressMs,
    () => `progress ${c.progressMs} > raw ${c.rawProgressMs} ${at()}`,
  );
  // Standing time is never sitting time: the two never overlap, so together, booked and open,
  // they are at most the time that passed.
  const standingMs = bookedStandingMs(after) + openStandingMs(after);
  check(
    openStandingMs(after) >= 0 && booked + open + standingMs <= c.progressMs,
    () => `active ${booked} + ${open}, standing ${standingMs} > progress ${c.progressMs} ${at()}`,
  );
  checkStanding(c);

  // The bout's time was booked too: it cannot exceed all booked time.
  if (clock.bout !== null) {
    const { committedMs } = clock.bout;
    check(committedMs <= booked, () => `bout ${committedMs} > booked ${booked} ${at()}`);
  }

  // Counters never decrease within a day, but for a break upgraded to the routine or
  // "I stood up" that covered it (breaks.ts): a lower kind goes down only as a higher one goes
  // up, and the day's breaks never fall.
  for (const [key, old] of Object.entries(before.days)) {
    const now = after.days[key];
    check(now !== undefined, () => `day ${key} dropped ${at()}`);
    if (now === undefined) continue;
    for (const field of dayFields) {
      if (field === 'natural' || field === 'acknowledged') continue;
      check(
        now[field] >= old[field],
        () => `${key}.${field} decreased ${old[field]} → ${now[field]} ${at()}`,
      );
    }
    // The hours of long sitting only grow, within their bounds (a day has 24, each ≤ 120 min).
    check(
      now.longByHour.length <= 24 &&
        now.longByHour.every(
          (m, i) => Number.isInteger(m) && m <= 120 && m >= (old.longByHour[i] ?? 0),
        ),
      () => `${key}.longByHour ${old.longByHour} → ${now.longByHour} ${at()}`,
    );
    const upgraded = now.routine - old.routine + now.acknowledged - old.acknowledged;
    check(
      now.natural >= old.natural - Math.max(0, upgraded) && breaksTaken(now) >= breaksTaken(old),
      () => `${key}: natural ${old.natural} → ${now.natural}, breaks fell ${at()}`,
    );
  }

  // After reconciliation the next reminder is never in the past.
  const due = reminderDueAt(clock, settings);
  check(due === null || due > t, () => `next reminder ${due} ≤ now ${t} ${at()}`);

  // A reminder fires only when none is outstanding, at the step's own time, and is booked
  // once: today's count of reminders moves by one exactly when one fired, never otherwise.
  const key = dayKey(t);
  const reminders = after.days[key]?.reminders ?? 0;
  const previous = before.days[key]?.reminders ?? 0;
  check(
    reminders === previous + (fired ? 1 : 0) && (!fired || clock.reminder.firedAt === t),
    () =>
      `fired ${fired}, firedAt ${before.clock.reminder.firedAt} → ${clock.reminder.firedAt}, reminders ${previous} → ${reminders} ${at()}`,
  );

  // The same event delivered twice in a row changes nothing the second time.
  // One exception by design: `skip` acts only on an outstanding reminder, and
  // events are applied before reconciliation, so a skip that found none may be
  // followed in the same step by a reminder falling due; the repeated skip then
  // (correctly) dismisses that new reminder.
  const skipAfterRemind = event.type === 'skip' && c.previousFired;
  if (sameEvent(c.previousEvent, event) && !skipAfterRemind) {
    expect(after, `repeated ${at()}`).toEqual(before);
  }

  // A re-sent break (its id among the last 20) is not counted again: the step
  // is exactly a `tick` at that time (which may still book time, settle an
  // absence or fire a reminder, as any event does).
  if (event.type === 'break' && before.clock.recentBreakIds.includes(event.id)) {
    const asTick = step(before, { type: 'tick', at: event.at }, settings);
    expect(after, `re-sent break ${at()}`).toEqual(asTick);
    expect(after.days[key]?.[event.kind] ?? 0).toBe(before.days[key]?.[event.kind] ?? 0);
  }
}

/**
 * The third state's rules, after every step: standing has no bout, no open stretch and no
 * reminder to get up; a step within one standing books no sitting, no bout and no reminder; standing never outlasts its maximum or an absence that became a real break; the
 * nudge to sit again is never in the past, and fires only with the rhythm, after its time.
 */
function checkStanding(c: StepCheck): void {
  const { before, after, settings, t, event } = c;
  const at = () => `at step ${JSON.stringify(event)}`;
  const standing = after.clock.standing;
  if (standing === null) return;
  const { clock } = after;
  check(
    clock.bout === null && clock.stretchStart === null && clock.reminder.firedAt === null,
    () => `standing with a bout, stretch or reminder ${JSON.stringify(clock)} ${at()}`,
  );
  const ending = standingEnd(clock, settings);
  check(
    ending !== null && ending.knownAt > t,
    () => `standing past its end ${JSON.stringify(ending)} ≤ ${t} ${at()}`,
  );
  const due = sitAgainDueAt(clock, settings);
  check(due === null || due > t, () => `nudge to sit again ${due} ≤ now ${t} ${at()}`);
  if (standing.nudgedAt !== null) {
    check(
      settings.standRhythm && standing.nudgedAt >= standing.since + settings.standMin * MINUTE,
      () => `nudged at ${standing.nudgedAt}, standing since ${standing.since} ${at()}`,
    );
  }
  // The same standing before and after (not one ended by its maximum and begun again).
  if (before.clock.standing?.since !== standing.since) return;
  for (const [key, day] of Object.entries(after.days)) {
    const old = before.days[key];
    for (const field of ['activeMs', 'bouts', 'longBouts', 'longestBoutMs', 'reminders'] as const)
      check(
        day[field] === (old?.[field] ?? 0),
        () => `${key}.${field} moved while standing ${at()}`,
      );
  }
}

/** How often the interesting situations came up, so a weak generator shows. */
type Coverage = Record<
  | 'reminders'
  | 'reactionsToReminder'
  | 'resentBreaks'
  | 'repeats'
  | 'lateEvents'
  | 'backwardJumps'
  | 'naturalBreaks'
  | 'multiDay'
  | 'standing'
  | 'standingEnded'
  | 'nudgedToSit',
  number
>;

function countCoverage(coverage: Coverage, c: StepCheck): void {
  const last = c.before.clock.lastSeenAt;
  const total = (m: ClockModel, f: DayCounter) =>
    Object.values(m.days).reduce((sum, d) => sum + d[f], 0);
  if (c.fired) coverage.reminders++;
  if (
    c.before.clock.reminder.firedAt !== null &&
    (c.event.type === 'snooze' || c.event.type === 'skip' || c.event.type === 'break')
  )
    coverage.reactionsToReminder++;
  if (c.event.type === 'break' && c.before.clock.recentBreakIds.includes(c.event.id))
    coverage.resentBreaks++;
  if (sameEvent(c.previousEvent, c.event)) coverage.repeats++;
  if (last !== null && c.event.at < last && last - c.event.at <= MAX_GAP_MS) coverage.lateEvents++;
  if (last !== null && last - c.event.at > MAX_GAP_MS) coverage.backwardJumps++;
  if (total(c.after, 'natural') > total(c.before, 'natural')) coverage.naturalBreaks++;
  if (Object.keys(c.after.days).length > 1 && Object.keys(c.before.days).length === 1)
    coverage.multiDay++;
  if (c.after.clock.standing !== null) coverage.standing++;
  if (c.before.clock.standing !== null && c.after.clock.standing === null && c.event.type !== 'sit')
    coverage.standingEnded++;
  if (c.before.clock.standing?.nudgedAt === null && c.after.clock.standing?.nudgedAt != null)
    coverage.nudgedToSit++;
}

// ---------------------------------------------------------------- properties

/** Runs per property (2000+ in total); each run is a whole stream of events. The longest get
 * their own time budget: a busy machine takes several times their usual 2–5 s. */
const RUNS = { settings: 200, invariants: 3000, gaps: 1000, roundTrip: 1000 } as const;

/**
 * A property's own time budget: its runs take 1–4 s on an idle machine and several times that
 * on a busy one, so vitest's 5 s default is no measure of correctness here.
 */
const PROPERTY_TIMEOUT_MS = 120_000;

describe('clock reducer properties (random event streams)', () => {
  it(
    'generates only valid settings',
    () => {
      fc.assert(
        fc.property(settingsArb, (settings) => {
          expect(parseSettings(settings)).toEqual(settings);
        }),
        { numRuns: RUNS.settings },
      );
    },
    PROPERTY_TIMEOUT_MS,
  );

  it(
    'keeps its invariants after every step',
    () => {
      const coverage: Coverage = {
        reminders: 0,
        reactionsToReminder: 0,
        resentBreaks: 0,
        repeats: 0,
        lateEvents: 0,
        backwardJumps: 0,
        naturalBreaks: 0,
        multiDay: 0,
        standing: 0,
        standingEnded: 0,
        nudgedToSit: 0,
      };
      fc.assert(
        fc.property(eventsArb, settingsArb, (events, settings) => {
          runSequence(events, settings, (c) => {
            checkStep(c);
            countCoverage(coverage, c);
          });
        }),
        { numRuns: RUNS.invariants },
      );
      if (process.env.SHOW_COVERAGE) console.log(coverage);
      // The generator must really reach the situations the invariants are about.
      for (const [situation, count] of Object.entries(coverage)) {
        expect(count, `${situation} seen in the generated streams`).toBeGreaterThan(20);
      }
    },
    PROPERTY_TIMEOUT_MS,
  );

  it(
    'never counts a silence longer than MAX_GAP_MS as sitting, whatever event ends it',
    () => {
      // Sleep or a closed browser is rest (closeGap in step.ts). So every active
      // stretch lies in the clock's timeline between events at most MAX_GAP_MS
      // apart, and booked + open active time ≤ Σ min(MAX_GAP_MS, tᵢ − tᵢ₋₁).
      fc.assert(
        fc.property(eventsArb, settingsArb, (events, settings) => {
          runSequence(events, settings, (c) => {
            expect(bookedActiveMs(c.after) + openStretchMs(c.after)).toBeLessThanOrEqual(
              c.boundedProgressMs,
            );
          });
        }),
        { numRuns: RUNS.gaps },
      );
    },
    PROPERTY_TIMEOUT_MS,
  );

  it(
    'stores a model that re-parses to itself (lossless storage round trip)',
    () => {
      fc.assert(
        fc.property(eventsArb, settingsArb, (events, settings) => {
          runSequence(events, settings, ({ after, t }) => {
            expect(parseClock(JSON.parse(JSON.stringify(after.clock)), t)).toEqual(after.clock);
            expect(parseDays(JSON.parse(JSON.stringify(after.days)))).toEqual(after.days);
          });
        }),
        { numRuns: RUNS.roundTrip },
      );
    },
    PROPERTY_TIMEOUT_MS,
  );
});

// ------------------------------------------- minimal reproductions of found bugs
// Both failed against lib/ as first written (snooze/skip/pause/resume did not
// close a long silence; a natural break left a stale `awaySince` that
// parseClock then dropped). They pass since lib/clock/step.ts, booking.ts and
// state.ts were changed to run closeGap/settleAbsence for every event and to
// clear `awaySince` in endBout.

describe('clock reducer regressions found by the properties', () => {
  const t0 = new Date(2026, 5, 15, 9, 0).getTime();

  function replay(events: ClockEvent[]): ClockModel {
    let model: ClockModel = { clock: initialClock, days: {} };
    for (const event of events) model = step(model, event, settingsDefaults);
    return model;
  }

  it.each([
    ['pause', { type: 'pause', at: t0 + 8 * HOUR, until: t0 + 9 * HOUR }],
    ['snooze', { type: 'snooze', at: t0 + 8 * HOUR }],
    ['skip', { type: 'skip', at: t0 + 8 * HOUR }],
    ['resume', { type: 'resume', at: t0 + 8 * HOUR }],
  ] satisfies Array<[string, ClockEvent]>)(
    'does not book a night of sleep as sitting when the first event after it is %s',
    (_name, wake) => {
      // Active at 09:00, then the computer sleeps; the first thing after waking
      // is a click. The 8 h silence must be rest, as it is for tick/observe.
      const model = replay([
        { type: 'observe', at: t0, state: 'active', source: 'change' },
        wake,
        { type: 'tick', at: t0 + 8 * HOUR + MINUTE },
        { type: 'observe', at: t0 + 8 * HOUR + 2 * MINUTE, state: 'locked', source: 'change' },
      ]);
      // Nobody was seen active after waking, so no sitting at all was booked.
      expect(model.days[dayKey(t0)]?.activeMs ?? 0).toBe(0);
      expect(model.clock.bout).toBeNull();
    },
  );

  it('re-parses the clock after a bout ended in a natural break', () => {
    const model = replay([
      { type: 'observe', at: t0, state: 'active', source: 'change' },
      { type: 'tick', at: t0 + 2 * MINUTE },
      { type: 'observe', at: t0 + 3 * MINUTE, state: 'idle', source: 'change' },
      { type: 'tick', at: t0 + 10 * MINUTE },
    ]);
    expect(model.clock.bout).toBeNull();
    expect(parseClock(JSON.parse(JSON.stringify(model.clock)), t0)).toEqual(model.clock);
  });
});
