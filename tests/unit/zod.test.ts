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

  it('words what was wrong in the user’s language (never zod’s English), naming the field', () => {
    const words = ((key: string, ...values: string[]) => [key, ...values].join('|')) as Translate;
    const result = validateSettingsPatch(
      settingsDefaults,
      { intervalMin: 5, badgeMode: 'loud', colour: 'red' },
      words,
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual({
      intervalMin: 'options_number_invalid|10|120',
      badgeMode: 'settings_value_invalid',
      settings: 'settings_unknown_field|colour',
    });
  });
});
