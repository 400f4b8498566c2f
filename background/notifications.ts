import { type Browser, browser } from 'wxt/browser';
import { wholeMinutes } from '../lib/format';
import { t } from '../platform/i18n';

// The system notification is one reminder channel among several (the badge
// always changes too): it can be blocked by the OS or unsupported, so
// failures here are logged and never stop the rest of the reminder.

export const REMINDER_NOTIFICATION = 'unsit-reminder';

/** The nudge to sit again after standing (the sit/stand rhythm): a notification of its own. */
export const SIT_AGAIN_NOTIFICATION = 'unsit-sit-again';

/** The reminder's buttons by index; with the sit/stand rhythm the first one is "I'm standing". */
export const notificationButtons = (standRhythm: boolean) =>
  [standRhythm ? 'standing' : 'routine', 'snooze'] as const;

export async function showReminderNotification(
  boutMs: number,
  options: { snoozeMin: number; canSnooze: boolean; standRhythm: boolean },
): Promise<void> {
  const minutes = wholeMinutes(boutMs);
  const notification: Browser.notifications.NotificationCreateOptions = {
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    title: t('common_time_to_stand_up'),
    message: t(
      options.standRhythm ? 'notification_stand_message' : 'notification_message',
      `${minutes}`,
    ),
    priority: 0,
  };
  if (!import.meta.env.FIREFOX) {
    // Chrome only: a quiet notification, and buttons (Firefox has neither; a click opens the routine).
    notification.silent = true;
    notification.buttons = [
      { title: t(options.standRhythm ? 'common_standing' : 'common_start_routine') },
    ];
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

/**
 * The gentler nudge of the sit/stand rhythm: standing on is no harm, so no card and no
 * escalation, only the badge and this quiet notification, with "I sat down" as its button.
 */
export async function showSitAgainNotification(standingMs: number): Promise<void> {
  const notification: Browser.notifications.NotificationCreateOptions = {
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    title: t('status_sit_again'),
    message: t('notification_sit_message', `${wholeMinutes(standingMs)}`),
    priority: 0,
  };
  if (!import.meta.env.FIREFOX) {
    notification.silent = true;
    notification.buttons = [{ title: t('common_sat_down') }];
  }
  try {
    await browser.notifications.create(SIT_AGAIN_NOTIFICATION, notification);
  } catch (error) {
    console.warn('Unsit: sit-again notification failed; the badge still shows it.', error);
  }
}

export async function clearReminderNotification(): Promise<void> {
  try {
    await Promise.all([
      browser.notifications.clear(REMINDER_NOTIFICATION),
      browser.notifications.clear(SIT_AGAIN_NOTIFICATION),
    ]);
  } catch {
    // Nothing to clear, or notifications unsupported: either way nothing is shown.
  }
}
