import type { JSX } from 'preact';
import { t } from '../../platform/i18n';
import { BackIcon, CheckIcon, NextIcon, PauseIcon, PlayIcon } from './icons';
import type { PlayerRun } from './use-routine-player';

/** Back, pause or resume, next (or finish on the last step), and the way out when it hurts. */
export function Controls({ run }: { run: PlayerRun }): JSX.Element {
  const paused = run.clock.paused;
  return (
    <>
      <div class="unsit-player__controls">
        <button
          type="button"
          class="unsit-player__button"
          onClick={run.back}
          aria-keyshortcuts="ArrowLeft"
          title={run.index === 0 ? t('player_restart_title') : t('player_previous_title')}
        >
          <BackIcon />
          {t('player_back')}
        </button>
        <button
          type="button"
          class="unsit-player__button unsit-player__button--primary"
          onClick={run.togglePause}
          aria-keyshortcuts="Space"
        >
          {paused ? <PlayIcon /> : <PauseIcon />}
          {paused ? t('player_resume') : t('player_pause')}
        </button>
        {run.isLast ? (
          <button
            type="button"
            class="unsit-player__button unsit-player__button--finish"
            onClick={() => run.finish(true)}
          >
            <CheckIcon />
            {t('player_finish')}
          </button>
        ) : (
          <button
            type="button"
            class="unsit-player__button"
            onClick={run.next}
            aria-keyshortcuts="ArrowRight"
            title={t('player_next_title')}
          >
            {t('player_next')}
            <NextIcon />
          </button>
        )}
      </div>
      <div class="unsit-player__footer">
        <button
          type="button"
          class="unsit-player__button unsit-player__button--quiet unsit-player__hurt"
          onClick={run.openPain}
        >
          {t('player_hurts')}
        </button>
        <p class="unsit-player__keys" aria-hidden="true">
          {t('player_keys')}
        </p>
      </div>
    </>
  );
}
