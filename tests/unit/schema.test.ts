import { describe, expect, it } from 'vitest';
import * as z from '../../lib/schema';

// lib/schema.ts replaces zod at runtime (issue 6). settings, day-totals, clock and message tests
// cover it through the real schemas; these pin the validator's own rules and messages.

const issues = (schema: z.Schema<unknown>, value: unknown) =>
  schema.safeParse(value).error?.issues ?? [];

describe('the runtime validator', () => {
  it('accepts finite numbers only, with bounds and whole-number checks', () => {
    const n = z.number().check(z.int(), z.minimum(10), z.maximum(120));
    expect(n.safeParse(30)).toEqual({ success: true, data: 30 });
    for (const bad of [Number.NaN, Number.POSITIVE_INFINITY, '30', null, undefined, 9, 121, 10.5]) {
      expect(n.safeParse(bad).success, String(bad)).toBe(false);
    }
    expect(issues(n, 9)[0]?.message).toBe('Must be 10 or more');
    expect(issues(n, 121)[0]?.message).toBe('Must be 120 or less');
    expect(issues(n, 10.5)[0]?.message).toBe('Expected a whole number');
    expect([n.minValue, n.maxValue]).toEqual([10, 120]);
    expect([z.number().minValue, z.number().maxValue]).toEqual([null, null]);
  });

  it('checks text and lists by length, trims before a pattern', () => {
    const id = z.string().check(z.minLength(8), z.maxLength(12));
    expect(issues(id, 'short')[0]?.message).toBe('Must be at least 8 characters');
    expect(issues(id, 'much-too-long-id')[0]?.message).toBe('Must be at most 12 characters');
    const host = z.string().check(z.trim(), z.regex(/^[a-z.]+$/, 'A host name'));
    expect(host.safeParse('  meet.example.com ')).toEqual({
      success: true,
      data: 'meet.example.com',
    });
    expect(issues(host, 'no spaces inside')[0]?.message).toBe('A host name');
    const list = z.array(z.number()).check(z.maxLength(2));
    expect(issues(list, [1, 2, 3])[0]?.message).toBe('Must have at most 2 items');
    expect(issues(list, [1, 'x'])[0]).toEqual({ path: [1], message: 'Expected a number' });
  });

  it('names the accepted values of literals, enums and their unions', () => {
    expect(issues(z.enum(['routine', 'acknowledged']), 'natural')[0]?.message).toBe(
      'Expected one of "routine", "acknowledged"',
    );
    const pause = z.union([z.literal(30), z.literal(60), z.literal('tomorrow')]);
    expect(pause.safeParse(60).success).toBe(true);
    expect(issues(pause, 45)[0]?.message).toBe('Expected one of 30, 60, "tomorrow"');
  });

  it('validates objects field by field, with paths, and names unknown fields when strict', () => {
    const shape = { id: z.string(), at: z.optional(z.number()), until: z.nullable(z.number()) };
    expect(z.object(shape).safeParse({ id: 'a', until: null, extra: 1 })).toEqual({
      success: true,
      data: { id: 'a', until: null },
    });
    expect(issues(z.strictObject(shape), { id: 'a', until: 1, colour: 'red' })).toEqual([
      { path: [], message: 'Unknown field "colour"' },
    ]);
    expect(issues(z.object(shape), { id: 1, until: 'x' })).toEqual([
      { path: ['id'], message: 'Expected text' },
      { path: ['until'], message: 'Expected a number' },
    ]);
    for (const bad of [null, [], 'x', 1])
      expect(z.object(shape).safeParse(bad).success).toBe(false);
    const patch = z.partial(z.strictObject(shape));
    expect(patch.safeParse({})).toEqual({ success: true, data: {} });
    expect(issues(patch, { until: 'x' })[0]?.path).toEqual(['until']);
    expect(patch.safeParse({ other: 1 }).success).toBe(false);
  });

  it('keeps a record’s keys as data, even "__proto__"', () => {
    const record = z.record(z.string(), z.unknown());
    const parsed = record.safeParse(JSON.parse('{"__proto__": {"polluted": true}, "a": 1}'));
    expect(parsed.success).toBe(true);
    expect(Object.getPrototypeOf(parsed.data)).toBe(Object.prototype);
    expect(Object.keys(parsed.data ?? {})).toEqual(['__proto__', 'a']);
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
  });

  it('reports the closest option of a failed union of objects', () => {
    const message = z.discriminatedUnion('type', [
      z.strictObject({ type: z.literal('progress'), ranMs: z.number() }),
      z.strictObject({ type: z.literal('done'), id: z.string().check(z.minLength(8)) }),
    ]);
    expect(message.safeParse({ type: 'done', id: 'run-12345' }).success).toBe(true);
    expect(issues(message, { type: 'done', id: 'x' })).toEqual([
      { path: ['id'], message: 'Must be at least 8 characters' },
    ]);
    expect(z.safeParse(message, { type: 'progress', ranMs: 5 }).success).toBe(true);
  });
});
