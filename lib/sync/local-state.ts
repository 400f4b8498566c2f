import { isRecord } from '../schema';
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

const time = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) && v >= 0 ? v : 0);

/** Null when no valid id is stored yet: the caller makes one. */
export function parseDevice(raw: unknown): DeviceState | null {
  if (!isRecord(raw) || !isDeviceId(raw.id)) return null;
  return {
    id: raw.id,
    label: typeof raw.label === 'string' ? raw.label.slice(0, LABEL_MAX) : '',
    share: raw.share === true,
  };
}

/** 16 random hexadecimal digits (64 bits): no collision in practice. */
export const newDeviceId = () => crypto.randomUUID().replace(/-/g, '').slice(0, 16);

const ERRORS: readonly unknown[] = ['quota', 'full', 'unavailable'];

export function parseSyncState(raw: unknown): SyncState {
  const r = isRecord(raw) ? raw : {};
  return {
    stamps: isRecord(r.stamps) ? parseStamps(r.stamps) : null,
    dirty: r.dirty === true,
    failures: Math.floor(time(r.failures)),
    retryAt: time(r.retryAt),
    publishedAt: time(r.publishedAt),
    error: ERRORS.includes(r.error) ? (r.error as SyncState['error']) : null,
  };
}
