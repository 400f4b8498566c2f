import { useRef, useState } from 'preact/hooks';
import { routineDone } from '../../lib/clock/breaks';
import type { Status } from '../../lib/messages';
import { buildRoutine } from '../../lib/routines/builder';
import type { Routine, RoutineKind } from '../../lib/routines/schema';
import type { Settings } from '../../lib/settings';
import { t } from '../../platform/i18n';
import { type RoutineSession, startRoutineSession } from '../../platform/routine-session';
import { type PlayerResult, RoutinePlayer } from '../player/RoutinePlayer';
import { errorText } from './notice';
import { inMeeting, useSpeechSetting } from './use-speech-setting';

// A routine run inside one of Unsit's pages: the player plus the session that
// records it. Hosts start a run from a click and get the outcome back.

export type ActiveRun = { routine: Routine; session: RoutineSession };

/** Builds the routine for the user's settings and rotation, and starts recording it. */
export function startRun(
  kind: RoutineKind,
  status: Pick<Status, 'settings' | 'rotation'>,
): ActiveRun {
  const routine = buildRoutine(kind, {
    allowFloor: status.settings.allowFloor,
    rotationIndex: status.rotation[kind],
  });
  return { routine, session: startRoutineSession(kind) };
}

export type RunOutcome = {
  result: PlayerResult;
  /** Played to the end and done (see lib/clock/breaks.ts): a break, not a routine left undone. */
  counted: boolean;
  /** The fresh status after the break was recorded, or null when recording failed. */
  status: Status | null;
  error: string | null;
};

export type RoutineRunProps = {
  run: ActiveRun;
  speed: number;
  sound: boolean;
  /** The speech setting when the run starts; the player's offer and button change it. */
  speech: Settings['speech'];
  /** The large countdown in stand-up holds (Unsit's window, the card, onboarding). */
  glance?: boolean;
  /** The one-time offer of speech (not in the popup, which has no room for it). */
  offerSpeech?: boolean;
  onEnd: (outcome: RunOutcome) => void;
};

export function RoutineRun({ run, speed, sound, onEnd, ...props }: RoutineRunProps) {
  const ended = useRef(false);
  const [speech, setSpeech] = useSpeechSetting(props.speech);
  const [saving, setSaving] = useState(false);

  const done = (result: PlayerResult) => {
    if (ended.current) return;
    ended.current = true;
    setSaving(true);
    const counted =
      result.completed && routineDone({ ...result }, run.session.startedAt, Date.now());
    const record = result.completed
      ? run.session.finish({
          workedMs: result.workedMs,
          plannedMs: result.plannedMs,
          ranMs: result.ranMs,
        })
      : run.session.stop(result.ranMs);
    record.then(
      (status) => onEnd({ result, counted, status, error: null }),
      (e: unknown) => onEnd({ result, counted, status: null, error: errorText(e) }),
    );
  };

  return (
    <div class="u-run">
      <RoutinePlayer
        routine={run.routine}
        speed={speed}
        sound={sound}
        speech={speech}
        onSpeechChange={setSpeech}
        speechQuiet={inMeeting}
        glance={props.glance ?? false}
        offerSpeech={props.offerSpeech ?? true}
        onProgress={(ms) => run.session.progress(ms)}
        onDone={done}
      />
      <div role="status" aria-live="polite" class="u-run__saving">
        {saving ? t('routine_saving') : null}
      </div>
    </div>
  );
}
