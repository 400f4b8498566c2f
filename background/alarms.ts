import { browser } from 'wxt/browser';
import { HEARTBEAT_MS } from '../lib/clock/constants';
import type { Wakeups } from '../lib/clock/schedule';
import { MINUTE } from '../lib/time';

export const ALARM = {
  heartbeat: 'heartbeat',
  reminder: 'reminder',
  absence: 'absence-ends',
} as const;

export const alarmNames: readonly string[] = Object.values(ALARM);

/**
 * Makes the alarms match what the clock needs, touching only what differs:
 * an alarm that already exists with the right time is kept, because
 * re-creating it would restart its countdown (and the heartbeat's period).
 */
export async function syncAlarms(want: Wakeups): Promise<void> {
  await Promise.all([
    syncHeartbeat(want.heartbeat),
    syncAt(ALARM.reminder, want.reminderAt),
    syncAt(ALARM.absence, want.absenceEndsAt),
  ]);
}

async function syncHeartbeat(on: boolean): Promise<void> {
  const existing = await browser.alarms.get(ALARM.heartbeat);
  if (on && !existing) {
    const minutes = HEARTBEAT_MS / MINUTE;
    await browser.alarms.create(ALARM.heartbeat, {
      delayInMinutes: minutes,
      periodInMinutes: minutes,
    });
  } else if (!on && existing) {
    await browser.alarms.clear(ALARM.heartbeat);
  }
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
