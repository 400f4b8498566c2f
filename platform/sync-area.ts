import { browser } from 'wxt/browser';

// The browser's sync storage, read and written as one area of many keys: the settings record
// and every device's published totals (lib/sync/). Unlike the stored items (store.ts), its keys
// are not known in advance (one set per device), so it is read whole and written by key.

/** Every key in sync storage with its value; throws when sync storage cannot be read. */
export const readSyncArea = (): Promise<Record<string, unknown>> => browser.storage.sync.get(null);

/** One write operation, however many keys it carries (sync storage counts operations). */
export const writeSyncArea = (items: Record<string, unknown>): Promise<void> =>
  browser.storage.sync.set(items);

export const removeFromSyncArea = (keys: string[]): Promise<void> =>
  browser.storage.sync.remove(keys);
