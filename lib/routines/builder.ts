import type { MessageKey } from '../i18n';
import { type CatalogueMove, getMove, type MoveId, postureCheck } from './catalogue';
import type {
  CheckpointStep,
  MoveStep,
  Position,
  Routine,
  RoutineKind,
  Step,
  StepSide,
} from './schema';

/**
 * Builds routines from the catalogue. Pure and deterministic: the same kind and
 * options always give the same routine. No browser APIs.
 *
 * Timing model (kept simple on purpose): every step has a lead-in (`prepSeconds`,
 * shown with `prepLabel`) and a working time (`seconds`).
 * - Switching sides within a move: 3 s, "Switch sides".
 * - Next move in the same position: 3 s, "Get ready" (5 s for the first move, to read).
 * - Standing up or sitting down: 5 s. Getting down to the floor: 10 s. Getting up: 5 s.
 * - Posture-check checkpoints flow into each other: 0 s.
 * The user starts every routine seated at the desk.
 */

export interface BuildOptions {
  /** Floor moves (the glute bridge) are only used when this is true. */
  allowFloor: boolean;
  /** How many routines of this kind the user finished (0, 1, 2, ...). Picks the rotation lap. */
  rotationIndex: number;
}

const PREP_FIRST_SECONDS = 5;
const PREP_SAME_POSITION_SECONDS = 3;
const PREP_SWITCH_SIDES_SECONDS = 3;
const PREP_CHANGE_POSITION_SECONDS = 5;
const PREP_TO_FLOOR_SECONDS = 10;

const ROUTINE_TITLES: Record<RoutineKind, MessageKey> = {
  'two-minute': 'routine_title_two_minute',
  'posture-check': 'routine_title_posture_check',
  'hip-flexors': 'routine_title_hip_flexors',
  glutes: 'routine_title_glutes',
  'back-and-neck': 'routine_title_back_and_neck',
  'seated-break': 'routine_title_seated_break',
  walk: 'routine_title_walk',
};

/**
 * Two-minute break rotation: a cycle of four laps; the `i`-th completed two-minute break
 * is followed by lap `i % 4`.
 *
 * Every lap keeps the brief's shape, in this order: a hip-flexor stretch on both sides
 * (lengthen the tight side first), then one glute move (then wake the weak side), then at
 * most one extra, then a posture reset as you sit back down. The stretch alternates between
 * the quad stretch and the split-stance stretch; the glute moves and the extras come round
 * once each, so any four consecutive breaks hold every move this routine uses.
 *
 * At the desk, never on the floor: the bridge stays in the focus routines. No glute stretch
 * (figure-4) here either: after sitting the glutes want waking, not lengthening; and no
 * two-sided extra, which would not fit two minutes.
 *
 * The glute move is paired with the extra to keep each lap between 105 and 125 s with its
 * lead-ins: the two-sided hip extension (54 s) takes no extra, the sit-to-stand (35 s) the
 * shortest one. Totals: 123 s, 119 s, 117 s, 123 s.
 */
interface TwoMinuteLap {
  stretch: MoveId;
  strengthen: MoveId;
  extra?: MoveId;
}

const TWO_MINUTE_LAPS: readonly TwoMinuteLap[] = [
  {
    stretch: 'quad-stretch-standing',
    strengthen: 'glute-squeeze-standing',
    extra: 'back-contract-release',
  },
  {
    stretch: 'hip-flexor-split-stance',
    strengthen: 'sit-to-stand-tail-tuck',
    extra: 'upper-back-extension-chair',
  },
  {
    stretch: 'quad-stretch-standing',
    strengthen: 'hip-extension-standing',
  },
  {
    stretch: 'hip-flexor-split-stance',
    strengthen: 'glute-squeeze-standing',
    extra: 'neck-shoulder-release',
  },
];

/** The two hip-flexor stretches, in the order the focus routines alternate them. */
const HIP_FLEXOR_STRETCHES: readonly MoveId[] = [
  'quad-stretch-standing',
  'hip-flexor-split-stance',
];

/**
 * Hip-flexor focus: both hip-flexor stretches (their order alternates, `i % 2`), then one
 * glute move to switch the glutes on after lengthening (`i % 3`, or `i % 4` with the
 * bridge, which also opens the front of the hips), then the posture reset.
 * About 136–163 s.
 */
const HIP_FLEXOR_ACTIVATION: readonly MoveId[] = [
  'glute-squeeze-standing',
  'hip-extension-standing',
  'sit-to-stand-tail-tuck',
];
const HIP_FLEXOR_ACTIVATION_WITH_FLOOR: readonly MoveId[] = [
  'glute-bridge',
  'glute-squeeze-standing',
  'hip-extension-standing',
  'sit-to-stand-tail-tuck',
];

/**
 * Glute focus: one hip-flexor stretch first (alternating, `i % 2`), because tight hip
 * flexors stop the glutes from working; then two glute moves from a rotating list of
 * pairs (`i % pairs`), then the figure-4 (the glutes get a stretch only once they have
 * worked), then the posture reset.
 */
const GLUTE_PAIRS: readonly (readonly [MoveId, MoveId])[] = [
  ['glute-squeeze-standing', 'hip-extension-standing'],
  ['sit-to-stand-tail-tuck', 'glute-squeeze-standing'],
  ['hip-extension-standing', 'sit-to-stand-tail-tuck'],
];
const GLUTE_PAIRS_WITH_FLOOR: readonly (readonly [MoveId, MoveId])[] = [
  ['glute-squeeze-standing', 'hip-extension-standing'],
  ['sit-to-stand-tail-tuck', 'glute-bridge'],
  ['hip-extension-standing', 'sit-to-stand-tail-tuck'],
  ['glute-bridge', 'glute-squeeze-standing'],
];

/**
 * Back and neck, for the screen worker's upper body: the side reach (lats and lower back)
 * first, then either the chest stretch and the upper-back extension, or the whole-body
 * yawn-stretch and the neck-and-shoulder release (`i % 2`); then the posture reset.
 * Lengthening still comes first; nothing here strengthens.
 */
const BACK_AND_NECK_LAPS: readonly (readonly MoveId[])[] = [
  ['standing-side-reach', 'doorway-chest-stretch', 'upper-back-extension-chair'],
  ['standing-side-reach', 'yawn-stretch', 'neck-shoulder-release'],
];

/** "I can't stand now": rest the eyes, then let the shoulders go, without leaving the chair. */
const SEATED_BREAK: readonly MoveId[] = ['eyes-distance-focus', 'neck-shoulder-release'];

const POSTURE_RESET: MoveId = 'posture-reset';

/** Build a routine of the given kind for the given break number. */
export function buildRoutine(kind: RoutineKind, options: BuildOptions): Routine {
  const { allowFloor, rotationIndex } = options;
  if (!Number.isSafeInteger(rotationIndex) || rotationIndex < 0) {
    throw new RangeError(`rotationIndex must be a non-negative integer, got ${rotationIndex}`);
  }
  const id = `${kind}-${rotationIndex}${allowFloor ? '-floor' : ''}`;
  const title = ROUTINE_TITLES[kind];

  if (kind === 'posture-check') {
    return { id, kind, title, steps: postureCheckSteps() };
  }

  // The plans name their moves in the order they are done; floor moves only where allowed
  // (the filter is a backstop: the plans only name the bridge when floor moves are allowed).
  const planned = planMoves(kind, allowFloor, rotationIndex)
    .map((moveId) => getMove(moveId))
    .filter((m) => allowFloor || !m.needsFloor);
  return { id, kind, title, steps: moveSteps(planned) };
}

/** Planned length of a routine in seconds: every lead-in plus every working time. */
export function routineSeconds(routine: Routine): number {
  return routine.steps.reduce((total, step) => total + stepSeconds(step), 0);
}

/** Planned length of one step in seconds: lead-in plus working time. */
export function stepSeconds(step: Step): number {
  return step.prepSeconds + step.seconds;
}

/** How many laps a kind's rotation has: after that many completed runs it starts again. */
export function rotationLength(kind: RoutineKind, allowFloor: boolean): number {
  switch (kind) {
    case 'two-minute':
      return TWO_MINUTE_LAPS.length;
    case 'hip-flexors':
      return allowFloor ? HIP_FLEXOR_ACTIVATION_WITH_FLOOR.length : 6;
    case 'glutes':
      return allowFloor ? GLUTE_PAIRS_WITH_FLOOR.length : 6;
    case 'back-and-neck':
      return BACK_AND_NECK_LAPS.length;
    default:
      return 1;
  }
}

function pick<T>(list: readonly T[], rotationIndex: number): T {
  const item = list[rotationIndex % list.length];
  if (item === undefined) throw new Error('Rotation list is empty');
  return item;
}

function planMoves(
  kind: Exclude<RoutineKind, 'posture-check'>,
  allowFloor: boolean,
  rotationIndex: number,
): MoveId[] {
  switch (kind) {
    case 'two-minute': {
      const lap = pick(TWO_MINUTE_LAPS, rotationIndex);
      return [lap.stretch, lap.strengthen, ...(lap.extra ? [lap.extra] : []), POSTURE_RESET];
    }
    case 'hip-flexors': {
      const first = pick(HIP_FLEXOR_STRETCHES, rotationIndex);
      const second = pick(HIP_FLEXOR_STRETCHES, rotationIndex + 1);
      const activation = pick(
        allowFloor ? HIP_FLEXOR_ACTIVATION_WITH_FLOOR : HIP_FLEXOR_ACTIVATION,
        rotationIndex,
      );
      return [first, second, activation, POSTURE_RESET];
    }
    case 'glutes': {
      const stretch = pick(HIP_FLEXOR_STRETCHES, rotationIndex);
      const pair = pick(allowFloor ? GLUTE_PAIRS_WITH_FLOOR : GLUTE_PAIRS, rotationIndex);
      return [stretch, ...pair, 'figure-four-seated', POSTURE_RESET];
    }
    case 'back-and-neck':
      return [...pick(BACK_AND_NECK_LAPS, rotationIndex), POSTURE_RESET];
    case 'seated-break':
      return [...SEATED_BREAK];
    case 'walk':
      return ['walk'];
  }
}

const SIDE_LABELS: Record<StepSide, MessageKey | null> = {
  none: null,
  left: 'step_side_left',
  right: 'step_side_right',
};

function prepFor(from: Position | null, to: Position): { seconds: number; label: MessageKey } {
  if (from === null) {
    if (to === 'floor') return { seconds: PREP_TO_FLOOR_SECONDS, label: 'prep_floor' };
    if (to === 'standing') return { seconds: PREP_FIRST_SECONDS, label: 'prep_stand_up' };
    return { seconds: PREP_FIRST_SECONDS, label: 'prep_get_ready' };
  }
  if (from === to) return { seconds: PREP_SAME_POSITION_SECONDS, label: 'prep_get_ready' };
  if (to === 'floor') return { seconds: PREP_TO_FLOOR_SECONDS, label: 'prep_floor' };
  if (to === 'standing') {
    return {
      seconds: PREP_CHANGE_POSITION_SECONDS,
      label: from === 'floor' ? 'prep_get_up' : 'prep_stand_up',
    };
  }
  return { seconds: PREP_CHANGE_POSITION_SECONDS, label: 'prep_sit_down' };
}

/** The catalogue's moves as steps: one per move, or left then right for two-sided moves. */
function moveSteps(ordered: readonly CatalogueMove[]): MoveStep[] {
  const steps: MoveStep[] = [];
  // null: the start of the routine (you are at the desk; the first lead-in also gives
  // time to read the first move).
  let position: Position | null = null;
  for (const move of ordered) {
    const sides: readonly StepSide[] = move.sides === 'both' ? ['left', 'right'] : ['none'];
    sides.forEach((side, sideIndex) => {
      const prep: { seconds: number; label: MessageKey } =
        sideIndex === 0
          ? prepFor(position, move.position)
          : { seconds: PREP_SWITCH_SIDES_SECONDS, label: 'prep_switch_sides' };
      steps.push(moveStep(move, side, sideIndex > 0, prep));
    });
    position = move.position;
  }
  return steps;
}

function moveStep(
  move: CatalogueMove,
  side: StepSide,
  isSecondSide: boolean,
  prep: { seconds: number; label: MessageKey },
): MoveStep {
  const { dose } = move;
  const step: MoveStep = {
    source: 'move',
    moveId: move.id,
    id: side === 'none' ? move.id : `${move.id}-${side}`,
    kind: move.kind,
    title: move.name,
    side,
    sideLabel: SIDE_LABELS[side],
    cueLines: [...move.cues],
    purpose: move.purpose,
    illustration: `/moves/${move.illustration}`,
    // The pictures show the left side; the right side is its mirror image.
    mirrored: side === 'right',
    position: move.position,
    needsFloor: move.needsFloor,
    prepSeconds: prep.seconds,
    prepLabel: prep.label,
    seconds: dose.type === 'hold' ? dose.seconds : dose.reps * dose.secondsPerRep,
  };
  if (dose.type === 'reps') {
    step.reps = { count: dose.reps, secondsPerRep: dose.secondsPerRep };
    if (dose.holdSeconds !== undefined) step.reps.holdSeconds = dose.holdSeconds;
  }
  if (side !== 'none' && move.limbs !== undefined) step.limbLine = move.limbs[side];
  if (move.caution !== undefined) step.caution = move.caution;
  if (isSecondSide && move.sideNote !== undefined) step.note = move.sideNote;
  return step;
}

function postureCheckSteps(): CheckpointStep[] {
  return postureCheck().map((checkpoint, index) => ({
    source: 'checkpoint',
    checkpointId: checkpoint.id,
    id: checkpoint.id,
    kind: 'posture',
    title: checkpoint.title,
    side: 'none',
    sideLabel: null,
    cueLines: [...checkpoint.cues],
    illustration: `/moves/${checkpoint.illustration}`,
    mirrored: false,
    position: 'seated',
    needsFloor: false,
    // Checkpoints flow into each other: you are already in your chair.
    prepSeconds: 0,
    prepLabel: index === 0 ? 'prep_get_ready' : 'prep_next',
    seconds: checkpoint.seconds,
  }));
}
