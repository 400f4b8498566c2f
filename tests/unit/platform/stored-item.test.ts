import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { defineItem } from '../../../platform/stored-item';

// Items are defined inside each test: an item migrates once per worker (per definition), as
// in the real background where each module-level item is defined once per worker start.
describe('a stored item', () => {
  beforeEach(() => fakeBrowser.reset());

  it('reads its fallback when nothing is stored, and what was set afterwards', async () => {
    const item = defineItem<number>('local:count', { fallback: 0 });
    expect(await item.getValue()).toBe(0);
    await item.setValue(3);
    expect(await item.getValue()).toBe(3);
    // Version 1 writes no meta: its absence means version 1.
    expect(await fakeBrowser.storage.local.get(null)).toEqual({ count: 3 });
    await item.removeValue();
    expect(await item.getValue()).toBe(0);
  });

  it('tells a watcher when its own value is written or removed, and nothing else', async () => {
    const item = defineItem<number>('local:count', { fallback: 0 });
    const heard = vi.fn();
    const stop = item.watch(heard);
    await fakeBrowser.storage.local.set({ other: 1 });
    await fakeBrowser.storage.session.set({ count: 1 });
    expect(heard).not.toHaveBeenCalled();
    await item.setValue(2);
    await item.removeValue();
    expect(heard).toHaveBeenCalledTimes(2);
    stop();
    await item.setValue(3);
    expect(heard).toHaveBeenCalledTimes(2);
  });

  it('uses the area named in its key', async () => {
    const item = defineItem<string | null>('session:flag', { fallback: null });
    await item.setValue('on');
    expect(await fakeBrowser.storage.session.get('flag')).toEqual({ flag: 'on' });
    expect(await fakeBrowser.storage.local.get('flag')).toEqual({});
  });

  it('runs the migrations after the stored version, in order, once, and records the version', async () => {
    // WXT's layout: a value written at version 1 has no meta.
    await fakeBrowser.storage.local.set({ settings: { minutes: 30 } });
    const seen: number[] = [];
    const item = defineItem<unknown>('local:settings', {
      fallback: null,
      version: 3,
      migrations: {
        2: (old) => {
          seen.push(2);
          return { ...(old as object), v2: true };
        },
        3: (old) => {
          seen.push(3);
          return { ...(old as object), v3: true };
        },
      },
    });
    expect(await item.getValue()).toEqual({ minutes: 30, v2: true, v3: true });
    expect(await item.getValue()).toEqual({ minutes: 30, v2: true, v3: true });
    expect(seen).toEqual([2, 3]);
    expect((await fakeBrowser.storage.local.get('settings$')).settings$).toEqual({ v: 3 });
  });

  it('starts from the version its meta records', async () => {
    await fakeBrowser.storage.local.set({ days: ['old'], days$: { v: 2 } });
    const third = vi.fn((old: unknown) => [...(old as string[]), 'v3']);
    const second = vi.fn((old: unknown) => old);
    const item = defineItem<unknown>('local:days', {
      fallback: null,
      version: 3,
      migrations: { 2: second, 3: third },
    });
    expect(await item.getValue()).toEqual(['old', 'v3']);
    expect(second).not.toHaveBeenCalled();
  });

  it('leaves a value written by a newer version alone (a downgrade)', async () => {
    await fakeBrowser.storage.local.set({ clock: { future: true }, clock$: { v: 9 } });
    const migration = vi.fn();
    const item = defineItem<unknown>('local:clock', {
      fallback: null,
      version: 2,
      migrations: { 2: migration },
    });
    expect(await item.getValue()).toEqual({ future: true });
    expect(migration).not.toHaveBeenCalled();
  });

  it('keeps the stored value when a migration throws, and still answers', async () => {
    await fakeBrowser.storage.local.set({ clock: { kept: true } });
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const item = defineItem<unknown>('local:clock', {
      fallback: null,
      version: 2,
      migrations: {
        2: () => {
          throw new Error('bad shape');
        },
      },
    });
    expect(await item.getValue()).toEqual({ kept: true });
    expect(error).toHaveBeenCalledOnce();
    expect((await fakeBrowser.storage.local.get('clock$')).clock$).toBeUndefined();
  });

  it('treats malformed meta as version 1', async () => {
    await fakeBrowser.storage.local.set({ days: 1, days$: 'garbage' });
    const item = defineItem<unknown>('local:days', {
      fallback: null,
      version: 2,
      migrations: { 2: (old) => (old as number) + 1 },
    });
    expect(await item.getValue()).toBe(2);
  });

  it('writes the version beside every value of a versioned item, and removes both', async () => {
    const item = defineItem<unknown>('local:presentation', { fallback: null, version: 2 });
    await item.setValue({ a: 1 });
    expect(await fakeBrowser.storage.local.get(null)).toEqual({
      presentation: { a: 1 },
      presentation$: { v: 2 },
    });
    await item.removeValue();
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });
});
