// Figures from the simulated workday: the day of tests/scenario/workday-timeline.ts, replayed through
// the real background with fake time (SimulatedBrowser). Worker wake-ups per hour while active
// and while away, storage writes per hour, reminder timing and the day's sitting time against
// the ground truth worked out by hand there. `npm run bench` runs this file through
// bench/vitest.config.ts and reads the JSON it writes to $UNSIT_BENCH_OUT.
import { writeFileSync } from 'node:fs';
import { expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { parseDays } from '../lib/day-totals';
import { MINUTE } from '../lib/time';
import {
  at,
  runWorkday,
  WORKDAY_DATE,
  WORKDAY_TRUTH,
  type WorkdayPhase,
} from '../tests/scenario/workday-timeline';

const HOUR = 60 * MINUTE;

it('replays the workday and writes its figures', async () => {
  const localWrites: number[] = [];
  const sessionWrites: number[] = [];
  let now = () => 0;

  // Each wake-up and write is put in the phase current when it happened; alarms that fire on
  // waking from sleep or on a browser start count as active (the user is back).
  let phase: WorkdayPhase = 'active';
  let phaseFrom = 0;
  const hours: Record<WorkdayPhase, number> = { active: 0, away: 0, asleep: 0, closed: 0 };
  const enter = (next: WorkdayPhase) => {
    hours[phase] += (now() - phaseFrom) / HOUR;
    phase = next;
    phaseFrom = now();
  };
  const alarms: Array<{ at: number; name: string; phase: WorkdayPhase }> = [];
  const writes: WorkdayPhase[] = [];
  let wakeups: () => ReadonlyArray<{ at: number; name: string }> = () => [];
  const classify = () => {
    for (const w of wakeups().slice(alarms.length)) alarms.push({ ...w, phase });
    for (const _ of localWrites.slice(writes.length)) writes.push(phase);
  };

  const { reminders } = await runWorkday({
    afterStep: classify,
    phase: enter,
    // The fake browser is reset when the run starts: spy on its storage from then on.
    started(run) {
      now = () => run.now;
      phaseFrom = run.now;
      wakeups = () => run.wakeups;
      for (const [area, list] of [
        [fakeBrowser.storage.local, localWrites],
        [fakeBrowser.storage.session, sessionWrites],
      ] as const) {
        const set = area.set.bind(area);
        vi.spyOn(area, 'set').mockImplementation((items) => {
          list.push(run.now);
          return set(items);
        });
      }
    },
  });
  classify();
  enter('closed'); // books the last phase's hours

  const inPhase = (p: WorkdayPhase) => alarms.filter((a) => a.phase === p);
  const activeAlarms = inPhase('active');
  const awayAlarms = inPhase('away');
  const perMinute = activeAlarms.map(
    (a) => activeAlarms.filter((b) => b.at >= a.at && b.at < a.at + MINUTE).length,
  );
  const tally: Record<string, number> = {};
  for (const a of alarms) tally[`${a.phase}:${a.name}`] = (tally[`${a.phase}:${a.name}`] ?? 0) + 1;

  const expected = WORKDAY_TRUTH.reminders.map(at);
  const errors = reminders.map((r, i) => Math.abs(r - (expected[i] ?? Number.NaN)));
  const totals = parseDays((await fakeBrowser.storage.local.get('days')).days)[WORKDAY_DATE];
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
      groundTruthMin: WORKDAY_TRUTH.sittingMin,
      errorMin: Math.abs(sittingMin - WORKDAY_TRUTH.sittingMin),
    },
  };
  const out = process.env.UNSIT_BENCH_OUT;
  if (out) writeFileSync(out, JSON.stringify(figures, null, 2));
  else console.log(JSON.stringify(figures, null, 2));
  expect(reminders.length).toBeGreaterThan(0);
});
