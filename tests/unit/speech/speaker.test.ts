import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  browserSpeechEngine,
  createSpeaker,
  pickVoice,
  QUIET_FOR_MS,
} from '../../../components/player/speaker';
import { fakeSpeechEngine } from '../../helpers/fake-speech';

const voice = (lang: string, extra: Partial<{ default: boolean; localService: boolean }> = {}) => ({
  lang,
  default: false,
  localService: false,
  ...extra,
});

describe('choosing a voice', () => {
  it('takes the exact language and region, else the same language, else none', () => {
    const local = { localService: true };
    const voices = [voice('en-US', local), voice('de-AT', local), voice('de-DE', local)];
    expect(pickVoice(voices, 'en-US')).toBe(voices[0]);
    expect(pickVoice(voices, 'de-DE')).toBe(voices[2]);
    expect(pickVoice(voices, 'de-AT')).toBe(voices[1]);
    expect(pickVoice(voices, 'es')).toBeUndefined();
    expect(pickVoice([], 'en')).toBeUndefined();
  });

  it('takes only voices on this machine, the default first', () => {
    const voices = [
      voice('es-US', { default: true }),
      voice('es-ES', { localService: true }),
      voice('es-MX', { localService: true, default: true }),
    ];
    expect(pickVoice(voices, 'es')).toBe(voices[2]);
    // A network voice (Chrome's "Google español") is never chosen, even as the default.
    expect(pickVoice([voice('es-ES', { default: true })], 'es')).toBeUndefined();
  });
});

describe('the browser engine', () => {
  it('is null where the page has no speech synthesis', () => {
    expect(browserSpeechEngine({})).toBeNull();
  });

  it('speaks an utterance in the language, with a voice of it when there is one', () => {
    const spoken: { text: string; lang: string; voice: unknown }[] = [];
    class Utterance {
      lang = '';
      voice: unknown = null;
      constructor(readonly text: string) {}
    }
    const de = voice('de-DE', { localService: true });
    const engine = browserSpeechEngine({
      SpeechSynthesisUtterance: Utterance as never,
      speechSynthesis: {
        getVoices: () => [voice('en-GB'), de],
        speak: (u: Utterance) => spoken.push({ text: u.text, lang: u.lang, voice: u.voice }),
        cancel: () => undefined,
      } as never,
    });
    engine?.speak('Noch fünf Sekunden.', 'de');
    expect(spoken).toEqual([{ text: 'Noch fünf Sekunden.', lang: 'de', voice: de }]);
  });

  it('stays silent where the language has only network voices, and lets the browser choose where it lists none', () => {
    const spoken: string[] = [];
    const engineWith = (voices: unknown[]) =>
      browserSpeechEngine({
        SpeechSynthesisUtterance: class {
          lang = '';
          constructor(readonly text: string) {}
        } as never,
        speechSynthesis: {
          getVoices: () => voices,
          speak: (u: { text: string }) => spoken.push(u.text),
          cancel: () => undefined,
        } as never,
      });
    engineWith([voice('de-DE'), voice('en-US', { localService: true })])?.speak('Los.', 'de');
    expect(spoken).toEqual([]);
    engineWith([])?.speak('Los.', 'de');
    expect(spoken).toEqual(['Los.']);
  });

  it('a browser that throws does not break the routine', () => {
    const engine = browserSpeechEngine({
      SpeechSynthesisUtterance: class {} as never,
      speechSynthesis: {
        getVoices: () => {
          throw new Error('no');
        },
        speak: () => undefined,
        cancel: () => {
          throw new Error('no');
        },
      } as never,
    });
    expect(() => engine?.speak('x', 'en')).not.toThrow();
    expect(() => engine?.cancel()).not.toThrow();
  });
});

describe('the speaker', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());
  const settle = () => vi.advanceTimersByTimeAsync(0);

  it('says phrases in order once the meeting check lets it', async () => {
    const engine = fakeSpeechEngine();
    const speaker = createSpeaker({ engine, lang: 'es', quiet: async () => false });
    speaker.say(['uno']);
    speaker.say(['dos', 'tres']);
    await settle();
    expect(engine.said.map((s) => [s.text, s.lang])).toEqual([
      ['uno', 'es'],
      ['dos', 'es'],
      ['tres', 'es'],
    ]);
  });

  it('a meeting check that fails counts as a meeting: silence', async () => {
    const engine = fakeSpeechEngine();
    const onQuiet = vi.fn();
    const speaker = createSpeaker({
      engine,
      lang: 'en',
      quiet: () => Promise.reject(new Error('no answer')),
      onQuiet,
    });
    speaker.say(['Go: 20 seconds.']);
    await settle();
    expect(engine.said).toEqual([]);
    expect(onQuiet).toHaveBeenCalledWith(true);
  });

  it('asks about meetings at most every few seconds, and again after that', async () => {
    const engine = fakeSpeechEngine();
    const quiet = vi.fn(async () => false);
    const speaker = createSpeaker({ engine, lang: 'en', quiet });
    speaker.say(['a']);
    speaker.say(['b']);
    await settle();
    expect(quiet).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(QUIET_FOR_MS);
    speaker.say(['c']);
    await settle();
    expect(quiet).toHaveBeenCalledTimes(2);
  });

  it('an interruption drops what still waits for the check, and stops the voice', async () => {
    const engine = fakeSpeechEngine();
    let answer: (quiet: boolean) => void = () => undefined;
    const speaker = createSpeaker({
      engine,
      lang: 'en',
      quiet: () => new Promise<boolean>((done) => (answer = done)),
    });
    speaker.say(['old step']);
    await settle();
    const chime = vi.fn();
    speaker.say(['new step'], { interrupt: true, before: chime });
    answer(false);
    await settle();
    expect(engine.said.map((s) => s.text)).toEqual(['new step']);
    expect(engine.cancels).toHaveLength(1);
    expect(chime).toHaveBeenCalledTimes(1);
    speaker.stop();
    expect(engine.cancels).toHaveLength(2);
  });
});
