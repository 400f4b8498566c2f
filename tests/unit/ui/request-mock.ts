import type { vi } from 'vitest';
import type { request } from '../../../platform/api';

// Drives the mocked `request` from a map of handlers, one per request name.
// Test files mock platform/api.ts themselves (vi.mock is per file) and hand
// the mock to `useHandlers`.

export type Handler = (payload: unknown) => unknown;

export function useHandlers(mock: ReturnType<typeof vi.mocked<typeof request>>) {
  mock.mockReset();
  // No organisation's policy unless a test sets one: what the background answers without one.
  const handlers: Record<string, Handler> = { getManaged: () => ({ locked: [], share: false }) };
  const impl = (name: string, payload?: unknown): Promise<unknown> => {
    const handler = handlers[name];
    if (!handler) return Promise.reject(new Error(`No handler for "${name}"`));
    return Promise.resolve().then(() => handler(payload));
  };
  mock.mockImplementation(impl as unknown as typeof request);
  return {
    on(name: string, handler: Handler) {
      handlers[name] = handler;
    },
    /** Payloads sent with `name`, in order. */
    calls(name: string): unknown[] {
      return mock.mock.calls.filter((call) => call[0] === name).map((call) => call[1]);
    },
  };
}
