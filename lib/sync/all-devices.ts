import type { ClockView } from '../clock/view';
import { breaksTaken, type Days, type DayTotals, emptyDay } from '../day-totals';
import type { DaySummary } from '../stats';
import { recentDays, streak } from '../stats';
import { dayKey, MINUTE } from '../time';
import { chunkKey, dayOf, entries, metaOf } from './device-record';

// The "all my devices" figures: this device's own history, live, plus what every other
// device published. Computed in the background so the popup only renders it.

function add(a: DayTotals, b: DayTotals): DayTotals {
  const out = { ...a };
  for (const key of Object.keys(out) as (keyof DayTotals)[]) out[key] = a[key] + b[key];
  out.longestBoutMs = Math.max(a.longestBoutMs, b.longestBoutMs);
  return out;
}

/** Two histories added up day by day (the same day on two devices adds up). */
export function combineDays(a: Days, b: Days): Days {
  const out: Days = { ...a };
  for (const [key, day] of Object.entries(b)) out[key] = add(out[key] ?? emptyDay, day);
  return out;
}

export type Others = { devices: number; days: Days };

/**
 * Every other device's published days, added up, from a snapshot of the sync area. The kinds
 * of break are not published, so all of them are booked as one kind; the summaries only read
 * the total.
 */
export function otherDevices(area: Record<string, unknown>, mine: string): Others {
  const days: Days = {};
  let devices = 0;
  for (const [key, value] of Object.entries(area)) {
    const meta = metaOf(key, value);
    if (!meta || meta.id === mine) continue;
    devices++;
    for (let i = 0; i < meta.c; i++) {
      for (const [
        n = 0,
        acknowledged = 0,
        skipped = 0,
        longBouts = 0,
        longest = 0,
        active = 0,
      ] of entries(area[chunkKey(meta.id, i)])) {
        days[dayOf(n)] = add(days[dayOf(n)] ?? emptyDay, {
          ...emptyDay,
          acknowledged,
          skipped,
          longBouts,
          longestBoutMs: longest * MINUTE,
          activeMs: active * MINUTE,
        });
      }
    }
  }
  return { devices, days };
}

export type AllDevices = {
  /** Devices counted, this one included. */
  devices: number;
  today: Pick<DayTotals, 'skipped' | 'longestBoutMs' | 'longBouts' | 'activeMs'>;
  breaksToday: number;
  week: DaySummary[];
  streak: number;
};

export function allDevicesView(
  view: ClockView,
  mine: Days,
  others: Others,
  goal: number,
): AllDevices {
  const days = combineDays(mine, others.days);
  // Today: this device live (the bout in progress included) plus the others as published.
  const key = dayKey(view.now);
  const today = add(view.today, others.days[key] ?? emptyDay);
  days[key] = today;
  const { skipped, longestBoutMs, longBouts, activeMs } = today;
  return {
    devices: others.devices + 1,
    today: { skipped, longestBoutMs, longBouts, activeMs },
    breaksToday: breaksTaken(today),
    week: recentDays(days, view.now),
    streak: streak(days, goal, view.now),
  };
}
