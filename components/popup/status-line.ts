import type { ClockView } from '../../lib/clock/view';
import type { Settings } from '../../lib/settings';
import { startOfNextDay } from '../../lib/time';
import { t } from '../../platform/i18n';
import { durationLabel, whenLabel } from '../shared/format';

export type StatusLine = {
  /** The big line: what is going on right now. */
  headline: string;
  /** The line under it: what happens next. */
  detail: string;
  tone: 'sitting' | 'due' | 'paused' | 'resting' | 'away' | 'standing';
  /** How far the bout is toward the next reminder, 0..1, or null when it does not apply. */
  progress: number | null;
};

/** The popup's status at a glance, from the clock's view. Pure. */
export function describeStatus(
  view: ClockView,
  settings: Pick<Settings, 'intervalMin'> & Partial<Pick<Settings, 'standMin' | 'standRhythm'>>,
  locale?: string,
): StatusLine {
  if (view.standingSince !== null)
    return describeStanding(view, view.standingSince, settings, locale);
  const sitting = t('status_sitting_for', durationLabel(view.boutMs));
  const boutProgress = Math.min(1, view.boutMs / (settings.intervalMin * 60_000));

  if (view.pausedUntil !== null) {
    return {
      headline:
        view.activity === 'active' && view.sittingSince !== null ? sitting : restingOrAway(view),
      detail:
        view.pausedUntil === startOfNextDay(view.now)
          ? t('status_paused_tomorrow')
          : t('status_paused_until', whenLabel(view.pausedUntil, view.now, locale)),
      tone: 'paused',
      progress: null,
    };
  }
  if (view.reminderDue) {
    return {
      headline: t('common_time_to_stand_up'),
      detail: t('status_due_detail', durationLabel(view.boutMs)),
      tone: 'due',
      progress: 1,
    };
  }
  if (view.activity === 'active' && view.sittingSince !== null) {
    return {
      headline: sitting,
      detail:
        view.nextReminderAt !== null
          ? t('status_next_reminder', whenLabel(view.nextReminderAt, view.now, locale))
          : t('status_no_reminders'),
      tone: 'sitting',
      progress: boutProgress,
    };
  }
  if (view.sittingSince !== null) {
    return {
      headline: t('status_away'),
      detail: t('status_away_detail', durationLabel(view.boutMs)),
      tone: 'away',
      progress: null,
    };
  }
  return {
    headline: t('status_resting'),
    detail: t('status_resting_detail'),
    tone: 'resting',
    progress: null,
  };
}

/** Standing: the sitting clock rests; with the rhythm, when the nudge to sit again comes. */
function describeStanding(
  view: ClockView,
  since: number,
  settings: Partial<Pick<Settings, 'standMin' | 'standRhythm'>>,
  locale?: string,
): StatusLine {
  const standingMs = Math.max(0, view.now - since);
  const headline = t('status_standing_for', durationLabel(standingMs));
  if (view.sitAgainDue) {
    return { headline: t('status_sit_again'), detail: headline, tone: 'standing', progress: 1 };
  }
  const detail =
    view.pausedUntil !== null
      ? view.pausedUntil === startOfNextDay(view.now)
        ? t('status_paused_tomorrow')
        : t('status_paused_until', whenLabel(view.pausedUntil, view.now, locale))
      : view.sitAgainAt !== null
        ? t('status_sit_again_at', whenLabel(view.sitAgainAt, view.now, locale))
        : t('status_standing_detail');
  const progress =
    settings.standRhythm && settings.standMin
      ? Math.min(1, standingMs / (settings.standMin * 60_000))
      : null;
  return { headline, detail, tone: 'standing', progress };
}

function restingOrAway(view: ClockView): string {
  return view.sittingSince !== null ? t('status_away') : t('status_resting');
}
