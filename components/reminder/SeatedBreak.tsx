import { useMemo } from 'preact/hooks';
import type { Status } from '../../lib/messages';
import { buildRoutine } from '../../lib/routines/builder';
import { type PlayerResult, RoutinePlayer } from '../player/RoutinePlayer';
import { inMeeting, useSpeechSetting } from '../shared/use-speech-setting';

/**
 * "I can't stand now": a seated micro-break (eyes on the distance, shoulders let go) instead
 * of a skip. It is not a break from sitting, so it records no break: its host decides what
 * the reminder does next.
 */
export function SeatedBreak(props: {
  status: Status;
  speed: number;
  sound: boolean;
  onDone: (result: PlayerResult) => void;
}) {
  const { settings, rotation } = props.status;
  const [speech, setSpeech] = useSpeechSetting(settings.speech);
  const routine = useMemo(
    () =>
      buildRoutine('seated-break', {
        allowFloor: settings.allowFloor,
        rotationIndex: rotation['seated-break'],
      }),
    [],
  );
  return (
    <div class="u-run">
      <RoutinePlayer
        routine={routine}
        speed={props.speed}
        sound={props.sound}
        speech={speech}
        onSpeechChange={setSpeech}
        speechQuiet={inMeeting}
        onDone={props.onDone}
      />
    </div>
  );
}
