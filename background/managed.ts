import { browser } from 'wxt/browser';
import {
  applyPolicy,
  applySharePolicy,
  chosenKeys,
  isEmptyPolicy,
  type Policy,
  parsePolicy,
} from '../lib/managed-policy';
import type { Settings } from '../lib/settings';
import { parseSyncState } from '../lib/sync/local-state';
import { policyItem, syncStateItem } from '../platform/store';

// The organisation's policy. The browser keeps it in managed storage and it changes under
// Unsit (see the listeners in entrypoints/background.ts); Unsit only reads it, and nothing
// about it is sent anywhere. Wake-ups read a copy in local storage, never managed storage
// itself: Chromium can hold its first managed read after a browser start for minutes (seen:
// three minutes on a busy machine), and a wake-up waiting on it would hold every reminder.

type Source = () => Promise<unknown>;

/** Chrome answers {} without a policy; Firefox refuses without one, which is no policy too. */
let source: Source = () => browser.storage.managed.get();

/** Test builds read a policy of their own (background/test-hooks.ts): headless has none. */
export function useManagedSource(replacement: Source): void {
  source = replacement;
}

/** The policy as last read; a missing or malformed one is no policy, never an error. */
export async function readPolicy(): Promise<Policy> {
  return parsePolicy(await policyItem.getValue());
}

/**
 * Reads managed storage and keeps its copy: on every start of the worker and whenever the
 * browser says the policy changed, beside the wake-ups rather than in front of them. True
 * when what the policy says changed (the caller then brings settings and sharing in line).
 */
export async function refreshPolicy(): Promise<boolean> {
  let raw: unknown;
  try {
    raw = await source();
  } catch {
    // Firefox refuses a read when no policy names Unsit: that is no policy.
    raw = {};
  }
  const before = await readPolicy();
  if (JSON.stringify(parsePolicy(raw)) === JSON.stringify(before)) return false;
  await policyItem.setValue(raw);
  return true;
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
