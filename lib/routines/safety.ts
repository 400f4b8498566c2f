import type { SafetyLine } from './schema';

/**
 * Safety lines: shown once at onboarding and reachable from every routine.
 * Facts from the content brief, written fresh in Unsit's voice.
 */
export const safetyLines: readonly SafetyLine[] = [
  {
    id: 'not-treatment',
    text: 'Unsit gives general movement tips. It is not medical treatment.',
  },
  {
    id: 'stop-on-pain',
    text: 'Stop any move that brings sharp, shooting or growing pain, numbness or tingling.',
  },
  {
    id: 'see-a-doctor',
    text: 'See a doctor if back pain follows a fall or injury, keeps getting worse, comes with weakness or numbness in a leg, or comes with trouble controlling your bladder or bowels.',
  },
  {
    id: 'normal-soreness',
    text: 'Feeling a little sore for a day or two after new exercise is normal. If you do, go easier for a while.',
  },
];
