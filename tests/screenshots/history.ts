// A lived-in year for the history page: the screenshots and its browser tests. Deterministic
// (no randomness), relative to today, weekends mostly off, long sitting after lunch on Tuesdays.

const key = (d: Date) =>
  `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;

/** Minutes of long sitting per hour of a working day, by weekday (0 = Sunday). */
function hours(weekday: number, wobble: number): number[] {
  const slots = Array<number>(24).fill(0);
  if (weekday === 0 || weekday === 6) return slots;
  slots[9] = 20 + wobble;
  slots[10] = 35;
  slots[11] = 15 + wobble;
  slots[16] = 25;
  // Tuesdays: the long afternoon meeting block.
  if (weekday === 2) {
    slots[14] = 55;
    slots[15] = 50;
  } else {
    slots[14] = 20;
  }
  return slots;
}

/** `count` days back from today (today included), as the background stores them. */
export function year(count = 365): Record<string, Record<string, unknown>> {
  const days: Record<string, Record<string, unknown>> = {};
  for (let i = count - 1; i >= 0; i--) {
    const d = new Date();
    d.setHours(12, 0, 0, 0);
    d.setDate(d.getDate() - i);
    const weekday = d.getDay();
    if ((weekday === 0 || weekday === 6) && i % 3 !== 0) continue;
    const wobble = (i * 7) % 11;
    // Better habits as the year goes on: more breaks, shorter bouts.
    const progress = (count - i) / count;
    const breaks = Math.round(3 + progress * 4 + (wobble % 3));
    days[key(d)] = {
      activeMs: (240 + wobble * 12) * 60_000,
      // A sit-stand desk from the spring on, used more as the habit sets in.
      standingMs: progress > 0.4 ? Math.round(20 + progress * 60 + wobble * 3) * 60_000 : 0,
      bouts: breaks + 2,
      longBouts: Math.max(0, 4 - Math.round(progress * 3) + (wobble % 2)),
      longestBoutMs: Math.round(75 - progress * 30 + wobble * 2) * 60_000,
      routine: Math.ceil(breaks / 2),
      natural: Math.floor(breaks / 2),
      acknowledged: 0,
      skipped: wobble % 4 === 0 ? 1 : 0,
      longByHour: hours(weekday, wobble),
    };
  }
  return days;
}
