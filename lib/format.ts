import { MINUTE } from './time';

// Small, locale-aware formatting used by the badge and the UI.

export function wholeMinutes(ms: number): number {
  return Math.max(0, Math.floor(ms / MINUTE));
}

/** Clock time such as "10:45" in the user's locale. */
export function clockTime(t: number, locale?: string): string {
  return new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit' }).format(t);
}
