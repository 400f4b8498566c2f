import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Routine } from '../../lib/routines/schema';
import { cuesToSay, cueText, stepCues } from '../../lib/speech-script';
import { uiLocale, words } from '../../platform/i18n';
import { browserSpeechEngine, createSpeaker, type SpeechEngine } from './speaker';

/**
 * Spoken guidance for the player: each render, the cues of lib/speech-script.ts that the step's
 * clock has passed since the last render are said, once each. A new step (by time, Next, Back or
 * a restart) cuts off what is still being said; pausing, stopping or switching speech off stops
 * the voice at once. Switched on mid-step, it says the step it is on, so the user hears it work.
 */
export type SpeechArgs = {
  routine: Routine;
  index: number;
  /** Routine milliseconds into the step, as of this render. */
  stepMs: number;
  running: boolean;
  enabled: boolean;
  /** Injected engine; undefined: the browser's; null: none. */
  engine: SpeechEngine | null | undefined;
  quiet: (() => Promise<boolean>) | undefined;
  /**
   * Played before a new step is said (the chime; not before the first), when the player does not
   * play it itself.
   */
  chime: (() => void) | null;
};

const neverQuiet = () => Promise.resolve(false);

export function useSpeech(args: SpeechArgs): {
  available: boolean;
  /**
   * Whether the voice is heard: `heard` (on, and the last meeting check let it speak), `pending`
   * (on, no answer yet), or `silent` (off, no engine, or in a call).
   */
  voice: 'heard' | 'pending' | 'silent';
} {
  const engine = useMemo(
    () => (args.engine === undefined ? browserSpeechEngine() : args.engine),
    [],
  );
  const [quiet, setQuiet] = useState<boolean | null>(null);
  const argsRef = useRef(args);
  argsRef.current = args;
  const speaker = useMemo(
    () =>
      engine &&
      createSpeaker({
        engine,
        lang: uiLocale(),
        quiet: () => (argsRef.current.quiet ?? neverQuiet)(),
        onQuiet: setQuiet,
      }),
    [engine],
  );
  const last = useRef({ index: -1, ms: -1, enabled: false, live: false, done: false });

  const { routine, index, stepMs, running, enabled } = args;
  useEffect(() => {
    if (!speaker) return;
    const was = last.current;
    const live = enabled && running;
    if (!live) {
      // Paused, stopped or switched off: silence now, and pick up from here later.
      if (was.live && !was.done) speaker.stop();
      last.current = { index, ms: stepMs, enabled, live: false, done: was.done };
      return;
    }
    const entering = index !== was.index || stepMs < was.ms;
    const cues = entering
      ? cuesToSay(routine, index, -1, stepMs)
      : was.enabled
        ? cuesToSay(routine, index, was.ms, stepMs)
        : // Just switched on mid-step: say the step it is on.
          stepCues(routine, index).filter((c) => c.type === 'step');
    if (cues.length > 0) {
      const newStep = cues.some((c) => c.type === 'step');
      const chime = entering && was.index !== -1 ? (args.chime ?? undefined) : undefined;
      speaker.say(
        cues.map((c) => cueText(routine, c, words)),
        newStep ? { interrupt: true, before: chime } : {},
      );
    }
    last.current = {
      index,
      ms: stepMs,
      enabled,
      live: true,
      done: was.done || cues.some((c) => c.type === 'done'),
    };
  });

  // Closing the player cuts the voice off, except for the last "Done" of a routine played out.
  useEffect(
    () => () => {
      if (!last.current.done) speaker?.stop();
    },
    [speaker],
  );

  const voice =
    !enabled || engine === null || quiet === true ? 'silent' : quiet === null ? 'pending' : 'heard';
  return { available: engine !== null, voice };
}
