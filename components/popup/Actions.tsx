import type { Ref } from 'preact';
import { buildRoutine, routineSeconds } from '../../lib/routines/builder';
import type { RoutineKind } from '../../lib/routines/schema';
import { t } from '../../platform/i18n';
import { Button } from '../shared/Button';
import { durationLabel } from '../shared/format';
import { PlayIcon, PostureIcon, StandIcon } from '../shared/icons';
import { Dropdown } from './Dropdown';

export type PauseFor = 30 | 60 | 'tomorrow';

const PAUSES = [
  { for: 30, label: 'popup_pause_30_min' },
  { for: 60, label: 'popup_pause_1_hour' },
  { for: 'tomorrow', label: 'popup_pause_tomorrow' },
] as const;

const MORE_ROUTINES: readonly RoutineKind[] = ['hip-flexors', 'glutes', 'back-and-neck', 'walk'];

export type ActionsProps = {
  busy: boolean;
  /** Pausing is offered only while reminders are on (the status card offers "Resume"). */
  paused: boolean;
  /** More routines and the pause menu; left out while the pain note needs the room. */
  tools: boolean;
  /** What the routines under "More routines" are built from. */
  allowFloor: boolean;
  rotation: Readonly<Record<RoutineKind, number>>;
  onBegin: (kind: RoutineKind) => void;
  onStoodUp: () => void;
  /** The tooltip naming "I stood up"'s keyboard shortcut, when one is set. */
  stoodUpTitle?: string | undefined;
  onPause: (minutes: PauseFor) => void;
};

/**
 * What the user can do from the popup, most likely first. The primary button is there before
 * the status (it is the first thing painted) and stays the same element once it arrives, with
 * the focus it took; the other actions follow with the status.
 */
export function Actions(props: {
  primary: Ref<HTMLButtonElement>;
  onPrimary: () => void;
  /** The tooltip naming the routine's keyboard shortcut, when one is set. */
  primaryTitle?: string | undefined;
  more: ActionsProps | null;
}) {
  return (
    <div class="actions">
      <Button
        ref={props.primary}
        variant="primary"
        size="large"
        class="actions__primary"
        title={props.primaryTitle}
        onClick={props.onPrimary}
      >
        <PlayIcon />
        {t('popup_two_minute_routine')}
      </Button>
      {props.more ? <MoreActions {...props.more} /> : null}
    </div>
  );
}

function MoreActions(props: ActionsProps) {
  const { busy, onBegin } = props;
  return (
    <>
      <div class="actions__grid">
        <Button disabled={busy} title={props.stoodUpTitle} onClick={props.onStoodUp}>
          <StandIcon />
          {t('common_stood_up')}
        </Button>
        <Button onClick={() => onBegin('posture-check')}>
          <PostureIcon />
          {t('routine_title_posture_check')}
        </Button>
      </div>
      {props.tools ? <Tools {...props} /> : null}
    </>
  );
}

function Tools(props: ActionsProps) {
  const { busy } = props;
  return (
    <div class="tools">
      <Dropdown label={t('popup_more_routines')} id="more-routines">
        {() => <MoreRoutines {...props} />}
      </Dropdown>
      {props.paused ? null : (
        <Dropdown label={t('popup_pause')} id="pause-menu">
          {(close) => (
            <fieldset class="panel panel--row">
              <legend class="u-sr-only">{t('popup_pause_for')}</legend>
              {PAUSES.map((p) => (
                <Button
                  key={p.label}
                  size="small"
                  class="panel__choice"
                  disabled={busy}
                  onClick={() => {
                    close();
                    props.onPause(p.for);
                  }}
                >
                  {t(p.label)}
                </Button>
              ))}
            </fieldset>
          )}
        </Dropdown>
      )}
    </div>
  );
}

function MoreRoutines({ allowFloor, rotation, onBegin }: ActionsProps) {
  return (
    <ul class="panel" aria-label={t('popup_more_routines')}>
      {MORE_ROUTINES.map((kind) => {
        const routine = buildRoutine(kind, { allowFloor, rotationIndex: rotation[kind] });
        return (
          <li key={kind}>
            <Button variant="quiet" class="panel__item" onClick={() => onBegin(kind)}>
              <span>{t(routine.title)}</span>
              <span class="panel__meta">{durationLabel(routineSeconds(routine) * 1000)}</span>
            </Button>
          </li>
        );
      })}
    </ul>
  );
}
