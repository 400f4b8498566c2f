import type { JSX } from 'preact';
import type { MessageKey } from '../../lib/i18n';
import type { MoveKind } from '../../lib/routines/schema';
import { t } from '../../platform/i18n';
import type { StepView } from './timing';

const PART_TEXT = {
  move: 'player_part_move',
  hold: 'player_part_hold',
  release: 'player_part_release',
} as const satisfies Record<string, MessageKey>;

/** What a timed (non-reps) step asks for while it runs, by kind of move. */
export const HOLD_TEXT: Record<MoveKind, MessageKey> = {
  lengthen: 'player_hold_lengthen',
  posture: 'player_hold_posture',
  strengthen: 'player_hold_strengthen',
  mobilise: 'player_hold_mobilise',
  release: 'player_hold_release',
};

/** What the step asks for right now: get ready, hold, or which rep and part of it. */
export function PhaseLine(props: { view: StepView; holdText: MessageKey }): JSX.Element {
  const { view } = props;
  if (view.phase === 'prep') {
    return (
      <p class="unsit-player__phase unsit-player__phase--prep">
        <span class="unsit-player__phase-main">{t(view.label)}</span>
      </p>
    );
  }
  if (view.phase === 'hold') {
    return (
      <p class="unsit-player__phase">
        <span class="unsit-player__phase-main">{t(props.holdText)}</span>
      </p>
    );
  }
  return (
    <p class="unsit-player__phase">
      <span class="unsit-player__phase-main">
        {t('player_rep_count', `${view.rep}`, `${view.count}`)}
      </span>
      {view.part !== null && (
        <span class={`unsit-player__part unsit-player__part--${view.part}`}>
          {t(PART_TEXT[view.part])}
        </span>
      )}
    </p>
  );
}
