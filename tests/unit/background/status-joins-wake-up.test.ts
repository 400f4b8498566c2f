import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { currentOutcome, dispatch } from '../../../background/engine';
import { settled } from '../../../background/queue';
import { installIdleStub } from '../../helpers/idle-stub';

// A worker started by the popup's request looks around first (every start does); the status
// read joins that wake-up instead of queuing a second one behind it.
describe('a status read', () => {
  beforeEach(async () => {
    await settled();
    fakeBrowser.reset();
    installIdleStub();
  });

  it('joins a wake-up already under way', async () => {
    let release = () => {};
    const gate = new Promise<void>((done) => {
      release = done;
    });
    const wakeUp = dispatch(async (now) => {
      await gate;
      return { type: 'tick', at: now };
    });
    const read = currentOutcome();
    release();
    expect(await read).toBe(await wakeUp);
  });

  it('reconciles anew when nothing is under way', async () => {
    const earlier = await dispatch((now) => ({ type: 'tick', at: now }));
    const read = await currentOutcome();
    expect(read).not.toBe(earlier);
    expect(read.view.now).toBeGreaterThanOrEqual(earlier.view.now);
  });

  it('still answers when the wake-up it joined fails', async () => {
    const failing = dispatch(async () => {
      throw new Error('storage gone');
    });
    const read = currentOutcome();
    await expect(failing).rejects.toThrow('storage gone');
    const outcome = await read;
    expect(outcome.view.now).toBeGreaterThan(0);
  });

  it('answers once the clock is reconciled, not after the wake-up has written and scheduled', async () => {
    // Storage writes and alarms hang until released: they cannot hold the answer up.
    let release = () => {};
    const gate = new Promise<void>((done) => {
      release = done;
    });
    const held = <A extends unknown[]>(real: (...args: A) => Promise<void>) =>
      vi.fn(async (...args: A) => {
        await gate;
        return real(...args);
      });
    const realSet = fakeBrowser.storage.local.set.bind(fakeBrowser.storage.local);
    const realCreate = fakeBrowser.alarms.create.bind(fakeBrowser.alarms);
    const set = vi.spyOn(fakeBrowser.storage.local, 'set').mockImplementation(held(realSet));
    const create = vi.spyOn(fakeBrowser.alarms, 'create').mockImplementation(held(realCreate));
    try {
      const outcome = await currentOutcome();
      expect(outcome.view.now).toBeGreaterThan(0);
      await vi.waitFor(() => expect(set).toHaveBeenCalled());
    } finally {
      release();
      await settled();
      set.mockRestore();
      create.mockRestore();
    }
  });
});
