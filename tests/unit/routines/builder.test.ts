import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { t } from '../../../components/i18n';
import { buildRoutine, routineSeconds, stepSeconds } from '../../../lib/routines/builder';
import {
  getMove,
  MOVE_IDS,
  type MoveId,
  moves,
  postureCheck,
} from '../../../lib/routines/catalogue';
import {
  type MoveKind,
  type Routine,
  type RoutineKind,
  routineSchema,
  type Step,
} from '../../../lib/routines/schema';

const PUBLIC_DIR = fileURLToPath(new URL('../../../public', import.meta.url));
const KINDS: RoutineKind[] = ['two-minute', 'posture-check', 'hip-flexors', 'glutes'];
const INDICES = Array.from({ length: 21 }, (_, i) => i);
const FLOOR = [false, true];

/** Seconds bounds per kind, from the brief: ~2 min, ~60 s, ~2–3 min. */
const BOUNDS: Record<RoutineKind, [number, number]> = {
  'two-minute': [100, 140],
  'posture-check': [50, 70],
  'hip-flexors': [120, 180],
  glutes: [120, 180],
};

const PHASE: Record<MoveKind, number> = {
  lengthen: 0,
  strengthen: 1,
  mobilise: 2,
  release: 2,
  posture: 3,
};

const moveIdOf = (step: Step): MoveId | undefined =>
  step.source === 'move' ? (step.moveId as MoveId) : undefined;
const moveIds = (routine: Routine): string[] => [
  ...new Set(routine.steps.flatMap((s) => (s.source === 'move' ? [s.moveId] : []))),
];

const cases = KINDS.flatMap((kind) =>
  FLOOR.flatMap((allowFloor) =>
    INDICES.map((rotationIndex) => ({ kind, allowFloor, rotationIndex })),
  ),
);
const moveCases = cases.filter((c) => c.kind !== 'posture-check');

describe('buildRoutine: every kind, rotation index 0..20, floor allowed or not', () => {
  it.each(cases)('$kind #$rotationIndex floor=$allowFloor is a valid routine', (c) => {
    const routine = buildRoutine(c.kind, c);
    expect(() => routineSchema.parse(routine)).not.toThrow();
    expect(routine.kind).toBe(c.kind);
    // Deterministic: the same inputs give the same routine.
    expect(buildRoutine(c.kind, c)).toEqual(routine);
  });

  it.each(cases)('$kind #$rotationIndex floor=$allowFloor lasts the planned time', (c) => {
    const routine = buildRoutine(c.kind, c);
    const [min, max] = BOUNDS[c.kind];
    const seconds = routineSeconds(routine);
    expect(seconds).toBeGreaterThanOrEqual(min);
    expect(seconds).toBeLessThanOrEqual(max);
    expect(seconds).toBe(routine.steps.reduce((sum, s) => sum + s.prepSeconds + s.seconds, 0));
  });

  it.each(moveCases)(
    '$kind #$rotationIndex floor=$allowFloor lengthens before it strengthens',
    (c) => {
      const kinds = buildRoutine(c.kind, c).steps.map((s) => s.kind);
      const lastLengthen = kinds.lastIndexOf('lengthen');
      const firstStrengthen = kinds.indexOf('strengthen');
      expect(lastLengthen).toBeGreaterThanOrEqual(0);
      expect(firstStrengthen).toBeGreaterThan(lastLengthen);
      // And the whole routine runs lengthen → strengthen → mobilise/release → posture.
      const phases = kinds.map((k) => PHASE[k]);
      expect(phases).toEqual([...phases].sort((a, b) => a - b));
    },
  );

  it.each(moveCases)(
    '$kind #$rotationIndex floor=$allowFloor opens with a hip-flexor stretch',
    (c) => {
      const first = buildRoutine(c.kind, c).steps[0];
      expect(first?.kind).toBe('lengthen');
      const id = first && moveIdOf(first);
      expect(id && getMove(id).target).toBe('hip-flexors');
    },
  );

  it.each(moveCases)('$kind #$rotationIndex floor=$allowFloor ends with a posture reset', (c) => {
    const steps = buildRoutine(c.kind, c).steps;
    const last = steps.at(-1);
    expect(last?.kind).toBe('posture');
    expect(last && moveIdOf(last)).toBe('posture-reset');
    expect(last?.position).toBe('seated');
    expect(steps.filter((s) => s.kind === 'posture')).toHaveLength(1);
  });

  it.each(cases)(
    '$kind #$rotationIndex floor=$allowFloor keeps off the floor unless allowed',
    (c) => {
      const steps = buildRoutine(c.kind, c).steps;
      if (!c.allowFloor) {
        for (const step of steps) {
          expect(step.needsFloor, step.id).toBe(false);
          expect(step.position, step.id).not.toBe('floor');
        }
      }
      for (const step of steps) {
        const id = moveIdOf(step);
        if (id) expect(step.needsFloor).toBe(getMove(id).needsFloor);
      }
    },
  );

  it.each(moveCases)(
    '$kind #$rotationIndex floor=$allowFloor does both sides of one-sided moves',
    (c) => {
      const steps = buildRoutine(c.kind, c).steps;
      for (const id of moveIds(buildRoutine(c.kind, c))) {
        const move = getMove(id as MoveId);
        const own = steps.filter((s) => moveIdOf(s) === id);
        if (move.sides === 'none') {
          expect(own.map((s) => s.side)).toEqual(['none']);
          continue;
        }
        expect(own.map((s) => s.side)).toEqual(['left', 'right']);
        const [left, right] = own;
        // Left and right follow each other.
        expect(steps.indexOf(right as Step)).toBe(steps.indexOf(left as Step) + 1);
        expect(left?.sideLabel && t(left.sideLabel)).toBe('Left side');
        expect(right?.sideLabel && t(right.sideLabel)).toBe('Right side');
        expect(right && t(right.prepLabel)).toBe('Switch sides');
        // Hold doses are per side; the second side asks to compare.
        if (move.dose.type === 'hold') {
          expect(left?.seconds).toBe(move.dose.seconds);
          expect(right?.seconds).toBe(move.dose.seconds);
        }
        expect(left?.note).toBeUndefined();
        expect(right?.note).toBe(move.sideNote);
        expect(right?.note && t(right.note)).toMatch(/^Notice which /);
      }
    },
  );

  it.each(cases)('$kind #$rotationIndex floor=$allowFloor has self-contained steps', (c) => {
    for (const step of buildRoutine(c.kind, c).steps) {
      expect(step.title.length).toBeGreaterThan(0);
      expect(step.cueLines.length).toBeGreaterThan(0);
      expect(existsSync(`${PUBLIC_DIR}${step.illustration}`), step.illustration).toBe(true);
      expect(step.sideLabel === null).toBe(step.side === 'none');
      const id = moveIdOf(step);
      if (id === undefined) continue;
      const move = getMove(id);
      expect(step.title).toBe(move.name);
      expect(step.cueLines).toEqual(move.cues);
      expect(step.kind).toBe(move.kind);
      if (move.dose.type === 'reps') {
        expect(step.reps?.count).toBe(move.dose.reps);
        expect(step.reps?.secondsPerRep).toBe(move.dose.secondsPerRep);
        expect(step.reps?.holdSeconds).toBe(move.dose.holdSeconds);
        expect(step.seconds).toBe(move.dose.reps * move.dose.secondsPerRep);
      } else {
        expect(step.reps).toBeUndefined();
      }
    }
  });
});

describe('two-minute break', () => {
  const build = (rotationIndex: number, allowFloor: boolean) =>
    buildRoutine('two-minute', { rotationIndex, allowFloor });

  it.each(FLOOR)(
    'has one hip-flexor stretch, one glute move, one posture reset (floor=%s)',
    (allowFloor) => {
      for (const i of INDICES) {
        const ids = moveIds(build(i, allowFloor)).map((id) => getMove(id as MoveId));
        expect(ids.filter((m) => m.kind === 'lengthen' && m.target === 'hip-flexors')).toHaveLength(
          1,
        );
        expect(ids.filter((m) => m.kind === 'strengthen')).toHaveLength(1);
        expect(ids.filter((m) => m.kind === 'posture')).toHaveLength(1);
        expect(ids.length).toBeLessThanOrEqual(4);
      }
    },
  );

  it.each(FLOOR)('differs from one break to the next (floor=%s)', (allowFloor) => {
    for (const i of INDICES) {
      const here = moveIds(build(i, allowFloor));
      const next = moveIds(build(i + 1, allowFloor));
      expect(next).not.toEqual(here);
      // The hip-flexor stretch alternates, so the same stretch never comes twice in a row.
      expect(next[0]).not.toBe(here[0]);
    }
  });

  /**
   * Coverage window: 4 breaks. A break has room for one glute move and one extra move
   * (chest, figure-4, upper back, contract-and-release). There are four extras, so fewer
   * than four breaks cannot show them all; the rotation is built so that any four
   * consecutive breaks do (and all four glute moves, bridge included, when allowed).
   */
  const WINDOW = 4;
  const expected = (allowFloor: boolean) =>
    moves.filter((m) => allowFloor || !m.needsFloor).map((m) => m.id);

  it.each(FLOOR)(
    `covers the catalogue in any ${WINDOW} consecutive breaks (floor=%s)`,
    (allowFloor) => {
      for (const start of INDICES) {
        const seen = new Set<string>();
        for (let i = start; i < start + WINDOW; i++)
          for (const id of moveIds(build(i, allowFloor))) seen.add(id);
        expect([...seen].sort()).toEqual([...expected(allowFloor)].sort());
      }
    },
  );

  it.each(FLOOR)(`cannot cover the catalogue in ${WINDOW - 1} breaks (floor=%s)`, (allowFloor) => {
    for (const start of INDICES) {
      const seen = new Set<string>();
      for (let i = start; i < start + WINDOW - 1; i++)
        for (const id of moveIds(build(i, allowFloor))) seen.add(id);
      expect(seen.size).toBeLessThan(expected(allowFloor).length);
    }
  });

  it('brings in the bridge only when floor moves are allowed', () => {
    const withFloor = INDICES.flatMap((i) => moveIds(build(i, true)));
    const without = INDICES.flatMap((i) => moveIds(build(i, false)));
    expect(withFloor).toContain('glute-bridge');
    expect(without).not.toContain('glute-bridge');
  });

  it('sits around two minutes on average', () => {
    const seconds = INDICES.map((i) => routineSeconds(build(i, false)));
    const mean = seconds.reduce((a, b) => a + b, 0) / seconds.length;
    expect(mean).toBeGreaterThanOrEqual(110);
    expect(mean).toBeLessThanOrEqual(135);
  });
});

describe('posture check', () => {
  it('walks the seven checkpoints in order, about a minute', () => {
    const routine = buildRoutine('posture-check', { rotationIndex: 3, allowFloor: true });
    expect(routine.steps.map((s) => (s.source === 'checkpoint' ? s.checkpointId : s.id))).toEqual(
      postureCheck.map((c) => c.id),
    );
    expect(routine.steps.every((s) => s.kind === 'posture' && s.position === 'seated')).toBe(true);
    expect(routineSeconds(routine)).toBe(postureCheck.reduce((sum, c) => sum + c.seconds, 0));
    expect(routine.steps.map((s) => s.cueLines)).toEqual(postureCheck.map((c) => c.cues));
  });
});

describe('focus routines', () => {
  it.each(FLOOR)(
    'hip flexors: both hip-flexor stretches, then a glute move (floor=%s)',
    (allowFloor) => {
      for (const i of INDICES) {
        const ids = moveIds(buildRoutine('hip-flexors', { rotationIndex: i, allowFloor }));
        const lengthen = ids.filter((id) => getMove(id as MoveId).kind === 'lengthen');
        expect([...lengthen].sort()).toEqual(['hip-flexor-split-stance', 'quad-stretch-standing']);
        expect(ids.filter((id) => getMove(id as MoveId).kind === 'strengthen')).toHaveLength(1);
      }
    },
  );

  it.each(FLOOR)(
    'glutes: one hip-flexor stretch, then two glute moves (floor=%s)',
    (allowFloor) => {
      for (const i of INDICES) {
        const ids = moveIds(buildRoutine('glutes', { rotationIndex: i, allowFloor }));
        const strengthen = ids.filter((id) => getMove(id as MoveId).kind === 'strengthen');
        expect(strengthen).toHaveLength(2);
        for (const id of strengthen) expect(getMove(id as MoveId).target).toBe('glutes');
      }
    },
  );

  it.each(['hip-flexors', 'glutes'] as const)('%s rotates between sessions', (kind) => {
    for (const allowFloor of FLOOR) {
      const seen = new Set(
        INDICES.map((i) => moveIds(buildRoutine(kind, { rotationIndex: i, allowFloor })).join()),
      );
      expect(seen.size).toBeGreaterThan(1);
      for (const i of INDICES) {
        expect(buildRoutine(kind, { rotationIndex: i + 1, allowFloor })).not.toEqual(
          buildRoutine(kind, { rotationIndex: i, allowFloor }),
        );
      }
    }
  });
});

describe('rotation index', () => {
  it.each([-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY])('rejects %s', (rotationIndex) => {
    expect(() => buildRoutine('two-minute', { rotationIndex, allowFloor: false })).toThrow(
      RangeError,
    );
  });

  it('keeps working for large indices', () => {
    for (const rotationIndex of [1000, 123_457, Number.MAX_SAFE_INTEGER]) {
      for (const kind of KINDS) {
        const routine = buildRoutine(kind, { rotationIndex, allowFloor: true });
        expect(routineSchema.safeParse(routine).success).toBe(true);
      }
    }
  });
});

describe('routineSeconds', () => {
  it('adds lead-ins and working time', () => {
    const routine = buildRoutine('two-minute', { rotationIndex: 0, allowFloor: false });
    const manual = routine.steps.map(stepSeconds).reduce((a, b) => a + b, 0);
    expect(routineSeconds(routine)).toBe(manual);
    expect(routineSeconds({ ...routine, steps: [] })).toBe(0);
  });
});

it('every catalogue move id is reachable by some routine', () => {
  const used = new Set(
    KINDS.flatMap((kind) =>
      INDICES.flatMap((rotationIndex) =>
        moveIds(buildRoutine(kind, { rotationIndex, allowFloor: true })),
      ),
    ),
  );
  expect([...used].sort()).toEqual([...MOVE_IDS].sort());
});
