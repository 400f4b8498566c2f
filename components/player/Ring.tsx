import type { JSX } from 'preact';
import { t } from '../../platform/i18n';
import type { StepView } from './timing';

const RING_RADIUS = 52;
const RING_CIRCUMFERENCE = 2 * Math.PI * RING_RADIUS;

/** The countdown ring: seconds left (or the rep), and what they count, in its middle. */
export function Ring(props: {
  view: StepView;
  paused: boolean;
  label: string;
  ringKey: string;
}): JSX.Element {
  const { view, paused } = props;
  // Countdowns empty as time runs out; a rep fills as it goes.
  const filled = view.phase === 'reps' ? view.elapsedFraction : 1 - view.elapsedFraction;
  const offset = RING_CIRCUMFERENCE * (1 - filled);
  const number = view.phase === 'reps' ? view.rep : view.remainingSeconds;
  const unit = paused
    ? t('player_ring_paused')
    : view.phase === 'reps'
      ? t('player_ring_of', `${view.count}`)
      : view.phase === 'prep'
        ? t('player_ring_prep')
        : t('player_ring_seconds');
  return (
    <div class="unsit-player__ring" role="timer" aria-label={props.label}>
      <svg viewBox="0 0 120 120" aria-hidden="true" focusable="false">
        <circle class="unsit-player__ring-track" cx="60" cy="60" r={RING_RADIUS} />
        <circle
          key={props.ringKey}
          class="unsit-player__ring-value"
          cx="60"
          cy="60"
          r={RING_RADIUS}
          stroke-dasharray={RING_CIRCUMFERENCE}
          stroke-dashoffset={offset}
          transform="rotate(-90 60 60)"
        />
      </svg>
      <div class="unsit-player__ring-center" aria-hidden="true">
        <span class="unsit-player__ring-number">{number}</span>
        <span class="unsit-player__ring-unit">{unit}</span>
      </div>
    </div>
  );
}
