import type { SpeechEngine } from '../../components/player/speaker';

// A speech engine that records instead of speaking: what was said, when (fake time allowed), in
// which language, and when it was told to stop.

export type Said = { text: string; lang: string; at: number };

export function fakeSpeechEngine(): SpeechEngine & { said: Said[]; cancels: number[] } {
  const said: Said[] = [];
  const cancels: number[] = [];
  return {
    said,
    cancels,
    speak(text, lang) {
      said.push({ text, lang, at: Date.now() });
    },
    cancel() {
      cancels.push(Date.now());
    },
  };
}
