// What the player takes and what it reports, apart from the player so that its parts
// (use-routine-player.ts) can name them without importing the component that uses them.
import type { Routine } from '../../lib/routines/schema';
import type { Settings } from '../../lib/settings';
import type { SpeechEngine } from './speaker';

export type PlayerResult = {
  completed: boolean;
  ranMs: number;
  stoppedForPain: boolean;
  /** Working time (lead-ins excluded, each step at most once) that ran, in real milliseconds. */
  workedMs: number;
  /** The routine's planned working time, in real milliseconds. */
  plannedMs: number;
};

export type RoutinePlayerProps = {
  routine: Routine;
  /** Time multiplier for routine time, default 1. Tests run at e.g. 20. */
  speed?: number;
  /** A soft chime at each step change, default false. */
  sound?: boolean;
  /**
   * Spoken guidance (step, side, count): `on` speaks; `ask` offers it in a stand-up routine;
   * `off` is silent. Default `off`. A step change also chimes while speech is on.
   */
  speech?: Settings['speech'];
  /**
   * The user switched speech on or off (the offer, the speaker button); the host stores the
   * choice and passes it back as `speech`. Without it the player shows neither.
   */
  onSpeechChange?: (speech: 'on' | 'off') => void;
  /**
   * Offer speech in a stand-up routine while the user has not chosen (`speech: 'ask'`), default
   * true. The popup, which has no room for it, keeps only the speaker button.
   */
  offerSpeech?: boolean;
  /** The voice: default the browser's `speechSynthesis`; null for none. Tests pass a fake. */
  speechEngine?: SpeechEngine | null;
  /** Asked before speaking: true while the user is in a call (then nothing is said). */
  speechQuiet?: () => Promise<boolean>;
  /** The large countdown during the holds of a stand-up routine, readable across a room. */
  glance?: boolean;
  /** Focus the player root on mount so its keys work at once, default true. */
  autoFocus?: boolean;
  /** About every 5 s of running: real milliseconds run so far (pauses excluded). */
  onProgress?: (ranMs: number) => void;
  /**
   * Called once: finished (`completed: true`), stopped early (Esc, Stop), or closed after
   * "Stop — this hurts" (`stoppedForPain: true`). `ranMs`: real running milliseconds.
   */
  onDone: (result: PlayerResult) => void;
  /** Called as soon as the user presses "Stop — this hurts", before the safety lines close. */
  onPainStop?: () => void;
};
