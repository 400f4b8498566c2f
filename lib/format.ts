import { MINUTE } from './time';

// Small, locale-aware formatting used by the badge and the UI.

/**
 * Minutes as people read a duration: to the nearest minute (24 min 59 s is 25 min, 24 min 29 s
 * is 24). The one rounding of every duration Unsit shows: badge, notification, card, popup.
 */
export function wholeMinutes(ms: number): number {
  return Math.max(0, Math.round(ms / MINUTE));
}

/** Clock time such as "10:45" in the user's locale. */
export function clockTime(t: number, locale?: string): string {
  return new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit' }).format(t);
}
