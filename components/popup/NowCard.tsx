import type { Status } from '../../lib/messages';
import { t } from '../../platform/i18n';
import { Button } from '../shared/Button';
import { ClockIcon } from '../shared/icons';
import { describeStatus } from './status-line';

export type NowCardProps = {
  status: Status;
  busy: boolean;
  /** The snooze button's tooltip: its keyboard shortcut, when one is set. */
  snoozeTitle?: string | undefined;
  onSnooze: () => void;
  onResume: () => void;
};

/**
 * What is going on right now, what comes next, and the one action that belongs to it: a
 * snooze while a reminder is due, "Resume" while reminders are paused.
 */
export function NowCard({ status, busy, snoozeTitle, onSnooze, onResume }: NowCardProps) {
  const { view, settings } = status;
  const line = describeStatus(view, settings);
  const action =
    view.pausedUntil !== null ? (
      <Button size="small" class="now__action" disabled={busy} onClick={onResume}>
        {t('popup_resume')}
      </Button>
    ) : view.reminderDue && view.canSnooze ? (
      <Button
        size="small"
        class="now__action"
        disabled={busy}
        title={snoozeTitle}
        onClick={onSnooze}
      >
        <ClockIcon />
        {t('common_snooze_minutes', `${settings.snoozeMin}`)}
      </Button>
    ) : null;
  return (
    <section class={`now now--${line.tone}`} aria-labelledby="now-headline">
      <p class="now__headline" id="now-headline">
        {line.headline}
      </p>
      <div class="now__row">
        <p class="now__detail">{line.detail}</p>
        {action}
      </div>
      {line.progress !== null && line.tone !== 'due' ? (
        <div class="now__meter" aria-hidden="true">
          <div class="now__meter-fill" style={{ width: `${Math.round(line.progress * 100)}%` }} />
        </div>
      ) : null}
    </section>
  );
}
