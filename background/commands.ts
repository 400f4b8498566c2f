import {
  type CommandPlan,
  type CommandResult,
  commandFeedback,
  FEEDBACK_MS,
  isCommand,
  planCommand,
} from '../lib/commands';
import { words } from '../platform/i18n';
import { flashBadge } from './badge';
import { openBreakWindow } from './break-window';
import { currentOutcome, dispatch } from './engine';

// The keyboard shortcuts (the manifest's `commands`). A key press reads the clock brought up to
// now, decides in lib/commands.ts, acts through the same clock events as the popup's buttons,
// and answers on the badge for a moment. A command handler cannot open the popup in every
// browser, so the routine opens in Unsit's window, as from the notification.

/** The routine the shortcut starts, in Unsit's window (the notification's button does the same). */
export const ROUTINE_QUERY = '?routine=two-minute';

export async function handleCommand(name: string): Promise<void> {
  // Names come from the manifest, but an old or edited one could carry another.
  if (!isCommand(name)) return;
  const { model, settings } = await currentOutcome();
  const plan = planCommand(name, model.clock, settings, Date.now());
  if (plan.type === 'open-routine') return openBreakWindow(ROUTINE_QUERY);
  const result = await carryOut(plan, model.clock.reminder.snoozesInRow);
  await flashBadge(commandFeedback(result, words), FEEDBACK_MS);
}

async function carryOut(
  plan: Exclude<CommandPlan, { type: 'open-routine' }>,
  snoozesInRow: number,
): Promise<CommandResult> {
  if (plan.type === 'record-break') {
    // The popup's and the card's "I stood up" (the recordBreak request), with the key's fixed id.
    const done = await dispatch((now) => ({
      type: 'break',
      at: now,
      kind: 'acknowledged',
      id: plan.id,
    }));
    return { type: 'recorded', breaksToday: done.view.breaksToday };
  }
  if (plan.type === 'stand' || plan.type === 'sit') {
    // A repeated press toggles back: each press says which one the user means now.
    const done = await dispatch((now) => ({ type: plan.type, at: now }));
    return { type: 'standing', on: done.view.standingSince !== null };
  }
  if (plan.type === 'snooze') {
    const done = await dispatch((now) => ({ type: 'snooze', at: now }));
    return { type: 'snoozed', snoozeMin: done.settings.snoozeMin };
  }
  return { type: 'nothing', reason: plan.reason, snoozesInRow };
}
