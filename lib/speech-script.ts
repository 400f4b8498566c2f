import type { MessageKey, Words } from './i18n';
import type { Routine, Step } from './routines/schema';

/**
 * What spoken guidance says, and when, for a routine: a pure function of the routine's plan and
 * of how far into a step the player is. No browser: the player's speaker (components/player)
 * turns the cues into utterances.
 *
 * Per step, in routine time from the step's start:
 * - at 0, the step: its lead-in when that is a move of the body ("Stand up"), its name and the
 *   working limb ("Left leg: …"), or "Switch sides" and the limb on a two-sided move's second side;
 * - when the working time starts, "Go" and the dose ("Go: 20 seconds.");
 * - in a rep step, the number of each rep from the second, and "Last rep" for the last;
 * - in a hold of 10 s or more, "Last five seconds" five seconds before its end;
 * - after the last step's time, "Done".
 */
export type SpeechCue = {
  /** Unique within the routine: `${step}:${type}` (`:${rep}` for a rep). */
  id: string;
  type: 'step' | 'go' | 'rep' | 'last-five' | 'done';
  /** The step it belongs to. */
  index: number;
  /** Routine milliseconds from the start of that step. */
  atMs: number;
  /** For `rep`: the rep's number, 2 and up. */
  rep?: number;
};

/** A hold shorter than this gets no "last five seconds": it would come at its start. */
export const LAST_FIVE_MIN_SECONDS = 10;
const LAST_FIVE_MS = 5000;

/** Lead-ins worth saying out loud: the body moves. "Get ready" and "Next" add nothing. */
const SPOKEN_PREPS: ReadonlySet<MessageKey> = new Set<MessageKey>([
  'prep_stand_up',
  'prep_sit_down',
  'prep_floor',
  'prep_get_up',
]);

const SIDE_INLINE = {
  left: 'player_side_left_inline',
  right: 'player_side_right_inline',
} as const satisfies Record<'left' | 'right', MessageKey>;

/** A routine that gets the user out of the chair (a hands-free routine), as opposed to a seated one. */
export function isStandUpRoutine(routine: Routine): boolean {
  return routine.steps.some((step) => step.position !== 'seated');
}

/** Every cue of one step, in the order they come. */
export function stepCues(routine: Routine, index: number): SpeechCue[] {
  const step = routine.steps[index];
  if (step === undefined) return [];
  const cue = (type: SpeechCue['type'], atMs: number, rep?: number): SpeechCue => ({
    id: `${index}:${type}${rep === undefined ? '' : `:${rep}`}`,
    type,
    index,
    atMs,
    ...(rep === undefined ? {} : { rep }),
  });
  const prepMs = step.prepSeconds * 1000;
  const cues = [cue('step', 0), cue('go', prepMs)];
  if (step.reps !== undefined) {
    for (let rep = 2; rep <= step.reps.count; rep++) {
      cues.push(cue('rep', prepMs + (rep - 1) * step.reps.secondsPerRep * 1000, rep));
    }
  } else if (step.seconds >= LAST_FIVE_MIN_SECONDS) {
    cues.push(cue('last-five', prepMs + step.seconds * 1000 - LAST_FIVE_MS));
  }
  if (index === routine.steps.length - 1) {
    cues.push(cue('done', prepMs + step.seconds * 1000));
  }
  return cues;
}

/** Every cue of the routine, step by step (what a run played through says). */
export function routineCues(routine: Routine): SpeechCue[] {
  return routine.steps.flatMap((_, index) => stepCues(routine, index));
}

/**
 * What to say now: the cues of step `index` passed since the last look (`fromMs`, exclusive, -1
 * on entering the step) up to `toMs` (inclusive). A late look (a throttled timer) may pass
 * several: the step's own cue and "Done" are always said, of the counting cues only the latest,
 * so speech never runs behind the routine.
 */
export function cuesToSay(
  routine: Routine,
  index: number,
  fromMs: number,
  toMs: number,
): SpeechCue[] {
  const passed = stepCues(routine, index).filter((c) => c.atMs > fromMs && c.atMs <= toMs);
  const counting = passed.filter((c) => c.type !== 'step' && c.type !== 'done');
  const latest = counting[counting.length - 1];
  return passed.filter((c) => c.type === 'step' || c.type === 'done' || c === latest);
}

/** A sentence ends with a full stop, so a voice pauses between the parts of a cue. */
function sentence(text: string): string {
  const trimmed = text.trim();
  return /[.!?…]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

/** The step's name and side in words: "Standing quad stretch. Left leg: catch your left ankle…". */
function stepWords(step: Step, words: Words): string {
  if (step.prepLabel === 'prep_switch_sides') {
    const side = step.limbLine ?? (step.side === 'none' ? null : SIDE_INLINE[step.side]);
    return [words.t('prep_switch_sides'), ...(side ? [words.t(side)] : [])].map(sentence).join(' ');
  }
  const parts: string[] = [];
  if (SPOKEN_PREPS.has(step.prepLabel)) parts.push(words.t(step.prepLabel));
  if (step.limbLine !== undefined) parts.push(words.t(step.title), words.t(step.limbLine));
  else if (step.side !== 'none')
    parts.push(words.t('speech_title_side', words.t(step.title), words.t(SIDE_INLINE[step.side])));
  else parts.push(words.t(step.title));
  return parts.map(sentence).join(' ');
}

/** The dose in words: "20 seconds" or "8 reps". */
function dose(step: Step, words: Words): string {
  return step.reps !== undefined
    ? words.tn('player_reps', step.reps.count)
    : words.tn('player_seconds', step.seconds);
}

/** What a cue says, in the user's language. */
export function cueText(routine: Routine, cue: SpeechCue, words: Words): string {
  const step = routine.steps[cue.index];
  if (step === undefined) return '';
  switch (cue.type) {
    case 'step':
      return stepWords(step, words);
    case 'go':
      return words.t('speech_go', dose(step, words));
    case 'rep':
      return step.reps !== undefined && cue.rep === step.reps.count
        ? words.t('speech_last_rep')
        : `${cue.rep}`;
    case 'last-five':
      return words.t('speech_last_five');
    case 'done':
      return words.t('speech_done');
  }
}

/**
 * The sample onboarding plays: the first step of a routine, "last five seconds" and "switch
 * sides", as the player would say them.
 */
export function sampleText(routine: Routine, words: Words): string {
  const first = routine.steps[0];
  if (first === undefined) return words.t('speech_last_five');
  return [stepWords(first, words), words.t('speech_last_five'), words.t('prep_switch_sides')]
    .map(sentence)
    .join(' ');
}
