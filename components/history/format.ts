import type { Bucket, History, Series } from '../../lib/history';
import { t, uiLocale } from '../../platform/i18n';
import { dayKeyToDate, durationLabel } from '../shared/format';

// Labels of the history page: bars, periods and values, in the browser's language through Intl.

/** A figure as people read it: a count as a number, a duration in minutes or hours. */
export function valueLabel(series: Series, value: number, locale = uiLocale()): string {
  return series.unit === 'duration'
    ? durationLabel(value)
    : new Intl.NumberFormat(locale).format(value);
}

/** A bar in full: "Tue, 16 Jun", "15 – 21 Jun" or "June 2026". */
export function bucketLabel(bucket: Bucket, by: History['by'], locale = uiLocale()): string {
  const from = dayKeyToDate(bucket.from);
  if (by === 'day') {
    return new Intl.DateTimeFormat(locale, {
      weekday: 'short',
      day: 'numeric',
      month: 'short',
    }).format(from);
  }
  if (by === 'month') {
    return new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric' }).format(from);
  }
  const range = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short' });
  return bucket.from === bucket.to
    ? range.format(from)
    : range.formatRange(from, dayKeyToDate(bucket.to));
}

/** A bar under the chart, short: the day of the month, the week's first day, the month. */
export function axisLabel(bucket: Bucket, by: History['by'], locale = uiLocale()): string {
  const from = dayKeyToDate(bucket.from);
  const options: Intl.DateTimeFormatOptions =
    by === 'day'
      ? { day: 'numeric' }
      : by === 'week'
        ? { day: 'numeric', month: 'numeric' }
        : { month: 'short' };
  return new Intl.DateTimeFormat(locale, options).format(from);
}

/** "Per week, last 90 days". */
export function periodLabel(h: History): string {
  const days = String(h.range);
  if (h.by === 'day') return t('history_by_day', days);
  if (h.by === 'week') return t('history_by_week', days);
  return t('history_by_month', days);
}

/** The column heading for the bars' periods. */
export function periodColumn(by: History['by']): string {
  return t(
    by === 'day' ? 'history_col_day' : by === 'week' ? 'history_col_week' : 'history_col_month',
  );
}

/** An hour of the day on the clock the language uses: "2 PM", "14 Uhr". */
export function hourLabel(hour: number, locale = uiLocale()): string {
  return new Intl.DateTimeFormat(locale, { hour: 'numeric' }).format(new Date(2024, 0, 1, hour));
}

/** Hours `from` to `to` (up to 24): "2 – 4 PM", "14–16 Uhr". */
export function hoursLabel(from: number, to: number, locale = uiLocale()): string {
  if (to >= 24) return t('history_hours', hourLabel(from, locale), hourLabel(0, locale));
  const format = new Intl.DateTimeFormat(locale, { hour: 'numeric' });
  return format.formatRange(new Date(2024, 0, 1, from), new Date(2024, 0, 1, to));
}
