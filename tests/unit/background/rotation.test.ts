import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { handleMessage } from '../../../background/messages';
import { settled } from '../../../background/queue';
import type { Reply, Status } from '../../../lib/messages';
import { buildRoutine } from '../../../lib/routines/builder';
import { ROUTINE_KINDS, type RoutineKind } from '../../../lib/routines/kinds';
import { emptyRotation, parseRotation, recordFinished } from '../../../lib/routines/rotation';
import { installIdleStub } from '../../helpers/idle-stub';

// One rotation per kind of routine, moved on only by finished routines: whatever else the
// user does between them, four finished two-minute breaks in a row show all its moves.

const fromOptions = () => ({
  id: fakeBrowser.runtime.id,
  url: fakeBrowser.runtime.getURL('/options.html'),
});

async function data<T>(name: string, payload: unknown = {}): Promise<T> {
  const reply = (await handleMessage({ tag: 'unsit', name, payload }, fromOptions())) as Reply<T>;
  if (!reply.ok) throw new Error(reply.error);
  return reply.data;
}

let next = 0;
const newId = () => `break-${String(++next).padStart(6, '0')}`;
const moveIds = (kind: RoutineKind, status: Status) =>
  buildRoutine(kind, { allowFloor: false, rotationIndex: status.rotation[kind] }).steps.map((s) =>
    s.source === 'move' ? s.moveId : s.id,
  );

/** What a user may do between two finished two-minute breaks. */
type Other =
  | { type: 'finish'; kind: Exclude<RoutineKind, 'two-minute'> }
  | { type: 'partial' }
  | { type: 'stood-up' }
  | { type: 'skip' };
const otherArb: fc.Arbitrary<Other> = fc.oneof(
  fc.record({
    type: fc.constant('finish' as const),
    kind: fc.constantFrom(...ROUTINE_KINDS.filter((k) => k !== 'two-minute')) as fc.Arbitrary<
      Exclude<RoutineKind, 'two-minute'>
    >,
  }),
  fc.constant({ type: 'partial' as const }),
  fc.constant({ type: 'stood-up' as const }),
  fc.constant({ type: 'skip' as const }),
);

/** A routine played to the end with all its working time run: it counts as a break. */
function finished(id: string, routine: RoutineKind) {
  const work = { workedMs: 100_000, plannedMs: 100_000, ranMs: 120_000 };
  return { kind: 'routine', id, routine, work, startedAt: Date.now() - 120_000 };
}

async function doOther(other: Other): Promise<void> {
  if (other.type === 'finish') {
    await data('recordBreak', finished(newId(), other.kind));
  } else if (other.type === 'partial') {
    await data('recordPartial', { id: newId(), ranMs: 30_000 });
  } else if (other.type === 'stood-up') {
    await data('recordBreak', { kind: 'acknowledged', id: newId() });
  } else await data('skip');
}

describe('routine rotation', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    installIdleStub();
  });

  it('starts every kind at its first lap', async () => {
    const status = await data<Status>('getStatus');
    for (const kind of ROUTINE_KINDS) expect(status.rotation[kind]).toBe(0);
  });

  it('moves a kind on only when a routine of that kind is finished, once per id', async () => {
    await data('recordPartial', { id: newId(), ranMs: 40_000 });
    await data('recordBreak', { kind: 'acknowledged', id: newId() });
    let status = await data<Status>('getStatus');
    expect(status.rotation['two-minute']).toBe(0);
    const id = newId();
    await data('recordBreak', finished(id, 'posture-check'));
    status = await data<Status>('recordBreak', finished(id, 'posture-check'));
    expect(status.rotation['posture-check']).toBe(1);
    expect(status.rotation['two-minute']).toBe(0);
    status = await data<Status>('recordBreak', finished(newId(), 'two-minute'));
    expect(status.rotation['two-minute']).toBe(1);
  });

  it('forgets the rotation with the rest of the data', async () => {
    await data('recordBreak', finished(newId(), 'two-minute'));
    const status = await data<Status>('resetData', { confirm: 'reset' });
    expect(status.rotation['two-minute']).toBe(0);
  });

  it('shows every move of the two-minute break in any four finished in a row, whatever comes between', async () => {
    const everyMove = new Set(
      [0, 1, 2, 3].flatMap((i) =>
        buildRoutine('two-minute', { allowFloor: false, rotationIndex: i }).steps.map((s) =>
          s.source === 'move' ? s.moveId : s.id,
        ),
      ),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.nat({ max: 7 }),
        fc.array(fc.array(otherArb, { maxLength: 3 }), { minLength: 4, maxLength: 4 }),
        async (before, between) => {
          fakeBrowser.reset();
          installIdleStub();
          for (let i = 0; i < before; i++) {
            await data('recordBreak', finished(newId(), 'two-minute'));
          }
          const seen = new Set<string>();
          for (const others of between) {
            for (const other of others) await doOther(other);
            const status = await data<Status>('getStatus');
            for (const id of moveIds('two-minute', status)) seen.add(id);
            await data('recordBreak', finished(newId(), 'two-minute'));
          }
          await settled();
          expect([...seen].sort()).toEqual([...everyMove].sort());
        },
      ),
      { numRuns: 25 },
    );
  }, 60_000);
});

describe('parseRotation', () => {
  it('reads garbage as the first lap of everything', () => {
    for (const raw of [null, 3, 'x', [], { counts: 'no' }, { counts: { 'two-minute': -1 } }]) {
      expect(parseRotation(raw).counts['two-minute']).toBe(0);
    }
  });

  it('keeps good counts and drops bad ones', () => {
    const parsed = parseRotation({
      counts: { 'two-minute': 7, glutes: 1.5, walk: 'x' },
      recentIds: ['a', 3],
    });
    expect(parsed.counts['two-minute']).toBe(7);
    expect(parsed.counts.glutes).toBe(0);
    expect(parsed.recentIds).toEqual(['a']);
  });

  it('round-trips what recordFinished writes', () => {
    const once = recordFinished(emptyRotation, 'walk', 'walk-000001');
    expect(parseRotation(JSON.parse(JSON.stringify(once)))).toEqual(once);
    expect(recordFinished(once, 'walk', 'walk-000001')).toBe(once);
  });
});
