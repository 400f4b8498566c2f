import { openBreakWindow } from './break-window';
import { ROUTINE_QUERY } from './commands';
import { dispatch, effectiveSettings } from './engine';
import { REMINDER_NOTIFICATION, SIT_AGAIN_NOTIFICATION } from './notifications';

// What a notification's body and buttons do. The reminder's first button is the routine, or "I'm
// standing" with the sit/stand rhythm on (read from the settings when clicked: they are what
// the notification was shown with, short of a change in the seconds between); the nudge to sit
// again has one button, "I sat down". Clock events are the popup's, so a repeat changes nothing.

export async function answerNotificationButton(id: string, index: number): Promise<void> {
  if (id === SIT_AGAIN_NOTIFICATION) {
    if (index === 0) await dispatch((now) => ({ type: 'sit', at: now }));
    return;
  }
  if (id !== REMINDER_NOTIFICATION) return;
  // The reminder's buttons: the routine (or "I'm standing"), then snooze (background/notifications.ts).
  if (index === 1) await dispatch((now) => ({ type: 'snooze', at: now }));
  else if (index !== 0) return;
  else if ((await effectiveSettings()).standRhythm)
    await dispatch((now) => ({ type: 'stand', at: now }));
  else await openBreakWindow(ROUTINE_QUERY);
}

/**
 * A click on a notification's body. Firefox shows no buttons, so there the body is the only way
 * to answer: it does the notification's own first action, as the reminder's does (it opens the
 * routine, its first button without the rhythm). For the nudge to sit again that is "I sat
 * down", its only button; nothing else would follow from the click (no window is worth opening
 * for one button), and a click on a nudge that is already answered changes nothing.
 */
export async function answerNotificationClick(id: string): Promise<void> {
  if (id === REMINDER_NOTIFICATION) await openBreakWindow(ROUTINE_QUERY);
  else if (id === SIT_AGAIN_NOTIFICATION) await dispatch((now) => ({ type: 'sit', at: now }));
}
