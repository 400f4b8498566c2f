import { afterAll, describe, expect, it, vi } from 'vitest';
import { initialClock, parseClock } from '../../lib/clock/state';
import type { Translate } from '../../lib/i18n';
import { requestSchema } from '../../lib/messages';
import { parseSettings, settingsDefaults, validateSettingsPatch } from '../../lib/settings';
import { z } from '../../lib/zod';

// lib/zod.ts sets zod up for extension pages and the service worker, whose policies forbid eval.

// As an extension's policy does: `new Function` throws, and each attempt counts (a browser reports
// it). Installed before any module builds a schema, since zod decides then whether to compile.
const evalTried = vi.hoisted(() => {
  const original = globalThis.Function;
  const tried = { count: 0, original };
  globalThis.Function = new Proxy(original, {
    construct() {
      tried.count++;
      throw new EvalError('Refused to evaluate a string as JavaScript');
    },
  });
  return tried;
});
afterAll(() => {
  globalThis.Function = evalTried.original;
});

describe('zod as Unsit runs it', () => {
  it('parses messages and stored values without compiling code (extension pages forbid eval)', () => {
    const envelope = z.object({ a: z.number(), b: z.optional(z.string()) });
    expect(envelope.safeParse({ a: 1, b: 'x', c: true })).toEqual({
      success: true,
      data: { a: 1, b: 'x' },
    });
    expect(
      requestSchema('recordPartial').safeParse({ id: 'break-0001', ranMs: 1000 }).success,
    ).toBe(true);
    expect(parseSettings({ ...settingsDefaults, intervalMin: 45 }).intervalMin).toBe(45);
    expect(parseClock({ ...initialClock, activity: 'locked' }, Date.now()).activity).toBe('locked');
    expect(evalTried.count).toBe(0);
  });

  it('says in English what was wrong, naming the field', () => {
    const result = validateSettingsPatch(
      settingsDefaults,
      { intervalMin: 5, colour: 'red' },
      ((key: string) => key) as Translate,
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.intervalMin).toMatch(/>=\s*10/);
    expect(result.errors.settings).toMatch(/colour/);
  });

  it('words each kind of issue Unsit’s schemas meet in plain English', () => {
    const message = (schema: z.ZodMiniType, value: unknown) =>
      schema.safeParse(value).error?.issues[0]?.message;
    expect(message(z.number(), 'x')).toBe('Invalid input: expected number');
    expect(message(z.int().check(z.maximum(120)), 121)).toBe(
      'Too big: expected number to be <=120',
    );
    expect(message(z.int().check(z.minimum(10)), 5)).toBe('Too small: expected number to be >=10');
    expect(message(z.string().check(z.maxLength(3)), 'abcd')).toBe(
      'Too big: expected string to have <=3 characters',
    );
    expect(message(z.array(z.number()).check(z.maxLength(1)), [1, 2])).toBe(
      'Too big: expected array to have <=1 items',
    );
    expect(message(z.enum(['breaks', 'bout']), 'x')).toBe(
      'Invalid option: expected one of "breaks"|"bout"',
    );
    expect(message(z.literal('reset'), 'x')).toBe('Invalid option: expected one of "reset"');
    expect(message(z.strictObject({}), { a: 1, b: 2 })).toBe('Unrecognized keys: "a", "b"');
    expect(message(z.string().check(z.regex(/^a$/)), 'b')).toBe(
      'Invalid string: must match its pattern',
    );
  });
});
