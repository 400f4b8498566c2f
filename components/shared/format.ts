import { clockTime, wholeMinutes } from '../../lib/format';
import { dayKey, dayKeyParts } from '../../lib/time';
import { t, uiLocale } from '../../platform/i18n';

// Time and number formatting for the pages. Locale-aware through Intl, in the browser's UI
// language (the language of every message) unless a locale is passed in.

/** "23 min", or "1 h 05 min" from an hour on (in English). */
export function durationLabel(ms: number): string {
  const total = wholeMinutes(ms);
  if (total < 60) return t('duration_minutes', `${total}`);
  const h = `${Math.floor(total / 60)}`;
  const m = total % 60;
  return m === 0
    ? t('duration_hours', h)
    : t('duration_hours_minutes', h, String(m).padStart(2, '0'));
}

/** Active time as "h:mm", e.g. "3:05". */
export function hoursMinutes(ms: number): string {
  const total = wholeMinutes(ms);
  return `${Math.floor(total / 60)}:${String(total % 60).padStart(2, '0')}`;
}

/** Clock time, with the weekday in front when `t` is not on the same day as `now`. */
export function whenLabel(t: number, now: number, locale = uiLocale()): string {
  if (dayKey(t) === dayKey(now)) return clockTime(t, locale);
  return new Intl.DateTimeFormat(locale, {
    weekday: 'short',
    hour: 'numeric',
    minute: '2-digit',
  }).format(t);
}

/** Noon on a `YYYY-MM-DD` local day, so weekday names never slip across midnight. */
export function dayKeyToDate(key: string): Date {
  const [y, m, d] = dayKeyParts(key);
  return new Date(y, m - 1, d, 12);
}

export function weekdayName(
  key: string,
  width: 'narrow' | 'short' | 'long' = 'long',
  locale = uiLocale(),
): string {
  return new Intl.DateTimeFormat(locale, { weekday: width }).format(dayKeyToDate(key));
}

/** Local weekday names for 0 (Sunday) … 6 (Saturday). */
export function weekdayNames(width: 'short' | 'long' = 'long', locale = uiLocale()): string[] {
  const format = new Intl.DateTimeFormat(locale, { weekday: width });
  // 2024-01-07 was a Sunday.
  return Array.from({ length: 7 }, (_, i) => format.format(new Date(2024, 0, 7 + i, 12)));
}

/** Day numbers (0 = Sunday) in the order the locale starts its week. */
export function weekOrder(locale = uiLocale()): number[] {
  let first = 1;
  try {
    const loc = new Intl.Locale(locale) as Intl.Locale & {
      getWeekInfo?: () => { firstDay: number };
      weekInfo?: { firstDay: number };
    };
    const info = loc.getWeekInfo?.() ?? loc.weekInfo;
    // Intl uses 1 = Monday … 7 = Sunday.
    if (info && info.firstDay >= 1 && info.firstDay <= 7) first = info.firstDay % 7;
  } catch {
    // Unknown locale or no week info: start on Monday.
  }
  return Array.from({ length: 7 }, (_, i) => (first + i) % 7);
}

/** Minutes after midnight as an `<input type="time">` value; 1440 (end of day) is "00:00". */
export function minutesToTimeValue(minutes: number): string {
  const m = ((minutes % 1440) + 1440) % 1440;
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

/** An `<input type="time">` value as minutes after midnight, or null when it is not a time. */
export function timeValueToMinutes(value: string): number | null {
  const match = /^(\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?$/.exec(value.trim());
  if (!match) return null;
  const h = Number(match[1]);
  const m = Number(match[2]);
  if (h > 23 || m > 59) return null;
  return h * 60 + m;
}
