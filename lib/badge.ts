import type { ClockView } from './clock/view';
import { clockTime, wholeMinutes } from './format';
import type { Words } from './i18n';
import type { Settings } from './settings';

// The toolbar badge as data. Pure, so its wording and colours are tested
// without a browser; background/badge.ts only paints it.

export const BADGE_COLORS = {
  /** Calm teal: all is well. */
  normal: '#0f7b6c',
  /** Amber: a reminder is due. */
  due: '#b45309',
  /** Grey: reminders paused. */
  paused: '#6b7280',
} as const;

export type Badge = { text: string; color: string; title: string };

export function badgeFor(
  view: ClockView,
  settings: Settings,
  { t, tn }: Words,
  locale?: string,
): Badge {
  const boutMin = wholeMinutes(view.boutMs);
  const breaks = view.breaksToday;
  const parts: string[] = [];
  parts.push(
    view.standingSince !== null
      ? t('badge_standing', `${wholeMinutes(view.now - view.standingSince)}`)
      : view.sittingSince === null
        ? t('badge_resting')
        : t('badge_sitting', `${boutMin}`),
  );
  parts.push(tn('badge_breaks_today', breaks));
  // The nudge to sit again is shown like a due reminder, on the badge first.
  const due = view.reminderDue || view.sitAgainDue;
  if (view.reminderDue) parts.push(t('badge_due'));
  else if (view.sitAgainDue) parts.push(t('badge_sit_again'));
  else if (view.pausedUntil !== null)
    parts.push(t('badge_paused_until', clockTime(view.pausedUntil, locale)));
  else if (view.nextReminderAt !== null)
    parts.push(t('badge_next_reminder', clockTime(view.nextReminderAt, locale)));

  const text =
    settings.badgeMode === 'bout' ? (view.sittingSince === null ? '' : `${boutMin}`) : `${breaks}`;
  const color = due
    ? BADGE_COLORS.due
    : view.pausedUntil !== null
      ? BADGE_COLORS.paused
      : BADGE_COLORS.normal;
  return {
    text: due && text === '' ? '!' : text,
    color,
    title: t('badge_title', parts.join(' · ')),
  };
}
