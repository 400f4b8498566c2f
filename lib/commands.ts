import { BADGE_COLORS, type Badge } from './badge';
import { MIN_BOUT_MS } from './clock/constants';
import { snoozeAllowed } from './clock/schedule';
import type { ClockState } from './clock/state';
import type { Words } from './i18n';
import type { Settings } from './settings';

// The keyboard shortcuts as data: their names (the manifest's `commands` keys), what a key press
// does in the clock's current state, and what the badge says about it. Pure; background/commands.ts
// carries it out.

export const COMMANDS = ['start-routine', 'stood-up', 'snooze', 'standing'] as const;
export type CommandName = (typeof COMMANDS)[number];

export function isCommand(name: unknown): name is CommandName {
  return typeof name === 'string' && (COMMANDS as readonly string[]).includes(name);
}

/** Why a key press had nothing to do. */
export type NothingReason = 'no-sitting' | 'no-reminder' | 'snoozes-used-up';

export type CommandPlan =
  | { type: 'open-routine' }
  /** "I stood up" through the same clock event as the popup's and the card's button. */
  | { type: 'record-break'; id: string }
  | { type: 'snooze' }
  /** "I'm standing" / "I sat down": the key toggles, through the popup's clock events. */
  | { type: 'stand' }
  | { type: 'sit' }
  | { type: 'nothing'; reason: NothingReason };

/**
 * The break id of "I stood up" from a key, fixed for what it answers: the due reminder, or else
 * the bout going on. A key pressed twice (or held down: keys repeat) gives the same id, and the
 * clock counts an id once; after the break the next bout is too short to stand up from.
 */
export function stoodUpId(clock: ClockState): string | null {
  if (clock.reminder.firedAt !== null) return `shortcut-stood-up-${clock.reminder.firedAt}`;
  return clock.bout === null ? null : `shortcut-stood-up-bout-${clock.bout.startedAt}`;
}

/**
 * What a key press does now. "I stood up" records a break for the due reminder, and, like the
 * popup's button, also before a reminder once the user has sat a bout's worth (a minute); with
 * nothing sat since the last break (or while away) there is nothing to record. Snooze needs a
 * due reminder that may still be snoozed. The routine always starts.
 */
export function planCommand(
  name: CommandName,
  clock: ClockState,
  settings: Settings,
  now: number,
): CommandPlan {
  if (name === 'start-routine') return { type: 'open-routine' };
  if (name === 'standing') return { type: clock.standing === null ? 'stand' : 'sit' };
  if (name === 'snooze') {
    if (clock.reminder.firedAt === null) return { type: 'nothing', reason: 'no-reminder' };
    if (!snoozeAllowed(clock.reminder, settings))
      return { type: 'nothing', reason: 'snoozes-used-up' };
    return { type: 'snooze' };
  }
  const id = stoodUpId(clock);
  const sat = clock.bout !== null && now - clock.bout.startedAt >= MIN_BOUT_MS;
  if (id === null || (clock.reminder.firedAt === null && !sat))
    return { type: 'nothing', reason: 'no-sitting' };
  return { type: 'record-break', id };
}

/** How long the badge shows what a key press did before it shows the clock again. */
export const FEEDBACK_MS = 2500;

/** What a key press did, as the badge shows it for a moment (its tooltip says it in words). */
export type CommandResult =
  | { type: 'recorded'; breaksToday: number }
  | { type: 'snoozed'; snoozeMin: number }
  | { type: 'standing'; on: boolean }
  | { type: 'nothing'; reason: NothingReason; snoozesInRow: number };

/**
 * A check mark when it was done, a dash when there was nothing to do: the key gives an answer
 * without a notification or a window (the routine's window is its own answer).
 */
export function commandFeedback(result: CommandResult, { t }: Words): Badge {
  if (result.type === 'recorded')
    return {
      text: '\u2713',
      color: BADGE_COLORS.normal,
      title: t('badge_title', t('common_break_recorded', `${result.breaksToday}`)),
    };
  if (result.type === 'snoozed')
    return {
      text: '\u2713',
      color: BADGE_COLORS.normal,
      title: t('badge_title', t('popup_snoozed', `${result.snoozeMin}`)),
    };
  if (result.type === 'standing')
    return {
      text: '\u2713',
      color: BADGE_COLORS.normal,
      title: t('badge_title', t(result.on ? 'command_standing_on' : 'command_standing_off')),
    };
  const why =
    result.reason === 'no-sitting'
      ? t('command_nothing_to_record')
      : result.reason === 'no-reminder'
        ? t('command_nothing_to_snooze')
        : t('error_too_many_snoozes', `${result.snoozesInRow}`);
  return { text: '\u2013', color: BADGE_COLORS.paused, title: t('badge_title', why) };
}
