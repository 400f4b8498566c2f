import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { handleMessage } from '../../../background/messages';
import { settled } from '../../../background/queue';
import { runSync, SYNC_ALARM } from '../../../background/sync';
import { listDevices, removeDevice } from '../../../components/options/device-list';
import type { Reply, Status } from '../../../lib/messages';
import { SETTINGS_SYNC_KEY } from '../../../lib/sync/settings-merge';
import { MINUTE } from '../../../lib/time';
import { loadSettings } from '../../../platform/store';
import { installIdleStub } from '../../helpers/idle-stub';

const sender = () => ({
  id: fakeBrowser.runtime.id,
  url: fakeBrowser.runtime.getURL('/options.html'),
});
async function send<T>(name: string, payload: unknown = {}): Promise<T> {
  const reply = (await handleMessage({ tag: 'unsit', name, payload }, sender())) as Reply<T>;
  if (!reply.ok) throw new Error(reply.error);
  return reply.data;
}
const synced = async () => fakeBrowser.storage.sync.get(null);
const quotaError = () =>
  new Error('QUOTA_BYTES_PER_ITEM quota exceeded. Quota exceeded for chrome.storage.sync.');

describe('settings in sync storage', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    installIdleStub();
  });
  afterEach(() => vi.restoreAllMocks());

  it('batches quick edits into one write, made by the alarm', async () => {
    const set = vi.spyOn(fakeBrowser.storage.sync, 'set');
    const start = Date.now();
    await send<Status>('updateSettings', { patch: { intervalMin: 45 } });
    await send<Status>('updateSettings', { patch: { snoozeMin: 10 } });
    await send<Status>('updateSettings', { patch: { dailyGoal: 8 } });
    expect(set).not.toHaveBeenCalled();
    const alarm = await fakeBrowser.alarms.get(SYNC_ALARM);
    expect(alarm?.scheduledTime).toBeGreaterThanOrEqual(start + MINUTE);
    expect(alarm?.scheduledTime).toBeLessThan(start + 2 * MINUTE);

    await runSync(Date.now() + MINUTE);
    expect(set).toHaveBeenCalledTimes(1);
    const record = (await synced())[SETTINGS_SYNC_KEY] as { s: Record<string, unknown> };
    expect(record.s).toMatchObject({ intervalMin: 45, snoozeMin: 10, dailyGoal: 8 });
    // The next round has nothing new: no write.
    await runSync(Date.now() + 2 * MINUTE);
    expect(set).toHaveBeenCalledTimes(1);
  });

  it('keeps everything locally through a quota error and writes it on the retry', async () => {
    await send<Status>('updateSettings', { patch: { intervalMin: 50 } });
    const set = vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValueOnce(quotaError());
    const now = Date.now() + MINUTE;
    const failed = await runSync(now);
    expect(failed.error).toBe('quota');
    expect((await loadSettings()).intervalMin).toBe(50);
    expect(await synced()).toEqual({});
    // Retried after a backoff, by alarm; a round before then writes nothing.
    const retry = await fakeBrowser.alarms.get(SYNC_ALARM);
    expect(retry?.scheduledTime).toBe(now + MINUTE);
    await runSync(now + 30_000);
    expect(set).toHaveBeenCalledTimes(1);
    const ok = await runSync(now + MINUTE);
    expect(ok).toMatchObject({ error: null, wrote: true });
    expect(await synced()).toMatchObject({ [SETTINGS_SYNC_KEY]: { s: { intervalMin: 50 } } });
  });

  it('backs off longer after each failure in a row', async () => {
    await send<Status>('updateSettings', { patch: { intervalMin: 50 } });
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValue(
      new Error('This request exceeds the MAX_WRITE_OPERATIONS_PER_MINUTE quota.'),
    );
    let now = Date.now();
    const delays: number[] = [];
    for (let i = 0; i < 4; i++) {
      await runSync(now);
      const alarm = await fakeBrowser.alarms.get(SYNC_ALARM);
      delays.push(((alarm?.scheduledTime ?? 0) - now) / MINUTE);
      now = alarm?.scheduledTime ?? now;
    }
    expect(delays).toEqual([1, 2, 4, 8]);
    expect((await loadSettings()).intervalMin).toBe(50);
  });

  it('takes a newer edit from another device and does not write it back', async () => {
    await runSync(Date.now());
    const set = vi.spyOn(fakeBrowser.storage.sync, 'set');
    await fakeBrowser.storage.sync.set({
      [SETTINGS_SYNC_KEY]: { f: 1, s: { intervalMin: 25 }, t: { intervalMin: Date.now() } },
    });
    set.mockClear();
    const outcome = await runSync(Date.now() + 1000);
    expect(outcome.settingsChanged).toBe(true);
    expect((await loadSettings()).intervalMin).toBe(25);
    expect(set).not.toHaveBeenCalled();
  });

  it('leaves a record written by a newer Unsit as it is, through local edits', async () => {
    const newer = {
      f: 2,
      s: { intervalMin: 25, focusMode: { on: true } },
      t: { intervalMin: Date.now(), focusMode: Date.now() },
      x: 'only the newer version knows',
    };
    await fakeBrowser.storage.sync.set({ [SETTINGS_SYNC_KEY]: newer });
    await send<Status>('updateSettings', { patch: { snoozeMin: 10 } });
    await runSync(Date.now() + MINUTE);
    await send<Status>('updateSettings', { patch: { dailyGoal: 8 } });
    await runSync(Date.now() + 2 * MINUTE, true);
    expect((await synced())[SETTINGS_SYNC_KEY]).toEqual(newer);
    // The edits are kept here all the same.
    expect(await loadSettings()).toMatchObject({ snoozeMin: 10, dailyGoal: 8 });
  });

  it('keeps the fields it does not know when it writes its own edit', async () => {
    const stamp = Date.now() - 1000;
    await fakeBrowser.storage.sync.set({
      [SETTINGS_SYNC_KEY]: {
        f: 1,
        s: { intervalMin: 25, focusMode: { on: true } },
        t: { intervalMin: stamp, focusMode: stamp },
        x: 'a field of a newer version',
      },
    });
    await runSync(Date.now());
    await send<Status>('updateSettings', { patch: { snoozeMin: 10 } });
    await runSync(Date.now() + MINUTE);
    const record = (await synced())[SETTINGS_SYNC_KEY] as Record<string, Record<string, unknown>>;
    expect(record.s).toMatchObject({ intervalMin: 25, snoozeMin: 10, focusMode: { on: true } });
    expect(record.t?.focusMode).toBe(stamp);
    expect(record.x).toBe('a field of a newer version');
  });

  it('forgets a stored backoff too far ahead to be real, and writes again', async () => {
    await fakeBrowser.storage.local.set({
      'sync-state': { stamps: {}, dirty: true, failures: 3, retryAt: 1e20, publishedAt: 0 },
    });
    await send<Status>('updateSettings', { patch: { intervalMin: 45 } });
    const outcome = await runSync(Date.now() + MINUTE);
    expect(outcome.wrote).toBe(true);
    expect((await synced())[SETTINGS_SYNC_KEY]).toMatchObject({ s: { intervalMin: 45 } });
  });

  it('keeps working when sync storage cannot be read at all', async () => {
    vi.spyOn(fakeBrowser.storage.sync, 'get').mockRejectedValue(new Error('sync is disabled'));
    await send<Status>('updateSettings', { patch: { intervalMin: 40 } });
    expect((await runSync(Date.now() + MINUTE)).error).toBe('unavailable');
    expect((await loadSettings()).intervalMin).toBe(40);
    await settled();
  });
});

describe('all my devices', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    installIdleStub();
  });
  afterEach(() => vi.restoreAllMocks());

  it('is off by default: nothing of the history goes to sync storage', async () => {
    await fakeBrowser.storage.local.set({ days: { '2026-11-20': { routine: 3 } } });
    await runSync(Date.now());
    expect(Object.keys(await synced()).filter((k) => k.startsWith('dev:'))).toEqual([]);
    const status = await send<Status>('getStatus');
    expect(status.all).toBeUndefined();
  });

  it('publishes this device on opt-in, shows the others, and removes its keys on opt-out', async () => {
    await send('setSharing', { on: true });
    const keys = Object.keys(await synced()).filter((k) => k.startsWith('dev:'));
    expect(keys.length).toBeGreaterThanOrEqual(1);
    await fakeBrowser.storage.sync.set({
      'dev:other00001': { f: 2, n: 'Firefox on Windows', s: 1_790_000_000_000, c: 0, m: [] },
    });
    const devices = await listDevices();
    expect(devices.devices).toEqual([
      { id: 'other00001', label: 'Firefox on Windows', seen: 1_790_000_000_000 },
    ]);
    expect((await send<Status>('getStatus')).all?.devices).toBe(2);

    await removeDevice('other00001');
    expect(await synced()).not.toHaveProperty('dev:other00001');

    await send('setSharing', { on: false });
    expect(Object.keys(await synced()).filter((k) => k.startsWith('dev:'))).toEqual([]);
  });

  it('publishes a new name for this device at once, and lists it as this device’s name', async () => {
    await send('setSharing', { on: true, label: 'Chrome · Linux' });
    await send('setSharing', { on: true, label: 'Work laptop' });
    const records = Object.entries(await synced()).filter(([k]) => /^dev:[^:]+$/.test(k));
    expect(records.map(([, record]) => (record as { n: string }).n)).toEqual(['Work laptop']);
    expect((await listDevices()).label).toBe('Work laptop');
    // Off and on again without a name: the name stays.
    await send('setSharing', { on: false });
    await send('setSharing', { on: true });
    expect((await listDevices()).label).toBe('Work laptop');
  });

  it('retries removing its keys after an opt-out that hit the rate limit', async () => {
    await send('setSharing', { on: true });
    vi.spyOn(fakeBrowser.storage.sync, 'remove').mockRejectedValueOnce(
      new Error('This request exceeds the MAX_WRITE_OPERATIONS_PER_HOUR quota.'),
    );
    await send('setSharing', { on: false });
    expect(Object.keys(await synced()).some((k) => k.startsWith('dev:'))).toBe(true);
    const retry = await fakeBrowser.alarms.get(SYNC_ALARM);
    await runSync(retry?.scheduledTime ?? 0);
    expect(Object.keys(await synced()).some((k) => k.startsWith('dev:'))).toBe(false);
  });
});
