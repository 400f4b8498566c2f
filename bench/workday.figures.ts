// Figures from the simulated workday: the day of tests/scenario/workday.test.ts, replayed through
// the real background with fake time (SimulatedBrowser). Worker wake-ups per hour while active
// and while away, storage writes per hour, reminder timing and the day's sitting time against
// the ground truth worked out by hand in that test. `npm run bench` runs this file through
// bench/vitest.config.ts and reads the JSON it writes to $UNSIT_BENCH_OUT.
import { writeFileSync } from 'node:fs';
import { expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { parseDays } from '../lib/day-totals';
import { MINUTE } from '../lib/time';
import { SimulatedBrowser } from '../tests/scenario/simulated-browser';

const t = (hhmm: string) => {
  const [h, m] = hhmm.split(':').map(Number);
  return new Date(2026, 5, 1, h ?? 0, m ?? 0).getTime();
};
const HOUR = 60 * MINUTE;

/** Ground truth from tests/scenario/workday.test.ts. */
const EXPECTED_REMINDERS = ['08:30', '09:01', '09:39', '09:45', '10:16', '13:15', '15:50'];
const EXPECTED_SITTING_MIN = 367;

/**
 * What the browser can know: 'active' until an idle or locked report, 'away' until the next
 * active one; 'asleep' and 'closed' while nothing runs.
 */
type Phase = 'active' | 'away' | 'asleep' | 'closed';

it('replays the workday and writes its figures', async () => {
  fakeBrowser.reset();
  const sim = new SimulatedBrowser(t('08:00'));
  const localWrites: number[] = [];
  const sessionWrites: number[] = [];
  for (const [area, list] of [
    [fakeBrowser.storage.local, localWrites],
    [fakeBrowser.storage.session, sessionWrites],
  ] as const) {
    const set = area.set.bind(area);
    vi.spyOn(area, 'set').mockImplementation((items) => {
      list.push(sim.now);
      return set(items);
    });
  }

  // Each wake-up and write is put in the phase current when it happened; alarms that fire on
  // waking from sleep or on a browser start count as active (the user is back).
  let phase: Phase = 'active';
  let phaseFrom = sim.now;
  const hours: Record<Phase, number> = { active: 0, away: 0, asleep: 0, closed: 0 };
  const enter = (next: Phase) => {
    hours[phase] += (sim.now - phaseFrom) / HOUR;
    phase = next;
    phaseFrom = sim.now;
  };
  const alarms: Array<{ at: number; name: string; phase: Phase }> = [];
  const writes: Phase[] = [];
  const classify = () => {
    for (const w of sim.wakeups.slice(alarms.length)) alarms.push({ ...w, phase });
    for (const _ of localWrites.slice(writes.length)) writes.push(phase);
  };

  const reminders: number[] = [];
  const firedAt = async () =>
    (
      (await fakeBrowser.storage.local.get('clock')).clock as
        | { reminder?: { firedAt: number | null } }
        | undefined
    )?.reminder?.firedAt ?? null;
  /** Advances minute by minute, noting each reminder as it fires. */
  async function work(until: string) {
    const target = t(until);
    while (sim.now < target) {
      const before = await firedAt();
      await sim.runUntil(Math.min(target, sim.now + MINUTE));
      classify();
      const after = await firedAt();
      if (after !== null && after !== before) reminders.push(after);
    }
  }
  async function report(state: 'active' | 'idle' | 'locked') {
    classify();
    enter(state === 'active' ? 'active' : 'away');
    await sim.setIdle(state);
    classify();
  }
  /** The user leaves at `from` and is back at `to`; `idle` arrives 60 s after the last input. */
  async function away(from: string, to: string, how: 'idle' | 'locked') {
    await work(how === 'locked' ? from : new Date(t(from) + MINUTE).toTimeString().slice(0, 5));
    await report(how);
    await work(to);
    await report('active');
  }

  await sim.startWorker();
  classify();
  await work('08:31');
  await sim.send('recordBreak', { kind: 'acknowledged', id: 'stood-0831' });
  await work('09:00');
  await sim.restartWorker();
  await away('09:05', '09:09', 'idle');
  await work('09:40');
  await sim.send('snooze');
  await work('09:46');
  await sim.send('recordBreak', { kind: 'routine', id: 'routine-0944', startedAt: t('09:44') });
  await work('10:30');
  await sim.restartWorker();
  await away('12:00', '12:45', 'locked');
  await work('13:20');
  classify();
  enter('asleep');
  await sim.sleepUntil(t('15:20'));
  enter('active');
  classify();
  await sim.setIdle('active');
  await work('16:00');
  classify();
  enter('closed');
  await sim.restartBrowser(t('16:02'));
  enter('active');
  classify();
  await work('17:01');
  await report('idle');
  await work('18:00');
  classify();
  enter('closed'); // books the last phase's hours

  const inPhase = (p: Phase) => alarms.filter((a) => a.phase === p);
  const activeAlarms = inPhase('active');
  const awayAlarms = inPhase('away');
  const perMinute = activeAlarms.map(
    (a) => activeAlarms.filter((b) => b.at >= a.at && b.at < a.at + MINUTE).length,
  );
  const tally: Record<string, number> = {};
  for (const a of alarms) tally[`${a.phase}:${a.name}`] = (tally[`${a.phase}:${a.name}`] ?? 0) + 1;

  const expected = EXPECTED_REMINDERS.map(t);
  const errors = reminders.map((r, i) => Math.abs(r - (expected[i] ?? Number.NaN)));
  const totals = parseDays((await fakeBrowser.storage.local.get('days')).days)['2026-06-01'];
  const sittingMin = (totals?.activeMs ?? 0) / MINUTE;

  const figures = {
    hours,
    wakeups: {
      activePerHour: activeAlarms.length / hours.active,
      /** The most alarms delivered within any 60 s while active. */
      activeMaxPerMinute: Math.max(0, ...perMinute),
      awayPerHour: awayAlarms.length / hours.away,
      /** While away, alarms other than the ones that end the absence (it became a real break). */
      awayBeyondAbsenceEnd: awayAlarms.filter((a) => a.name !== 'absence-ends').length,
      byPhaseAndAlarm: tally,
    },
    storageWrites: {
      localPerHour: localWrites.length / (hours.active + hours.away),
      localActivePerHour: writes.filter((p) => p === 'active').length / hours.active,
      localAwayPerHour: writes.filter((p) => p === 'away').length / hours.away,
      localTotal: localWrites.length,
      sessionTotal: sessionWrites.length,
    },
    reminders: {
      count: reminders.length,
      expectedCount: expected.length,
      maxErrorMs: reminders.length === expected.length ? Math.max(...errors) : null,
      at: reminders.map((r) => new Date(r).toTimeString().slice(0, 8)),
    },
    sitting: {
      measuredMin: sittingMin,
      groundTruthMin: EXPECTED_SITTING_MIN,
      errorMin: Math.abs(sittingMin - EXPECTED_SITTING_MIN),
    },
  };
  const out = process.env.UNSIT_BENCH_OUT;
  if (out) writeFileSync(out, JSON.stringify(figures, null, 2));
  else console.log(JSON.stringify(figures, null, 2));
  expect(reminders.length).toBeGreaterThan(0);
});
