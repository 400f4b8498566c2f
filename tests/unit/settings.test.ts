import { describe, expect, it } from 'vitest';
import {
  NUMBER_BOUNDS,
  parseSettings,
  type Settings,
  settingsDefaults,
  validateSettingsPatch,
} from '../../lib/settings';
import { t } from '../../platform/i18n';

/**
 * A valid object in which every field differs from its default: the listed
 * values, and every boolean (including ones added later) flipped.
 */
const custom: Settings = {
  ...settingsDefaults,
  ...Object.fromEntries(
    Object.entries(settingsDefaults)
      .filter((entry): entry is [string, boolean] => typeof entry[1] === 'boolean')
      .map(([key, value]) => [key, !value]),
  ),
  intervalMin: 45,
  naturalBreakMin: 5,
  snoozeMin: 10,
  workDays: [1, 2, 3, 4, 5],
  workStartMin: 9 * 60,
  workEndMin: 17 * 60,
  badgeMode: 'bout',
  speech: 'on',
  notifications: false,
  dailyGoal: 8,
  escalateAfterMin: 10,
  maxSnoozes: 1,
  standMaxMin: 90,
  standMin: 20,
  meetingHosts: ['meet.example.com', '*.calls.example.org'],
};

/** Not a valid value for any settings field (all are numbers, booleans, strings or arrays). */
const wrongType = { corrupt: true };

describe('defaults', () => {
  it('are the documented evidence-based values and valid themselves', () => {
    expect(settingsDefaults).toMatchObject({
      intervalMin: 30,
      naturalBreakMin: 3,
      snoozeMin: 5,
      workDays: [0, 1, 2, 3, 4, 5, 6],
      workStartMin: 0,
      workEndMin: 1440,
      badgeMode: 'breaks',
      notifications: true,
      dailyGoal: 6,
      standMaxMin: 60,
      standRhythm: false,
      standMin: 15,
    });
    expect(parseSettings(settingsDefaults)).toEqual(settingsDefaults);
  });

  it('differ from every field of the custom fixture (so fallbacks are visible)', () => {
    for (const key of Object.keys(custom) as Array<keyof Settings>) {
      expect(custom[key], key).not.toEqual(settingsDefaults[key]);
    }
  });
});

describe('parseSettings', () => {
  it.each([
    ['undefined', undefined],
    ['null', null],
    ['a string', 'intervalMin=45'],
    ['a number', 42],
    ['an array', [45, 5, 10]],
    ['an empty object', {}],
  ])('returns the defaults for %s', (_name, raw) => {
    expect(parseSettings(raw)).toEqual(settingsDefaults);
  });

  it('keeps a valid object as it is', () => {
    expect(parseSettings(custom)).toEqual(custom);
  });

  it('fills missing fields with defaults and keeps the present ones', () => {
    expect(parseSettings({ intervalMin: 45, badgeMode: 'bout' })).toEqual({
      ...settingsDefaults,
      intervalMin: 45,
      badgeMode: 'bout',
    });
  });

  it('drops unknown fields', () => {
    const parsed = parseSettings({ ...custom, theme: 'dark' });
    expect(parsed).toEqual(custom);
    expect('theme' in parsed).toBe(false);
  });

  const corrupt: Array<[keyof Settings, string, unknown]> = [
    ['intervalMin', 'wrong type', '45'],
    ['intervalMin', 'below range', 9],
    ['intervalMin', 'above range', 121],
    ['intervalMin', 'not an integer', 30.5],
    ['intervalMin', 'NaN', Number.NaN],
    ['naturalBreakMin', 'wrong type', true],
    ['naturalBreakMin', 'below range', 0],
    ['naturalBreakMin', 'above range', 31],
    ['snoozeMin', 'wrong type', null],
    ['snoozeMin', 'below range', 0],
    ['snoozeMin', 'above range', 31],
    ['workDays', 'wrong type', 'weekdays'],
    ['workDays', 'day above range', [1, 7]],
    ['workDays', 'day below range', [-1, 2]],
    ['workDays', 'fractional day', [1.5]],
    ['workDays', 'more than seven entries', [0, 1, 2, 3, 4, 5, 6, 0]],
    ['workStartMin', 'wrong type', '09:00'],
    ['workStartMin', 'below range', -1],
    ['workStartMin', 'above range', 1440],
    ['workEndMin', 'wrong type', {}],
    ['workEndMin', 'below range', 0],
    ['workEndMin', 'above range', 1441],
    ['badgeMode', 'wrong type', 1],
    ['badgeMode', 'unknown value', 'minutes'],
    ['speech', 'wrong type', true],
    ['speech', 'unknown value', 'loud'],
    ['notifications', 'wrong type', 'yes'],
    ['dailyGoal', 'wrong type', [6]],
    ['dailyGoal', 'below range', 0],
    ['dailyGoal', 'above range', 25],
  ];

  it.each(corrupt)(
    'a corrupt %s (%s) falls back to its default, the rest is kept',
    (field, _why, bad) => {
      const parsed = parseSettings({ ...custom, [field]: bad });
      expect(parsed).toEqual({ ...custom, [field]: settingsDefaults[field] });
    },
  );

  it.each(Object.keys(settingsDefaults) as Array<keyof Settings>)(
    'a %s of a type no field accepts falls back to its default, the rest is kept',
    (field) => {
      const parsed = parseSettings({ ...custom, [field]: wrongType });
      expect(parsed).toEqual({ ...custom, [field]: settingsDefaults[field] });
    },
  );

  it.each([
    ['start after end', 18 * 60, 9 * 60],
    ['start equal to end', 9 * 60, 9 * 60],
  ])('falls back to the default working hours as a pair when %s', (_name, start, end) => {
    const parsed = parseSettings({ ...custom, workStartMin: start, workEndMin: end });
    expect(parsed).toEqual({ ...custom, workStartMin: 0, workEndMin: 1440 });
  });

  it('keeps a one-minute window', () => {
    const parsed = parseSettings({ ...custom, workStartMin: 600, workEndMin: 601 });
    expect(parsed.workStartMin).toBe(600);
    expect(parsed.workEndMin).toBe(601);
  });

  it('normalises duplicate and unsorted work days', () => {
    expect(parseSettings({ ...custom, workDays: [5, 1, 3, 1, 5] }).workDays).toEqual([1, 3, 5]);
    expect(parseSettings({ ...custom, workDays: [] }).workDays).toEqual([]);
  });

  it('returns a fresh object: mutating the result, nested arrays included, leaves the defaults alone', () => {
    const pristine = structuredClone(settingsDefaults);
    for (const raw of [undefined, {}, { intervalMin: 45 }, 'damaged']) {
      const parsed = parseSettings(raw);
      parsed.workDays.push(9);
      parsed.meetingHosts.push('evil.example.com');
      parsed.meetingHosts.length = 1;
      parsed.intervalMin = 99;
      expect(settingsDefaults).toEqual(pristine);
      expect(parseSettings(undefined)).toEqual(pristine);
    }
  });

  it('keeps the defaults frozen all the way down', () => {
    const pristine = structuredClone(settingsDefaults);
    expect(() => (settingsDefaults.meetingHosts as string[]).push('evil.example.com')).toThrow(
      TypeError,
    );
    expect(() => (settingsDefaults.workDays as number[]).pop()).toThrow(TypeError);
    expect(settingsDefaults).toEqual(pristine);
  });
});

describe('validateSettingsPatch', () => {
  it('accepts a valid partial update and merges it', () => {
    const result = validateSettingsPatch(custom, { intervalMin: 60, notifications: true }, t);
    expect(result).toEqual({
      ok: true,
      settings: { ...custom, intervalMin: 60, notifications: true },
    });
  });

  it('accepts an empty patch as no change', () => {
    expect(validateSettingsPatch(custom, {}, t)).toEqual({ ok: true, settings: custom });
  });

  it('does not modify the current settings', () => {
    const current = structuredClone(custom);
    validateSettingsPatch(current, { intervalMin: 60, workDays: [2] }, t);
    expect(current).toEqual(custom);
  });

  it('normalises the work days of an accepted patch', () => {
    const result = validateSettingsPatch(custom, { workDays: [5, 1, 1] }, t);
    expect(result).toEqual({ ok: true, settings: { ...custom, workDays: [1, 5] } });
  });

  it('accepts moving both working-hour bounds past the old end', () => {
    const result = validateSettingsPatch(custom, { workStartMin: 18 * 60, workEndMin: 22 * 60 }, t);
    expect(result).toEqual({
      ok: true,
      settings: { ...custom, workStartMin: 18 * 60, workEndMin: 22 * 60 },
    });
  });

  it('rejects unknown keys, naming them', () => {
    const result = validateSettingsPatch(custom, { intervalMin: 45, colour: 'red' }, t);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(Object.values(result.errors).join(' ')).toContain('colour');
  });

  it.each([
    ['intervalMin', 5],
    ['intervalMin', 121],
    ['intervalMin', '30'],
    ['naturalBreakMin', 0],
    ['snoozeMin', 45],
    ['workDays', [1, 8]],
    ['workStartMin', -5],
    ['workEndMin', 1441],
    ['badgeMode', 'minutes'],
    ['speech', 'yes'],
    ['notifications', 'on'],
    ['dailyGoal', 25],
    ...Object.keys(settingsDefaults).map((field): [string, unknown] => [field, wrongType]),
  ])('rejects a bad %s (%j) with an error on that field', (field, value) => {
    const result = validateSettingsPatch(custom, { [field]: value }, t);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const keys = Object.keys(result.errors);
    expect(keys.length).toBeGreaterThan(0);
    expect(keys.every((key) => key === field || key.startsWith(`${field}.`))).toBe(true);
    for (const message of Object.values(result.errors)) expect(message.length).toBeGreaterThan(0);
  });

  it('reports each bad field of a patch', () => {
    const result = validateSettingsPatch(custom, { intervalMin: 1, dailyGoal: 0 }, t);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(Object.keys(result.errors).sort()).toEqual(['dailyGoal', 'intervalMin']);
  });

  it.each([
    ['start moved onto the end', { workStartMin: 17 * 60 }],
    ['start moved past the end', { workStartMin: 18 * 60 }],
    ['end moved before the start', { workEndMin: 8 * 60 }],
    ['both given inverted', { workStartMin: 600, workEndMin: 540 }],
    ['both given equal', { workStartMin: 600, workEndMin: 600 }],
  ])('rejects working hours with %s', (_name, patch) => {
    const result = validateSettingsPatch(custom, patch, t);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.workEndMin).toMatch(/end after/i);
  });

  it.each([
    ['null', null],
    ['a string', 'intervalMin=45'],
    ['an array', [45]],
  ])('rejects %s as a patch', (_name, patch) => {
    expect(validateSettingsPatch(custom, patch, t).ok).toBe(false);
  });
});

describe('number bounds', () => {
  it('the schema accepts exactly the bounds the options form offers', () => {
    for (const [key, { min, max }] of Object.entries(NUMBER_BOUNDS)) {
      const check = (value: number) =>
        validateSettingsPatch(settingsDefaults, { [key]: value }, t).ok;
      expect([check(min - 1), check(min), check(max), check(max + 1)], key).toEqual([
        false,
        true,
        true,
        false,
      ]);
    }
  });
});
