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
 */

const NOTICE_TIGHTER = 'Notice which side feels tighter.';

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
  'posture-reset',
] as const;
export type MoveId = (typeof MOVE_IDS)[number];

/** A move of this catalogue: its id is one of `MOVE_IDS`. */
export type CatalogueMove = Move & { id: MoveId };

export const moves: readonly CatalogueMove[] = [
  {
    id: 'quad-stretch-standing',
    name: 'Standing quad stretch',
    purpose: 'Lengthens the front of your hip and thigh.',
    kind: 'lengthen',
    target: 'hip-flexors',
    sides: 'both',
    // Brief: 20–30 s per side. 20 s: the low end keeps the break near two minutes, and
    // the stretch comes back several times a day.
    dose: { type: 'hold', seconds: 20 },
    cues: [
      'Hold the desk with one hand.',
      'Catch your ankle behind you.',
      'Point your knee at the floor.',
      'Tuck your tail until the front of your hip opens.',
    ],
    sideNote: NOTICE_TIGHTER,
    needsFloor: false,
    position: 'standing',
    illustration: 'quad-stretch-standing.svg',
  },
  {
    id: 'hip-flexor-split-stance',
    name: 'Split-stance hip-flexor stretch',
    purpose: 'Lengthens the deep hip flexor that sitting keeps short.',
    kind: 'lengthen',
    target: 'hip-flexors',
    sides: 'both',
    // Brief: 20–30 s per side. 20 s, for the same reason as the quad stretch.
    dose: { type: 'hold', seconds: 20 },
    cues: [
      'Step one foot far back.',
      'Keep your back leg long.',
      'Tuck your tail.',
      'Shift forward a little without arching your lower back.',
    ],
    sideNote: NOTICE_TIGHTER,
    needsFloor: false,
    position: 'standing',
    illustration: 'hip-flexor-split-stance.svg',
  },
  {
    id: 'figure-four-seated',
    name: 'Seated figure-4 stretch',
    purpose: 'Lengthens your glute and the deep muscle beneath it.',
    kind: 'lengthen',
    target: 'glutes',
    sides: 'both',
    // Brief: 20–30 s per side. 20 s keeps it inside a two-minute break.
    dose: { type: 'hold', seconds: 20 },
    cues: [
      'Rest one ankle on the opposite knee.',
      'Lengthen your back.',
      'Lean forward from your hips.',
      'Stop at a gentle stretch in your buttock.',
    ],
    sideNote: NOTICE_TIGHTER,
    needsFloor: false,
    position: 'seated',
    illustration: 'figure-four-seated.svg',
  },
  {
    id: 'doorway-chest-stretch',
    name: 'Doorway chest stretch',
    purpose: 'Opens a chest that hunching has shortened.',
    kind: 'lengthen',
    target: 'chest',
    sides: 'both',
    // Brief: 20 s per side (no range).
    dose: { type: 'hold', seconds: 20 },
    cues: [
      'Rest your forearm on a door frame at shoulder height.',
      'Step forward until your chest opens.',
      'Keep your shoulder low and easy.',
    ],
    sideNote: NOTICE_TIGHTER,
    needsFloor: false,
    position: 'standing',
    illustration: 'doorway-chest-stretch.svg',
  },
  {
    id: 'sit-to-stand-tail-tuck',
    name: 'Sit-to-stand with a tail tuck',
    purpose: 'Teaches your glutes to stand you up without arching your lower back.',
    kind: 'strengthen',
    target: 'glutes',
    sides: 'none',
    // Brief: 5 slow reps. 5 s each: about 2 s to rise, 1 s squeeze at the top (the
    // hold), 2 s to sit down with control.
    dose: { type: 'reps', reps: 5, secondsPerRep: 5, holdSeconds: 1 },
    cues: [
      'Sit near the front of your chair.',
      'Tuck your tail as you stand up.',
      'Squeeze your glutes at the top.',
      'Sit back down slowly.',
    ],
    needsFloor: false,
    position: 'seated',
    illustration: 'sit-to-stand-tail-tuck.svg',
  },
  {
    id: 'glute-squeeze-standing',
    name: 'Standing glute squeeze',
    purpose: 'Wakes up glutes that sitting has switched off.',
    kind: 'strengthen',
    target: 'glutes',
    sides: 'none',
    // Brief: 8–10 squeezes, 2 s hold. 8 keeps the break near two minutes; each rep is
    // the 2 s hold plus 1 s to let go fully.
    dose: { type: 'reps', reps: 8, secondsPerRep: 3, holdSeconds: 2 },
    cues: [
      'Stand tall with your feet hip-width apart.',
      'Tuck your tail.',
      'Squeeze your glutes for two seconds.',
      'Let go completely.',
    ],
    needsFloor: false,
    position: 'standing',
    illustration: 'glute-squeeze-standing.svg',
  },
  {
    id: 'hip-extension-standing',
    name: 'Standing hip extension',
    purpose: 'Switches on your glutes without help from your lower back.',
    kind: 'strengthen',
    target: 'glutes',
    sides: 'both',
    // Brief: 8 per side. 2 s per rep: leg back with a squeeze, then back down.
    dose: { type: 'reps', reps: 8, secondsPerRep: 2 },
    cues: [
      'Rest one hand on the desk.',
      'Take one straight leg back.',
      'Squeeze your glute at the end.',
      'Keep your lower back still.',
    ],
    sideNote: 'Notice which glute is harder to switch on.',
    needsFloor: false,
    position: 'standing',
    illustration: 'hip-extension-standing.svg',
  },
  {
    id: 'glute-bridge',
    name: 'Glute bridge',
    purpose: 'Works your glutes and hamstrings and opens the front of your hips.',
    kind: 'strengthen',
    target: 'glutes',
    sides: 'none',
    // Brief: 8–10 reps. 8 to fit the break; 3 s each: lift, 1 s hold at the top, lower.
    dose: { type: 'reps', reps: 8, secondsPerRep: 3, holdSeconds: 1 },
    cues: [
      'Lie on your back with your knees bent.',
      'Tuck your tail.',
      'Lift your hips until knees, hips and shoulders line up.',
      'Lower slowly.',
    ],
    needsFloor: true,
    position: 'floor',
    illustration: 'glute-bridge.svg',
  },
  {
    id: 'upper-back-extension-chair',
    name: 'Upper-back extension over the chair',
    purpose: 'Loosens a stiff, rounded upper back.',
    kind: 'mobilise',
    target: 'upper-back',
    sides: 'none',
    // Brief: 5 slow reps. 4 s each: 2 s to arch back, 2 s to return.
    dose: { type: 'reps', reps: 5, secondsPerRep: 4 },
    cues: [
      'Cup your hands behind your head.',
      'Keep your ribs down.',
      'Arch your upper back over the backrest.',
      'Come back up slowly.',
    ],
    needsFloor: false,
    position: 'seated',
    illustration: 'upper-back-extension-chair.svg',
  },
  {
    id: 'back-contract-release',
    name: 'Slow contract-and-release',
    purpose: 'Teaches your back to let go of tension it holds out of habit.',
    kind: 'release',
    target: 'whole-back',
    sides: 'none',
    // Brief: 3 rounds; tighten a few seconds, release over 5–10 s, rest. 11 s per round:
    // 3 s to tighten (the hold), 6 s to let go, 2 s to rest. The slow release is the point,
    // so it gets the most time.
    dose: { type: 'reps', reps: 3, secondsPerRep: 11, holdSeconds: 3 },
    cues: [
      'Gently arch and tighten your back.',
      'Let go very slowly, over about six seconds.',
      'Notice your back soften as you rest.',
    ],
    needsFloor: false,
    position: 'seated',
    illustration: 'back-contract-release.svg',
  },
  {
    id: 'posture-reset',
    name: 'Posture reset',
    purpose: 'Sets you up to sit with ease, not effort.',
    kind: 'posture',
    target: 'posture',
    sides: 'none',
    // A short version of the posture check for the end of every break.
    dose: { type: 'hold', seconds: 10 },
    cues: [
      'Sit all the way back in your chair.',
      'Put both feet flat on the floor.',
      'Let your head rest on top of your spine.',
    ],
    needsFloor: false,
    position: 'seated',
    illustration: 'seated-posture.svg',
  },
];

/**
 * The ten moves of the brief's table. The catalogue adds one more, `posture-reset`,
 * the one-step reset that closes every break.
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

const moveById: ReadonlyMap<MoveId, CatalogueMove> = new Map(moves.map((move) => [move.id, move]));

/** The move with this id. Throws if the catalogue lacks it (a programming error). */
export function getMove(id: MoveId): CatalogueMove {
  const move = moveById.get(id);
  if (move === undefined) throw new Error(`Unknown move: ${id}`);
  return move;
}

/**
 * The seated posture check: seven checkpoints, one at a time, 60 s in all.
 * Balance, not bracing: each cue asks for ease, never for holding yourself stiff.
 */
export const postureCheck: readonly Checkpoint[] = [
  {
    id: 'feet-flat',
    title: 'Feet flat',
    cues: [
      'Put both feet flat on the floor.',
      'Let your hips and knees bend to about a right angle.',
    ],
    seconds: 8,
    illustration: 'posture-feet.svg',
  },
  {
    id: 'backrest',
    title: 'Lean on the backrest',
    cues: ['Sit all the way back.', 'Let the backrest hold you up.', 'Let your hips go soft.'],
    seconds: 8,
    illustration: 'posture-backrest.svg',
  },
  {
    id: 'level-hips',
    title: 'Level hips',
    cues: [
      'Uncross your legs.',
      'Spread your weight evenly over both sit bones.',
      'Turn your hips square to the desk.',
    ],
    // 10 s: three things to check, and uneven sitting matters for sciatic pain.
    seconds: 10,
    illustration: 'posture-hips.svg',
  },
  {
    id: 'head-balanced',
    title: 'Head balanced',
    cues: [
      'Bring your head back over your shoulders.',
      'Let it rest on top of your spine.',
      'Soften your jaw and neck.',
    ],
    // 10 s: the head is where most screen tension starts.
    seconds: 10,
    illustration: 'posture-head.svg',
  },
  {
    id: 'shoulders-easy',
    title: 'Shoulders easy',
    cues: ['Let your shoulder blades slide gently back and down.', 'Let your chest open.'],
    seconds: 8,
    illustration: 'posture-shoulders.svg',
  },
  {
    id: 'desk-and-screen',
    title: 'Desk and screen',
    cues: [
      'Check that your elbows rest just above the desk.',
      'Check that your eyes line up with the top of the screen.',
      'If not, adjust your chair or screen after the break.',
    ],
    seconds: 8,
    illustration: 'posture-screen.svg',
  },
  {
    id: 'slow-breath',
    title: 'One slow breath',
    cues: ['Breathe in slowly.', 'Breathe out slowly.', 'Notice where you still hold tension.'],
    seconds: 8,
    illustration: 'posture-breath.svg',
  },
];
