import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { settled } from '../../../background/queue';
import { watchRoutinePort } from '../../../background/routine-port';
import { startRoutineSession } from '../../../platform/routine-session';
import { installIdleStub } from '../../helpers/idle-stub';

// The routine page and the background talk through a port. When the worker is stopped in
// the middle of a routine, the page's end of the port drops while the routine goes on; the
// page must connect again and hand over its progress, or a page closed later leaves nothing.

type Listener<T> = (value: T) => void;
const event = <T = void>() => {
  const listeners: Listener<T>[] = [];
  return {
    addListener: (l: Listener<T>) => listeners.push(l),
    fire: (value: T) => {
      for (const l of [...listeners]) l(value);
    },
  };
};

/** A connected pair: what the page holds and what the (current) worker holds. */
function portPair(name: string) {
  const page = { onMessage: event<unknown>(), onDisconnect: event() };
  const worker = { onMessage: event<unknown>(), onDisconnect: event() };
  let open = true;
  const pagePort = {
    name,
    onMessage: page.onMessage,
    onDisconnect: page.onDisconnect,
    postMessage: (m: unknown) => {
      if (!open) throw new Error('Attempting to use a disconnected port object');
      worker.onMessage.fire(m);
    },
    disconnect: () => {
      if (!open) return;
      open = false;
      worker.onDisconnect.fire();
    },
  };
  const workerPort = {
    name,
    sender: { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/break.html') },
    onMessage: worker.onMessage,
    onDisconnect: worker.onDisconnect,
    postMessage: (m: unknown) => page.onMessage.fire(m),
    disconnect: () => {
      open = false;
      page.onDisconnect.fire();
    },
  };
  return {
    pagePort,
    workerPort,
    /** The worker is stopped: the page sees its port drop; the dead worker runs nothing. */
    killWorker: () => {
      open = false;
      page.onDisconnect.fire();
    },
    /** The page closes: the worker at the other end sees it. */
    closePage: () => {
      if (!open) return;
      open = false;
      worker.onDisconnect.fire();
    },
  };
}

async function partialMs(): Promise<number> {
  await settled();
  const days = (await fakeBrowser.storage.local.get('days')).days as
    | Record<string, { partial?: number; partialMs?: number }>
    | undefined;
  return Object.values(days ?? {}).reduce((sum, d) => sum + (d.partialMs ?? 0), 0);
}

describe('a routine across a worker restart', () => {
  let pairs: ReturnType<typeof portPair>[];

  beforeEach(() => {
    fakeBrowser.reset();
    installIdleStub();
    pairs = [];
    // Each connect reaches whichever worker runs now: the background's own port handler.
    Object.assign(fakeBrowser.runtime, {
      connect: vi.fn(({ name }: { name: string }) => {
        const pair = portPair(name);
        pairs.push(pair);
        watchRoutinePort(pair.workerPort as never);
        return pair.pagePort;
      }),
    });
  });

  it('connects again and keeps its progress: closing the page later records the partial', async () => {
    const session = startRoutineSession('two-minute');
    session.progress(20_000);
    pairs[0]?.killWorker();
    expect(pairs).toHaveLength(2);
    // The new worker already knows how far the routine got.
    pairs[1]?.closePage();
    expect(await partialMs()).toBe(20_000);
  });

  it('reports later progress to the new worker', async () => {
    const session = startRoutineSession('two-minute');
    session.progress(20_000);
    pairs[0]?.killWorker();
    session.progress(45_000);
    pairs.at(-1)?.closePage();
    expect(await partialMs()).toBe(45_000);
  });

  it('does not connect again once the routine ended', async () => {
    const session = startRoutineSession('two-minute');
    session.progress(20_000);
    const stop = session
      .finish({ workedMs: 20_000, plannedMs: 60_000, ranMs: 20_000 })
      .catch(() => undefined);
    pairs[0]?.killWorker();
    await stop;
    expect(pairs).toHaveLength(1);
  });
});
