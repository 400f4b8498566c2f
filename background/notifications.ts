import { type Browser, browser } from 'wxt/browser';
import { wholeMinutes } from '../lib/format';

// The system notification is one reminder channel among several (the badge
// always changes too): it can be blocked by the OS or unsupported, so
// failures here are logged and never stop the rest of the reminder.

export const REMINDER_NOTIFICATION = 'unsit-reminder';

export const NOTIFICATION_BUTTONS = ['routine', 'snooze'] as const;

export async function showReminderNotification(boutMs: number, snoozeMin: number): Promise<void> {
  const minutes = wholeMinutes(boutMs);
  const options: Browser.notifications.NotificationCreateOptions = {
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    title: 'Time to stand up',
    message: `You have been sitting for ${minutes} min. Two minutes of moving loosens your hips.`,
    priority: 0,
  };
  if (!import.meta.env.FIREFOX) {
    // Chrome only: Firefox's notifications have no buttons (a click opens the routine).
    options.buttons = [{ title: 'Start 2-minute routine' }, { title: `Snooze ${snoozeMin} min` }];
  }
  try {
    await browser.notifications.create(REMINDER_NOTIFICATION, options);
  } catch (error) {
    console.warn('Unsit: reminder notification failed; the badge still shows it.', error);
  }
}

export async function clearReminderNotification(): Promise<void> {
  try {
    await browser.notifications.clear(REMINDER_NOTIFICATION);
  } catch {
    // Nothing to clear, or notifications unsupported: either way nothing is shown.
  }
}
