import type { SafetyLine } from './schema';

/**
 * Safety lines: shown once at onboarding and reachable from every routine.
 * Facts from the content brief, written fresh in Unsit's voice; `text` is a message key.
 */
export const safetyLines: readonly SafetyLine[] = [
  {
    id: 'not-treatment',
    text: 'safety_not_treatment',
  },
  {
    id: 'stop-on-pain',
    text: 'safety_stop_on_pain',
  },
  {
    id: 'see-a-doctor',
    text: 'safety_see_a_doctor',
  },
  {
    id: 'leg-pain',
    text: 'safety_leg_pain',
  },
  {
    id: 'normal-soreness',
    text: 'safety_normal_soreness',
  },
];
