import { browser } from 'wxt/browser';
import {
  applyPolicy,
  applySharePolicy,
  chosenKeys,
  isEmptyPolicy,
  NO_POLICY,
  type Policy,
  parsePolicy,
} from '../lib/managed-policy';
import type { Settings } from '../lib/settings';
import { parseSyncState } from '../lib/sync/local-state';
import { syncStateItem } from '../platform/store';

// The organisation's policy, read from the browser's managed storage each time it matters
// (it is the browser's to keep, and changes under Unsit: see the listener in
// entrypoints/background.ts). Unsit only reads it; nothing about it is sent anywhere.

type Source = () => Promise<unknown>;

/** Chrome answers {} without a policy; Firefox refuses without one, which is no policy too. */
let source: Source = () => browser.storage.managed.get();

/** Test builds read a policy of their own (background/test-hooks.ts): headless has none. */
export function useManagedSource(replacement: Source): void {
  source = replacement;
}

/** The policy; a missing, unreadable or malformed one is no policy, never an error. */
export async function readPolicy(): Promise<Policy> {
  try {
    return parsePolicy(await source());
  } catch {
    return NO_POLICY;
  }
}

/** The stored settings with the policy applied (the edit times tell the user's own choices). */
export async function withPolicy(stored: Settings, policy: Policy): Promise<Settings> {
  if (isEmptyPolicy(policy)) return stored;
  const { stamps } = parseSyncState(await syncStateItem.getValue(), Date.now());
  return applyPolicy(stored, chosenKeys(stored, stamps), policy);
}

/** Whether this device shares its totals, with the policy applied. */
export async function sharesWithPolicy(device: {
  share: boolean;
  chosen: boolean;
}): Promise<boolean> {
  return applySharePolicy(device, await readPolicy());
}
