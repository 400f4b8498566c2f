import type { ClockView } from '../../lib/clock/view';
import type { Settings } from '../../lib/settings';
import { startOfNextDay } from '../../lib/time';
import { durationLabel, whenLabel } from '../shared/format';

export type StatusLine = {
  /** The big line: what is going on right now. */
  headline: string;
  /** The line under it: what happens next. */
  detail: string;
  tone: 'sitting' | 'due' | 'paused' | 'resting' | 'away';
  /** How far the bout is toward the next reminder, 0..1, or null when it does not apply. */
  progress: number | null;
};

/** The popup's status at a glance, from the clock's view. Pure. */
export function describeStatus(
  view: ClockView,
  settings: Pick<Settings, 'intervalMin'>,
  locale?: string,
): StatusLine {
  const sitting = `Sitting for ${durationLabel(view.boutMs)}`;
  const boutProgress = Math.min(1, view.boutMs / (settings.intervalMin * 60_000));

  if (view.pausedUntil !== null) {
    const until =
      view.pausedUntil === startOfNextDay(view.now)
        ? 'tomorrow'
        : whenLabel(view.pausedUntil, view.now, locale);
    return {
      headline:
        view.activity === 'active' && view.sittingSince !== null ? sitting : restingOrAway(view),
      detail: `Paused until ${until}`,
      tone: 'paused',
      progress: null,
    };
  }
  if (view.reminderDue) {
    return { headline: 'Time to stand up', detail: `${sitting}.`, tone: 'due', progress: 1 };
  }
  if (view.activity === 'active' && view.sittingSince !== null) {
    return {
      headline: sitting,
      detail:
        view.nextReminderAt !== null
          ? `Next reminder at ${whenLabel(view.nextReminderAt, view.now, locale)}`
          : 'No reminders on your current schedule',
      tone: 'sitting',
      progress: boutProgress,
    };
  }
  if (view.sittingSince !== null) {
    return {
      headline: 'Away',
      detail: `${durationLabel(view.boutMs)} sitting so far in this bout`,
      tone: 'away',
      progress: null,
    };
  }
  return {
    headline: 'Resting',
    detail: 'The clock starts when you’re back at the keyboard',
    tone: 'resting',
    progress: null,
  };
}

function restingOrAway(view: ClockView): string {
  return view.sittingSince !== null ? 'Away' : 'Resting';
}
