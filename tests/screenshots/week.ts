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
