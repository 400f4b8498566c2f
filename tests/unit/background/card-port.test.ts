import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { watchCardPort } from '../../../background/overlay';
import { CARD_PORT } from '../../../lib/surfaces';
import { overlayCardItem } from '../../../platform/store';

// The card over a page talks to the background through a port named after the card. Only the
// frame Unsit put into the page is accepted: the first frame of the card's tab to connect, and
// afterwards only that one (a page could frame a copy from the same address).

const TAB = 7;
/** A new card each test, as each reminder shows one (the worker keeps its claims in memory). */
let CARD = '';
let cards = 0;

function framePort(frameId: number, tab = TAB, id = CARD) {
  const received: unknown[] = [];
  const port = {
    name: `${CARD_PORT}#${id}`,
    sender: {
      id: fakeBrowser.runtime.id,
      frameId,
      tab: { id: tab, url: 'https://example.com/' },
    },
    postMessage: (message: unknown) => received.push(message),
    disconnect: () => received.push('disconnected'),
    onMessage: { addListener: () => {} },
    onDisconnect: { addListener: () => {} },
  };
  return { port: port as never, received };
}

const answered = (frame: { received: unknown[] }) =>
  expect.poll(() => frame.received.length).toBeGreaterThan(0);

describe('the card port', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    cards += 1;
    CARD = `card-${cards}`;
    await overlayCardItem.setValue({ tab: TAB, id: CARD });
  });

  it('accepts the card’s frame and records it', async () => {
    const frame = framePort(3);
    watchCardPort(frame.port);
    await answered(frame);
    expect(frame.received).toEqual([{ accept: null }]);
    expect(await overlayCardItem.getValue()).toEqual({ tab: TAB, id: CARD, frame: 3 });
  });

  it('refuses a second frame that connects before the first one’s record is written', async () => {
    const first = framePort(3);
    const copy = framePort(4);
    watchCardPort(first.port);
    watchCardPort(copy.port);
    await answered(first);
    await answered(copy);
    expect(first.received).toEqual([{ accept: null }]);
    expect(copy.received).toEqual(['reject', 'disconnected']);
    expect((await overlayCardItem.getValue())?.frame).toBe(3);
  });

  it('accepts the same frame again after a reconnection, and no other', async () => {
    const first = framePort(3);
    watchCardPort(first.port);
    await answered(first);
    const again = framePort(3);
    const copy = framePort(9);
    watchCardPort(again.port);
    watchCardPort(copy.port);
    await answered(again);
    await answered(copy);
    expect(again.received).toEqual([{ accept: null }]);
    expect(copy.received).toEqual(['reject', 'disconnected']);
  });

  it('refuses another tab, the top frame, and a card that is not the one shown', async () => {
    const elsewhere = framePort(3, TAB + 1);
    const top = framePort(0);
    const stale = framePort(3, TAB, 'card-old');
    for (const frame of [elsewhere, top, stale]) watchCardPort(frame.port);
    for (const frame of [elsewhere, top, stale]) {
      await answered(frame);
      expect(frame.received).toEqual(['reject', 'disconnected']);
    }
  });
});
