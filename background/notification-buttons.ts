import { openBreakWindow } from './break-window';
import { ROUTINE_QUERY } from './commands';
import { dispatch, effectiveSettings } from './engine';
import { REMINDER_NOTIFICATION, SIT_AGAIN_NOTIFICATION } from './notifications';

// What a notification's button does. The reminder's first button is the routine, or "I'm
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
