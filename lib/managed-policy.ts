import { isRecord } from './safe-object';
import { parseSettings, type Settings, settingsDefaults, settingsShape } from './settings';
import { type Stamps, same } from './sync/settings-merge';

// An organisation's policy for Unsit, as the browser's managed storage holds it (Chrome: the
// `3rdparty` extension policy checked against managed_schema.json; Firefox: policies.json's
// `3rdparty.Extensions`). One flat object: any setting by its name, the cross-device sharing
// choice, and `locked`, the names the user cannot change:
//
//   { "intervalMin": 45, "workDays": [1, 2, 3, 4, 5], "locked": ["intervalMin"] }
//
// Precedence: Unsit's defaults < the policy's unlocked values < the user's own choices < the
// policy's locked values. An unlocked value is the organisation's default: it applies to every
// setting the user has not chosen. A locked name without a value locks Unsit's own default.
// The policy is input like any other: each bad field is ignored on its own, nothing throws.

/** The policy's name for "Show stats from all my devices" (kept per device, not in settings). */
export const SHARE_KEY = 'shareAcrossDevices';
export type ManagedKey = keyof Settings | typeof SHARE_KEY;

const SETTING_KEYS = Object.keys(settingsShape) as (keyof Settings)[];
export const MANAGED_KEYS: readonly ManagedKey[] = [...SETTING_KEYS, SHARE_KEY];

/** Working hours are only meaningful as a pair: set, chosen and locked together. */
const HOURS = ['workStartMin', 'workEndMin'] as const;

export type Policy = {
  /** The settings the organisation gave a value. */
  settings: Partial<Settings>;
  /** Its sharing choice, if it made one. */
  share?: boolean;
  /** What the user cannot change. */
  locked: readonly ManagedKey[];
};

export const NO_POLICY: Policy = Object.freeze({ settings: {}, locked: [] });

const isManagedKey = (key: unknown): key is ManagedKey =>
  typeof key === 'string' && (MANAGED_KEYS as readonly string[]).includes(key);

/** Each setting the policy names with a valid value; a bad one is left out, the rest kept. */
function policySettings(raw: Record<string, unknown>): Partial<Settings> {
  const out: Record<string, unknown> = {};
  for (const key of SETTING_KEYS) {
    if (!(key in raw)) continue;
    const parsed = settingsShape[key].safeParse(raw[key]);
    if (parsed.success) out[key] = parsed.data;
  }
  const settings = out as Partial<Settings>;
  if (settings.workDays) settings.workDays = [...new Set(settings.workDays)].sort((a, b) => a - b);
  const [start, end] = [settings.workStartMin, settings.workEndMin];
  if (start === undefined || end === undefined || start >= end) {
    delete settings.workStartMin;
    delete settings.workEndMin;
  }
  return settings;
}

/** Reads managed storage of any shape without throwing. */
export function parsePolicy(raw: unknown): Policy {
  if (!isRecord(raw)) return NO_POLICY;
  const locked = new Set(Array.isArray(raw.locked) ? raw.locked.filter(isManagedKey) : []);
  if (HOURS.some((key) => locked.has(key))) for (const key of HOURS) locked.add(key);
  return {
    settings: policySettings(raw),
    ...(typeof raw[SHARE_KEY] === 'boolean' ? { share: raw[SHARE_KEY] } : {}),
    locked: MANAGED_KEYS.filter((key) => locked.has(key)),
  };
}

export const isLocked = (policy: Policy, key: ManagedKey): boolean => policy.locked.includes(key);

/** Whether the policy says anything at all (so its absence costs no further reads). */
export const isEmptyPolicy = (policy: Policy): boolean =>
  policy.locked.length === 0 &&
  policy.share === undefined &&
  Object.keys(policy.settings).length === 0;

/**
 * The settings the user has chosen: edited here or on another device (an edit time, the
 * same record sync keeps), or different from Unsit's default (edited before edit times
 * existed, or a local-only setting). A choice that happens to equal the default is still one
 * when it carries an edit time.
 */
export function chosenKeys(stored: Settings, stamps: Stamps | null): Set<keyof Settings> {
  const chosen = new Set<keyof Settings>();
  for (const key of SETTING_KEYS) {
    const stamp = (stamps as Partial<Record<keyof Settings, number>> | null)?.[key];
    if ((stamp ?? 0) > 0 || !same(stored[key], settingsDefaults[key])) chosen.add(key);
  }
  if (HOURS.some((key) => chosen.has(key))) for (const key of HOURS) chosen.add(key);
  return chosen;
}

/** The settings Unsit works with: the user's, with the policy applied (see the top). */
export function applyPolicy(
  stored: Settings,
  chosen: ReadonlySet<keyof Settings>,
  policy: Policy,
): Settings {
  if (isEmptyPolicy(policy)) return stored;
  const out: Record<string, unknown> = { ...stored };
  for (const key of SETTING_KEYS) {
    const value = policy.settings[key];
    if (isLocked(policy, key)) out[key] = value ?? settingsDefaults[key];
    else if (value !== undefined && !chosen.has(key)) out[key] = value;
  }
  // Copies: the caller owns the result, arrays included. The parse is the last safety net.
  return parseSettings(structuredClone(out));
}

/** This device's sharing choice with the policy applied; `chosen` once the user flipped it. */
export function applySharePolicy(device: { share: boolean; chosen: boolean }, policy: Policy) {
  if (isLocked(policy, SHARE_KEY)) return policy.share ?? false;
  return device.chosen ? device.share : (policy.share ?? device.share);
}

/**
 * A settings update checked against the locks: the first locked setting it would change
 * (refused whole), or the update without its locked settings, which only repeat their values.
 */
export function checkAgainstLocks(
  policy: Policy,
  effective: Settings,
  patch: Record<string, unknown>,
): { refused: keyof Settings } | { patch: Record<string, unknown> } {
  const allowed: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(patch)) {
    const lockedKey = SETTING_KEYS.find((k) => k === key && isLocked(policy, k));
    if (lockedKey === undefined) allowed[key] = value;
    else if (!same(value, effective[lockedKey])) return { refused: lockedKey };
  }
  return { patch: allowed };
}
