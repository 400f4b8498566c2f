import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildRoutine,
  rotationLength,
  routineSeconds,
  stepSeconds,
} from '../../../lib/routines/builder';
import {
  type CatalogueMove,
  getMove,
  MOVE_IDS,
  type MoveId,
  moves,
  postureCheck,
} from '../../../lib/routines/catalogue';
import { ROUTINE_KINDS } from '../../../lib/routines/kinds';
import {
  type Routine,
  type RoutineKind,
  routineSchema,
  type Step,
} from '../../../lib/routines/schema';
import { t } from '../../../platform/i18n';

// The builder's rules, stated as properties over the real catalogue: every kind, floor moves
// allowed or not, any rotation index. What a rule says is written here once, from the brief;
// nothing copies the builder's tables.

const PUBLIC_DIR = fileURLToPath(new URL('../../../public', import.meta.url));
const FLOOR = [false, true] as const;
/** Property runs get their own budget: the machine may be busy. */
const PROPERTY_TIMEOUT = 30_000;

const kindArb = fc.constantFrom(...ROUTINE_KINDS);
const rotationArb = fc.oneof(fc.nat({ max: 50 }), fc.nat({ max: Number.MAX_SAFE_INTEGER }));
const optionsArb = fc.record({ allowFloor: fc.boolean(), rotationIndex: rotationArb });

const moveOf = (step: Step): CatalogueMove | undefined =>
  step.source === 'move' ? getMove(step.moveId as MoveId) : undefined;
const movesOf = (routine: Routine): CatalogueMove[] => [
  ...new Set(routine.steps.flatMap((s) => moveOf(s) ?? [])),
];
const isHipFlexorStretch = (m: CatalogueMove) =>
  m.kind === 'lengthen' && m.target === 'hip-flexors';

/** Every lap of every kind: one full turn of its rotation, floor allowed or not. */
const everyLap = ROUTINE_KINDS.flatMap((kind) =>
  FLOOR.flatMap((allowFloor) =>
    Array.from({ length: rotationLength(kind, allowFloor) }, (_, rotationIndex) => ({
      kind,
      allowFloor,
      rotationIndex,
    })),
  ),
);

describe('any routine', () => {
  it(
    'is valid, deterministic and lasts the sum of its lead-ins and working times',
    () => {
      fc.assert(
        fc.property(kindArb, optionsArb, (kind, options) => {
          const routine = buildRoutine(kind, options);
          expect(() => routineSchema.parse(routine)).not.toThrow();
          expect(routine.kind).toBe(kind);
          expect(buildRoutine(kind, options)).toEqual(routine);
          expect(routineSeconds(routine)).toBe(
            routine.steps.reduce((sum, s) => sum + s.prepSeconds + s.seconds, 0),
          );
        }),
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    'repeats its rotation: lap i and lap i + rotation length are the same',
    () => {
      fc.assert(
        fc.property(kindArb, fc.boolean(), fc.nat({ max: 10_000 }), (kind, allowFloor, i) => {
          const length = rotationLength(kind, allowFloor);
          const lap = (n: number) => movesOf(buildRoutine(kind, { allowFloor, rotationIndex: n }));
          expect(lap(i + length)).toEqual(lap(i));
        }),
      );
    },
    PROPERTY_TIMEOUT,
  );

  it.each(everyLap)(
    '$kind lap $rotationIndex (floor $allowFloor) stretches the hip flexors before any strengthening',
    (c) => {
      const steps = buildRoutine(c.kind, c).steps;
      const lastStretch = steps.findLastIndex((s) => {
        const move = moveOf(s);
        return move !== undefined && isHipFlexorStretch(move);
      });
      const firstStrengthen = steps.findIndex((s) => s.kind === 'strengthen');
      if (firstStrengthen === -1) return;
      expect(lastStretch).toBeGreaterThanOrEqual(0);
      expect(firstStrengthen).toBeGreaterThan(lastStretch);
      // A glute stretch never comes before the glutes have worked.
      const glutesStretch = steps.findIndex(
        (s) => s.kind === 'lengthen' && moveOf(s)?.target === 'glutes',
      );
      if (glutesStretch !== -1) expect(glutesStretch).toBeGreaterThan(firstStrengthen);
    },
  );

  it.each(everyLap)('$kind lap $rotationIndex (floor $allowFloor) ends seated, reset once', (c) => {
    const steps = buildRoutine(c.kind, c).steps;
    const resets = steps.filter((s) => moveOf(s)?.id === 'posture-reset');
    expect(resets.length).toBeLessThanOrEqual(1);
    if (resets.length === 1) expect(steps.at(-1)).toBe(resets[0]);
  });

  it.each(everyLap)(
    '$kind lap $rotationIndex (floor $allowFloor) keeps off the floor unless allowed',
    (c) => {
      for (const step of buildRoutine(c.kind, c).steps) {
        if (!c.allowFloor) expect(step.position, step.id).not.toBe('floor');
        const move = moveOf(step);
        if (move) expect(step.needsFloor).toBe(move.needsFloor);
      }
    },
  );

  it.each(everyLap)(
    '$kind lap $rotationIndex (floor $allowFloor): steps carry what the player shows',
    (c) => {
      const steps = buildRoutine(c.kind, c).steps;
      for (const step of steps) {
        expect(existsSync(`${PUBLIC_DIR}${step.illustration}`), step.illustration).toBe(true);
        expect(step.sideLabel === null).toBe(step.side === 'none');
        const move = moveOf(step);
        if (move === undefined) continue;
        expect(step.title).toBe(move.name);
        expect(step.purpose).toBe(move.purpose);
        expect(step.cueLines).toEqual(move.cues);
        expect(step.caution).toBe(move.caution);
        expect(step.kind).toBe(move.kind);
        if (move.dose.type === 'reps') {
          expect(step.reps).toEqual({
            count: move.dose.reps,
            secondsPerRep: move.dose.secondsPerRep,
            ...(move.dose.holdSeconds === undefined ? {} : { holdSeconds: move.dose.holdSeconds }),
          });
        } else {
          expect(step.reps).toBeUndefined();
          expect(step.seconds).toBe(move.dose.seconds);
        }
      }
    },
  );
});

describe('two-sided moves', () => {
  const locale = (lang: string): Record<string, { message: string }> =>
    JSON.parse(readFileSync(`${PUBLIC_DIR}/_locales/${lang}/messages.json`, 'utf8'));
  /** The words for left and right in each language, as a limb line must use them. */
  const WORDS = {
    en: { left: /\bleft\b/i, right: /\bright\b/i },
    de: { left: /\blink/i, right: /\brecht/i },
    es: { left: /izquierd/i, right: /derech/i },
  } as const;

  it.each(everyLap)(
    '$kind lap $rotationIndex (floor $allowFloor): left then right, named and mirrored',
    (c) => {
      const steps = buildRoutine(c.kind, c).steps;
      for (const move of movesOf(buildRoutine(c.kind, c))) {
        const own = steps.filter((s) => moveOf(s) === move);
        if (move.sides === 'none') {
          expect(own.map((s) => [s.side, s.mirrored, s.limbLine])).toEqual([
            ['none', false, undefined],
          ]);
          continue;
        }
        expect(own.map((s) => s.side)).toEqual(['left', 'right']);
        const [left, right] = own as [Step, Step];
        expect(steps.indexOf(right)).toBe(steps.indexOf(left) + 1);
        expect(t(right.prepLabel)).toBe('Switch sides');
        // The second side shows the first side's picture, mirrored.
        expect([left.mirrored, right.mirrored]).toEqual([false, true]);
        expect(right.illustration).toBe(left.illustration);
        // The second side asks to compare.
        expect(left.note).toBeUndefined();
        expect(right.note).toBe(move.sideNote);
      }
    },
  );

  it.each(moves.filter((m) => m.sides === 'both').map((m) => [m.id, m] as const))(
    '%s names the working limb on each side, in every language',
    (_, move) => {
      for (const [lang, words] of Object.entries(WORDS)) {
        const messages = locale(lang);
        for (const side of ['left', 'right'] as const) {
          const key = move.limbs?.[side];
          expect(key, `${move.id} ${side}`).toBeDefined();
          const text = messages[key ?? '']?.message ?? '';
          const other = side === 'left' ? 'right' : 'left';
          // Starts with the working side ("Left leg: ...").
          expect(text.slice(0, 20), `${lang} ${key}`).toMatch(words[side]);
          expect(text.slice(0, 20), `${lang} ${key}`).not.toMatch(words[other]);
        }
      }
    },
  );
});

describe('the one-click two-minute routine', () => {
  const laps = FLOOR.flatMap((allowFloor) =>
    Array.from({ length: rotationLength('two-minute', allowFloor) }, (_, rotationIndex) => ({
      allowFloor,
      rotationIndex,
    })),
  );
  const build = (rotationIndex: number, allowFloor: boolean) =>
    buildRoutine('two-minute', { rotationIndex, allowFloor });

  it.each(laps)('lap $rotationIndex (floor $allowFloor) takes 105–125 s with its lead-ins', (c) => {
    const seconds = routineSeconds(build(c.rotationIndex, c.allowFloor));
    expect(seconds).toBeGreaterThanOrEqual(105);
    expect(seconds).toBeLessThanOrEqual(125);
  });

  it.each(laps)(
    'lap $rotationIndex (floor $allowFloor): hip-flexor stretch, glute move, any extra, posture reset',
    (c) => {
      const groups = movesOf(build(c.rotationIndex, c.allowFloor));
      const [stretch, glute, ...rest] = groups;
      const reset = rest.pop();
      expect(stretch && isHipFlexorStretch(stretch)).toBe(true);
      expect(glute?.kind).toBe('strengthen');
      expect(glute?.target).toBe('glutes');
      expect(reset?.id).toBe('posture-reset');
      expect(rest.length).toBeLessThanOrEqual(1);
      for (const extra of rest) {
        expect(isHipFlexorStretch(extra)).toBe(false);
        expect(extra.kind).not.toBe('strengthen');
        expect(extra.kind).not.toBe('posture');
      }
    },
  );

  it.each(laps)('lap $rotationIndex (floor $allowFloor) never goes to the floor', (c) => {
    for (const step of build(c.rotationIndex, c.allowFloor).steps) {
      expect(step.needsFloor, step.id).toBe(false);
      expect(step.position, step.id).not.toBe('floor');
    }
  });

  it(
    'covers all its moves in any four consecutive runs, and not in three',
    () => {
      const all = (allowFloor: boolean) =>
        new Set(laps.flatMap((c) => movesOf(build(c.rotationIndex, allowFloor)).map((m) => m.id)));
      // What it covers: both hip-flexor stretches and every glute move done at the desk.
      const expected = new Set(all(false));
      for (const move of moves) {
        if (isHipFlexorStretch(move)) expect(expected).toContain(move.id);
        if (move.kind === 'strengthen' && !move.needsFloor) expect(expected).toContain(move.id);
      }
      fc.assert(
        fc.property(fc.nat({ max: 100_000 }), fc.boolean(), (start, allowFloor) => {
          const seen = (count: number) =>
            new Set(
              Array.from({ length: count }, (_, i) =>
                movesOf(build(start + i, allowFloor)).map((m) => m.id),
              ).flat(),
            );
          expect([...seen(4)].sort()).toEqual([...all(allowFloor)].sort());
          expect(seen(3).size).toBeLessThan(all(allowFloor).size);
        }),
      );
    },
    PROPERTY_TIMEOUT,
  );

  it('alternates the hip-flexor stretch from one run to the next', () => {
    fc.assert(
      fc.property(fc.nat({ max: 100_000 }), (i) => {
        expect(movesOf(build(i + 1, false))[0]).not.toBe(movesOf(build(i, false))[0]);
      }),
    );
  });
});

describe('posture check', () => {
  it('walks the seven checkpoints in order, about a minute', () => {
    const routine = buildRoutine('posture-check', { rotationIndex: 3, allowFloor: true });
    expect(routine.steps.map((s) => (s.source === 'checkpoint' ? s.checkpointId : s.id))).toEqual(
      postureCheck.map((c) => c.id),
    );
    expect(routine.steps.every((s) => s.kind === 'posture' && s.position === 'seated')).toBe(true);
    expect(routineSeconds(routine)).toBe(60);
  });
});

describe('other routines', () => {
  it('the seated micro-break never leaves the chair and takes about a minute', () => {
    const routine = buildRoutine('seated-break', { rotationIndex: 0, allowFloor: true });
    expect(routine.steps.every((s) => s.position === 'seated')).toBe(true);
    expect(movesOf(routine).map((m) => m.target)).toContain('eyes');
    expect(routineSeconds(routine)).toBeLessThanOrEqual(75);
  });

  it('"just walk" is a two-minute walk and nothing else', () => {
    const routine = buildRoutine('walk', { rotationIndex: 5, allowFloor: false });
    expect(movesOf(routine).map((m) => m.id)).toEqual(['walk']);
    expect(routine.steps[0]?.seconds).toBe(120);
  });

  it.each(['hip-flexors', 'glutes', 'back-and-neck'] as const)(
    '%s rotates between sessions',
    (kind) => {
      for (const allowFloor of FLOOR) {
        const length = rotationLength(kind, allowFloor);
        expect(length).toBeGreaterThan(1);
        const laps = Array.from({ length }, (_, i) =>
          buildRoutine(kind, { rotationIndex: i, allowFloor }),
        );
        for (const [i, lap] of laps.entries()) {
          expect(lap.steps).not.toEqual(laps[(i + 1) % length]?.steps);
        }
      }
    },
  );
});

describe('rotation index', () => {
  it.each([-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY])('rejects %s', (rotationIndex) => {
    expect(() => buildRoutine('two-minute', { rotationIndex, allowFloor: false })).toThrow(
      RangeError,
    );
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

it('every move is in some routine, so its purpose line is shown somewhere', () => {
  const used = new Set(
    everyLap.flatMap((c) => movesOf(buildRoutine(c.kind as RoutineKind, c)).map((m) => m.id)),
  );
  expect([...used].sort()).toEqual([...MOVE_IDS].sort());
});
