import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { dispatch, effectiveSettings } from '../../../background/engine';
import { readPolicy, refreshPolicy, useManagedSource } from '../../../background/managed';
import { handleMessage } from '../../../background/messages';
import { settled } from '../../../background/queue';
import { SHARE_KEY } from '../../../lib/managed-policy';
import { loadSettings, policyItem } from '../../../platform/store';
import { installIdleStub } from '../../helpers/idle-stub';

const fromOptions = () => ({
  id: fakeBrowser.runtime.id,
  url: fakeBrowser.runtime.getURL('/options.html'),
});
const request = (name: string, payload: unknown = {}) =>
  handleMessage({ tag: 'unsit', name, payload }, fromOptions());

let policy: unknown = {};
/** The organisation sets a policy and the background reads it, as on the browser's change event. */
async function setPolicy(next: unknown): Promise<void> {
  policy = next;
  await refreshPolicy();
}

describe('the organisation’s policy in the background', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    installIdleStub();
    policy = {};
    useManagedSource(async () => policy);
  });
  afterEach(() => useManagedSource(() => fakeBrowser.storage.managed.get()));

  it('reads an unreadable policy (Firefox without one refuses) as none', async () => {
    await setPolicy({ intervalMin: 60, locked: ['intervalMin'] });
    useManagedSource(() => Promise.reject(new Error('Managed storage manifest not found')));
    expect(await refreshPolicy()).toBe(true);
    expect(await readPolicy()).toEqual({ settings: {}, locked: [] });
  });

  it('tells whether a read changed what the policy says', async () => {
    expect(await refreshPolicy()).toBe(false);
    policy = { intervalMin: 60, locked: ['intervalMin'] };
    expect(await refreshPolicy()).toBe(true);
    expect(await refreshPolicy()).toBe(false);
    // Fields Unsit does not know change nothing it does.
    policy = { intervalMin: 60, locked: ['intervalMin'], somethingNew: 1 };
    expect(await refreshPolicy()).toBe(false);
  });

  it('reads a damaged copy as no policy', async () => {
    await policyItem.setValue('not a policy');
    expect(await readPolicy()).toEqual({ settings: {}, locked: [] });
  });

  it('never holds a wake-up on managed storage: the copy applies while a read hangs', async () => {
    await setPolicy({ intervalMin: 60, locked: ['intervalMin'] });
    // Chromium can take minutes to answer its first managed read after a start.
    useManagedSource(() => new Promise(() => {}));
    void refreshPolicy();
    const outcome = await dispatch((now) => ({ type: 'tick', at: now }));
    expect(outcome.settings.intervalMin).toBe(60);
    expect(await request('getManaged')).toMatchObject({
      ok: true,
      data: { locked: ['intervalMin'] },
    });
  });

  it('applies locked values where the engine reads settings, over the user’s choice', async () => {
    await request('updateSettings', { patch: { intervalMin: 45, dailyGoal: 3 } });
    await setPolicy({ intervalMin: 60, dailyGoal: 8, locked: ['intervalMin'] });
    const settings = await effectiveSettings();
    expect(settings.intervalMin).toBe(60);
    // Unlocked, the organisation's value is a default: the user chose the goal already.
    expect(settings.dailyGoal).toBe(3);
  });

  it('keeps the user’s choice of Unsit’s own default over the organisation’s unlocked value', async () => {
    // Unsit's default goal is 6; the organisation's default is 4, which options shows.
    await setPolicy({ dailyGoal: 4 });
    expect((await effectiveSettings()).dailyGoal).toBe(4);
    // The user types 6: the stored value does not change, but it is now their choice.
    expect((await request('updateSettings', { patch: { dailyGoal: 6 } })).ok).toBe(true);
    expect((await effectiveSettings()).dailyGoal).toBe(6);
    // An edit of another field does not make the organisation's other defaults the user's.
    await setPolicy({ dailyGoal: 4, snoozeMin: 7 });
    await request('updateSettings', { patch: { sound: true } });
    expect((await effectiveSettings()).snoozeMin).toBe(7);
  });

  it('refuses an update to a locked setting with a structured failure, and saves nothing', async () => {
    await setPolicy({ intervalMin: 60, locked: ['intervalMin'] });
    await settled();
    const before = await loadSettings();
    const reply = await request('updateSettings', { patch: { sound: true, intervalMin: 20 } });
    expect(reply).toEqual({
      ok: false,
      code: 'locked',
      field: 'intervalMin',
      error: expect.any(String),
    });
    expect(await loadSettings()).toEqual(before);
  });

  it('saves the rest of an update that only repeats a locked value, keeping the user’s own', async () => {
    await request('updateSettings', { patch: { intervalMin: 45 } });
    await setPolicy({ intervalMin: 60, locked: ['intervalMin'] });
    const reply = await request('updateSettings', { patch: { sound: true, intervalMin: 60 } });
    expect(reply.ok).toBe(true);
    const stored = await loadSettings();
    expect(stored.sound).toBe(true);
    // Lifting the lock brings the user's choice back.
    expect(stored.intervalMin).toBe(45);
  });

  it('lists the locks for the options page', async () => {
    await setPolicy({ locked: ['workDays', SHARE_KEY, 'bogus'] });
    expect(await request('getManaged')).toMatchObject({
      ok: true,
      data: { locked: ['workDays', SHARE_KEY] },
    });
  });

  it('refuses to switch a locked sharing choice', async () => {
    await setPolicy({ [SHARE_KEY]: false, locked: [SHARE_KEY] });
    expect(await request('setSharing', { on: true, label: 'Laptop' })).toMatchObject({
      ok: false,
      code: 'locked',
      field: SHARE_KEY,
    });
  });
});
