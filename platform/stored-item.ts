import { browser } from 'wxt/browser';
import { isRecord } from '../lib/safe-object';
import type { Migration } from '../lib/stored-items';

// One stored value, versioned: the few things Unsit needs from a storage library (get, set,
// remove, a fallback, migrations in order) and nothing more, where WXT's storage module adds
// snapshots, watchers, metadata helpers and a lock the background never uses (about 3.5 KB gzip
// in every bundle). The layout on disk is WXT's, so existing installs read on:
// the value under its key, `{ v: version }` under the key plus "$", no meta meaning version 1.

export type StorageKey = `${'local' | 'session' | 'sync'}:${string}`;

export interface StoredItem<T> {
  getValue(): Promise<T>;
  setValue(value: T): Promise<void>;
  removeValue(): Promise<void>;
  /** Calls `listener` whenever the value is written or removed; returns the unsubscribe. */
  watch(listener: () => void): () => void;
}

export interface ItemOptions<T> {
  fallback: T;
  version?: number;
  migrations?: Record<number, Migration>;
}

export function defineItem<T>(key: StorageKey, options: ItemOptions<T>): StoredItem<T> {
  const colon = key.indexOf(':');
  const area = key.slice(0, colon) as 'local' | 'session' | 'sync';
  const name = key.slice(colon + 1);
  const metaName = `${name}$`;
  const version = options.version ?? 1;
  const storageArea = () => browser.storage[area];
  // Migrations run once per worker, on first use rather than at start-up: most wake-ups touch
  // only a few items, and a stored value is only ever read through here.
  let migrated: Promise<void> | undefined;
  const ready = () => {
    migrated ??= migrate().catch((error: unknown) => {
      // The value stays as it was; the safe parse that reads it repairs what it can.
      console.error(`Unsit: could not migrate ${key}`, error);
    });
    return migrated;
  };

  async function migrate(): Promise<void> {
    if (version === 1) return;
    const stored = await storageArea().get([name, metaName]);
    const value = stored[name];
    if (value == null) return;
    const meta = stored[metaName];
    const from = metaVersion(meta);
    // A newer Unsit wrote this (a downgrade): leave it for the parse rather than guess.
    if (from >= version) return;
    let next = value;
    for (let v = from + 1; v <= version; v++) next = options.migrations?.[v]?.(next) ?? next;
    await storageArea().set({
      [name]: next,
      [metaName]: { ...(isRecord(meta) ? meta : {}), v: version },
    });
  }

  return {
    async getValue() {
      await ready();
      const value = (await storageArea().get(name))[name];
      return value == null ? options.fallback : (value as T);
    },
    async setValue(value) {
      await ready();
      // Version 1 needs no meta (its absence means 1), which keeps sync items small.
      await storageArea().set(
        version === 1 ? { [name]: value } : { [name]: value, [metaName]: { v: version } },
      );
    },
    async removeValue() {
      await ready();
      await storageArea().remove([name, metaName]);
    },
    watch(listener) {
      const changed = (changes: Record<string, unknown>, changedArea: string) => {
        if (changedArea === area && name in changes) listener();
      };
      browser.storage.onChanged.addListener(changed);
      return () => browser.storage.onChanged.removeListener(changed);
    },
  };
}

function metaVersion(meta: unknown): number {
  const v = isRecord(meta) ? meta.v : undefined;
  return typeof v === 'number' && Number.isInteger(v) && v >= 1 ? v : 1;
}
