import { useEffect, useRef, useState } from 'preact/hooks';
import { wholeMinutes } from '../../lib/format';
import type { Status } from '../../lib/messages';
import { t } from '../../platform/i18n';
import { trustedOnly } from './trusted';

export type CardChoice = 'routine' | 'stood-up' | 'standing' | 'seated' | 'snooze' | 'skip';

/**
 * The reminder card, shown over a page or in Unsit's small window. Five
 * choices; skipping takes one confirming click more, because a reflex skip
 * is what makes break tools useless. "I'm standing" (a sit-stand desk) is the
 * first choice when the sit/stand rhythm is on, the routine otherwise.
 */
export function ReminderCard(props: {
  status: Status;
  busy: boolean;
  focusOnOpen: boolean;
  onChoose: (choice: CardChoice) => void;
}) {
  const { view, settings } = props.status;
  const [confirmSkip, setConfirmSkip] = useState(false);
  const minutes = wholeMinutes(view.boutMs);
  const { canSnooze } = view;
  const rhythm = settings.standRhythm;
  const choose = (choice: CardChoice) => trustedOnly(() => props.onChoose(choice));
  const primary = useRef<HTMLButtonElement>(null);
  const back = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (confirmSkip) back.current?.focus();
    else if (props.focusOnOpen) primary.current?.focus();
  }, [confirmSkip]);

  return (
    <section class="unsit-card" aria-labelledby="unsit-card-title">
      <h2 id="unsit-card-title" class="unsit-card__title">
        {t('common_time_to_stand_up')}
      </h2>
      <p class="unsit-card__text">
        {minutes > 0 ? t('card_sitting_for', `${minutes}`) : t('card_sitting_a_while')}{' '}
        {t('card_why')}
      </p>
      {confirmSkip ? (
        <fieldset class="unsit-card__actions unsit-card__fieldset">
          <legend class="unsit-visually-hidden">{t('card_confirm_skip')}</legend>
          <p class="unsit-card__confirm">{t('card_skip_question', `${settings.intervalMin}`)}</p>
          <button type="button" class="unsit-btn" disabled={props.busy} onClick={choose('skip')}>
            {t('card_skip_yes')}
          </button>
          <button
            type="button"
            ref={back}
            class="unsit-btn unsit-btn--primary"
            onClick={trustedOnly(() => setConfirmSkip(false))}
          >
            {t('card_back')}
          </button>
        </fieldset>
      ) : (
        <div class="unsit-card__actions">
          <button
            type="button"
            ref={primary}
            class="unsit-btn unsit-btn--primary unsit-btn--wide"
            disabled={props.busy}
            onClick={choose(rhythm ? 'standing' : 'routine')}
          >
            {t(rhythm ? 'common_standing' : 'common_start_routine')}
          </button>
          <button
            type="button"
            class="unsit-btn"
            disabled={props.busy}
            onClick={choose('stood-up')}
          >
            {t('common_stood_up')}
          </button>
          <button
            type="button"
            class="unsit-btn"
            disabled={props.busy}
            onClick={choose(rhythm ? 'routine' : 'standing')}
          >
            {t(rhythm ? 'common_start_routine' : 'common_standing')}
          </button>
          <button type="button" class="unsit-btn" disabled={props.busy} onClick={choose('seated')}>
            {t('card_cannot_stand')}
          </button>
          {canSnooze && (
            <button
              type="button"
              class="unsit-btn"
              disabled={props.busy}
              onClick={choose('snooze')}
            >
              {t('common_snooze_minutes', `${settings.snoozeMin}`)}
            </button>
          )}
          <button
            type="button"
            class="unsit-btn unsit-btn--quiet"
            disabled={props.busy}
            onClick={trustedOnly(() => setConfirmSkip(true))}
          >
            {t('card_skip')}
          </button>
        </div>
      )}
    </section>
  );
}
