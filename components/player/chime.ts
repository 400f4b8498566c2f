/**
 * A soft, short chime for step changes: a 660 Hz sine for 0.15 s with a gentle
 * attack and fade. The AudioContext is created on first use. Nothing here throws:
 * without WebAudio (or when the browser blocks it) the chime is silent.
 */
export type Chime = {
  play(): void;
  close(): void;
};

type AudioContextConstructor = new () => AudioContext;

const FREQUENCY_HZ = 660;
const DURATION_S = 0.15;
const PEAK_GAIN = 0.12;
const ATTACK_S = 0.02;

function audioContextConstructor(): AudioContextConstructor | null {
  const scope = globalThis as typeof globalThis & {
    AudioContext?: AudioContextConstructor;
    webkitAudioContext?: AudioContextConstructor;
  };
  return scope.AudioContext ?? scope.webkitAudioContext ?? null;
}

export function createChime(): Chime {
  let context: AudioContext | null = null;
  let broken = false;

  const ensureContext = (): AudioContext | null => {
    if (context !== null || broken) return context;
    const Ctor = audioContextConstructor();
    if (Ctor === null) {
      broken = true;
      return null;
    }
    try {
      context = new Ctor();
    } catch {
      broken = true;
    }
    return context;
  };

  return {
    play() {
      try {
        const ctx = ensureContext();
        if (ctx === null) return;
        // A context made outside a click starts suspended in some browsers.
        if (ctx.state === 'suspended') void ctx.resume().catch(() => undefined);
        const start = ctx.currentTime;
        const oscillator = ctx.createOscillator();
        const gain = ctx.createGain();
        oscillator.type = 'sine';
        oscillator.frequency.setValueAtTime(FREQUENCY_HZ, start);
        gain.gain.setValueAtTime(0.0001, start);
        gain.gain.linearRampToValueAtTime(PEAK_GAIN, start + ATTACK_S);
        gain.gain.exponentialRampToValueAtTime(0.0001, start + DURATION_S);
        oscillator.connect(gain);
        gain.connect(ctx.destination);
        oscillator.start(start);
        oscillator.stop(start + DURATION_S + 0.02);
      } catch {
        // Sound is a nicety; never let it break the routine.
      }
    },
    close() {
      const ctx = context;
      context = null;
      if (ctx === null) return;
      try {
        void ctx.close().catch(() => undefined);
      } catch {
        // Already closed.
      }
    },
  };
}
