import { describe, expect, it } from 'vitest';
import { buildRoutine } from '../../../lib/routines/builder';
import {
  getMove,
  MOVE_IDS,
  moves,
  postureCheck,
  TABLE_MOVE_IDS,
} from '../../../lib/routines/catalogue';
import { ROUTINE_KINDS } from '../../../lib/routines/kinds';
import { safetyLines } from '../../../lib/routines/safety';
import {
  catalogueSchema,
  checkpointSchema,
  moveSchema,
  postureCheckSchema,
  safetyLineSchema,
} from '../../../lib/routines/schema';
import { t } from '../../../platform/i18n';
import { LOCALES } from '../../helpers/fake-i18n';

/** The ten moves of the CONTENT.md table, by the ids the catalogue uses for them. */
const CONTENT_TABLE = [
  'sit-to-stand-tail-tuck', // Sit-to-stand with a tail tuck
  'quad-stretch-standing', // Standing quad / rectus femoris stretch
  'hip-flexor-split-stance', // Split-stance hip-flexor (iliopsoas) stretch
  'glute-squeeze-standing', // Standing glute squeeze with tail tuck
  'hip-extension-standing', // Standing hip extension
  'figure-four-seated', // Seated figure-4 stretch
  'glute-bridge', // Glute bridge (floor, optional)
  'doorway-chest-stretch', // Doorway chest stretch, one side
  'upper-back-extension-chair', // Upper-back extension over the chair back
  'back-contract-release', // Slow contract-and-release of the back
];

/** Beyond the table: neck and shoulders, eyes, back, and a walk. */
const SCREEN_WORKER = [
  'neck-shoulder-release',
  'eyes-distance-focus',
  'standing-side-reach',
  'yawn-stretch',
  'walk',
];

const byId = (id: string) => {
  const move = moves().find((m) => m.id === id);
  if (move === undefined) throw new Error(`missing ${id}`);
  return move;
};

describe('catalogue', () => {
  it('parses with the schema', () => {
    expect(() => catalogueSchema.parse(moves())).not.toThrow();
    for (const move of moves()) expect(moveSchema.safeParse(move).success).toBe(true);
  });

  it('holds every move of the content table, the posture reset and the screen worker’s moves', () => {
    const ids = moves().map((m) => m.id);
    expect([...TABLE_MOVE_IDS].sort()).toEqual([...CONTENT_TABLE].sort());
    expect([...ids].sort()).toEqual([...CONTENT_TABLE, 'posture-reset', ...SCREEN_WORKER].sort());
    expect([...MOVE_IDS].sort()).toEqual([...ids].sort());
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('looks moves up by id', () => {
    for (const id of MOVE_IDS) expect(getMove(id).id).toBe(id);
  });

  it('keeps the doses of the content table', () => {
    const hold = (id: string) => {
      const { dose } = byId(id);
      if (dose.type !== 'hold') throw new Error(`${id} is not a hold`);
      return dose.seconds;
    };
    const reps = (id: string) => {
      const { dose } = byId(id);
      if (dose.type !== 'reps') throw new Error(`${id} is not reps`);
      return dose;
    };
    for (const id of ['quad-stretch-standing', 'hip-flexor-split-stance', 'figure-four-seated']) {
      expect(hold(id)).toBeGreaterThanOrEqual(20);
      expect(hold(id)).toBeLessThanOrEqual(30);
    }
    expect(hold('doorway-chest-stretch')).toBe(20);
    expect(reps('sit-to-stand-tail-tuck').reps).toBe(5);
    const squeeze = reps('glute-squeeze-standing');
    expect(squeeze.reps).toBeGreaterThanOrEqual(8);
    expect(squeeze.reps).toBeLessThanOrEqual(10);
    expect(squeeze.holdSeconds).toBe(2);
    expect(reps('hip-extension-standing').reps).toBe(8);
    const bridge = reps('glute-bridge');
    expect(bridge.reps).toBeGreaterThanOrEqual(8);
    expect(bridge.reps).toBeLessThanOrEqual(10);
    expect(reps('upper-back-extension-chair').reps).toBe(5);
    const release = reps('back-contract-release');
    expect(release.reps).toBe(3);
    // Tighten for a few seconds, then a 5–10 s release: the rep must leave room for it.
    expect(release.secondsPerRep - (release.holdSeconds ?? 0)).toBeGreaterThanOrEqual(5);
  });

  it('marks one-sided moves as two-sided and asks to compare sides', () => {
    const twoSided = [
      'quad-stretch-standing',
      'hip-flexor-split-stance',
      'figure-four-seated',
      'doorway-chest-stretch',
      'hip-extension-standing',
      'standing-side-reach',
    ];
    for (const move of moves()) {
      expect(move.sides, move.id).toBe(twoSided.includes(move.id) ? 'both' : 'none');
      if (move.sides === 'both') {
        expect(move.sideNote && t(move.sideNote), move.id).toMatch(/^Notice which /);
        expect(move.limbs && t(move.limbs.left), move.id).toMatch(/^Left (leg|arm)\b/);
        expect(move.limbs && t(move.limbs.right), move.id).toMatch(/^Right (leg|arm)\b/);
      }
    }
  });

  it('keeps floor moves to the glute bridge and flags it', () => {
    expect(
      moves()
        .filter((m) => m.needsFloor)
        .map((m) => m.id),
    ).toEqual(['glute-bridge']);
    expect(byId('glute-bridge').position).toBe('floor');
  });

  it('classifies moves so lengthen-before-strengthen can be enforced', () => {
    const kinds = Object.fromEntries(moves().map((m) => [m.id, m.kind]));
    expect(kinds).toMatchObject({
      'quad-stretch-standing': 'lengthen',
      'hip-flexor-split-stance': 'lengthen',
      'figure-four-seated': 'lengthen',
      'doorway-chest-stretch': 'lengthen',
      'sit-to-stand-tail-tuck': 'strengthen',
      'glute-squeeze-standing': 'strengthen',
      'hip-extension-standing': 'strengthen',
      'glute-bridge': 'strengthen',
      'upper-back-extension-chair': 'mobilise',
      'back-contract-release': 'release',
      'posture-reset': 'posture',
    });
    expect(byId('quad-stretch-standing').target).toBe('hip-flexors');
    expect(byId('hip-flexor-split-stance').target).toBe('hip-flexors');
  });

  it('writes cues as short sentences in the second person', () => {
    const lines = [
      ...moves().flatMap((m) => [...m.cues, ...(m.sideNote ? [m.sideNote] : [])]),
      ...postureCheck().flatMap((c) => c.cues),
    ].map((key) => t(key));
    for (const line of lines) {
      expect(line, line).toMatch(/^[A-Z].*\.$/);
      expect(line.length, line).toBeLessThanOrEqual(70);
      // One sentence per line.
      expect(line.slice(0, -1), line).not.toMatch(/[.!?]\s/);
    }
    // The key cue of the brief reaches the moves it matters for.
    for (const id of [
      'quad-stretch-standing',
      'hip-flexor-split-stance',
      'sit-to-stand-tail-tuck',
    ]) {
      expect(
        byId(id)
          .cues.map((key) => t(key))
          .join(' '),
        id,
      ).toMatch(/tuck your tail/i);
    }
    expect(
      byId('glute-squeeze-standing')
        .cues.map((key) => t(key))
        .join(' '),
    ).toMatch(/tuck your tail/i);
    expect(
      byId('glute-bridge')
        .cues.map((key) => t(key))
        .join(' '),
    ).toMatch(/tuck your tail/i);
  });
});

describe('posture check', () => {
  it('parses with the schema', () => {
    expect(() => postureCheckSchema.parse(postureCheck())).not.toThrow();
    for (const checkpoint of postureCheck()) {
      expect(checkpointSchema.safeParse(checkpoint).success).toBe(true);
    }
  });

  it('has seven checkpoints, about 60 s in all', () => {
    expect(postureCheck()).toHaveLength(7);
    const total = postureCheck().reduce((sum, c) => sum + c.seconds, 0);
    expect(total).toBeGreaterThanOrEqual(50);
    expect(total).toBeLessThanOrEqual(70);
  });

  it('asks for balance, never for bracing', () => {
    const text = postureCheck()
      .flatMap((c) => c.cues)
      .map((key) => t(key))
      .join(' ');
    expect(text).not.toMatch(/sit up straight|brace|hold yourself/i);
    expect(text).toMatch(/uncross/i);
    expect(text).toMatch(/backrest/i);
    expect(text).toMatch(/top of your spine/i);
    expect(text).toMatch(/top of the screen/i);
  });
});

describe('safety lines', () => {
  it('has five lines that parse', () => {
    expect(safetyLines).toHaveLength(5);
    for (const line of safetyLines) expect(safetyLineSchema.safeParse(line).success).toBe(true);
    expect(new Set(safetyLines.map((l) => l.id)).size).toBe(5);
  });

  it('covers the four safety facts', () => {
    const text = safetyLines.map((l) => t(l.text)).join(' ');
    expect(text).toMatch(/not medical treatment/i);
    expect(text).toMatch(/sharp.*shooting/i);
    expect(text).toMatch(/numbness or tingling/i);
    expect(text).toMatch(/fall or injury/i);
    expect(text).toMatch(/bladder or bowel/i);
    expect(text).toMatch(/sore/i);
    // Leg pain that spreads and stays or comes back is worth a professional's look too.
    expect(text).toMatch(/spreads down a leg.*keeps coming back/i);
  });
});

describe('schema', () => {
  const valid = {
    id: 'test-move',
    name: 'move_glute_bridge_name',
    purpose: 'move_glute_bridge_purpose',
    kind: 'lengthen',
    target: 'hip-flexors',
    sides: 'both',
    dose: { type: 'hold', seconds: 20 },
    cues: ['move_glute_bridge_cue_1'],
    sideNote: 'move_side_note_tighter',
    limbs: {
      left: 'move_quad_stretch_standing_limb_left',
      right: 'move_quad_stretch_standing_limb_right',
    },
    needsFloor: false,
    position: 'standing',
    illustration: 'test-move.svg',
  };

  it('accepts a valid move', () => {
    expect(moveSchema.safeParse(valid).success).toBe(true);
  });

  it.each([
    ['a non-kebab id', { id: 'Test_Move' }],
    ['an unknown kind', { kind: 'stretch' }],
    ['no cues', { cues: [] }],
    ['five cues', { cues: Array(5).fill('move_glute_bridge_cue_1') }],
    ['words instead of a message key', { name: 'Glute bridge' }],
    ['a floor move without needsFloor', { position: 'floor' }],
    ['needsFloor on a standing move', { needsFloor: true }],
    ['a side note on a symmetric move', { sides: 'none' }],
    ['limbs on a symmetric move', { sides: 'none', sideNote: undefined }],
    ['a two-sided move that does not name its limbs', { limbs: undefined }],
    ['a non-svg illustration', { illustration: 'test.png' }],
    ['a hold of zero seconds', { dose: { type: 'hold', seconds: 0 } }],
    ['an unknown dose type', { dose: { type: 'time', seconds: 10 } }],
    [
      'a squeeze as long as the rep',
      { dose: { type: 'reps', reps: 8, secondsPerRep: 2, holdSeconds: 2 } },
    ],
  ])('rejects %s', (_label, patch) => {
    expect(moveSchema.safeParse({ ...valid, ...patch }).success).toBe(false);
  });

  it('rejects duplicate ids in a catalogue', () => {
    expect(catalogueSchema.safeParse([valid, valid]).success).toBe(false);
  });
});

describe('every language', () => {
  // The catalogue holds message keys; a key missing from one language would show an empty cue.
  const referenced = new Set<string>([
    ...moves().flatMap((m) => [
      m.name,
      m.purpose,
      ...m.cues,
      ...(m.sideNote ? [m.sideNote] : []),
      ...(m.limbs ? [m.limbs.left, m.limbs.right] : []),
      ...(m.caution ? [m.caution] : []),
    ]),
    ...postureCheck().flatMap((c) => [c.title, ...c.cues]),
    ...safetyLines.map((l) => l.text),
    // Routine titles, side labels and lead-ins come from the builder.
    ...ROUTINE_KINDS.flatMap((kind) =>
      [false, true].flatMap((allowFloor) =>
        buildRoutine(kind, { allowFloor, rotationIndex: 0 }).steps.flatMap((s) => [
          s.title,
          s.prepLabel,
          ...(s.sideLabel ? [s.sideLabel] : []),
        ]),
      ),
    ),
    ...ROUTINE_KINDS.map(
      (kind) => buildRoutine(kind, { allowFloor: false, rotationIndex: 0 }).title,
    ),
  ]);

  it.each(Object.keys(LOCALES) as (keyof typeof LOCALES)[])(
    'has every message the routines use in %s',
    (locale) => {
      expect(referenced.size).toBeGreaterThan(100);
      for (const key of referenced) expect(LOCALES[locale][key]?.message.trim(), key).toBeTruthy();
    },
  );
});
