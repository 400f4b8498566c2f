// Two browsers signed in to the same account: each has its own local storage, both share
// one sync area. The fake browser has one local area, so each device's local storage is
// swapped in before it acts and saved after, while the sync area stays as it is.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { handleMessage } from '../../background/messages';
import { settled } from '../../background/queue';
import { runSync } from '../../background/sync';
import { listDevices, removeDevice } from '../../components/options/device-list';
import type { Reply, Status } from '../../lib/messages';
import { MINUTE } from '../../lib/time';
import { loadSettings } from '../../platform/store';
import { installIdleStub } from '../helpers/idle-stub';

type Device = { name: string; local: Record<string, unknown> };
let current: Device | null = null;

async function as<T>(device: Device, act: () => Promise<T>): Promise<T> {
  if (current !== device) {
    await settled();
    if (current) current.local = await fakeBrowser.storage.local.get(null);
    await fakeBrowser.storage.local.clear();
    await fakeBrowser.storage.local.set(device.local);
    current = device;
  }
  const result = await act();
  await settled();
  return result;
}

async function send<T>(name: string, payload: unknown = {}): Promise<T> {
  const sender = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/popup.html') };
  const reply = (await handleMessage({ tag: 'unsit', name, payload }, sender)) as Reply<T>;
  if (!reply.ok) throw new Error(reply.error);
  return reply.data;
}

/**
 * Breaks two minutes apart, at the keyboard between them (a longer silence would be rest, and
 * reports less than a minute apart one break: lib/clock/breaks.ts).
 */
const breakOf = (kind: 'routine' | 'acknowledged') => {
  vi.setSystemTime(Date.now() + 2 * MINUTE);
  if (kind === 'acknowledged') return { kind, id: crypto.randomUUID() };
  // A 50-second routine played through.
  const work = { workedMs: 40_000, plannedMs: 40_000, ranMs: 50_000 };
  return { kind, id: crypto.randomUUID(), startedAt: Date.now() - 50_000, work };
};

describe('two devices, one sync area', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    installIdleStub();
    current = null;
    // Only the date is faked: a Monday morning, moved on by each break.
    vi.useFakeTimers({ toFake: ['Date'], now: new Date(2026, 5, 1, 9, 0) });
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  it('share settings, add up the same day, and keep a device that disappeared', async () => {
    const desk: Device = { name: 'desk', local: {} };
    const laptop: Device = { name: 'laptop', local: {} };

    await as(desk, () => send('setSharing', { on: true }));
    await as(laptop, () => send('setSharing', { on: true }));

    // Settings: each device edits a different field, a minute apart.
    await as(desk, () => send<Status>('updateSettings', { patch: { intervalMin: 45 } }));
    await as(laptop, () => send<Status>('updateSettings', { patch: { snoozeMin: 10 } }));
    await as(desk, () => runSync(Date.now() + MINUTE));
    await as(laptop, () => runSync(Date.now() + 2 * MINUTE));
    await as(desk, () => runSync(Date.now() + 3 * MINUTE));
    for (const device of [desk, laptop]) {
      const settings = await as(device, loadSettings);
      expect([device.name, settings.intervalMin, settings.snoozeMin]).toEqual([
        device.name,
        45,
        10,
      ]);
    }

    // Breaks on both devices on the same day.
    await as(desk, () => send<Status>('recordBreak', breakOf('acknowledged')));
    await as(desk, () => send<Status>('recordBreak', breakOf('routine')));
    for (let i = 0; i < 3; i++) {
      await as(laptop, () => send<Status>('recordBreak', breakOf('acknowledged')));
    }
    await as(desk, () => runSync(Date.now() + 20 * MINUTE));
    await as(laptop, () => runSync(Date.now() + 20 * MINUTE));

    const onDesk = await as(desk, () => send<Status>('getStatus'));
    expect(onDesk.view.breaksToday).toBe(2);
    expect(onDesk.all?.breaksToday).toBe(5);
    expect(onDesk.all?.week.at(-1)?.breaks).toBe(5);
    const onLaptop = await as(laptop, () => send<Status>('getStatus'));
    expect(onLaptop.all?.breaksToday).toBe(5);

    // The laptop is never used again: its breaks stay counted, shown with when it was seen.
    await as(desk, () => runSync(Date.now() + 60 * MINUTE));
    const list = await as(desk, listDevices);
    expect(list.devices).toHaveLength(1);
    expect(list.devices[0]?.seen).toBeLessThanOrEqual(Date.now() + 20 * MINUTE);
    expect((await as(desk, () => send<Status>('getStatus'))).all?.breaksToday).toBe(5);

    // Removed in options: gone from the figures, and the desk's own record stays.
    await as(desk, () => removeDevice(list.devices[0]?.id ?? ''));
    const after = await as(desk, listDevices);
    expect(after.devices).toEqual([]);
    expect((await as(desk, () => send<Status>('getStatus'))).all?.breaksToday).toBe(2);
  });
});
