// The browser's sync storage limits (Chrome's figures; Firefox's are the same or larger) and
// how an item is counted against them: the key plus the JSON of its value, in UTF-8 bytes.

export const SYNC_QUOTA_BYTES = 102_400;
export const SYNC_ITEM_BYTES = 8_192;

export function itemBytes(key: string, value: unknown): number {
  return new Blob([key, JSON.stringify(value)]).size;
}

/** Chrome's messages for a quota or write-rate error (Firefox reports quota the same way). */
const QUOTA_ERROR = /quota|MAX_WRITE_OPERATIONS|MAX_ITEMS/i;

export function isQuotaError(error: unknown): boolean {
  return QUOTA_ERROR.test(error instanceof Error ? error.message : String(error));
}

/** Retry delay after `failures` failed writes in a row: 1, 2, 4 … minutes, at most an hour. */
export function backoffMs(failures: number): number {
  return Math.min(60, 2 ** Math.max(0, failures - 1)) * 60_000;
}
