import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type BuildOptions,
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
// allowed or not, every lap of each rotation and any rotation index. Each rule is written
// here once, from the content brief (shared CONTENT.md), README's routine section and the
// builder's timing model; nothing copies the builder's tables. A property that holds
// vacuously (no routine it applies to) fails: each counts the routines it looked at.

const PUBLIC_DIR = fileURLToPath(new URL('../../../public', import.meta.url));
const FLOOR = [false, true] as const;
/** Property runs get their own budget: the machine may be busy. */
const PROPERTY_TIMEOUT = 60_000;

type Case = BuildOptions & { kind: RoutineKind };

const kindArb = fc.constantFrom(...ROUTINE_KINDS);
const rotationArb = fc.oneof(fc.nat({ max: 50 }), fc.nat({ max: Number.MAX_SAFE_INTEGER }));
const optionsArb = fc.record({ allowFloor: fc.boolean(), rotationIndex: rotationArb });

/** Every lap of every kind: one full turn of its rotation, floor allowed or not. */
const everyLap: Case[] = ROUTINE_KINDS.flatMap((kind) =>
  FLOOR.flatMap((allowFloor) =>
    Array.from({ length: rotationLength(kind, allowFloor) }, (_, rotationIndex) => ({
      kind,
      allowFloor,
      rotationIndex,
    })),
  ),
);

/**
 * Runs `check` on every lap of every kind, then on routines at random rotation indices.
 * Returns how many routines `check` said the rule applied to (it returns true for those).
 */
function forEveryRoutine(check: (routine: Routine, c: Case) => boolean | undefined): number {
  let applied = 0;
  const run = (c: Case) => {
    if (check(buildRoutine(c.kind, c), c) !== false) applied++;
  };
  for (const c of everyLap) run(c);
  fc.assert(fc.property(kindArb, optionsArb, (kind, options) => run({ kind, ...options })));
  return applied;
}

const moveOf = (step: Step): CatalogueMove | undefined =>
  step.source === 'move' ? getMove(step.moveId as MoveId) : undefined;
const movesOf = (routine: Routine): CatalogueMove[] => [
  ...new Set(routine.steps.flatMap((s) => moveOf(s) ?? [])),
];
const isHipFlexorStretch = (m: CatalogueMove | undefined) =>
  m?.kind === 'lengthen' && m.target === 'hip-flexors';
const isGluteMove = (m: CatalogueMove | undefined) =>
  m?.kind === 'strengthen' && m.target === 'glutes';
const isReset = (step: Step) => moveOf(step)?.kind === 'posture';
/** A routine that gets the user out of the chair (the walk is a walk and nothing else). */
const standsUp = (routine: Routine) =>
  routine.kind !== 'walk' && routine.steps.some((s) => s.position !== 'seated');

describe('every routine, every lap, floor allowed or not', () => {
  it(
    'is valid, deterministic and lasts the sum of its lead-ins and working times',
    () => {
      const checked = forEveryRoutine((routine, c) => {
        expect(() => routineSchema.parse(routine)).not.toThrow();
        expect(routine.kind).toBe(c.kind);
        expect(buildRoutine(c.kind, c)).toEqual(routine);
        expect(routineSeconds(routine)).toBe(
          routine.steps.reduce((sum, s) => sum + s.prepSeconds + s.seconds, 0),
        );
        return true;
      });
      expect(checked).toBeGreaterThan(everyLap.length);
    },
    PROPERTY_TIMEOUT,
  );

  it(
    'repeats its rotation: lap i and lap i + rotation length are the same',
    () => {
      fc.assert(
        fc.property(kindArb, fc.boolean(), fc.nat({ max: 10_000 }), (kind, allowFloor, i) => {
          const length = rotationLength(kind, allowFloor);
          expect(length).toBeGreaterThanOrEqual(1);
          const lap = (n: number) => buildRoutine(kind, { allowFloor, rotationIndex: n }).steps;
          expect(lap(i + length)).toEqual(lap(i));
        }),
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    'lengthens the tight side before it strengthens the weak side',
    () => {
      // Brief: hip-flexor stretches come before glute activation; the glutes are stretched
      // only once they have worked.
      const checked = forEveryRoutine((routine) => {
        const steps = routine.steps;
        const firstStrengthen = steps.findIndex((s) => s.kind === 'strengthen');
        if (firstStrengthen === -1) return false;
        const stretches = steps.flatMap((s, i) => (isHipFlexorStretch(moveOf(s)) ? [i] : []));
        expect(stretches.length, routine.id).toBeGreaterThan(0);
        expect(Math.max(...stretches), routine.id).toBeLessThan(firstStrengthen);
        const gluteStretches = steps.flatMap((s, i) =>
          s.kind === 'lengthen' && moveOf(s)?.target === 'glutes' ? [i] : [],
        );
        for (const i of gluteStretches) expect(i, routine.id).toBeGreaterThan(firstStrengthen);
        return true;
      });
      expect(checked).toBeGreaterThan(0);
    },
    PROPERTY_TIMEOUT,
  );

  it(
    'starts at the desk and, when it got the user up, ends with one posture reset back in the chair',
    () => {
      const checked = forEveryRoutine((routine) => {
        const resets = routine.steps.filter(isReset);
        expect(resets.length, routine.id).toBeLessThanOrEqual(1);
        if (!standsUp(routine)) return false;
        expect(resets, routine.id).toHaveLength(1);
        expect(routine.steps.at(-1), routine.id).toBe(resets[0]);
        expect(routine.steps.at(-1)?.position, routine.id).toBe('seated');
        return true;
      });
      expect(checked).toBeGreaterThan(0);
    },
    PROPERTY_TIMEOUT,
  );

  it(
    'keeps off the floor unless floor moves are allowed, and uses it only for moves that need it',
    () => {
      const checked = forEveryRoutine((routine, c) => {
        for (const step of routine.steps) {
          expect(step.needsFloor, step.id).toBe(moveOf(step)?.needsFloor ?? false);
          expect(step.position === 'floor', step.id).toBe(step.needsFloor);
          if (!c.allowFloor) expect(step.needsFloor, `${routine.id} ${step.id}`).toBe(false);
        }
        return routine.steps.length > 0;
      });
      expect(checked).toBeGreaterThan(0);
    },
    PROPERTY_TIMEOUT,
  );

  it('uses the floor moves somewhere once they are allowed', () => {
    const floorMoves = moves()
      .filter((m) => m.needsFloor)
      .map((m) => m.id);
    expect(floorMoves.length).toBeGreaterThan(0);
    const used = everyLap
      .filter((c) => c.allowFloor)
      .flatMap((c) => movesOf(buildRoutine(c.kind, c)).map((m) => m.id));
    for (const id of floorMoves) expect(used).toContain(id);
  });

  it(
    'gives each step a lead-in that fits what the user must do before it',
    () => {
      // The timing model: time to read the first move; 3 s to switch sides or go on in the
      // same position; at least 5 s to stand up, sit down or get up, 10 s to get down to the
      // floor; posture checkpoints flow into each other. The label says which.
      const checked = forEveryRoutine((routine) => {
        let before: Step | undefined;
        for (const step of routine.steps) {
          const prep = { seconds: step.prepSeconds, label: t(step.prepLabel) };
          const at = `${routine.id} ${step.id}`;
          if (step.source === 'checkpoint') {
            expect(prep.seconds, at).toBe(0);
          } else if (before === undefined) {
            expect(prep.seconds, at).toBeGreaterThanOrEqual(5);
          } else if (moveOf(before) === moveOf(step)) {
            expect(prep, at).toEqual({ seconds: 3, label: 'Switch sides' });
          } else if (before.position === step.position) {
            expect(prep, at).toEqual({ seconds: 3, label: 'Get ready' });
          } else if (step.position === 'floor') {
            expect(prep, at).toEqual({ seconds: 10, label: 'Get down on the floor' });
          } else {
            const words = { standing: before.position === 'floor' ? 'Get up' : 'Stand up' };
            expect(prep.seconds, at).toBeGreaterThanOrEqual(5);
            expect(prep.label, at).toBe(step.position === 'standing' ? words.standing : 'Sit down');
          }
          if (before === undefined && step.source === 'move') {
            // From the chair: standing up is said, staying seated is "get ready".
            const first = {
              seated: 'Get ready',
              standing: 'Stand up',
              floor: 'Get down on the floor',
            };
            expect(prep.label, at).toBe(first[step.position]);
          }
          before = step;
        }
        return true;
      });
      expect(checked).toBeGreaterThan(0);
    },
    PROPERTY_TIMEOUT,
  );

  it(
    'gives each step what the player shows: the move, its picture, cues and dose',
    () => {
      const checked = forEveryRoutine((routine) => {
        for (const step of routine.steps) {
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
              ...(move.dose.holdSeconds === undefined
                ? {}
                : { holdSeconds: move.dose.holdSeconds }),
            });
            expect(step.seconds).toBe(move.dose.reps * move.dose.secondsPerRep);
          } else {
            expect(step.reps).toBeUndefined();
            expect(step.seconds).toBe(move.dose.seconds);
          }
        }
        return true;
      });
      expect(checked).toBeGreaterThan(0);
    },
    PROPERTY_TIMEOUT,
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

  it(
    'are done left then right, each side named, the second mirrored and compared',
    () => {
      const checked = forEveryRoutine((routine) => {
        const steps = routine.steps;
        let twoSided = 0;
        for (const move of movesOf(routine)) {
          const own = steps.filter((s) => moveOf(s) === move);
          if (move.sides === 'none') {
            expect(own.map((s) => [s.side, s.mirrored, s.limbLine])).toEqual([
              ['none', false, undefined],
            ]);
            continue;
          }
          twoSided++;
          expect(own.map((s) => s.side)).toEqual(['left', 'right']);
          const [left, right] = own as [Step, Step];
          expect(steps.indexOf(right)).toBe(steps.indexOf(left) + 1);
          const named = (step: Step) => (step.sideLabel === null ? null : t(step.sideLabel));
          expect([named(left), named(right)]).toEqual(['Left side', 'Right side']);
          expect([left.limbLine, right.limbLine]).toEqual([move.limbs?.left, move.limbs?.right]);
          // The second side shows the first side's picture, mirrored.
          expect([left.mirrored, right.mirrored]).toEqual([false, true]);
          expect(right.illustration).toBe(left.illustration);
          // The second side asks to compare.
          expect(left.note).toBeUndefined();
          expect(right.note).toBe(move.sideNote);
        }
        return twoSided > 0;
      });
      expect(checked).toBeGreaterThan(0);
    },
    PROPERTY_TIMEOUT,
  );

  it('name the working limb on each side, in every language', () => {
    const twoSided = moves().filter((m) => m.sides === 'both');
    expect(twoSided.length).toBeGreaterThan(0);
    for (const move of twoSided) {
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
    }
  });
});

describe('the one-click two-minute routine', () => {
  const build = (rotationIndex: number, allowFloor: boolean) =>
    buildRoutine('two-minute', { rotationIndex, allowFloor });
  const runs = fc.tuple(fc.nat({ max: 100_000 }), fc.boolean());

  it(
    'takes 117–123 s with its lead-ins, on every run',
    () => {
      fc.assert(
        fc.property(runs, ([i, allowFloor]) => {
          const seconds = routineSeconds(build(i, allowFloor));
          expect(seconds).toBeGreaterThanOrEqual(117);
          expect(seconds).toBeLessThanOrEqual(123);
        }),
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    'goes hip-flexor stretch, glute move, at most one move for the back or shoulders, posture reset',
    () => {
      fc.assert(
        fc.property(runs, ([i, allowFloor]) => {
          const [stretch, glute, ...rest] = movesOf(build(i, allowFloor));
          const reset = rest.pop();
          expect(isHipFlexorStretch(stretch), stretch?.id).toBe(true);
          expect(isGluteMove(glute), glute?.id).toBe(true);
          expect(reset?.kind).toBe('posture');
          expect(rest.length).toBeLessThanOrEqual(1);
          for (const extra of rest) {
            expect(extra.target, extra.id).toMatch(/back|neck|shoulder/);
            expect(extra.kind, extra.id).not.toMatch(/strengthen|posture/);
            // Both sides of another move would not fit two minutes.
            expect(extra.sides, extra.id).toBe('none');
          }
        }),
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    'never goes to the floor, even when floor moves are allowed',
    () => {
      fc.assert(
        fc.property(runs, ([i, allowFloor]) => {
          for (const step of build(i, allowFloor).steps) {
            expect(step.needsFloor, step.id).toBe(false);
            expect(step.position, step.id).not.toBe('floor');
          }
        }),
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    'covers all its moves in any four consecutive runs, and not in three',
    () => {
      const seen = (start: number, count: number, allowFloor: boolean) =>
        new Set(
          Array.from({ length: count }, (_, i) =>
            movesOf(build(start + i, allowFloor)).map((m) => m.id),
          ).flat(),
        );
      // What it must cover: both hip-flexor stretches and every glute move done off the floor.
      const must = moves().filter(
        (m) => isHipFlexorStretch(m) || (isGluteMove(m) && !m.needsFloor),
      );
      expect(must.length).toBeGreaterThanOrEqual(4);
      const all = new Set(
        Array.from({ length: 100 }, (_, i) => [...seen(i, 1, false), ...seen(i, 1, true)]).flat(),
      );
      for (const move of must) expect(all).toContain(move.id);
      fc.assert(
        fc.property(fc.nat({ max: 100_000 }), fc.boolean(), (start, allowFloor) => {
          expect([...seen(start, 4, allowFloor)].sort()).toEqual([...all].sort());
          expect(seen(start, 3, allowFloor).size).toBeLessThan(all.size);
        }),
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    'alternates the hip-flexor stretch from one run to the next',
    () => {
      fc.assert(
        fc.property(runs, ([i, allowFloor]) => {
          expect(movesOf(build(i + 1, allowFloor))[0]).not.toBe(movesOf(build(i, allowFloor))[0]);
        }),
      );
    },
    PROPERTY_TIMEOUT,
  );
});

describe('the focus routines', () => {
  const laps = (kind: RoutineKind) => everyLap.filter((c) => c.kind === kind);

  it('hip flexors: both hip-flexor stretches, then a glute move to switch the glutes on', () => {
    const stretches = moves().filter(isHipFlexorStretch);
    for (const c of laps('hip-flexors')) {
      const [a, b, glute] = movesOf(buildRoutine(c.kind, c));
      expect([a?.id, b?.id].sort()).toEqual(stretches.map((m) => m.id).sort());
      expect(isGluteMove(glute), glute?.id).toBe(true);
    }
  });

  it('glutes: a hip-flexor stretch, two glute moves, and the glute stretch only after them', () => {
    for (const c of laps('glutes')) {
      const routine = movesOf(buildRoutine(c.kind, c));
      expect(isHipFlexorStretch(routine[0]), routine[0]?.id).toBe(true);
      expect(routine.filter(isGluteMove)).toHaveLength(2);
      const gluteStretch = routine.findIndex((m) => m.kind === 'lengthen' && m.target === 'glutes');
      expect(gluteStretch).toBeGreaterThan(routine.findLastIndex(isGluteMove));
    }
  });

  it('back and neck: lengthening first, nothing that strengthens', () => {
    for (const c of laps('back-and-neck')) {
      const routine = movesOf(buildRoutine(c.kind, c));
      expect(routine[0]?.kind).toBe('lengthen');
      expect(routine.some((m) => m.kind === 'strengthen')).toBe(false);
    }
  });

  it.each(['hip-flexors', 'glutes', 'back-and-neck'] as const)(
    '%s changes from one finished session to the next',
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

describe('posture check', () => {
  it('walks the seven checkpoints in order, about a minute, in the chair', () => {
    const routine = buildRoutine('posture-check', { rotationIndex: 3, allowFloor: true });
    expect(routine.steps.map((s) => (s.source === 'checkpoint' ? s.checkpointId : s.id))).toEqual(
      postureCheck().map((c) => c.id),
    );
    expect(routine.steps).toHaveLength(7);
    expect(routine.steps.every((s) => s.kind === 'posture' && s.position === 'seated')).toBe(true);
    expect(routineSeconds(routine)).toBe(60);
  });
});

describe('other routines', () => {
  it('the seated micro-break never leaves the chair, rests the eyes and takes about a minute', () => {
    const routine = buildRoutine('seated-break', { rotationIndex: 0, allowFloor: true });
    expect(routine.steps.every((s) => s.position === 'seated')).toBe(true);
    expect(movesOf(routine).map((m) => m.target)).toContain('eyes');
    expect(routineSeconds(routine)).toBeGreaterThanOrEqual(45);
    expect(routineSeconds(routine)).toBeLessThanOrEqual(75);
  });

  it('"just walk" is a two-minute walk and nothing else', () => {
    const routine = buildRoutine('walk', { rotationIndex: 5, allowFloor: false });
    expect(movesOf(routine).map((m) => m.id)).toEqual(['walk']);
    expect(routine.steps[0]?.seconds).toBe(120);
  });
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
  const used = new Set(everyLap.flatMap((c) => movesOf(buildRoutine(c.kind, c)).map((m) => m.id)));
  expect([...used].sort()).toEqual([...MOVE_IDS].sort());
});
