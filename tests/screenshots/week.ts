// The history the screenshots show: README's pictures and the store images alike.

/** Six past days and today, as someone who mostly keeps the habit would have them. */
export function week(): Record<string, Record<string, number>> {
  const days: Record<string, Record<string, number>> = {};
  const breaks = [5, 7, 6, 3, 6, 8, 4];
  const longest = [52, 38, 41, 74, 35, 33, 46];
  for (let i = 6; i >= 0; i--) {
    const d = new Date();
    d.setDate(d.getDate() - i);
    const key = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    const n = breaks[6 - i] ?? 0;
    days[key] = {
      activeMs: (300 + n * 10) * 60_000,
      bouts: n + 2,
      longBouts: 2,
      longestBoutMs: (longest[6 - i] ?? 30) * 60_000,
      routine: Math.ceil(n / 2),
      natural: Math.floor(n / 2) - 1,
      acknowledged: 1,
      skipped: i === 3 ? 2 : 0,
    };
  }
  return days;
}

/** Minutes standing at a sit-stand desk on each of those days (today so far last). */
const STANDING_MIN = [85, 96, 72, 40, 90, 104, 45];

/**
 * The same week with the standing the year before it has (history.ts), for the history page's
 * standing chart. The popup's pictures keep `week()`: their standing line is not what they show.
 */
export function weekStanding(): Record<string, Record<string, number>> {
  const days = week();
  Object.values(days).forEach((day, i) => {
    day.standingMs = (STANDING_MIN[i] ?? 0) * 60_000;
  });
  return days;
}
