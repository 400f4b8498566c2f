import { isRecord } from '../safe-object';
import { parseSettings, type Settings, settingsDefaults, settingsShape } from '../settings';
import { itemBytes, SYNC_ITEM_BYTES } from './quota';

// Settings follow the user through the browser's sync storage. Local storage stays the
// working copy; the synced record is a mirror that every device merges into its own.
//
// The conflict rule is last-changed-wins per field: every field carries the time it was last
// edited (on the device where it was edited), and a merge takes, field by field, the value
// with the later time. Two devices editing different settings therefore both keep their edit,
// and an older edit arriving late never replaces a newer local one. Equal times (two edits in
// the same millisecond) fall to the value whose JSON sorts higher, so every device settles on
// the same value. Times from the future (a device whose clock runs ahead) count as "now",
// so one bad clock cannot pin a field forever.

/** Stays in this browser: it follows the site permission, which each browser grants itself. */
export const LOCAL_ONLY = ['overlay'] as const;
export type SyncedKey = Exclude<keyof Settings, (typeof LOCAL_ONLY)[number]>;
export const syncedKeys = (Object.keys(settingsShape) as (keyof Settings)[]).filter(
  (key): key is SyncedKey => !(LOCAL_ONLY as readonly string[]).includes(key),
);

/** When each field was last edited (epoch ms); a missing field was never edited here. */
export type Stamps = Partial<Record<SyncedKey, number>>;

/** The record in sync storage: format, values and their edit times. */
export const SYNCED_SETTINGS_FORMAT = 1;
export type SyncedSettings = { f: number; s: Partial<Settings>; t: Stamps };
export const SETTINGS_SYNC_KEY = 'settings';

export type Remote =
  | { kind: 'ok'; values: Partial<Settings>; stamps: Stamps }
  /**
   * Written by a newer Unsit (a format this version does not know): neither read nor written
   * (background/sync.ts), so nothing of it is lost; this device's edits stay local meanwhile.
   */
  | { kind: 'newer' }
  | { kind: 'none' };

const isStamp = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v > 0;

/** Reads the synced record of any shape; a field whose value or time is bad is left out. */
export function parseSynced(raw: unknown): Remote {
  if (!isRecord(raw) || !isRecord(raw.s) || !isRecord(raw.t)) return { kind: 'none' };
  if (typeof raw.f !== 'number') return { kind: 'none' };
  if (raw.f > SYNCED_SETTINGS_FORMAT) return { kind: 'newer' };
  const values: Record<string, unknown> = {};
  const stamps: Stamps = {};
  for (const key of syncedKeys) {
    const stamp = raw.t[key];
    if (!isStamp(stamp) || !(key in raw.s)) continue;
    const parsed = settingsShape[key].safeParse(raw.s[key]);
    if (!parsed.success) continue;
    values[key] = parsed.data;
    stamps[key] = stamp;
  }
  return { kind: 'ok', values: values as Partial<Settings>, stamps };
}

/** Reads the local edit times; anything that is not a positive time is "never edited". */
export function parseStamps(raw: unknown): Stamps {
  const stamps: Stamps = {};
  if (!isRecord(raw)) return stamps;
  for (const key of syncedKeys) if (isStamp(raw[key])) stamps[key] = raw[key];
  return stamps;
}

export const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Working hours only make sense as a pair, so an edit to either stamps both. */
const PAIR: readonly SyncedKey[] = ['workStartMin', 'workEndMin'];

/** The edit times after a local change from `before` to `after`. */
export function stampEdits(before: Settings, after: Settings, stamps: Stamps, now: number): Stamps {
  const next = { ...stamps };
  for (const key of syncedKeys) {
    if (same(before[key], after[key])) continue;
    const keys = PAIR.includes(key) ? PAIR : [key];
    for (const k of keys) next[k] = now;
  }
  return next;
}

/**
 * Stamps for a device that had settings before sync existed: what the user changed from the
 * defaults counts as edited now (so it is published), the rest as never edited (so another
 * device's choices win over untouched defaults).
 */
export function firstStamps(settings: Settings, now: number): Stamps {
  return stampEdits(settingsDefaults, settings, {}, now);
}

export type Merge = {
  settings: Settings;
  stamps: Stamps;
  /** Local settings took at least one value from the remote record. */
  changed: boolean;
  /** Local holds at least one edit the remote record lacks: it should be written. */
  ahead: boolean;
};

/** Merges the remote record into local settings, field by field (the rule above). */
export function mergeSettings(local: Settings, stamps: Stamps, remote: Remote, now: number): Merge {
  if (remote.kind === 'newer') return { settings: local, stamps, changed: false, ahead: false };
  const values: Partial<Settings> = remote.kind === 'ok' ? remote.values : {};
  const remoteStamps: Stamps = remote.kind === 'ok' ? remote.stamps : {};
  const settings: Record<string, unknown> = { ...local };
  const next = { ...stamps };
  let changed = false;
  let ahead = false;
  for (const key of syncedKeys) {
    const mine = stamps[key] ?? 0;
    const raw = remoteStamps[key] ?? 0;
    // A time from the future is taken as now, and the record rewritten with that time.
    const future = raw > now;
    const theirs = future ? now : raw;
    const value = values[key];
    if (value === undefined || theirs === 0) {
      if (mine > 0) ahead = true;
      continue;
    }
    const differs = !same(value, local[key]);
    const theirsWins =
      theirs > mine ||
      (theirs === mine && !future && differs && JSON.stringify(value) > JSON.stringify(local[key]));
    if (theirsWins) {
      if (differs) {
        settings[key] = value;
        changed = true;
      }
      next[key] = theirs;
      if (future) ahead = true;
    } else if (mine > theirs || differs || future) {
      ahead = true;
    }
  }
  // The pair rule keeps working hours together; this is the last safety net for either.
  return { settings: parseSettings(settings), stamps: next, changed, ahead };
}

/** What of `raw` this version does not understand: fields outside its own, with their times. */
function unknownParts(raw: unknown): { top: Record<string, unknown>; s: object; t: object } {
  const top: Record<string, unknown> = {};
  const s: Record<string, unknown> = {};
  const t: Record<string, unknown> = {};
  if (!isRecord(raw) || raw.f !== SYNCED_SETTINGS_FORMAT) return { top, s, t };
  const mine = syncedKeys as readonly string[];
  for (const [key, value] of Object.entries(raw))
    if (!['f', 's', 't'].includes(key)) top[key] = value;
  for (const [from, into] of [
    [raw.s, s],
    [raw.t, t],
  ] as const) {
    if (!isRecord(from)) continue;
    for (const [key, value] of Object.entries(from)) if (!mine.includes(key)) into[key] = value;
  }
  return { top, s, t };
}

/**
 * The record to write: every edited field with its time, and whatever of the record found
 * in sync storage (`found`) this version does not understand, as it was: a newer Unsit's
 * settings survive this device's edits. Should the meeting-site list make it larger than one
 * sync item may be (30 host names of the longest legal length), the list stays in this
 * browser and the rest still syncs.
 */
export function syncedRecord(settings: Settings, stamps: Stamps, found?: unknown): SyncedSettings {
  const kept = unknownParts(found);
  const record: SyncedSettings = {
    ...kept.top,
    f: SYNCED_SETTINGS_FORMAT,
    s: { ...kept.s },
    t: { ...kept.t },
  };
  for (const key of syncedKeys) {
    const stamp = stamps[key];
    if (stamp === undefined) continue;
    (record.s as Record<string, unknown>)[key] = settings[key];
    record.t[key] = stamp;
  }
  if (itemBytes(SETTINGS_SYNC_KEY, record) > SYNC_ITEM_BYTES) {
    delete record.s.meetingHosts;
    delete record.t.meetingHosts;
  }
  return record;
}
