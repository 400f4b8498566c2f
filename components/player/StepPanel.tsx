import type { JSX } from 'preact';
import type { MessageKey } from '../../lib/i18n';
import { t } from '../../platform/i18n';
import { HOLD_TEXT, PhaseLine } from './PhaseLine';
import { Ring } from './Ring';
import { illustrationFile, SIDE_IN_SENTENCE, timerLabel } from './timing';
import type { PlayerRun } from './use-routine-player';

/** The step being done: its name and purpose, picture and countdown, cues, and what is next. */
export function StepPanel({ run, glance }: { run: PlayerRun; glance: boolean }): JSX.Element {
  const { step, view, index } = run;
  return (
    <div class="unsit-player__step">
      <div class="unsit-player__heading">
        {step.sideLabel !== null && <p class="unsit-player__side">{t(step.sideLabel)}</p>}
        <h2 class="unsit-player__title">{t(step.title)}</h2>
        {step.limbLine !== undefined && <p class="unsit-player__limb">{t(step.limbLine)}</p>}
        {/* What the move is for, where the user decides whether to do it or go Next. */}
        {step.purpose !== undefined && <p class="unsit-player__purpose">{t(step.purpose)}</p>}
      </div>
      {glance && view.phase === 'hold' ? (
        <Glance seconds={view.remainingSeconds} side={step.sideLabel} label={timerLabel(step)} />
      ) : (
        <div class="unsit-player__media">
          <img
            class={`unsit-player__art${step.mirrored ? ' unsit-player__art--mirrored' : ''}`}
            src={`/moves/${illustrationFile(step.illustration)}`}
            alt={t(step.title)}
            width={200}
            height={200}
            draggable={false}
          />
          <Ring
            view={view}
            paused={run.clock.paused}
            label={timerLabel(step)}
            ringKey={`${index}-${view.phase}-${view.phase === 'reps' ? view.rep : 0}`}
          />
        </div>
      )}
      <PhaseLine view={view} holdText={HOLD_TEXT[step.kind]} />
      <div class="unsit-player__card">
        <ul class="unsit-player__cues">
          {step.cueLines.map((line) => (
            <li key={line}>{t(line)}</li>
          ))}
        </ul>
        {step.note !== undefined && <p class="unsit-player__note">{t(step.note)}</p>}
        {step.caution !== undefined && <p class="unsit-player__caution">{t(step.caution)}</p>}
      </div>
      <NextLine run={run} />
    </div>
  );
}

/** The hold's seconds, large enough to read across a room, with the side beside them. */
function Glance(props: { seconds: number; side: MessageKey | null; label: string }): JSX.Element {
  return (
    <div class="unsit-player__glance" role="timer" aria-label={props.label}>
      <span class="unsit-player__glance-number" aria-hidden="true">
        {props.seconds}
      </span>
      <span class="unsit-player__glance-words" aria-hidden="true">
        {props.side !== null && <span class="unsit-player__glance-side">{t(props.side)}</span>}
        <span class="unsit-player__glance-unit">{t('player_ring_seconds')}</span>
      </span>
    </div>
  );
}

function NextLine({ run }: { run: PlayerRun }): JSX.Element {
  const nextStep = run.steps[run.index + 1];
  if (nextStep === undefined) return <p class="unsit-player__next">{t('player_last_move')}</p>;
  return (
    <p class="unsit-player__next">
      <span class="unsit-player__next-label">{t('player_next_label')}</span> {t(nextStep.title)}
      {nextStep.side !== 'none' && (
        <span class="unsit-player__next-side"> · {t(SIDE_IN_SENTENCE[nextStep.side])}</span>
      )}
    </p>
  );
}
