import { HEARTBEAT_MS } from '../lib/clock/constants';
import type { ClockModel } from '../lib/clock/model';
import type { ClockView } from '../lib/clock/view';
import { holdsReminder } from '../lib/meetings';
import { decidePresentation, parsePresentation, watchForPause } from '../lib/presentation';
import type { Settings } from '../lib/settings';
import { statusOf } from '../lib/status';
import { MINUTE } from '../lib/time';
import { loadRotation, presentationItem } from '../platform/store';
import { browserActivity } from './browser-activity';
import { queryTypingPause, watchForPauses } from './idle';
import { showReminderNotification, showSitAgainNotification } from './notifications';
import { presentReminderCard } from './overlay';

/**
 * Moves an outstanding reminder along its gentle path (badge → quiet
 * notification → card at a pause in typing, at most every 5 min), holding
 * it while the user is in a meeting or presenting. Called on every wake-up.
 * The nudge to sit again goes the same way but stops at the notification.
 */
export async function presentReminder(
  model: ClockModel,
  view: ClockView,
  settings: Settings,
): Promise<void> {
  const firedAt = model.clock.reminder.firedAt;
  // The sit/stand rhythm's nudge to sit again takes the same path, without the card.
  const nudgedAt = model.clock.standing?.nudgedAt ?? null;
  const shown = firedAt ?? nudgedAt;
  const current = parsePresentation(await presentationItem.getValue());
  if (shown === null && current.firedAt === null) return;

  let facts = { held: false, typingPause: false };
  if (shown !== null) {
    const [activity, typingPause] = await Promise.all([
      browserActivity(settings),
      firedAt === null ? false : queryTypingPause(),
    ]);
    facts = { held: settings.holdInMeetings && holdsReminder(activity), typingPause };
  }
  const escalateAfterMs = settings.escalateAfterMin * MINUTE;
  const decision = decidePresentation(current, shown, view.now, facts, escalateAfterMs);
  if (JSON.stringify(decision.next) !== JSON.stringify(current)) {
    await presentationItem.setValue(decision.next);
  }
  if (firedAt === null) {
    watchForPauses(false);
    if (decision.notify && settings.notifications && view.standingSince !== null)
      await showSitAgainNotification(view.now - view.standingSince);
    return;
  }
  watchForPauses(watchForPause(decision.next, view.now, escalateAfterMs, HEARTBEAT_MS));
  // The card first when both are due at once (no escalation delay set): it is what the user acts
  // on, and its frame loads while the notification is being created. It gets the state this
  // wake-up ended with, so it can show without asking again.
  const rotation = decision.card ? await loadRotation() : null;
  const card = rotation
    ? presentReminderCard(settings.overlay, () => statusOf({ view, settings, model, rotation }))
    : null;
  if (decision.notify && settings.notifications) {
    await showReminderNotification(view.boutMs, {
      snoozeMin: settings.snoozeMin,
      canSnooze: view.canSnooze,
      standRhythm: settings.standRhythm,
    });
  }
  await card;
}

/** Whether a reminder is being held back, so that the end of a meeting is worth a wake-up. */
export async function reminderHeld(): Promise<boolean> {
  return parsePresentation(await presentationItem.getValue()).heldSince !== null;
}
