import type { JSX } from 'preact';
import { t } from '../../platform/i18n';
import { SpeakerIcon, SpeakerOffIcon } from './icons';

// Spoken guidance in the player: the speaker button (always there when the page can speak) and
// the one-time offer in a stand-up routine while the user has not chosen yet. Neither takes the
// focus nor holds the routine up.

/** Speech on or off, for this routine and the next (the host stores the choice). */
export function SpeechToggle(props: { on: boolean; onChange: (on: boolean) => void }): JSX.Element {
  return (
    <button
      type="button"
      class="unsit-player__button unsit-player__button--quiet unsit-player__speech"
      aria-pressed={props.on}
      aria-label={t('player_speech_toggle')}
      title={t('player_speech_toggle')}
      onClick={() => props.onChange(!props.on)}
    >
      {props.on ? <SpeakerIcon /> : <SpeakerOffIcon />}
    </button>
  );
}

/** "Stepping away from the screen?": speak the steps, or no thanks (not asked again). */
export function SpeechOffer(props: { onChoose: (on: boolean) => void }): JSX.Element {
  return (
    <div class="unsit-player__offer">
      <p class="unsit-player__offer-text">{t('player_speech_offer')}</p>
      <div class="unsit-player__offer-actions">
        <button
          type="button"
          class="unsit-player__button unsit-player__offer-yes"
          onClick={() => props.onChoose(true)}
        >
          <SpeakerIcon />
          {t('player_speech_offer_yes')}
        </button>
        <button
          type="button"
          class="unsit-player__button unsit-player__button--quiet"
          onClick={() => props.onChoose(false)}
        >
          {t('player_speech_offer_no')}
        </button>
      </div>
    </div>
  );
}
