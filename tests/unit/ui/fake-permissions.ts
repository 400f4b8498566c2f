import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';

// WXT's fake browser has no permissions API. This stand-in remembers what was granted and who
// listens, so a test can grant or revoke "in the browser" and see the UI follow. Installed with
// vi.spyOn, so the file's `vi.restoreAllMocks()` removes it again.

type Listener = () => void;
type Permissions = { origins?: string[] };

const originsOf = (p: Permissions) => p.origins ?? [];

export function fakePermissions() {
  /** Origins the fake browser has granted. */
  const granted = new Set<string>();
  let added: Listener[] = [];
  let removed: Listener[] = [];
  const { permissions } = fakeBrowser;
  vi.spyOn(permissions, 'contains').mockImplementation(async (p) =>
    originsOf(p).every((o) => granted.has(o)),
  );
  vi.spyOn(permissions, 'request').mockImplementation(async (p) => {
    for (const o of originsOf(p)) granted.add(o);
    return true;
  });
  vi.spyOn(permissions, 'remove').mockImplementation(async (p) => {
    for (const o of originsOf(p)) granted.delete(o);
    return true;
  });
  vi.spyOn(permissions.onAdded, 'addListener').mockImplementation((l) => {
    added.push(l as Listener);
  });
  vi.spyOn(permissions.onRemoved, 'addListener').mockImplementation((l) => {
    removed.push(l as Listener);
  });
  vi.spyOn(permissions.onAdded, 'removeListener').mockImplementation((l) => {
    added = added.filter((x) => x !== l);
  });
  vi.spyOn(permissions.onRemoved, 'removeListener').mockImplementation((l) => {
    removed = removed.filter((x) => x !== l);
  });
  return {
    granted,
    /** Grants `origins` from outside the page (another tab, the browser's own UI). */
    grant(...origins: string[]) {
      for (const o of origins) granted.add(o);
      for (const listener of added) listener();
    },
    /** Revokes `origins` from outside the page. */
    revoke(...origins: string[]) {
      for (const o of origins) granted.delete(o);
      for (const listener of removed) listener();
    },
  };
}
