import type { ClockView } from '../clock/view';
import { breaksTaken, type Days, type DayTotals, emptyDay } from '../day-totals';
import type { DaySummary } from '../stats';
import { recentDays, streak } from '../stats';
import { dayKey, MINUTE } from '../time';
import type { Compact, DeviceStats } from './device-record';

// The "all my devices" figures: this device's own history, live, plus what every other
// device published. Computed in the background so the popup only renders it.

/** Another device's published day as day totals. The kinds of break are not published, so
 * all of them are booked as one kind; the summaries only read the total. */
function asTotals(c: Compact): DayTotals {
  return {
    ...emptyDay,
    acknowledged: c.breaks,
    skipped: c.skipped,
    longBouts: c.longBouts,
    longestBoutMs: c.longestMin * MINUTE,
    activeMs: c.activeMin * MINUTE,
  };
}

function add(a: DayTotals, b: DayTotals): DayTotals {
  const out = { ...a };
  for (const key of Object.keys(out) as (keyof DayTotals)[]) out[key] = a[key] + b[key];
  out.longestBoutMs = Math.max(a.longestBoutMs, b.longestBoutMs);
  return out;
}

/** This device's days plus every other device's, day by day (the same day adds up). */
export function combineDays(mine: Days, others: readonly DeviceStats[]): Days {
  const out: Days = { ...mine };
  for (const device of others) {
    for (const [key, c] of Object.entries(device.days)) {
      out[key] = add(out[key] ?? emptyDay, asTotals(c));
    }
  }
  return out;
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
  others: readonly DeviceStats[],
  goal: number,
): AllDevices {
  const days = combineDays(mine, others);
  // Today: this device live (the bout in progress included) plus the others as published.
  const key = dayKey(view.now);
  const today = add(view.today, combineDays({}, others)[key] ?? emptyDay);
  days[key] = today;
  return {
    devices: others.length + 1,
    today: {
      skipped: today.skipped,
      longestBoutMs: today.longestBoutMs,
      longBouts: today.longBouts,
      activeMs: today.activeMs,
    },
    breaksToday: breaksTaken(today),
    week: recentDays(days, view.now),
    streak: streak(days, goal, view.now),
  };
}
