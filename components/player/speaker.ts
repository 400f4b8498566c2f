/**
 * The routine player's voice: says short phrases through a speech engine, in one language,
 * unless the user is in a call.
 *
 * The engine is injected: the browser's `speechSynthesis` (browserSpeechEngine) in the pages, a
 * fake that records what was said in tests. Nothing here throws: without an engine, or when the
 * browser refuses to speak, the routine goes on silently.
 */

export type SpeechEngine = {
  /** Says `text` in `lang` (a BCP 47 tag such as `de` or `en-US`), after what is already queued. */
  speak(text: string, lang: string): void;
  /** Stops what is being said and drops what is queued. */
  cancel(): void;
};

type VoiceLike = Pick<SpeechSynthesisVoice, 'lang' | 'default' | 'localService'>;

const tagOf = (lang: string) => lang.toLowerCase().replace('_', '-');
const sameLanguage = (voice: VoiceLike, lang: string) =>
  tagOf(voice.lang).split('-')[0] === tagOf(lang).split('-')[0];

/**
 * A voice for `lang` on this machine: one of exactly that language and region, else one of the
 * same language (`de-AT` for `de`), the system's default first. Never a network voice (Chrome
 * lists "Google …" voices that synthesise on a server): Unsit sends nothing anywhere, not even
 * a step's name. Undefined when there is none.
 */
export function pickVoice<V extends VoiceLike>(voices: readonly V[], lang: string): V | undefined {
  const wanted = tagOf(lang);
  const rank = (voice: V): number => {
    if (!voice.localService || !sameLanguage(voice, lang)) return -1;
    return (tagOf(voice.lang) === wanted ? 2 : 0) + (voice.default ? 1 : 0);
  };
  let best: V | undefined;
  for (const voice of voices) {
    if (rank(voice) >= 0 && (best === undefined || rank(voice) > rank(best))) best = voice;
  }
  return best;
}

type SpeechScope = {
  speechSynthesis?: SpeechSynthesis;
  SpeechSynthesisUtterance?: typeof SpeechSynthesisUtterance;
};

/** The browser's speech synthesis as an engine, or null where the page has none. */
export function browserSpeechEngine(
  scope: SpeechScope = globalThis as SpeechScope,
): SpeechEngine | null {
  const synth = scope.speechSynthesis;
  const Utterance = scope.SpeechSynthesisUtterance;
  if (!synth || !Utterance) return null;
  return {
    speak(text, lang) {
      try {
        const voices = synth.getVoices();
        const voice = pickVoice(voices, lang);
        // The language's only voices are network ones: silence rather than words sent away.
        // (An empty list: the browser has not loaded its voices yet, or has none; it then
        // speaks with the system's own voice, if there is one.)
        if (!voice && voices.some((v) => sameLanguage(v, lang))) return;
        const utterance = new Utterance(text);
        utterance.lang = lang;
        if (voice) utterance.voice = voice;
        synth.speak(utterance);
      } catch {
        // Speech is help, not the routine: never let it break the run.
      }
    },
    cancel() {
      try {
        synth.cancel();
      } catch {
        // Nothing was being said.
      }
    },
  };
}

export type SpeakerOptions = {
  engine: SpeechEngine;
  lang: string;
  /**
   * Whether to stay silent now (the user is in a call), asked before speaking. An answer that
   * fails counts as "quiet": better a silent routine than a voice in a meeting.
   */
  quiet: () => Promise<boolean>;
  /** How long an answer of `quiet` is trusted, in real milliseconds. */
  quietForMs?: number;
  /** Told each answer of `quiet`, so the player knows whether it is being heard. */
  onQuiet?: (quiet: boolean) => void;
};

export type Speaker = {
  /**
   * Says `texts` in order (and plays `before` first, the chime), once `quiet` says it may.
   * `interrupt`: first stop what is being said and drop what waits (a new step).
   */
  say(texts: readonly string[], options?: { interrupt?: boolean; before?: () => void }): void;
  /** Stops talking now, and drops whatever waits for the meeting check. */
  stop(): void;
};

export const QUIET_FOR_MS = 5000;

export function createSpeaker(options: SpeakerOptions): Speaker {
  const { engine, lang, quietForMs = QUIET_FOR_MS } = options;
  let generation = 0;
  let known: { quiet: boolean; at: number } | null = null;
  let pending: Promise<boolean> | null = null;
  // One chain, so phrases waiting for the meeting check keep their order.
  let chain: Promise<void> = Promise.resolve();

  const isQuiet = (): Promise<boolean> => {
    if (known !== null && Date.now() - known.at < quietForMs) return Promise.resolve(known.quiet);
    pending ??= options
      .quiet()
      .then(
        (quiet) => quiet === true,
        () => true,
      )
      .then((quiet) => {
        known = { quiet, at: Date.now() };
        pending = null;
        options.onQuiet?.(quiet);
        return quiet;
      });
    return pending;
  };

  return {
    say(texts, { interrupt = false, before } = {}) {
      if (interrupt) {
        generation++;
        engine.cancel();
      }
      const mine = generation;
      chain = chain.then(async () => {
        const quiet = await isQuiet();
        if (quiet || mine !== generation) return;
        before?.();
        for (const text of texts) if (text !== '') engine.speak(text, lang);
      });
    },
    stop() {
      generation++;
      engine.cancel();
    },
  };
}
