import { browser } from 'wxt/browser';
import { HEARTBEAT_MS } from '../lib/clock/constants';
import { heartbeatPhase, inPhase, type Wakeups } from '../lib/clock/schedule';
import { MINUTE } from '../lib/time';

export const ALARM = {
  /** Once a minute while the user is active; one of its beats is the reminder. */
  heartbeat: 'heartbeat',
  absence: 'absence-ends',
} as const;

/**
 * Makes the alarms match what the clock needs, touching only what differs:
 * an alarm that already exists with the right time is kept, because
 * re-creating it would restart its countdown (and the heartbeat's period).
 */
export async function syncAlarms(want: Wakeups, now: number): Promise<void> {
  await Promise.all([
    syncHeartbeat(want.heartbeat, heartbeatPhase(now, want.reminderAt, HEARTBEAT_MS), now),
    syncAt(ALARM.absence, want.absenceEndsAt),
  ]);
}

async function syncHeartbeat(on: boolean, phase: number | null, now: number): Promise<void> {
  const existing = await browser.alarms.get(ALARM.heartbeat);
  if (!on) {
    if (existing) await browser.alarms.clear(ALARM.heartbeat);
    return;
  }
  // A beat further ahead than one period was scheduled by a clock since set back: it would
  // hold every wake-up back by the size of the jump, whether or not it is in step.
  const kept =
    existing !== undefined &&
    existing.scheduledTime <= now + HEARTBEAT_MS + 1000 &&
    (phase === null || inPhase(existing.scheduledTime, phase, HEARTBEAT_MS));
  if (kept) return;
  const periodInMinutes = HEARTBEAT_MS / MINUTE;
  await browser.alarms.create(
    ALARM.heartbeat,
    phase === null
      ? { delayInMinutes: periodInMinutes, periodInMinutes }
      : { when: phase, periodInMinutes },
  );
}

async function syncAt(name: string, when: number | null): Promise<void> {
  const existing = await browser.alarms.get(name);
  if (when === null) {
    if (existing) await browser.alarms.clear(name);
    return;
  }
  if (existing && Math.abs(existing.scheduledTime - when) < 1000) return;
  await browser.alarms.create(name, { when });
}

/** Alarms of earlier versions (the reminder once had its own); cleared once, after an update. */
export async function clearRetiredAlarms(): Promise<void> {
  await browser.alarms.clear('reminder');
}
