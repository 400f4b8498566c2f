import { type Browser, browser } from 'wxt/browser';
import { wholeMinutes } from '../lib/format';
import { t } from '../platform/i18n';

// The system notification is one reminder channel among several (the badge
// always changes too): it can be blocked by the OS or unsupported, so
// failures here are logged and never stop the rest of the reminder.

export const REMINDER_NOTIFICATION = 'unsit-reminder';

export const NOTIFICATION_BUTTONS = ['routine', 'snooze'] as const;

export async function showReminderNotification(
  boutMs: number,
  options: { snoozeMin: number; canSnooze: boolean },
): Promise<void> {
  const minutes = wholeMinutes(boutMs);
  const notification: Browser.notifications.NotificationCreateOptions = {
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    title: t('common_time_to_stand_up'),
    message: t('notification_message', `${minutes}`),
    priority: 0,
  };
  if (!import.meta.env.FIREFOX) {
    // Chrome only: a quiet notification, and buttons (Firefox has neither; a click opens the routine).
    notification.silent = true;
    notification.buttons = [{ title: t('common_start_routine') }];
    if (options.canSnooze) {
      // A one-word button: system notifications cut longer labels ("SNOOZE 5…" on Linux).
      notification.buttons.push({ title: t('notification_snooze') });
      notification.contextMessage = t('notification_snooze_context', `${options.snoozeMin}`);
    }
  }
  try {
    await browser.notifications.create(REMINDER_NOTIFICATION, notification);
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
