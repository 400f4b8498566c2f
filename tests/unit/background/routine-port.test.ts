import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { settled } from '../../../background/queue';
import { watchRoutinePort } from '../../../background/routine-port';
import { ROUTINE_PORT } from '../../../lib/messages';
import { installIdleStub } from '../../helpers/idle-stub';

// A routine running in an extension page reports its progress through a port; a page that
// closes mid-routine leaves a partial break. Only Unsit's own pages are listened to.

function fakePort(sender: { id?: string; url?: string }) {
  const onMessage: Array<(m: unknown) => void> = [];
  const onDisconnect: Array<() => void> = [];
  let disconnected = false;
  const port = {
    name: ROUTINE_PORT,
    sender,
    onMessage: { addListener: (l: (m: unknown) => void) => onMessage.push(l) },
    onDisconnect: { addListener: (l: () => void) => onDisconnect.push(l) },
    disconnect: () => {
      disconnected = true;
    },
  };
  return {
    port: port as never,
    send: (m: unknown) => {
      for (const l of onMessage) l(m);
    },
    close: () => {
      for (const l of onDisconnect) l();
    },
    get disconnected() {
      return disconnected;
    },
  };
}

async function partials(): Promise<number> {
  await settled();
  const days = (await fakeBrowser.storage.local.get('days')).days as
    | Record<string, { partial?: number }>
    | undefined;
  return Object.values(days ?? {}).reduce((sum, d) => sum + (d.partial ?? 0), 0);
}

describe('the routine port', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    installIdleStub();
  });

  it('records a partial break when an extension page closes mid-routine', async () => {
    const page = fakePort({
      id: fakeBrowser.runtime.id,
      url: fakeBrowser.runtime.getURL('/break.html'),
    });
    watchRoutinePort(page.port);
    page.send({ type: 'progress', id: 'routine-abc123', ranMs: 40_000 });
    page.close();
    expect(await partials()).toBe(1);
    expect(page.disconnected).toBe(false);
  });

  it.each([
    ['a web page', { url: 'https://example.test/' }],
    ['another extension', { id: 'someone-else', url: 'chrome-extension://someone-else/x.html' }],
  ])('ignores and drops a port from %s', async (_, sender) => {
    const page = fakePort(sender);
    watchRoutinePort(page.port);
    page.send({ type: 'progress', id: 'routine-abc123', ranMs: 40_000 });
    page.close();
    expect(page.disconnected).toBe(true);
    expect(await partials()).toBe(0);
  });
});
