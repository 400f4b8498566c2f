import type { Settings } from '../settings';
import { MINUTE } from '../time';
import { bump, closeStretch, endBout, startBout } from './booking';
import { countBreak, extendBreak, routineDone } from './breaks';
import { IDLE_DETECTION_MS, MAX_GAP_MS } from './constants';
import type { ClockEvent } from './events';
import type { ClockModel } from './model';
import { absenceEndsBoutAt, reminderDueAt, snoozeAllowed } from './schedule';
import { nudgeToSit, returnFromAbsence, settleStanding, stopStanding } from './standing';
import type { Activity, ClockState } from './state';

// The sitting clock as a pure reducer: (model, event, settings) → model. A reminder that
// fires is part of the model (`reminder.firedAt`); the background presents whatever is
// outstanding, so it needs no separate list of what happened. Every event also brings the clock up to its own time, so the
// background can feed it whatever woke it (an alarm, an idle report, a click)
// and get the same answer however late or often that happens.

export function step(model: ClockModel, event: ClockEvent, settings: Settings): ClockModel {
  const { model: timed, t } = alignTime(model, event.at);
  // Whatever the event, a long silence before it was rest (see closeGap).
  // and an absence that has grown into a real break is booked before the event acts.
  const gapClosed = closeGap(timed, t, event.type === 'startup');
  const rested = settleAbsence(settleStanding(gapClosed, t, settings), t, settings);
  // Still away after a break: that break lasted until now.
  const away = { ...rested, clock: extendBreak(rested.clock, t) };
  let next = applyEvent(away, event, t, settings);
  next = { ...next, clock: { ...next.clock, lastSeenAt: Math.max(next.clock.lastSeenAt ?? t, t) } };
  return reconcile(next, t, settings);
}

/**
 * Places the event on the clock's timeline. A slightly late event is handled
 * as if it happened now; a big step backwards means the wall clock was set
 * back, and the remembered timeline moves back with it so no duration can
 * come out negative.
 */
function alignTime(model: ClockModel, at: number): { model: ClockModel; t: number } {
  const last = model.clock.lastSeenAt;
  if (last === null || at >= last) return { model, t: at };
  const back = last - at;
  if (back <= MAX_GAP_MS) return { model, t: last };
  return { model: { ...model, clock: shiftTimeline(model.clock, -back) }, t: at };
}

function shiftTimeline(clock: ClockState, by: number): ClockState {
  const shift = (v: number | null) => (v === null ? null : Math.max(0, v + by));
  return {
    ...clock,
    lastSeenAt: shift(clock.lastSeenAt),
    bout: clock.bout && { ...clock.bout, startedAt: Math.max(0, clock.bout.startedAt + by) },
    stretchStart: shift(clock.stretchStart),
    awaySince: shift(clock.awaySince),
    pausedUntil: shift(clock.pausedUntil),
    reminder: {
      ...clock.reminder,
      firedAt: shift(clock.reminder.firedAt),
      snoozedUntil: shift(clock.reminder.snoozedUntil),
    },
    lastBreak: clock.lastBreak && {
      ...clock.lastBreak,
      from: Math.max(0, clock.lastBreak.from + by),
      to: Math.max(0, clock.lastBreak.to + by),
    },
    routineRuns: clock.routineRuns.map((r) => ({ ...r, at: Math.max(0, r.at + by) })),
    standing: clock.standing && {
      since: Math.max(0, clock.standing.since + by),
      nudgedAt: shift(clock.standing.nudgedAt),
    },
  };
}

function applyEvent(
  model: ClockModel,
  event: ClockEvent,
  t: number,
  settings: Settings,
): ClockModel {
  switch (event.type) {
    case 'observe':
      return observe(model, t, event.state, event.source, settings);
    case 'startup':
      return observe(model, t, event.state, 'poll', settings);
    case 'break':
      return recordBreak(model, event, t, settings);
    case 'routine-start':
      return startRoutine(model, event.id, t);
    case 'partial':
      return recordPartial(model, event, t);
    case 'stand':
      return stand(model, t);
    case 'sit':
      // Back in the chair: a bout begins now (the click itself is input at the keyboard).
      return model.clock.standing === null ? model : startBout(stopStanding(model, t), t);
    case 'snooze':
      return snooze(model, t, settings);
    case 'skip':
      return skip(model, t, settings);
    case 'pause':
      if (event.until <= t) return model;
      return {
        ...model,
        clock: {
          ...model.clock,
          pausedUntil: event.until,
          reminder: { ...model.clock.reminder, firedAt: null },
        },
      };
    case 'resume':
      return { ...model, clock: { ...model.clock, pausedUntil: null } };
    case 'tick':
      return model;
  }
}

/**
 * A long silence while "active" (sleep, browser closed, or `forced` at a
 * browser start) is rest: the stretch is closed when the user was last seen.
 */
function closeGap(model: ClockModel, t: number, forced: boolean): ClockModel {
  const { clock } = model;
  if (clock.activity !== 'active' || clock.lastSeenAt === null) return model;
  if (!forced && t - clock.lastSeenAt <= MAX_GAP_MS) return model;
  const lastSeen = Math.min(clock.lastSeenAt, t);
  const closed = closeStretch(model, lastSeen);
  return { ...closed, clock: { ...closed.clock, activity: 'idle', awaySince: lastSeen } };
}

/**
 * When the user was last at the keyboard, for a report at `t` that they are not: `idle` arrives
 * one detection interval after the last input; a lock found by a poll happened some time after
 * the user was last seen; a reported lock, now.
 */
function lastInputAt(
  clock: ClockModel['clock'],
  t: number,
  state: Activity,
  source: 'change' | 'poll',
): number {
  if (state === 'idle') return t - IDLE_DETECTION_MS;
  return source === 'poll' ? (clock.lastSeenAt ?? t) : t;
}

function observe(
  model: ClockModel,
  t: number,
  state: Activity,
  source: 'change' | 'poll',
  settings: Settings,
): ClockModel {
  const { clock } = model;
  if (clock.standing !== null) return observeStanding(model, t, state, source, settings);
  if (state === 'active') {
    if (clock.activity === 'active') return model;
    const settled = settleAbsence(model, t, settings);
    if (settled.clock.bout === null) return startBout(settled, t);
    return {
      ...settled,
      clock: { ...settled.clock, activity: 'active', stretchStart: t, awaySince: null },
    };
  }
  if (clock.activity !== 'active') {
    // idle → locked is a deeper absence, not a new one: its start stays.
    return { ...model, clock: { ...clock, activity: state } };
  }
  const start = clock.stretchStart ?? t;
  const end = Math.min(t, Math.max(start, lastInputAt(clock, t, state, source)));
  const closed = closeStretch(model, end);
  return { ...closed, clock: { ...closed.clock, activity: state, awaySince: end } };
}

/** While standing only presence is tracked: no stretch is open, and an absence may end it. */
function observeStanding(
  model: ClockModel,
  t: number,
  state: Activity,
  source: 'change' | 'poll',
  settings: Settings,
): ClockModel {
  const { clock } = model;
  if (state === 'active') {
    return clock.activity === 'active' ? model : returnFromAbsence(model, t, settings);
  }
  if (clock.activity !== 'active') return { ...model, clock: { ...clock, activity: state } };
  const since = clock.standing?.since ?? t;
  const awaySince = Math.min(t, Math.max(since, lastInputAt(clock, t, state, source)));
  return { ...model, clock: { ...clock, activity: state, awaySince } };
}

/**
 * "I'm standing": the bout ends now (booked like any bout, and a due reminder with it: standing
 * is what it asked for), and standing begins. Said again while standing, it changes nothing.
 */
function stand(model: ClockModel, t: number): ClockModel {
  const { clock } = model;
  if (clock.standing !== null) return model;
  const boutEnd = clock.activity === 'active' ? t : (clock.awaySince ?? t);
  const ended = endBout(model, boutEnd);
  return {
    ...ended,
    clock: {
      ...ended.clock,
      activity: 'active',
      stretchStart: null,
      awaySince: null,
      standing: { since: t, nudgedAt: null },
    },
  };
}

/** Ends the bout when the absence in progress has grown into a real break. */
function settleAbsence(model: ClockModel, t: number, settings: Settings): ClockModel {
  const breakAt = absenceEndsBoutAt(model.clock, settings);
  const awaySince = model.clock.awaySince;
  if (breakAt === null || t < breakAt || awaySince === null) return model;
  const ended = endBout(model, awaySince);
  return countBreak(ended, { kind: 'natural', from: awaySince, to: t }, breakAt);
}

/** Remembers when a routine began, by the clock's own time, to check its end against. */
function startRoutine(model: ClockModel, id: string, t: number): ClockModel {
  const runs = model.clock.routineRuns;
  if (runs.some((r) => r.id === id) || model.clock.recentBreakIds.includes(id)) return model;
  return { ...model, clock: { ...model.clock, routineRuns: [...runs, { id, at: t }].slice(-4) } };
}

/** The run ended: its start is no longer needed, and its id is not counted again. */
function endRun(model: ClockModel, id: string): ClockModel {
  const { clock } = model;
  return {
    ...model,
    clock: {
      ...clock,
      routineRuns: clock.routineRuns.filter((r) => r.id !== id),
      recentBreakIds: [...clock.recentBreakIds, id].slice(-20),
    },
  };
}

function recordBreak(
  model: ClockModel,
  event: Extract<ClockEvent, { type: 'break' }>,
  t: number,
  settings: Settings,
): ClockModel {
  if (model.clock.recentBreakIds.includes(event.id)) return model;
  const settled = settleAbsence(model, t, settings);
  const { clock } = settled;
  let began = t;
  if (event.kind === 'routine') {
    // The start the background saw; the page's word only when it saw none.
    const seen = clock.routineRuns.find((r) => r.id === event.id)?.at;
    began = Math.min(t, seen ?? event.startedAt ?? t);
    if (!routineDone(event.work, began, t)) {
      return recordPartial(
        settled,
        { type: 'partial', at: t, id: event.id, ranMs: event.work.ranMs },
        t,
      );
    }
  }
  // Sitting ended when the break began (or when the user walked away before it).
  const boutEnd =
    clock.activity === 'active'
      ? Math.max(clock.stretchStart ?? began, began)
      : (clock.awaySince ?? began);
  // Standing there is no bout to end, and the absence that may end the standing goes on.
  const ended = clock.bout === null ? settled : endBout(settled, boutEnd);
  const counted = countBreak(ended, { kind: event.kind, from: began, to: t }, t);
  // At the keyboard (or clicking "I stood up"), a new bout starts now. Away (a routine
  // that ran hands-off finished by itself), the break goes on until the user is back.
  // Standing, the user stays standing: no bout begins.
  const here =
    clock.standing === null && (clock.activity === 'active' || event.kind === 'acknowledged');
  const next = here ? startBout(counted, t) : counted;
  return endRun(next, event.id);
}

function recordPartial(
  model: ClockModel,
  event: Extract<ClockEvent, { type: 'partial' }>,
  t: number,
): ClockModel {
  if (model.clock.recentBreakIds.includes(event.id)) return model;
  const ranMs = Math.max(0, event.ranMs);
  const counted = bump(model, t, (d) => ({
    ...d,
    partial: d.partial + 1,
    partialMs: d.partialMs + ranMs,
  }));
  return endRun(counted, event.id);
}

function snooze(model: ClockModel, t: number, settings: Settings): ClockModel {
  const { reminder } = model.clock;
  if (model.clock.bout === null) return model; // resting: nothing to postpone
  const wasOutstanding = reminder.firedAt !== null;
  // Past the limit, snoozing is no longer a choice: the routine, "I stood up" or skip.
  if (!snoozeAllowed(reminder, settings)) return model;
  const snoozedUntil = t + settings.snoozeMin * MINUTE;
  const next: ClockModel = {
    ...model,
    clock: {
      ...model.clock,
      reminder: {
        firedAt: null,
        snoozedUntil,
        snoozesInRow: reminder.snoozesInRow + (wasOutstanding ? 1 : 0),
      },
    },
  };
  return wasOutstanding ? bump(next, t, (d) => ({ ...d, snoozed: d.snoozed + 1 })) : next;
}

/** Skipping dismisses the outstanding reminder; the bout goes on and is reminded again one interval later. */
function skip(model: ClockModel, t: number, settings: Settings): ClockModel {
  if (model.clock.reminder.firedAt === null) return model;
  const next: ClockModel = {
    ...model,
    clock: {
      ...model.clock,
      reminder: { firedAt: null, snoozedUntil: t + settings.intervalMin * MINUTE, snoozesInRow: 0 },
    },
  };
  return bump(next, t, (d) => ({ ...d, skipped: d.skipped + 1 }));
}

/** Brings the clock up to time `t`: finished absences, expired pauses, due reminders. */
export function reconcile(model: ClockModel, t: number, settings: Settings): ClockModel {
  let next = settleAbsence(settleStanding(model, t, settings), t, settings);
  if (next.clock.pausedUntil !== null && next.clock.pausedUntil <= t) {
    next = { ...next, clock: { ...next.clock, pausedUntil: null } };
  }
  next = nudgeToSit(next, t, settings);
  const due = reminderDueAt(next.clock, settings);
  if (due === null || due > t) return next;
  const fired: ClockModel = {
    ...next,
    clock: { ...next.clock, reminder: { ...next.clock.reminder, firedAt: t } },
  };
  return bump(fired, t, (d) => ({ ...d, reminders: d.reminders + 1 }));
}
