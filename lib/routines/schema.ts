import type { MessageKey } from '../i18n';
import { z } from '../zod';
import { ROUTINE_KINDS } from './kinds';

/**
 * Routine content model. The zod schemas are the source of truth: every type here is
 * inferred from its schema, so the catalogue, the builder and the tests share one
 * definition.
 */

/** Lower-case words joined by single hyphens: `hip-flexor-split-stance`. */
export const kebabIdSchema = z
  .string()
  .check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Use a kebab-case id, e.g. "glute-bridge"'));

/** A file name inside `public/moves/`, e.g. `glute-bridge.svg`. */
export const illustrationFileSchema = z
  .string()
  .check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*\.svg$/, 'Use a kebab-case .svg file name'));

/**
 * User-facing text, as the key of a message in public/_locales (a cue, a note, a title): the
 * words are looked up in the user's language where they are shown. Whether every key exists
 * in every language is checked by the catalogue and locale tests, which read the files.
 */
export const messageKeySchema = z.custom<MessageKey>(
  (value) => typeof value === 'string' && /^[a-z0-9]+(?:_[a-z0-9]+)*$/.test(value),
  'Use a snake_case message key, e.g. "move_glute_bridge_name"',
);
const shortTextSchema = messageKeySchema;

/** Whole seconds, at least one. */
const secondsSchema = z.int().check(z.minimum(1));

export const moveKindSchema = z.enum(['posture', 'lengthen', 'strengthen', 'mobilise', 'release']);
export type MoveKind = z.infer<typeof moveKindSchema>;

export const targetSchema = z.enum([
  'hip-flexors',
  'glutes',
  'chest',
  'upper-back',
  'whole-back',
  'side-body',
  'neck-shoulders',
  'eyes',
  'whole-body',
  'posture',
]);
export type Target = z.infer<typeof targetSchema>;

export const positionSchema = z.enum(['seated', 'standing', 'floor']);
export type Position = z.infer<typeof positionSchema>;

/** `none`: done once, symmetrically. `both`: done once per side (left, then right). */
export const sidesSchema = z.enum(['none', 'both']);
export type Sides = z.infer<typeof sidesSchema>;

/** A static hold. For a two-sided move, `seconds` is per side. */
export const holdDoseSchema = z.object({
  type: z.literal('hold'),
  seconds: secondsSchema,
});

/**
 * Repetitions at a steady pace. For a two-sided move, `reps` is per side.
 * `secondsPerRep` is the whole rep (including any hold), so a set lasts
 * `reps * secondsPerRep` seconds. `holdSeconds` is the squeeze or hold inside each rep.
 */
export const repsDoseSchema = z
  .object({
    type: z.literal('reps'),
    reps: z.int().check(z.minimum(1), z.maximum(20)),
    secondsPerRep: secondsSchema.check(z.maximum(20)),
    holdSeconds: z.optional(secondsSchema),
  })
  .check(
    z.refine((dose) => dose.holdSeconds === undefined || dose.holdSeconds < dose.secondsPerRep, {
      error: 'holdSeconds must be shorter than secondsPerRep',
      path: ['holdSeconds'],
    }),
  );

export const doseSchema = z.discriminatedUnion('type', [holdDoseSchema, repsDoseSchema]);
export type Dose = z.infer<typeof doseSchema>;

export const moveSchema = z
  .object({
    id: kebabIdSchema,
    name: shortTextSchema,
    /** One line on what the move does for you. */
    purpose: shortTextSchema,
    kind: moveKindSchema,
    target: targetSchema,
    sides: sidesSchema,
    dose: doseSchema,
    cues: z.array(shortTextSchema).check(z.minLength(1), z.maxLength(4)),
    /** Shown on the second side of a two-sided move. */
    sideNote: z.optional(shortTextSchema),
    /**
     * For a two-sided move, the line that names the working limb on each side ("Left leg
     * back."): "Left side" alone does not say which leg or arm.
     */
    limbs: z.optional(z.object({ left: shortTextSchema, right: shortTextSchema })),
    /** A safety line or an easier variant, shown with every step of the move. */
    caution: z.optional(shortTextSchema),
    needsFloor: z.boolean(),
    position: positionSchema,
    illustration: illustrationFileSchema,
  })
  .check(
    z.refine((move) => move.needsFloor === (move.position === 'floor'), {
      error: 'needsFloor must be true exactly for floor moves',
      path: ['needsFloor'],
    }),
    z.refine((move) => move.sideNote === undefined || move.sides === 'both', {
      error: 'sideNote only makes sense for a two-sided move',
      path: ['sideNote'],
    }),
    z.refine((move) => (move.limbs !== undefined) === (move.sides === 'both'), {
      error: 'a two-sided move names its limb on each side, and only a two-sided move',
      path: ['limbs'],
    }),
  );
export type Move = z.infer<typeof moveSchema>;

export const checkpointSchema = z.object({
  id: kebabIdSchema,
  title: shortTextSchema,
  /** One to three short lines, one action each. */
  cues: z.array(shortTextSchema).check(z.minLength(1), z.maxLength(3)),
  seconds: secondsSchema.check(z.maximum(20)),
  illustration: illustrationFileSchema,
});
export type Checkpoint = z.infer<typeof checkpointSchema>;

export const postureCheckSchema = z.array(checkpointSchema).check(
  z.minLength(1),
  z.refine((list) => new Set(list.map((c) => c.id)).size === list.length, {
    error: 'checkpoint ids must be unique',
  }),
);
export type PostureCheck = z.infer<typeof postureCheckSchema>;

export const catalogueSchema = z.array(moveSchema).check(
  z.minLength(1),
  z.refine((list) => new Set(list.map((m) => m.id)).size === list.length, {
    error: 'move ids must be unique',
  }),
);
export type Catalogue = z.infer<typeof catalogueSchema>;

export const safetyLineSchema = z.object({
  id: kebabIdSchema,
  text: messageKeySchema,
});
export type SafetyLine = z.infer<typeof safetyLineSchema>;

// ---------------------------------------------------------------------------
// Built routines
// ---------------------------------------------------------------------------

export const routineKindSchema = z.enum(ROUTINE_KINDS);
export type RoutineKind = z.infer<typeof routineKindSchema>;

export const stepSideSchema = z.enum(['none', 'left', 'right']);
export type StepSide = z.infer<typeof stepSideSchema>;

/** Pace of a reps step: `count` reps of `secondsPerRep` each (hold included). */
export const stepRepsSchema = z.object({
  count: z.int().check(z.minimum(1)),
  secondsPerRep: secondsSchema,
  holdSeconds: z.optional(secondsSchema),
});
export type StepReps = z.infer<typeof stepRepsSchema>;

/**
 * Fields every step carries, so a player can render a step without any lookup.
 *
 * Timing: the player first shows `prepLabel` for `prepSeconds` (time to get into
 * position, switch sides or sit back down; 0 means start at once), then runs the step
 * for `seconds`. The planned length of a step is `prepSeconds + seconds`.
 */
const stepFields = {
  /** Unique within the routine, e.g. `quad-stretch-standing-left`. */
  id: z.string().check(z.minLength(1)),
  kind: moveKindSchema,
  title: shortTextSchema,
  side: stepSideSchema,
  /** The key of "Left side" / "Right side", or null for a symmetric step. */
  sideLabel: z.nullable(shortTextSchema),
  cueLines: z.array(shortTextSchema).check(z.minLength(1), z.maxLength(4)),
  /** Extra line for this step only, e.g. `move_side_note_tighter`. */
  note: z.optional(shortTextSchema),
  /** For a left or right step: the working limb in words ("Left leg back."). */
  limbLine: z.optional(shortTextSchema),
  /** What the move does for you, shown while the user decides whether to do it. */
  purpose: z.optional(shortTextSchema),
  /** A safety line or an easier variant for this move. */
  caution: z.optional(shortTextSchema),
  /** The right side shows the left side's picture mirrored. */
  mirrored: z.boolean(),
  /** Path of the illustration inside the extension, e.g. `/moves/glute-bridge.svg`. */
  illustration: z.string().check(z.regex(/^\/moves\/[a-z0-9-]+\.svg$/)),
  position: positionSchema,
  needsFloor: z.boolean(),
  prepSeconds: z.int().check(z.minimum(0)),
  prepLabel: shortTextSchema,
  /** Planned working time in seconds (for reps: count * secondsPerRep). */
  seconds: secondsSchema,
  reps: z.optional(stepRepsSchema),
};

const checkRepsSeconds = (step: { seconds: number; reps?: StepReps | undefined }): boolean =>
  step.reps === undefined || step.seconds === step.reps.count * step.reps.secondsPerRep;
const repsMessage = { error: 'seconds must equal reps.count * reps.secondsPerRep' };

export const moveStepSchema = z
  .object({ source: z.literal('move'), moveId: kebabIdSchema, ...stepFields })
  .check(z.refine(checkRepsSeconds, repsMessage));

export const checkpointStepSchema = z
  .object({ source: z.literal('checkpoint'), checkpointId: kebabIdSchema, ...stepFields })
  .check(z.refine(checkRepsSeconds, repsMessage));

export const stepSchema = z.discriminatedUnion('source', [moveStepSchema, checkpointStepSchema]);
export type Step = z.infer<typeof stepSchema>;
export type MoveStep = z.infer<typeof moveStepSchema>;
export type CheckpointStep = z.infer<typeof checkpointStepSchema>;

export const routineSchema = z
  .object({
    /** Deterministic: `${kind}-${rotationIndex}` plus `-floor` when floor moves were allowed. */
    id: z.string().check(z.minLength(1)),
    kind: routineKindSchema,
    title: shortTextSchema,
    steps: z.array(stepSchema).check(z.minLength(1)),
  })
  .check(
    z.refine((routine) => new Set(routine.steps.map((s) => s.id)).size === routine.steps.length, {
      error: 'step ids must be unique within a routine',
    }),
  );
export type Routine = z.infer<typeof routineSchema>;
