import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { BADGE_COLORS } from '../../lib/badge';
import { parseDays } from '../../lib/day-totals';
import { MINUTE } from '../../lib/time';
import { at, runWorkday, WORKDAY_DATE, WORKDAY_TRUTH } from './workday-timeline';

// A whole Monday through the real background module (the timeline lives in workday-timeline.ts,
// shared with the benchmark). The expected figures are its hand-worked ground truth.

describe('a simulated workday', () => {
  it('reminds on time and books the day to the minute', async () => {
    let justAfterWake = -1;
    const { reminders } = await runWorkday({
      async checkpoint(name, { answer, reminders }) {
        switch (name) {
          case 'first-reminder-due':
            expect((await fakeBrowser.notifications.getAll())['unsit-reminder']).toBeDefined();
            expect(await fakeBrowser.action.getBadgeBackgroundColor({})).toEqual([180, 83, 9, 255]);
            break;
          case 'first-reminder-answered':
            expect(answer?.ok).toBe(true);
            expect((await fakeBrowser.notifications.getAll())['unsit-reminder']).toBeUndefined();
            break;
          case 'snoozed':
          case 'routine-recorded':
            expect(answer?.ok).toBe(true);
            break;
          case 'woke-from-sleep':
            justAfterWake = reminders.length;
            break;
          case 'ten-minutes-after-wake':
            expect(reminders.length).toBe(justAfterWake); // no burst on wake
            break;
        }
      },
    });

    const expected = WORKDAY_TRUTH.reminders.map(at);
    expect(reminders).toHaveLength(expected.length);
    for (const [i, r] of reminders.entries()) {
      expect(Math.abs(r - (expected[i] ?? 0))).toBeLessThanOrEqual(60_000);
    }

    const days = parseDays((await fakeBrowser.storage.local.get('days')).days);
    const totals = days[WORKDAY_DATE];
    const minutes = (ms: number) => Math.round(ms / MINUTE);
    expect(Math.abs(minutes(totals?.activeMs ?? 0) - WORKDAY_TRUTH.sittingMin)).toBeLessThanOrEqual(
      1,
    );
    expect(totals?.bouts).toBe(WORKDAY_TRUTH.bouts);
    expect(totals?.longBouts).toBe(6);
    expect(
      Math.abs(minutes(totals?.longestBoutMs ?? 0) - WORKDAY_TRUTH.longestBoutMin),
    ).toBeLessThanOrEqual(1);
    expect(totals?.acknowledged).toBe(1);
    expect(totals?.routine).toBe(1);
    expect(totals?.natural).toBe(WORKDAY_TRUTH.natural);
    expect(totals?.snoozed).toBe(1);
    expect(totals?.skipped).toBe(0);
    expect(totals?.reminders).toBe(7);
    // Every bout was long, so every sitting minute is in the hours it fell in, by hand from the
    // timeline: 8:00–9:05, 9:09–9:44 and 9:46–12:00, 12:45–13:20, and the
    // bout 15:20–17:00 with its 2-minute pause at 16:00 (a bout spans its short pauses).
    expect(totals?.longByHour).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 60, 54, 60, 60, 15, 20, 0, 40, 60]);

    expect(await fakeBrowser.action.getBadgeText({})).toBe('6');
    expect(await fakeBrowser.action.getBadgeBackgroundColor({})).toEqual(
      hexToRgba(BADGE_COLORS.normal),
    );
    // Resting in the evening: no heartbeat left running.
    expect(await fakeBrowser.alarms.get('heartbeat')).toBeUndefined();
  });
});

function hexToRgba(hex: string): number[] {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255, 255];
}
