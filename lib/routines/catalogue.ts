import { lazy } from '../bounds';
import type { Checkpoint, Move } from './schema';

/**
 * The moves Unsit teaches. Facts (what each move does, its dose, its key cue) follow
 * the content brief (`CONTENT.md`); every sentence is written for Unsit.
 *
 * Where the brief gives a range, we take one value and say why next to it. The common
 * reason is the two-minute budget: a break must fit a hip-flexor stretch on both sides,
 * a glute move, one extra move and a posture reset into about two minutes, and the
 * brief's "little and often" puts the habit ahead of the dose.
 *
 * Voice: second person, short, one action per sentence.
 *
 * Every name, purpose, cue and note is a message key: the words themselves live in
 * public/_locales/<language>/messages.json, so each language carries the same facts.
 */

/** Every move id in the catalogue. */
export const MOVE_IDS = [
  'quad-stretch-standing',
  'hip-flexor-split-stance',
  'figure-four-seated',
  'doorway-chest-stretch',
  'sit-to-stand-tail-tuck',
  'glute-squeeze-standing',
  'hip-extension-standing',
  'glute-bridge',
  'upper-back-extension-chair',
  'back-contract-release',
  'standing-side-reach',
  'neck-shoulder-release',
  'yawn-stretch',
  'eyes-distance-focus',
  'walk',
  'posture-reset',
] as const;
export type MoveId = (typeof MOVE_IDS)[number];

/** A move of this catalogue: its id is one of `MOVE_IDS`. */
export type CatalogueMove = Move & { id: MoveId };

/**
 * The moves, built on the first call (see `lazy` in lib/bounds.ts): the popup and the card load
 * this module with the routine player but only need it once a routine starts. The order is
 * `MOVE_IDS`' order; four groups keep each builder short enough to read whole.
 */
export const moves = lazy((): readonly CatalogueMove[] => [
  ...stretches(),
  ...gluteMoves(),
  ...backAndNeckMoves(),
  ...resetMoves(),
]);

/** The stretches: hip flexors and glutes that sitting shortens, and the chest a screen rounds. */
function stretches(): CatalogueMove[] {
  return [
    {
      id: 'quad-stretch-standing',
      name: 'move_quad_stretch_standing_name',
      purpose: 'move_quad_stretch_standing_purpose',
      kind: 'lengthen',
      target: 'hip-flexors',
      sides: 'both',
      // Brief: 20–30 s per side. 20 s: the low end keeps the break near two minutes, and
      // the stretch comes back several times a day.
      dose: { type: 'hold', seconds: 20 },
      cues: [
        'move_quad_stretch_standing_cue_1',
        'move_quad_stretch_standing_cue_2',
        'move_quad_stretch_standing_cue_3',
        'move_quad_stretch_standing_cue_4',
      ],
      sideNote: 'move_side_note_tighter',
      limbs: {
        left: 'move_quad_stretch_standing_limb_left',
        right: 'move_quad_stretch_standing_limb_right',
      },
      // Not everyone reaches the ankle after a day in the chair: an easier way in.
      caution: 'move_quad_stretch_standing_caution',
      needsFloor: false,
      position: 'standing',
      illustration: 'quad-stretch-standing.svg',
    },
    {
      id: 'hip-flexor-split-stance',
      name: 'move_hip_flexor_split_stance_name',
      purpose: 'move_hip_flexor_split_stance_purpose',
      kind: 'lengthen',
      target: 'hip-flexors',
      sides: 'both',
      // Brief: 20–30 s per side. 20 s, for the same reason as the quad stretch.
      dose: { type: 'hold', seconds: 20 },
      cues: [
        'move_hip_flexor_split_stance_cue_1',
        'move_hip_flexor_split_stance_cue_2',
        'move_hip_flexor_split_stance_cue_3',
        'move_hip_flexor_split_stance_cue_4',
      ],
      sideNote: 'move_side_note_tighter',
      limbs: {
        left: 'move_hip_flexor_split_stance_limb_left',
        right: 'move_hip_flexor_split_stance_limb_right',
      },
      needsFloor: false,
      position: 'standing',
      illustration: 'hip-flexor-split-stance.svg',
    },
    {
      id: 'figure-four-seated',
      name: 'move_figure_four_seated_name',
      purpose: 'move_figure_four_seated_purpose',
      kind: 'lengthen',
      target: 'glutes',
      sides: 'both',
      // Brief: 20–30 s per side. 20 s keeps it inside a two-minute break.
      dose: { type: 'hold', seconds: 20 },
      cues: [
        'move_figure_four_seated_cue_1',
        'move_figure_four_seated_cue_2',
        'move_figure_four_seated_cue_3',
        'move_figure_four_seated_cue_4',
      ],
      sideNote: 'move_side_note_tighter',
      limbs: {
        left: 'move_figure_four_seated_limb_left',
        right: 'move_figure_four_seated_limb_right',
      },
      needsFloor: false,
      position: 'seated',
      illustration: 'figure-four-seated.svg',
    },
    {
      id: 'doorway-chest-stretch',
      name: 'move_doorway_chest_stretch_name',
      purpose: 'move_doorway_chest_stretch_purpose',
      kind: 'lengthen',
      target: 'chest',
      sides: 'both',
      // Brief: 20 s per side (no range).
      dose: { type: 'hold', seconds: 20 },
      cues: [
        'move_doorway_chest_stretch_cue_1',
        'move_doorway_chest_stretch_cue_2',
        'move_doorway_chest_stretch_cue_3',
      ],
      sideNote: 'move_side_note_tighter',
      limbs: {
        left: 'move_doorway_chest_stretch_limb_left',
        right: 'move_doorway_chest_stretch_limb_right',
      },
      // An office has walls more often than free doorways.
      caution: 'move_doorway_chest_stretch_caution',
      needsFloor: false,
      position: 'standing',
      illustration: 'doorway-chest-stretch.svg',
    },
  ];
}

/** The strengthening moves: glutes that sitting switches off. */
function gluteMoves(): CatalogueMove[] {
  return [
    {
      id: 'sit-to-stand-tail-tuck',
      name: 'move_sit_to_stand_tail_tuck_name',
      purpose: 'move_sit_to_stand_tail_tuck_purpose',
      kind: 'strengthen',
      target: 'glutes',
      sides: 'none',
      // Brief: 5 slow reps. 6 s each: 2 s to rise, 1 s squeeze at the top (the hold),
      // 3 s to sit down with control.
      dose: { type: 'reps', reps: 5, secondsPerRep: 6, holdSeconds: 1 },
      cues: [
        'move_sit_to_stand_tail_tuck_cue_1',
        'move_sit_to_stand_tail_tuck_cue_2',
        'move_sit_to_stand_tail_tuck_cue_3',
        'move_sit_to_stand_tail_tuck_cue_4',
      ],
      // Office chairs roll and tip: the one thing that makes this move unsafe at a desk.
      caution: 'move_chair_caution',
      needsFloor: false,
      position: 'seated',
      illustration: 'sit-to-stand-tail-tuck.svg',
    },
    {
      id: 'glute-squeeze-standing',
      name: 'move_glute_squeeze_standing_name',
      purpose: 'move_glute_squeeze_standing_purpose',
      kind: 'strengthen',
      target: 'glutes',
      sides: 'none',
      // Brief: 8–10 squeezes, 2 s hold. 8 keeps the break near two minutes; each rep is
      // the 2 s hold plus 1 s to let go fully.
      dose: { type: 'reps', reps: 8, secondsPerRep: 3, holdSeconds: 2 },
      cues: [
        'move_glute_squeeze_standing_cue_1',
        'move_glute_squeeze_standing_cue_2',
        'move_glute_squeeze_standing_cue_3',
        'move_glute_squeeze_standing_cue_4',
      ],
      needsFloor: false,
      position: 'standing',
      illustration: 'glute-squeeze-standing.svg',
    },
    {
      id: 'hip-extension-standing',
      name: 'move_hip_extension_standing_name',
      purpose: 'move_hip_extension_standing_purpose',
      kind: 'strengthen',
      target: 'glutes',
      sides: 'both',
      // Brief: 8 per side. 3 s per rep: leg back with a squeeze, then back down under
      // control; faster invites swinging the leg from the lower back.
      dose: { type: 'reps', reps: 8, secondsPerRep: 3 },
      cues: [
        'move_hip_extension_standing_cue_1',
        'move_hip_extension_standing_cue_2',
        'move_hip_extension_standing_cue_3',
        'move_hip_extension_standing_cue_4',
      ],
      sideNote: 'move_hip_extension_standing_side_note',
      limbs: {
        left: 'move_hip_extension_standing_limb_left',
        right: 'move_hip_extension_standing_limb_right',
      },
      needsFloor: false,
      position: 'standing',
      illustration: 'hip-extension-standing.svg',
    },
    {
      id: 'glute-bridge',
      name: 'move_glute_bridge_name',
      purpose: 'move_glute_bridge_purpose',
      kind: 'strengthen',
      target: 'glutes',
      sides: 'none',
      // Brief: 8–10 reps. 8; 5 s each: 2 s to lift, 1 s hold at the top, 2 s to lower.
      dose: { type: 'reps', reps: 8, secondsPerRep: 5, holdSeconds: 1 },
      cues: [
        'move_glute_bridge_cue_1',
        'move_glute_bridge_cue_2',
        'move_glute_bridge_cue_3',
        'move_glute_bridge_cue_4',
      ],
      needsFloor: true,
      position: 'floor',
      illustration: 'glute-bridge.svg',
    },
  ];
}

/** Back, side and neck: where the screen worker stiffens. */
function backAndNeckMoves(): CatalogueMove[] {
  return [
    {
      id: 'upper-back-extension-chair',
      name: 'move_upper_back_extension_chair_name',
      purpose: 'move_upper_back_extension_chair_purpose',
      kind: 'mobilise',
      target: 'upper-back',
      sides: 'none',
      // Brief: 5 slow reps. 4 s each: 2 s to arch back, 2 s to return.
      dose: { type: 'reps', reps: 5, secondsPerRep: 4 },
      cues: [
        'move_upper_back_extension_chair_cue_1',
        'move_upper_back_extension_chair_cue_2',
        'move_upper_back_extension_chair_cue_3',
        'move_upper_back_extension_chair_cue_4',
      ],
      // A reclining or high-backed chair turns this into a fall or a neck strain.
      caution: 'move_upper_back_extension_chair_caution',
      needsFloor: false,
      position: 'seated',
      illustration: 'upper-back-extension-chair.svg',
    },
    {
      id: 'back-contract-release',
      name: 'move_back_contract_release_name',
      purpose: 'move_back_contract_release_purpose',
      kind: 'release',
      target: 'whole-back',
      sides: 'none',
      // Brief: 3 rounds; tighten a few seconds, release over 5–10 s, rest. 10 s per round:
      // 2 s to tighten, 2 s to hold it, 6 s to let go and rest. The slow release is the
      // point, so it gets the most time.
      dose: { type: 'reps', reps: 3, secondsPerRep: 10, holdSeconds: 2 },
      cues: [
        'move_back_contract_release_cue_1',
        'move_back_contract_release_cue_2',
        'move_back_contract_release_cue_3',
      ],
      needsFloor: false,
      position: 'seated',
      illustration: 'back-contract-release.svg',
    },
    {
      id: 'standing-side-reach',
      name: 'move_standing_side_reach_name',
      purpose: 'move_standing_side_reach_purpose',
      kind: 'lengthen',
      target: 'side-body',
      sides: 'both',
      // The trainer's recipe lengthens the lower back and lats after the hips; a hold, like
      // every stretch in the brief: 20 s, the low end of 20–30 s.
      dose: { type: 'hold', seconds: 20 },
      cues: [
        'move_standing_side_reach_cue_1',
        'move_standing_side_reach_cue_2',
        'move_standing_side_reach_cue_3',
        'move_standing_side_reach_cue_4',
      ],
      sideNote: 'move_side_note_tighter',
      limbs: {
        left: 'move_standing_side_reach_limb_left',
        right: 'move_standing_side_reach_limb_right',
      },
      needsFloor: false,
      position: 'standing',
      illustration: 'standing-side-reach.svg',
    },
    {
      id: 'neck-shoulder-release',
      name: 'move_neck_shoulder_release_name',
      purpose: 'move_neck_shoulder_release_purpose',
      kind: 'release',
      target: 'neck-shoulders',
      sides: 'none',
      // The contract-then-release of the brief, for the neck and shoulders where screen
      // tension starts: 3 rounds of 10 s, 2 s to shrug, 2 s to hold, 6 s to let go.
      dose: { type: 'reps', reps: 3, secondsPerRep: 10, holdSeconds: 2 },
      cues: [
        'move_neck_shoulder_release_cue_1',
        'move_neck_shoulder_release_cue_2',
        'move_neck_shoulder_release_cue_3',
        'move_neck_shoulder_release_cue_4',
      ],
      needsFloor: false,
      position: 'seated',
      illustration: 'neck-shoulder-release.svg',
    },
  ];
}

/** Whole-body resets, the eyes, a walk, and the posture reset that closes every break. */
function resetMoves(): CatalogueMove[] {
  return [
    {
      id: 'yawn-stretch',
      name: 'move_yawn_stretch_name',
      purpose: 'move_yawn_stretch_purpose',
      kind: 'release',
      target: 'whole-body',
      sides: 'none',
      // A whole-body contract-then-release (a yawn-stretch): the brief's 3 rounds, 10 s each,
      // 2 s to reach, 2 s to hold, 6 s to let go.
      dose: { type: 'reps', reps: 3, secondsPerRep: 10, holdSeconds: 2 },
      cues: ['move_yawn_stretch_cue_1', 'move_yawn_stretch_cue_2', 'move_yawn_stretch_cue_3'],
      needsFloor: false,
      position: 'standing',
      illustration: 'yawn-stretch.svg',
    },
    {
      id: 'eyes-distance-focus',
      name: 'move_eyes_distance_focus_name',
      purpose: 'move_eyes_distance_focus_purpose',
      kind: 'release',
      target: 'eyes',
      sides: 'none',
      // 20 s of looking far away: the common screen-work advice for resting the eyes.
      dose: { type: 'hold', seconds: 20 },
      cues: [
        'move_eyes_distance_focus_cue_1',
        'move_eyes_distance_focus_cue_2',
        'move_eyes_distance_focus_cue_3',
      ],
      needsFloor: false,
      position: 'seated',
      illustration: 'eyes-distance-focus.svg',
    },
    {
      id: 'walk',
      name: 'move_walk_name',
      purpose: 'move_walk_purpose',
      kind: 'mobilise',
      target: 'whole-body',
      sides: 'none',
      // Two minutes: the length of the one-click break. Walking is a break in itself.
      dose: { type: 'hold', seconds: 120 },
      cues: ['move_walk_cue_1', 'move_walk_cue_2'],
      needsFloor: false,
      position: 'standing',
      illustration: 'walk.svg',
    },
    {
      id: 'posture-reset',
      name: 'move_posture_reset_name',
      purpose: 'move_posture_reset_purpose',
      kind: 'posture',
      target: 'posture',
      sides: 'none',
      // A short version of the posture check for the end of every break.
      dose: { type: 'hold', seconds: 10 },
      cues: ['move_posture_reset_cue_1', 'move_posture_reset_cue_2', 'move_posture_reset_cue_3'],
      needsFloor: false,
      position: 'seated',
      illustration: 'seated-posture.svg',
    },
  ];
}

/**
 * The ten moves of the brief's table. The catalogue adds the one-step `posture-reset` that
 * closes every break, and moves for the screen worker's back, neck and eyes, and a walk.
 */
export const TABLE_MOVE_IDS = [
  'sit-to-stand-tail-tuck',
  'quad-stretch-standing',
  'hip-flexor-split-stance',
  'glute-squeeze-standing',
  'hip-extension-standing',
  'figure-four-seated',
  'glute-bridge',
  'doorway-chest-stretch',
  'upper-back-extension-chair',
  'back-contract-release',
] as const satisfies readonly MoveId[];

const moveById = lazy(
  (): ReadonlyMap<MoveId, CatalogueMove> => new Map(moves().map((move) => [move.id, move])),
);

/** The move with this id. Throws if the catalogue lacks it (a programming error). */
export function getMove(id: MoveId): CatalogueMove {
  const move = moveById().get(id);
  if (move === undefined) throw new Error(`Unknown move: ${id}`);
  return move;
}

/**
 * The seated posture check: seven checkpoints, one at a time, 60 s in all.
 * Balance, not bracing: each cue asks for ease, never for holding yourself stiff.
 */
export const postureCheck = lazy((): readonly Checkpoint[] => [
  {
    id: 'feet-flat',
    title: 'check_feet_flat_title',
    cues: ['check_feet_flat_cue_1', 'check_feet_flat_cue_2'],
    seconds: 8,
    illustration: 'posture-feet.svg',
  },
  {
    id: 'backrest',
    title: 'check_backrest_title',
    cues: ['check_backrest_cue_1', 'check_backrest_cue_2', 'check_backrest_cue_3'],
    seconds: 8,
    illustration: 'posture-backrest.svg',
  },
  {
    id: 'level-hips',
    title: 'check_level_hips_title',
    cues: ['check_level_hips_cue_1', 'check_level_hips_cue_2', 'check_level_hips_cue_3'],
    // 10 s: three things to check, and uneven sitting matters for sciatic pain.
    seconds: 10,
    illustration: 'posture-hips.svg',
  },
  {
    id: 'head-balanced',
    title: 'check_head_balanced_title',
    cues: ['check_head_balanced_cue_1', 'check_head_balanced_cue_2', 'check_head_balanced_cue_3'],
    // 10 s: the head is where most screen tension starts.
    seconds: 10,
    illustration: 'posture-head.svg',
  },
  {
    id: 'shoulders-easy',
    title: 'check_shoulders_easy_title',
    cues: ['check_shoulders_easy_cue_1', 'check_shoulders_easy_cue_2'],
    seconds: 8,
    illustration: 'posture-shoulders.svg',
  },
  {
    id: 'desk-and-screen',
    title: 'check_desk_and_screen_title',
    cues: [
      'check_desk_and_screen_cue_1',
      'check_desk_and_screen_cue_2',
      'check_desk_and_screen_cue_3',
    ],
    seconds: 8,
    illustration: 'posture-screen.svg',
  },
  {
    id: 'slow-breath',
    title: 'check_slow_breath_title',
    cues: ['check_slow_breath_cue_1', 'check_slow_breath_cue_2', 'check_slow_breath_cue_3'],
    seconds: 8,
    illustration: 'posture-breath.svg',
  },
]);
