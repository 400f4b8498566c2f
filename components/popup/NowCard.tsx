import type { Status } from '../../lib/messages';
import { t } from '../../platform/i18n';
import { Button } from '../shared/Button';
import { ClockIcon, StandIcon } from '../shared/icons';
import { describeStatus } from './status-line';

export type NowCardProps = {
  status: Status;
  busy: boolean;
  /** The snooze button's tooltip: its keyboard shortcut, when one is set. */
  snoozeTitle?: string | undefined;
  /** The standing toggle's tooltip: its keyboard shortcut, when one is set. */
  standingTitle?: string | undefined;
  onSnooze: () => void;
  onResume: () => void;
  /** "I'm standing" (true) or "I sat down" (false). */
  onStanding: (standing: boolean) => void;
};

/**
 * What is going on right now, what comes next, and the action that belongs to it: a snooze
 * while a reminder is due, "Resume" while reminders are paused, else the "I'm standing" toggle
 * (pressed while standing: pressing it again is "I sat down"). With the sit/stand rhythm on, a
 * due reminder asks to stand, so the toggle takes the snooze's place (the card still offers it).
 */
export function NowCard(props: NowCardProps) {
  const { status, busy, snoozeTitle, onSnooze, onResume } = props;
  const { view, settings } = status;
  const line = describeStatus(view, settings);
  const standing = view.standingSince !== null;
  const toggle = (
    <Button
      size="small"
      class="now__action now__standing"
      aria-pressed={standing}
      disabled={busy}
      title={props.standingTitle}
      onClick={() => props.onStanding(!standing)}
    >
      <StandIcon />
      {t('common_standing')}
    </Button>
  );
  const resume = (
    <Button size="small" class="now__action" disabled={busy} onClick={onResume}>
      {t('popup_resume')}
    </Button>
  );
  const action =
    view.pausedUntil !== null ? (
      standing ? (
        <span class="now__actions">
          {toggle}
          {resume}
        </span>
      ) : (
        resume
      )
    ) : view.reminderDue && view.canSnooze && !settings.standRhythm ? (
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
    ) : (
      toggle
    );
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
