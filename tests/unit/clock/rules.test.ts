import { describe, expect, it } from 'vitest';
import type { ClockEvent } from '../../../lib/clock/events';
import { reminderDueAt, snoozeAllowed } from '../../../lib/clock/schedule';
import { clockView } from '../../../lib/clock/view';
import { settingsDefaults } from '../../../lib/settings';
import { dayKey, HOUR, MINUTE } from '../../../lib/time';
import { active, at, heartbeats, idle, locked, MONDAY_9, poll, run } from './helpers';

const today = dayKey(MONDAY_9);

describe('a steady bout', () => {
  it('reminds exactly when the bout reaches the interval, once', () => {
    const { model, reminders } = run([active(0), ...heartbeats(1, 45)]);
    expect(reminders).toEqual([at(30)]);
    expect(model.clock.reminder.firedAt).toBe(at(30));
    expect(model.days[today]?.reminders).toBe(1);
  });

  it('derives the due time from timestamps, not from counted heartbeats', () => {
    // Heartbeats that arrive irregularly (alarms may be late) do not shift the due time.
    const irregular = [2.2, 4.4, 6.1, 8.5, 10.9, 13, 15.4, 17.8, 20, 22.1, 24.5, 26.9, 29.2, 31.3];
    const { model, reminders } = run([active(0), ...irregular.slice(0, 3).map((m) => poll(m))]);
    expect(reminderDueAt(model.clock, settingsDefaults)).toBe(at(30));
    // Without an alarm exactly at the due time, the first wake-up after it reminds.
    expect(run([active(0), ...irregular.map((m) => poll(m))]).reminders).toEqual([at(31.3)]);
    expect(reminders).toEqual([]);
  });

  it('shows the live bout and today’s active time without booking them early', () => {
    const { model } = run([active(0), ...heartbeats(1, 12)]);
    const view = clockView(model, settingsDefaults, at(12.5));
    expect(view.boutMs).toBe(12.5 * MINUTE);
    expect(view.today.activeMs).toBe(12.5 * MINUTE);
    expect(model.days[today]?.activeMs ?? 0).toBe(0);
    expect(view.sittingSince).toBe(at(0));
    expect(view.nextReminderAt).toBe(at(30));
  });
});

describe('absences', () => {
  it('a short absence neither counts as sitting nor resets the bout', () => {
    // idle at 11 means the last input was at 10; back at 12: two minutes away.
    const { model, reminders } = run([
      active(0),
      ...heartbeats(1, 11),
      idle(11),
      active(12),
      ...heartbeats(13, 40),
    ]);
    expect(reminders).toEqual([at(32)]);
    expect(model.clock.bout?.startedAt).toBe(at(0));
    expect(model.days[today]?.natural ?? 0).toBe(0);
  });

  it('an absence as long as the natural-break length ends the bout and counts once', () => {
    const { model, reminders } = run([
      active(0),
      ...heartbeats(1, 11),
      idle(11),
      { type: 'tick', at: at(13) }, // the absence alarm: 10 + 3 min
      { type: 'tick', at: at(13) }, // fired twice
      active(20),
      ...heartbeats(21, 55),
    ]);
    const day = model.days[today];
    expect(day?.natural).toBe(1);
    expect(day?.bouts).toBe(1);
    expect(day?.longestBoutMs).toBe(10 * MINUTE);
    expect(model.clock.bout?.startedAt).toBe(at(20));
    expect(reminders).toEqual([at(50)]);
  });

  it('a lock starts the absence at the lock, and idle → locked keeps its start', () => {
    const { model } = run([active(0), ...heartbeats(1, 10), locked(10.5), locked(11), active(12)]);
    expect(model.clock.bout?.committedMs).toBe(10.5 * MINUTE);
    const long = run([active(0), ...heartbeats(1, 10), idle(11), locked(12), active(40)]);
    expect(long.model.days[today]?.natural).toBe(1);
    expect(long.model.days[today]?.longestBoutMs).toBe(10 * MINUTE);
  });

  it('respects a longer natural-break setting', () => {
    const settings = { ...settingsDefaults, naturalBreakMin: 10 };
    const { model } = run([active(0), ...heartbeats(1, 11), idle(11), active(16)], settings);
    expect(model.days[today]?.natural ?? 0).toBe(0);
    expect(model.clock.bout?.startedAt).toBe(at(0));
  });
});

describe('gaps, restarts and clock changes', () => {
  it('system sleep is rest: no sitting counted, no reminder burst on wake', () => {
    const { model, reminders } = run([
      active(0),
      ...heartbeats(1, 25),
      poll(145), // two hours asleep, the heartbeat fires late on wake
      ...heartbeats(146, 170),
    ]);
    expect(reminders).toEqual([at(175)].filter((t) => t <= at(170)));
    const day = model.days[today];
    expect(day?.natural).toBe(1);
    expect(day?.activeMs).toBe(25 * MINUTE);
    expect(model.clock.bout?.startedAt).toBe(at(145));
    expect(reminderDueAt(model.clock, settingsDefaults)).toBe(at(175));
  });

  it('a browser restart does not count the downtime as sitting', () => {
    const { model } = run([
      active(0),
      ...heartbeats(1, 10),
      { type: 'startup', at: at(11), state: 'active' },
      ...heartbeats(12, 20),
    ]);
    // One minute closed: not sitting, too short to be a break.
    expect(model.clock.bout?.startedAt).toBe(at(0));
    expect(clockView(model, settingsDefaults, at(20)).boutMs).toBe(19 * MINUTE);
  });

  it('a clock set back never yields negative time and keeps the bout', () => {
    const back = at(10) - 2 * HOUR;
    const later = (m: number) => ({
      type: 'observe' as const,
      at: back + m * MINUTE,
      state: 'active' as const,
      source: 'poll' as const,
    });
    const { model, reminders } = run([
      active(0),
      ...heartbeats(1, 10),
      later(0),
      ...Array.from({ length: 25 }, (_, i) => later(i + 1)),
    ]);
    // 10 minutes before the change and 25 after: one bout of 35 minutes, reminded at its 30th.
    expect(reminders).toEqual([back + 20 * MINUTE]);
    expect(clockView(model, settingsDefaults, back + 25 * MINUTE).boutMs).toBe(35 * MINUTE);
    for (const day of Object.values(model.days)) expect(day.activeMs).toBeGreaterThanOrEqual(0);
  });

  it('a late event is handled as if it came now, never twice', () => {
    const { model } = run([active(0), ...heartbeats(1, 10), idle(9.5), idle(9.5), active(11)]);
    expect(model.clock.bout?.committedMs).toBeGreaterThanOrEqual(0);
    expect(model.clock.bout?.startedAt).toBe(at(0));
    expect(model.days[today]?.activeMs).toBe(9 * MINUTE);
  });

  it('a forward jump is a gap: rest, not sitting', () => {
    const { model } = run([active(0), ...heartbeats(1, 10), poll(10 + 6 * 60)]);
    expect(model.days[today]?.activeMs).toBe(10 * MINUTE);
    expect(model.days[today]?.natural).toBe(1);
  });
});

describe('the day boundary', () => {
  it('splits active time at local midnight and books the bout on the day it ends', () => {
    const lateEvening = new Date(2026, 5, 1, 23, 50).getTime();
    const minute = (m: number) => lateEvening + m * MINUTE;
    const events: ClockEvent[] = [
      { type: 'observe', at: minute(0), state: 'active', source: 'change' },
    ];
    for (let m = 1; m <= 20; m++)
      events.push({ type: 'observe', at: minute(m), state: 'active', source: 'poll' });
    events.push({ type: 'observe', at: minute(21), state: 'idle', source: 'change' });
    const { model } = run([...events, { type: 'tick', at: minute(30) }]);
    expect(model.days['2026-06-01']?.activeMs).toBe(10 * MINUTE);
    expect(model.days['2026-06-02']?.activeMs).toBe(10 * MINUTE);
    expect(model.days['2026-06-01']?.bouts ?? 0).toBe(0);
    expect(model.days['2026-06-02']?.bouts).toBe(1);
    expect(model.days['2026-06-02']?.natural).toBe(1);
  });
});

describe('snooze, skip and pause', () => {
  it('allows maxSnoozes snoozes in a row, then ignores more; the view says so', () => {
    const settings = { ...settingsDefaults, maxSnoozes: 1 };
    const { model, reminders } = run(
      [
        active(0),
        ...heartbeats(1, 31),
        { type: 'snooze', at: at(31) },
        ...heartbeats(32, 37),
        { type: 'snooze', at: at(37) },
        ...heartbeats(38, 45),
      ],
      settings,
    );
    expect(reminders).toEqual([at(30), at(36)]);
    expect(model.days[today]?.snoozed).toBe(1);
    expect(model.clock.reminder.firedAt).toBe(at(36));
    expect(clockView(model, settings, at(45)).canSnooze).toBe(false);
    expect(snoozeAllowed(model.clock.reminder, { ...settings, maxSnoozes: 2 })).toBe(true);
  });

  it('snooze postpones the due reminder by the snooze length', () => {
    const { model, reminders } = run([
      active(0),
      ...heartbeats(1, 31),
      { type: 'snooze', at: at(31) },
      ...heartbeats(32, 40),
    ]);
    expect(reminders).toEqual([at(30), at(36)]);
    expect(model.days[today]?.snoozed).toBe(1);
    expect(model.clock.reminder.snoozesInRow).toBe(1);
  });

  it('skip is counted and the next reminder comes one interval later', () => {
    const { model, reminders } = run([
      active(0),
      ...heartbeats(1, 31),
      { type: 'skip', at: at(31) },
      { type: 'skip', at: at(31) }, // nothing outstanding any more: not counted again
      ...heartbeats(32, 70),
    ]);
    expect(reminders).toEqual([at(30), at(61)]);
    expect(model.days[today]?.skipped).toBe(1);
  });

  it('pause holds reminders until it expires by itself; tracking goes on', () => {
    const { model, reminders } = run([
      active(0),
      ...heartbeats(1, 5),
      { type: 'pause', at: at(5), until: at(35) },
      ...heartbeats(6, 40),
    ]);
    expect(reminders).toEqual([at(35)]);
    expect(model.clock.pausedUntil).toBe(null);
    expect(clockView(model, settingsDefaults, at(40)).boutMs).toBe(40 * MINUTE);
  });

  it('resume ends a pause early; a pause that ends in the past is ignored', () => {
    const resumed = run([
      active(0),
      ...heartbeats(1, 5),
      { type: 'pause', at: at(5), until: at(65) },
      ...heartbeats(6, 20),
      { type: 'resume', at: at(20) },
      ...heartbeats(21, 31),
    ]);
    expect(resumed.reminders).toEqual([at(30)]);
    const ignored = run([active(0), { type: 'pause', at: at(5), until: at(4) }]);
    expect(ignored.model.clock.pausedUntil).toBe(null);
  });
});

/** A two-minute routine played through: all of its working time ran. */
const work = { workedMs: 100_000, plannedMs: 100_000, ranMs: 120_000 };

describe('breaks taken with Unsit', () => {
  it('a finished routine ends the bout at its start and starts a new bout', () => {
    const { model, reminders } = run([
      active(0),
      ...heartbeats(1, 32),
      { type: 'break', at: at(34), kind: 'routine', id: 'routine-1', startedAt: at(32), work },
      { type: 'break', at: at(34), kind: 'routine', id: 'routine-1', startedAt: at(32), work },
      ...heartbeats(35, 70),
    ]);
    const day = model.days[today];
    expect(day?.routine).toBe(1);
    expect(day?.bouts).toBe(1);
    expect(day?.longBouts).toBe(1);
    expect(day?.longestBoutMs).toBe(32 * MINUTE);
    expect(reminders).toEqual([at(30), at(64)]);
  });

  it('"I stood up" counts as an acknowledged break', () => {
    const { model } = run([
      active(0),
      ...heartbeats(1, 31),
      { type: 'break', at: at(31), kind: 'acknowledged', id: 'ack-1' },
    ]);
    expect(model.days[today]?.acknowledged).toBe(1);
    expect(model.clock.reminder.firedAt).toBe(null);
  });
});

describe('working days and hours', () => {
  it('holds reminders outside working hours while tracking goes on', () => {
    const settings = {
      ...settingsDefaults,
      workDays: [1, 2, 3, 4, 5],
      workStartMin: 9 * 60,
      workEndMin: 17 * 60,
    };
    const evening = (m: number) => MONDAY_9 + 7 * HOUR + 50 * MINUTE + m * MINUTE; // 16:50
    const events: ClockEvent[] = [
      { type: 'observe', at: evening(0), state: 'active', source: 'change' },
    ];
    for (let m = 1; m <= 60; m++)
      events.push({ type: 'observe', at: evening(m), state: 'active', source: 'poll' });
    const { model, reminders } = run(events, settings);
    expect(reminders).toEqual([]);
    expect(clockView(model, settings, evening(60)).boutMs).toBe(60 * MINUTE);
    // Next chance: Tuesday 09:00.
    expect(reminderDueAt(model.clock, settings)).toBe(new Date(2026, 5, 2, 9, 0).getTime());
  });
});
