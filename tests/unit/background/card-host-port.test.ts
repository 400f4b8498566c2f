import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing';
import { watchCardHostPort } from '../../../background/overlay';
import { CARD_HOST_PORT } from '../../../lib/surfaces';
import { overlayCardItem } from '../../../platform/store';

// The page side of the card says 'gone' when the page removed the card, and lets go of its port
// in the same breath. Chromium may deliver the disconnect to the worker before the message's
// turn comes: the removal must still bring Unsit's window.

const TAB = 7;
let cards = 0;

function hostPort(id: string) {
  const onMessage: Array<(message: unknown) => void> = [];
  const onDisconnect: Array<() => void> = [];
  const port = {
    name: `${CARD_HOST_PORT}#${id}`,
    sender: { id: fakeBrowser.runtime.id, frameId: 0, tab: { id: TAB } },
    postMessage: () => {},
    disconnect: () => {},
    onMessage: { addListener: (listener: (message: unknown) => void) => onMessage.push(listener) },
    onDisconnect: { addListener: (listener: () => void) => onDisconnect.push(listener) },
  };
  return {
    port: port as never,
    say: (message: unknown) => {
      for (const listener of onMessage) listener(message);
    },
    drop: () => {
      for (const listener of onDisconnect) listener();
    },
  };
}

/** Lets the port's acceptance (a storage read) settle. */
const settle = () => new Promise((done) => setTimeout(done, 0));

describe('the card’s page side', () => {
  let id = '';
  let create: ReturnType<typeof vi.spyOn>;
  beforeEach(async () => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
    create = vi.spyOn(browser.windows, 'create').mockResolvedValue({} as never);
    vi.spyOn(browser.tabs, 'query').mockResolvedValue([] as never);
    vi.spyOn(browser.scripting, 'executeScript').mockResolvedValue([] as never);
    cards += 1;
    id = `host-card-${cards}`;
    await overlayCardItem.setValue({ tab: TAB, id, frame: 3 });
  });

  it('a removal reported after its port has already dropped still opens Unsit’s window', async () => {
    const host = hostPort(id);
    watchCardHostPort(host.port);
    await settle();
    // The order Chromium delivered them in under load: the disconnect first, then 'gone'.
    host.drop();
    host.say('gone');
    await vi.waitFor(() => expect(create).toHaveBeenCalledTimes(1));
    expect(await overlayCardItem.getValue()).toBeNull();
  });

  it('both in one turn, the message first: the window opens once', async () => {
    const host = hostPort(id);
    watchCardHostPort(host.port);
    await settle();
    host.say('gone');
    host.drop();
    await vi.waitFor(() => expect(create).toHaveBeenCalledTimes(1));
    expect(await overlayCardItem.getValue()).toBeNull();
  });

  it('a port another one replaced no longer speaks for the card', async () => {
    const old = hostPort(id);
    watchCardHostPort(old.port);
    await settle();
    const fresh = hostPort(id);
    watchCardHostPort(fresh.port);
    await settle();
    old.say('gone');
    await settle();
    await settle();
    expect(create).not.toHaveBeenCalled();
    expect(await overlayCardItem.getValue()).toEqual({ tab: TAB, id, frame: 3 });
  });
});
