import { COUNT_MAX, isNear } from '../bounds';
import { isRecord } from '../safe-object';
import { isDeviceId, LABEL_MAX } from './device-record';
import { parseStamps, type Stamps } from './settings-merge';

// What each device keeps locally about syncing. Parsed like every stored item: any shape in,
// a usable value out, bad fields defaulted.

export type DeviceState = {
  /** Random, made once on this device; names its keys in sync storage. */
  id: string;
  label: string;
  /** Opted in to "all my devices": this device publishes its daily totals. */
  share: boolean;
  /** The user made that choice (an opt-in always was one): an organisation's default no longer applies. */
  chosen: boolean;
};

export type SyncState = {
  /** Settings edit times, for the last-changed-wins merge; null until first seeded. */
  stamps: Stamps | null;
  /** A settings edit not yet in sync storage. */
  dirty: boolean;
  /** Writes failed in a row (quota, rate limit, sync unavailable), for the backoff. */
  failures: number;
  /** No write before this time (a backoff after a failure). */
  retryAt: number;
  /** When this device last published its totals (its local day tells a new day). */
  publishedAt: number;
  /** Why the last write failed, for the options page. */
  error: 'quota' | 'full' | 'unavailable' | null;
};

/** A stored time near `now` (lib/bounds.ts); anything else reads as never. */
const time = (v: unknown, now: number) => (typeof v === 'number' && isNear(v, now) ? v : 0);

/** Null when no valid id is stored yet: the caller makes one. */
export function parseDevice(raw: unknown): DeviceState | null {
  if (!isRecord(raw) || !isDeviceId(raw.id)) return null;
  return {
    id: raw.id,
    label: typeof raw.label === 'string' ? raw.label.slice(0, LABEL_MAX) : '',
    share: raw.share === true,
    chosen: raw.chosen === true || raw.share === true,
  };
}

/** 16 random hexadecimal digits (64 bits): no collision in practice. */
export const newDeviceId = () => crypto.randomUUID().replace(/-/g, '').slice(0, 16);

const ERRORS: readonly unknown[] = ['quota', 'full', 'unavailable'];

/** Reads the sync state; a time too far from `now` to be one Unsit wrote reads as never. */
export function parseSyncState(raw: unknown, now: number): SyncState {
  const r = isRecord(raw) ? raw : {};
  const failures = r.failures;
  return {
    stamps: isRecord(r.stamps) ? parseStamps(r.stamps) : null,
    dirty: r.dirty === true,
    failures:
      typeof failures === 'number' && failures >= 0 && failures <= COUNT_MAX
        ? Math.floor(failures)
        : 0,
    retryAt: time(r.retryAt, now),
    publishedAt: time(r.publishedAt, now),
    error: ERRORS.includes(r.error) ? (r.error as SyncState['error']) : null,
  };
}
