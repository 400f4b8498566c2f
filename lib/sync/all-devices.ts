import { dayNumber } from '../bounds';
import type { ClockView } from '../clock/view';
import { breaksTaken, type Days, type DayTotals, emptyDay } from '../day-totals';
import type { DaySummary } from '../stats';
import { recentDays, streak } from '../stats';
import { dayKey, MINUTE } from '../time';
import { chunkKey, dayOf, entries, metaOf } from './device-record';

// The "all my devices" figures: this device's own history, live, plus what every other
// device published. Computed in the background so the popup only renders it.

export type AllDevices = {
  /** Devices counted, this one included. */
  devices: number;
  today: Pick<DayTotals, 'skipped' | 'longestBoutMs' | 'longBouts' | 'activeMs'>;
  breaksToday: number;
  week: DaySummary[];
  streak: number;
};

/**
 * This device's days, live today (the bout in progress included), plus every other device's
 * published days from a snapshot of the sync area, day by day: the same day on two devices
 * adds up. A published day out of bounds (see `entries`) is left out on its own. The kinds of break are not published, so all of them are booked as one kind; the
 * summaries only read the total.
 */
export function allDevicesView(
  view: ClockView,
  mine: Days,
  area: Record<string, unknown>,
  id: string,
  goal: number,
): AllDevices {
  const key = dayKey(view.now);
  const days: Days = { ...mine, [key]: view.today };
  const day = dayNumber(view.now);
  let devices = 1;
  for (const [item, value] of Object.entries(area)) {
    const meta = metaOf(item, value);
    if (!meta || meta.id === id) continue;
    devices++;
    for (let i = 0; i < meta.c; i++) {
      for (const [n, breaks, skipped, longBouts, longest, active] of entries(
        area[chunkKey(meta.id, i)],
        day,
      )) {
        const d = days[dayOf(n)] ?? emptyDay;
        days[dayOf(n)] = {
          ...d,
          acknowledged: d.acknowledged + breaks,
          skipped: d.skipped + skipped,
          longBouts: d.longBouts + longBouts,
          longestBoutMs: Math.max(d.longestBoutMs, longest * MINUTE),
          activeMs: d.activeMs + active * MINUTE,
        };
      }
    }
  }
  const today = days[key] ?? emptyDay;
  const { skipped, longestBoutMs, longBouts, activeMs } = today;
  return {
    devices,
    today: { skipped, longestBoutMs, longBouts, activeMs },
    breaksToday: breaksTaken(today),
    week: recentDays(days, view.now),
    streak: streak(days, goal, view.now),
  };
}
