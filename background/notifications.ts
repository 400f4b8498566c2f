import { type Browser, browser } from 'wxt/browser';
import { wholeMinutes } from '../lib/format';
import { t } from '../platform/i18n';

// The system notification is one reminder channel among several (the badge
// always changes too): it can be blocked by the OS or unsupported, so
// failures here are logged and never stop the rest of the reminder.

export const REMINDER_NOTIFICATION = 'unsit-reminder';

/** The nudge to sit again after standing (the sit/stand rhythm): a notification of its own. */
export const SIT_AGAIN_NOTIFICATION = 'unsit-sit-again';

export function showReminderNotification(
  boutMs: number,
  options: { snoozeMin: number; canSnooze: boolean; standRhythm: boolean },
): Promise<void> {
  const rhythm = options.standRhythm;
  const message = t(
    rhythm ? 'notification_stand_message' : 'notification_message',
    `${wholeMinutes(boutMs)}`,
  );
  // A one-word snooze button: system notifications cut longer labels ("SNOOZE 5…" on Linux).
  const snooze = options.canSnooze ? [t('notification_snooze')] : [];
  return notify(
    REMINDER_NOTIFICATION,
    t('common_time_to_stand_up'),
    message,
    [t(rhythm ? 'common_standing' : 'common_start_routine'), ...snooze],
    options.canSnooze ? t('notification_snooze_context', `${options.snoozeMin}`) : undefined,
  );
}

/**
 * The gentler nudge of the sit/stand rhythm: standing on is no harm, so no card and no
 * escalation, only the badge and this quiet notification, with "I sat down" as its button.
 */
export const showSitAgainNotification = (standingMs: number): Promise<void> =>
  notify(
    SIT_AGAIN_NOTIFICATION,
    t('status_sit_again'),
    t('notification_sit_message', `${wholeMinutes(standingMs)}`),
    [t('common_sat_down')],
  );

async function notify(
  id: string,
  title: string,
  message: string,
  buttons: string[],
  contextMessage?: string,
): Promise<void> {
  const notification: Browser.notifications.NotificationCreateOptions = {
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    title,
    message,
    priority: 0,
  };
  if (!import.meta.env.FIREFOX) {
    // Chrome only: a quiet notification, and buttons (Firefox has neither; a click on the body
    // does the first action: background/notification-buttons.ts).
    notification.silent = true;
    notification.buttons = buttons.map((b) => ({ title: b }));
    if (contextMessage) notification.contextMessage = contextMessage;
  }
  try {
    await browser.notifications.create(id, notification);
  } catch (error) {
    console.warn('Unsit: notification failed; the badge still shows it.', error);
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
