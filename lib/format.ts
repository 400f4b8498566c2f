import { MINUTE } from './time';

// Small, locale-aware formatting used by the badge and the UI.

/**
 * Minutes as people read a duration: to the nearest minute (24 min 59 s is 25 min, 24 min 29 s
 * is 24). The one rounding of every duration Unsit shows: badge, notification, card, popup.
 */
export function wholeMinutes(ms: number): number {
  return Math.max(0, Math.round(ms / MINUTE));
}

/**
 * Clock time in the user's locale, wherever Unsit shows one (the popup, the badge's tooltip):
 * "9:45 AM" where clocks have 12 hours, "09:45" where they have 24, as each writes it.
 */
export function clockTime(t: number, locale?: string): string {
  const twelve = new Intl.DateTimeFormat(locale, { hour: 'numeric' }).resolvedOptions().hour12;
  const hour = twelve ? 'numeric' : '2-digit';
  return new Intl.DateTimeFormat(locale, { hour, minute: '2-digit' }).format(t);
}
