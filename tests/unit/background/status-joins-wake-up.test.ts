import { beforeEach, describe, expect, it } from 'vitest';
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
});
