import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ClockEvent } from '../../../lib/clock/events';
import type { ClockModel } from '../../../lib/clock/model';
import { wakeups } from '../../../lib/clock/schedule';
import { parseClock } from '../../../lib/clock/state';
import { clockView } from '../../../lib/clock/view';
import { breaksTaken, type DayCounter, type DayTotals } from '../../../lib/day-totals';
import { parseSettings, type Settings } from '../../../lib/settings';
import { MINUTE, SECOND } from '../../../lib/time';
import { active, at, heartbeats, idle, MONDAY_9, poll, run } from './helpers';

// Standing at a sit-stand desk, the clock's third state: the rules by example, then as
// properties over random tick rhythms and absences.

const settings = parseSettings({ intervalMin: 30, naturalBreakMin: 3, standMaxMin: 60 });
const rhythm = parseSettings({ ...settings, standRhythm: true, standMin: 15 });

const stand = (minutes: number): ClockEvent => ({ type: 'stand', at: at(minutes) });
const sit = (minutes: number): ClockEvent => ({ type: 'sit', at: at(minutes) });
const tick = (minutes: number): ClockEvent => ({ type: 'tick', at: at(minutes) });

const total = (model: ClockModel, field: DayCounter) =>
  Object.values(model.days).reduce((sum, d) => sum + d[field], 0);

describe('standing, by example', () => {
  it('"I\'m standing" ends the bout (booked as a bout) and rests the sitting clock', () => {
    const { model } = run([active(0), ...heartbeats(1, 20), stand(20), ...heartbeats(21, 50)]);
    expect(model.clock.bout).toBeNull();
    expect(model.clock.standing).toEqual({ since: at(20), nudgedAt: null });
    // 20 minutes of sitting, as one bout; the 30 minutes at the keyboard standing are not sitting.
    expect(total(model, 'activeMs')).toBe(20 * MINUTE);
    expect(total(model, 'bouts')).toBe(1);
    // No reminder to get up while standing, however long the keyboard is used.
    expect(model.clock.reminder.firedAt).toBeNull();
    const view = clockView(model, settings, at(50));
    expect(view.standingSince).toBe(at(20));
    expect(view.boutMs).toBe(0);
    expect(view.today.standingMs).toBe(30 * MINUTE);
    expect(view.nextReminderAt).toBeNull();
  });

  it('answers a due reminder: it is cleared, neither skipped nor counted as a break', () => {
    const due = run([active(0), ...heartbeats(1, 31)], settings);
    expect(due.model.clock.reminder.firedAt).not.toBeNull();
    const { model } = run([stand(32)], settings, due.model);
    expect(model.clock.reminder.firedAt).toBeNull();
    expect(total(model, 'skipped')).toBe(0);
    expect(breaksTaken(model.days[Object.keys(model.days)[0] ?? ''] as DayTotals)).toBe(0);
  });

  it('"I sat down" books the standing time and starts a bout at once', () => {
    const { model } = run(
      [active(0), stand(0), ...heartbeats(1, 25), sit(25), ...heartbeats(26, 40)],
      settings,
    );
    expect(model.clock.standing).toBeNull();
    expect(total(model, 'standingMs')).toBe(25 * MINUTE);
    expect(model.clock.bout?.startedAt).toBe(at(25));
    expect(clockView(model, settings, at(40)).boutMs).toBe(15 * MINUTE);
  });

  it('saying it twice changes nothing; "I sat down" while sitting changes nothing', () => {
    const once = run([active(0), stand(5), tick(6)], settings).model;
    const twice = run([active(0), stand(5), stand(5), tick(6)], settings).model;
    expect(twice).toEqual(once);
    const sitting = run([active(0), tick(6)], settings).model;
    expect(run([sit(6)], settings, sitting).model).toEqual(sitting);
  });

  it('ends by itself at the maximum: then the user counts as sitting again', () => {
    const { model } = run([active(0), stand(0), ...heartbeats(1, 75)], settings);
    expect(model.clock.standing).toBeNull();
    expect(total(model, 'standingMs')).toBe(60 * MINUTE);
    expect(model.clock.bout?.startedAt).toBe(at(60));
    // The wake-up for the maximum is scheduled (not left to a heartbeat).
    const standing = run([active(0), stand(0), ...heartbeats(1, 10)], settings).model;
    expect(wakeups(standing.clock, settings).absenceEndsAt).toBe(at(60));
  });

  it('ends when the user left, once an absence is a real break, and counts that break once', () => {
    // Standing from 0, the last input at 19 (idle reported at 20), back at 40.
    const { model } = run(
      [active(0), stand(0), ...heartbeats(1, 19), idle(20), tick(23), tick(30), active(40)],
      settings,
    );
    expect(total(model, 'standingMs')).toBe(19 * MINUTE);
    expect(total(model, 'natural')).toBe(1);
    // Back at the keyboard after the break: sitting, a fresh bout.
    expect(model.clock.standing).toBeNull();
    expect(model.clock.bout?.startedAt).toBe(at(40));
    // A short absence is part of the standing.
    const short = run(
      [active(0), stand(0), ...heartbeats(1, 9), idle(10), active(11), ...heartbeats(12, 20)],
      settings,
    ).model;
    expect(short.clock.standing?.since).toBe(at(0));
    expect(total(short, 'natural')).toBe(0);
  });

  it('a night of sleep while standing ends it where the user was last seen', () => {
    const { model } = run([active(0), stand(0), ...heartbeats(1, 10), poll(10 + 8 * 60)]);
    expect(total(model, 'standingMs')).toBe(10 * MINUTE);
    expect(total(model, 'activeMs')).toBe(0);
    expect(model.clock.bout?.startedAt).toBe(at(10 + 8 * 60));
  });

  it('the rhythm nudges to sit again after its standing time, once; without it, never', () => {
    const nudged = run([active(0), stand(0), ...heartbeats(1, 20)], rhythm).model;
    expect(nudged.clock.standing?.nudgedAt).toBe(at(15));
    expect(clockView(nudged, rhythm, at(20)).sitAgainDue).toBe(true);
    const plain = run([active(0), stand(0), ...heartbeats(1, 20)], settings).model;
    expect(plain.clock.standing?.nudgedAt).toBeNull();
    // Scheduled as the reminder to wake for.
    const before = run([active(0), stand(0), ...heartbeats(1, 5)], rhythm).model;
    expect(wakeups(before.clock, rhythm).reminderAt).toBe(at(15));
    // "I sat down" clears it with the standing.
    expect(run([sit(21)], rhythm, nudged).model.clock.standing).toBeNull();
  });

  it('the nudge waits while the user is away, while paused and outside working hours', () => {
    // Away from 13 (idle reported at 14) to 15.5: a short absence, over the nudge's time.
    const away = run([active(0), stand(0), ...heartbeats(1, 13), idle(14), tick(15)], rhythm);
    expect(away.model.clock.standing?.nudgedAt).toBeNull();
    const back = run([active(15.5)], rhythm, away.model).model;
    expect(back.clock.standing?.nudgedAt).toBe(at(15.5));

    const paused = run(
      [active(0), stand(0), { type: 'pause', at: at(1), until: at(31) }, ...heartbeats(2, 30)],
      rhythm,
    ).model;
    expect(paused.clock.standing?.nudgedAt).toBeNull();
    expect(run([tick(31)], rhythm, paused).model.clock.standing?.nudgedAt).toBe(at(31));

    // Working hours end at 09:10: the nudge comes the next working morning, not at 09:15.
    const hours = parseSettings({ ...rhythm, workStartMin: 8 * 60, workEndMin: 9 * 60 + 10 });
    const evening = run([active(0), stand(0), ...heartbeats(1, 20)], hours).model;
    expect(evening.clock.standing?.nudgedAt).toBeNull();
  });

  it('a routine done while standing is a break, and the user goes on standing', () => {
    const work = { workedMs: 120 * SECOND, plannedMs: 120 * SECOND, ranMs: 120 * SECOND };
    const { model } = run(
      [
        active(0),
        stand(0),
        ...heartbeats(1, 10),
        { type: 'routine-start', at: at(10), id: 'routine-1' },
        { type: 'break', at: at(12), kind: 'routine', id: 'routine-1', work },
        tick(13),
      ],
      settings,
    );
    expect(total(model, 'routine')).toBe(1);
    expect(model.clock.standing?.since).toBe(at(0));
    expect(model.clock.bout).toBeNull();
  });

  it('reads a clock stored before standing existed as not standing', () => {
    const stored = run([active(0), ...heartbeats(1, 5)], settings).model.clock;
    const { standing: _, ...old } = stored;
    expect(parseClock(JSON.parse(JSON.stringify(old)), at(5))).toEqual(stored);
    expect(stored.standing).toBeNull();
  });

  it('a stored standing far from now is forgotten, and standing never comes with a bout', () => {
    const standing = run([active(0), stand(0)], settings).model.clock;
    expect(parseClock(standing, at(1)).standing).toEqual({ since: at(0), nudgedAt: null });
    expect(
      parseClock({ ...standing, standing: { since: 5, nudgedAt: null } }, at(1)).standing,
    ).toBeNull();
    const both = { ...standing, bout: { startedAt: at(0), committedMs: 0 }, stretchStart: at(0) };
    expect(parseClock(both, at(1)).standing).toBeNull();
  });
});

// ------------------------------------------------------------------- properties

/** A property's own time budget: a busy machine takes several times the usual second. */
const PROPERTY_TIMEOUT_MS = 120_000;

/** Gaps between wake-ups while at the keyboard: none longer than the clock's silence limit. */
const beatsArb = fc.array(fc.integer({ min: SECOND, max: 2 * MINUTE }), {
  minLength: 0,
  maxLength: 120,
});

const settingsArb: fc.Arbitrary<Settings> = fc
  .record({
    standMaxMin: fc.integer({ min: 15, max: 240 }),
    naturalBreakMin: fc.integer({ min: 1, max: 30 }),
    standRhythm: fc.boolean(),
    standMin: fc.integer({ min: 5, max: 60 }),
  })
  .map((s) => parseSettings({ ...settings, ...s }));

/** Wake-ups at the given gaps after `from`, each a tick or an idle poll finding the user active. */
function beatsFrom(from: number, gaps: number[]): { events: ClockEvent[]; end: number } {
  const events: ClockEvent[] = [];
  let t = from;
  gaps.forEach((gap, i) => {
    t += gap;
    events.push(
      i % 2 ? { type: 'tick', at: t } : { type: 'observe', at: t, state: 'active', source: 'poll' },
    );
  });
  return { events, end: t };
}

const standingFrom = (t0: number): ClockEvent[] => [
  { type: 'observe', at: t0, state: 'active', source: 'change' },
  { type: 'stand', at: t0 },
];

describe('standing, as properties', () => {
  it(
    'books standing from timestamps, not ticks: any rhythm of wake-ups gives the same minutes',
    () => {
      fc.assert(
        fc.property(
          beatsArb,
          fc.integer({ min: 0, max: 2 * MINUTE }),
          settingsArb,
          (gaps, lastGap, s) => {
            const beats = beatsFrom(MONDAY_9, gaps);
            const end = beats.end + lastGap;
            const { model } = run(
              [...standingFrom(MONDAY_9), ...beats.events, { type: 'sit', at: end }],
              s,
            );
            const maxAt = MONDAY_9 + s.standMaxMin * MINUTE;
            expect(total(model, 'standingMs')).toBe(Math.min(end, maxAt) - MONDAY_9);
            // Standing is never sitting, and never a bout: the only sitting is the open
            // stretch from the maximum (or from "I sat down") on.
            expect(total(model, 'activeMs')).toBe(0);
            expect(total(model, 'bouts')).toBe(0);
            expect(total(model, 'reminders')).toBe(0);
            expect(model.clock.standing).toBeNull();
            expect(model.clock.bout?.startedAt).toBe(Math.min(end, maxAt));
          },
        ),
        { numRuns: 300 },
      );
    },
    PROPERTY_TIMEOUT_MS,
  );

  it(
    'ends after a real absence, when the user left, or at the maximum; an absence is never sitting',
    () => {
      fc.assert(
        fc.property(
          beatsArb,
          fc.integer({ min: 0, max: 4 * 60 * MINUTE }),
          settingsArb,
          (gaps, awayMs, s) => {
            const beats = beatsFrom(MONDAY_9, gaps);
            const left = beats.end; // the last input; idle is reported a minute later
            const idleAt = left + 60 * SECOND;
            const back = idleAt + awayMs;
            const { model } = run(
              [
                ...standingFrom(MONDAY_9),
                ...beats.events,
                { type: 'observe', at: idleAt, state: 'idle', source: 'change' },
                { type: 'tick', at: back },
                { type: 'observe', at: back, state: 'active', source: 'change' },
              ],
              s,
            );
            const nb = s.naturalBreakMin * MINUTE;
            const maxAt = MONDAY_9 + s.standMaxMin * MINUTE;
            const standing = total(model, 'standingMs');
            if (idleAt > maxAt) {
              // The maximum came at the keyboard: sitting from then until the user left.
              const awayFrom = Math.max(left, maxAt);
              const brk = back >= awayFrom + nb;
              expect(standing).toBe(maxAt - MONDAY_9);
              expect(total(model, 'activeMs')).toBe(awayFrom - maxAt);
              expect(total(model, 'natural')).toBe(brk ? 1 : 0);
              expect(model.clock.bout?.startedAt).toBe(brk ? back : maxAt);
            } else if (back >= left + nb) {
              // A real break: standing ended when the user left, and the break counts once.
              expect(standing).toBe(left - MONDAY_9);
              expect(total(model, 'natural')).toBe(1);
              expect(total(model, 'activeMs')).toBe(0);
              expect(model.clock.bout?.startedAt).toBe(back);
            } else if (back >= maxAt) {
              // Back after the maximum from a short absence: stood until it, sitting from now.
              expect(standing).toBe(maxAt - MONDAY_9);
              expect(total(model, 'natural')).toBe(0);
              expect(model.clock.bout?.startedAt).toBe(back);
            } else {
              // A short absence within the standing is part of it.
              expect(model.clock.standing?.since).toBe(MONDAY_9);
              expect(standing).toBe(0);
              expect(model.clock.bout).toBeNull();
            }
            expect(total(model, 'bouts')).toBe(0);
          },
        ),
        { numRuns: 500 },
      );
    },
    PROPERTY_TIMEOUT_MS,
  );
});
