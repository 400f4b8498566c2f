import type { ClockModel } from '../lib/clock/model';
import { parseClock } from '../lib/clock/state';
import { type Days, parseDays, pruneDays } from '../lib/day-totals';
import { parseRotation, type Rotation } from '../lib/routines/rotation';
import { parseSettings, type Settings } from '../lib/settings';
import { storedItems } from '../lib/stored-items';
import { defineItem } from './stored-item';

// Every stored item, declared once. Values are read as `unknown` and go
// through the safe parsers: storage is input like any other and may hold an
// old shape, a hand-edited value or garbage. Only the background writes the
// clock and days (one writer, so no lost updates).

function define(item: (typeof storedItems)[keyof typeof storedItems]) {
  return defineItem<unknown>(item.key, {
    fallback: null,
    version: item.version,
    migrations: item.migrations,
  });
}

export const settingsItem = define(storedItems.settings);
export const clockItem = define(storedItems.clock);
export const daysItem = define(storedItems.days);
export const presentationItem = define(storedItems.presentation);
export const deviceItem = define(storedItems.device);
export const syncStateItem = define(storedItems.syncState);
export const rotationItem = define(storedItems.rotation);
export const policyItem = define(storedItems.policy);

export async function loadSettings(): Promise<Settings> {
  return parseSettings(await settingsItem.getValue());
}

export async function saveSettings(settings: Settings): Promise<void> {
  await settingsItem.setValue(settings);
}

export async function loadRotation(): Promise<Rotation> {
  return parseRotation(await rotationItem.getValue());
}

/** The stored clock and days; times too far from `now` to be Unsit's are forgotten. */
export async function loadModel(now = Date.now()): Promise<ClockModel> {
  const [clock, days] = await Promise.all([clockItem.getValue(), daysItem.getValue()]);
  return { clock: parseClock(clock, now), days: parseDays(days) };
}

/** Writes only what changed: the clock on most events, the days when totals moved. */
export async function saveModel(before: ClockModel, after: ClockModel, now: number): Promise<void> {
  const writes: Promise<void>[] = [];
  if (JSON.stringify(before.clock) !== JSON.stringify(after.clock)) {
    writes.push(clockItem.setValue(after.clock));
  }
  if (before.days !== after.days) {
    const days: Days = pruneDays(after.days, now);
    writes.push(daysItem.setValue(days));
  }
  await Promise.all(writes);
}

/**
 * Session storage is emptied when the browser closes and when the extension
 * is disabled or reloaded, but survives service-worker restarts: a missing
 * flag means the time since the last event was downtime, which is rest.
 */
export const runningItem = defineItem<boolean>('session:running', { fallback: false });

/**
 * The card framed into a page, if one is shown: its tab, the id in its address, once it has
 * connected its frame, and while it is not verifiably visible the time by which it must be
 * (then Unsit's window takes over; kept here so that a worker stopped meanwhile still keeps it).
 * Only one at a time; only that frame's port is accepted.
 */
export const overlayCardItem = defineItem<{
  tab: number;
  id: string;
  frame?: number;
  seenBy?: number;
} | null>('session:overlay-card', { fallback: null });
