import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applyPolicy,
  applySharePolicy,
  checkAgainstLocks,
  chosenKeys,
  MANAGED_KEYS,
  NO_POLICY,
  parsePolicy,
  SHARE_KEY,
} from '../../lib/managed-policy';
import { managedSchema } from '../../lib/managed-schema';
import { NUMBER_BOUNDS, parseSettings, type Settings, settingsDefaults } from '../../lib/settings';

/** A property's own time budget: the machine running it may be busy (see clock-properties). */
const PROPERTY_TIMEOUT_MS = 120_000;
const KEYS = Object.keys(settingsDefaults) as (keyof Settings)[];

describe('parsePolicy', () => {
  it.each([
    ['nothing', undefined],
    ['null', null],
    ['a string', 'intervalMin=45'],
    ['an array', [{ intervalMin: 45 }]],
    ['an empty object', {}],
  ])('reads %s as no policy', (_, raw) => {
    expect(parsePolicy(raw)).toEqual(NO_POLICY);
  });

  it('keeps each valid field and ignores each bad one on its own', () => {
    const policy = parsePolicy({
      intervalMin: 45,
      naturalBreakMin: 500, // out of bounds
      snoozeMin: '10', // a string
      workDays: [5, 1, 3, 1],
      allowFloor: 'yes', // not a boolean
      meetingHosts: ['meet.example.com'],
      holdInMeetings: false,
      badgeMode: 'sparkles',
      [SHARE_KEY]: 'on',
      somethingElse: 1,
      locked: ['intervalMin', 'nope', 7, null, 'allowFloor'],
    });
    expect(policy).toEqual({
      settings: {
        intervalMin: 45,
        workDays: [1, 3, 5],
        meetingHosts: ['meet.example.com'],
        holdInMeetings: false,
      },
      locked: ['intervalMin', 'allowFloor'],
    });
  });

  it('takes working hours only as a pair in order, and locks them together', () => {
    expect(parsePolicy({ workStartMin: 540 }).settings).toEqual({});
    expect(parsePolicy({ workStartMin: 1020, workEndMin: 540 }).settings).toEqual({});
    expect(parsePolicy({ workStartMin: 540, workEndMin: 1020 }).settings).toEqual({
      workStartMin: 540,
      workEndMin: 1020,
    });
    expect(parsePolicy({ locked: ['workEndMin'] }).locked).toEqual(['workStartMin', 'workEndMin']);
  });

  it('reads the sharing choice and its lock', () => {
    expect(parsePolicy({ [SHARE_KEY]: false, locked: [SHARE_KEY] })).toEqual({
      settings: {},
      share: false,
      locked: [SHARE_KEY],
    });
  });

  it('ignores a "locked" that is not a list', () => {
    expect(parsePolicy({ intervalMin: 40, locked: 'intervalMin' }).locked).toEqual([]);
  });

  it(
    'never throws, and gives only known names and valid values, whatever it is given',
    () => {
      const field = fc.oneof(
        fc.anything(),
        fc.integer(),
        fc.array(fc.integer({ min: -2, max: 9 })),
      );
      const raw = fc.oneof(
        fc.anything(),
        fc.dictionary(fc.constantFrom(...MANAGED_KEYS, 'locked', 'other'), field),
        fc.record({ locked: fc.array(fc.oneof(fc.constantFrom(...MANAGED_KEYS), fc.anything())) }),
      );
      fc.assert(
        fc.property(raw, (input) => {
          const policy = parsePolicy(input);
          expect(policy.locked.every((key) => MANAGED_KEYS.includes(key))).toBe(true);
          const merged = { ...settingsDefaults, ...policy.settings };
          expect(parseSettings(merged)).toEqual(merged);
        }),
        { numRuns: 300 },
      );
    },
    PROPERTY_TIMEOUT_MS,
  );
});

describe('chosenKeys', () => {
  it('is what carries an edit time or differs from the default; hours go together', () => {
    const stored = { ...settingsDefaults, intervalMin: 45, workEndMin: 1000 };
    expect([...chosenKeys(stored, { sound: 1 })].sort()).toEqual(
      ['intervalMin', 'sound', 'workEndMin', 'workStartMin'].sort(),
    );
    expect(chosenKeys(settingsDefaults, null).size).toBe(0);
  });
});

describe('applyPolicy', () => {
  const stored: Settings = { ...settingsDefaults, intervalMin: 45, allowFloor: true };

  it('changes nothing without a policy', () => {
    expect(applyPolicy(stored, chosenKeys(stored, null), NO_POLICY)).toBe(stored);
  });

  it('applies an unlocked value only where the user has not chosen', () => {
    const policy = parsePolicy({ intervalMin: 60, dailyGoal: 4, workDays: [1, 2, 3, 4, 5] });
    const settings = applyPolicy(stored, chosenKeys(stored, { dailyGoal: 5 }), policy);
    expect(settings.intervalMin).toBe(45);
    expect(settings.dailyGoal).toBe(stored.dailyGoal);
    expect(settings.workDays).toEqual([1, 2, 3, 4, 5]);
  });

  it("applies a locked value over the user's choice, and a bare lock at Unsit's default", () => {
    const policy = parsePolicy({ intervalMin: 60, locked: ['intervalMin', 'allowFloor'] });
    const settings = applyPolicy(stored, chosenKeys(stored, null), policy);
    expect(settings.intervalMin).toBe(60);
    expect(settings.allowFloor).toBe(false);
  });

  it('hands out its own copies of the policy values', () => {
    const policy = parsePolicy({ workDays: [1, 2], locked: ['workDays'] });
    const settings = applyPolicy(stored, new Set(), policy);
    settings.workDays.push(3);
    expect(policy.settings.workDays).toEqual([1, 2]);
  });

  const storedArb: fc.Arbitrary<Settings> = fc
    .record({
      intervalMin: fc.integer(NUMBER_BOUNDS.intervalMin),
      dailyGoal: fc.integer(NUMBER_BOUNDS.dailyGoal),
      workDays: fc.uniqueArray(fc.integer({ min: 0, max: 6 }), { maxLength: 7 }),
      hours: fc
        .tuple(fc.integer({ min: 0, max: 1439 }), fc.integer({ min: 1, max: 1440 }))
        .filter(([s, e]) => s < e),
      allowFloor: fc.boolean(),
      holdInMeetings: fc.boolean(),
    })
    .map(({ hours, ...rest }) =>
      parseSettings({
        ...settingsDefaults,
        ...rest,
        workStartMin: hours[0],
        workEndMin: hours[1],
      }),
    );
  const policyArb = fc
    .tuple(storedArb, fc.subarray(KEYS), fc.subarray([...MANAGED_KEYS]))
    .map(([values, given, locked]) =>
      parsePolicy({
        ...Object.fromEntries(given.map((key) => [key, values[key]])),
        locked,
      }),
    );

  it(
    'gives defaults < unlocked policy < the user’s choices < locked policy, field by field',
    () => {
      fc.assert(
        fc.property(storedArb, fc.subarray(KEYS), policyArb, (user, picked, policy) => {
          const chosen = chosenKeys(user, Object.fromEntries(picked.map((key) => [key, 1])));
          const settings = applyPolicy(user, chosen, policy);
          expect(parseSettings(settings)).toEqual(settings);
          for (const key of KEYS) {
            const value = policy.settings[key];
            const expected = policy.locked.includes(key)
              ? (value ?? settingsDefaults[key])
              : chosen.has(key) || value === undefined
                ? user[key]
                : value;
            expect(settings[key], key).toEqual(expected);
          }
        }),
        { numRuns: 300 },
      );
    },
    PROPERTY_TIMEOUT_MS,
  );
});

describe('the sharing choice', () => {
  it.each([
    ['no policy: the device', {}, { share: true, chosen: true }, true],
    [
      'a default, not chosen: the default',
      { [SHARE_KEY]: true },
      { share: false, chosen: false },
      true,
    ],
    ['a default, chosen: the choice', { [SHARE_KEY]: true }, { share: false, chosen: true }, false],
    ['locked on', { [SHARE_KEY]: true, locked: [SHARE_KEY] }, { share: false, chosen: true }, true],
    [
      'locked off',
      { [SHARE_KEY]: false, locked: [SHARE_KEY] },
      { share: true, chosen: true },
      false,
    ],
    ['a bare lock: off', { locked: [SHARE_KEY] }, { share: true, chosen: true }, false],
  ])('%s', (_, raw, device, expected) => {
    expect(applySharePolicy(device, parsePolicy(raw))).toBe(expected);
  });
});

describe('checkAgainstLocks', () => {
  const policy = parsePolicy({
    intervalMin: 60,
    workDays: [1, 2, 3],
    locked: ['intervalMin', 'workDays'],
  });
  const effective = applyPolicy(settingsDefaults, new Set(), policy);

  it('refuses an update that changes a locked setting, naming it', () => {
    expect(checkAgainstLocks(policy, effective, { sound: true, intervalMin: 45 })).toEqual({
      refused: 'intervalMin',
    });
    expect(checkAgainstLocks(policy, effective, { workDays: [1, 2] })).toEqual({
      refused: 'workDays',
    });
  });

  it('lets the rest through, dropping locked settings that only repeat their value', () => {
    expect(
      checkAgainstLocks(policy, effective, { sound: true, intervalMin: 60, workDays: [1, 2, 3] }),
    ).toEqual({ patch: { sound: true } });
  });
});

describe('the managed schema', () => {
  const { properties } = managedSchema();

  it('names every setting, the sharing choice and the locks, and nothing else', () => {
    expect(Object.keys(properties).sort()).toEqual([...MANAGED_KEYS, 'locked'].sort());
  });

  it('carries the same bounds as the settings schema', () => {
    for (const [key, bounds] of Object.entries(NUMBER_BOUNDS)) {
      expect(properties[key]).toMatchObject({
        type: 'integer',
        minimum: bounds.min,
        maximum: bounds.max,
      });
    }
  });

  it('uses only the JSON Schema Chrome understands for a policy', () => {
    const allowed = new Set(['type', 'description', 'minimum', 'maximum', 'enum', 'items']);
    const types = new Set(['boolean', 'integer', 'string', 'array']);
    for (const property of Object.values(properties)) {
      expect(Object.keys(property).every((word) => allowed.has(word))).toBe(true);
      expect(types.has(property.type)).toBe(true);
    }
  });
});
