import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { clearRetiredAlarms } from '../background/alarms';
import { openBreakWindow, openOnboarding } from '../background/break-window';
import { dispatch } from '../background/engine';
import { onIdleStateChange } from '../background/idle';
import { handleMessage } from '../background/messages';
import { NOTIFICATION_BUTTONS, REMINDER_NOTIFICATION } from '../background/notifications';
import { watchCardPort } from '../background/overlay';
import { presence } from '../background/presence';
import { reminderHeld } from '../background/present-reminder';
import { watchRoutinePort } from '../background/routine-port';
import { installTestHooks } from '../background/test-hooks';
import { lookAround } from '../background/wake';

// Wiring only. Every listener is registered synchronously on each start of
// the worker (Chrome stops it after 30 s idle), and every event goes through
// the engine, which keeps all state in storage.

export default defineBackground(() => {
  // Test builds (`--mode e2e`) drive idle and time; the production bundle has no such code.
  if (import.meta.env.MODE === 'e2e') installTestHooks();

  const poll = () => dispatch(lookAround);

  onIdleStateChange((state) =>
    dispatch(async (now, settings) => ({
      type: 'observe',
      at: now,
      state: await presence(state, settings),
      source: 'change',
    })),
  );
  // Leaving fullscreen releases a held reminder at once; the end of a call is
  // seen by the next heartbeat (within a minute). Tab events are not watched:
  // they would wake the worker on every page load all day.
  browser.windows.onBoundsChanged?.addListener(() => {
    void reminderHeld().then((held) => {
      if (held) void dispatch((now) => ({ type: 'tick', at: now }));
    });
  });
  browser.alarms.onAlarm.addListener(() => poll());
  browser.runtime.onStartup.addListener(() => poll());
  browser.runtime.onInstalled.addListener((details) => {
    void poll();
    if (details.reason === 'install') void openOnboarding();
    if (details.reason === 'update') void clearRetiredAlarms();
  });
  // sendResponse and `return true`, not a returned promise: that works in every Chrome with
  // MV3 and in Firefox, without the polyfill (issue 6 budgets).
  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    void handleMessage(message, sender).then(sendResponse);
    return true;
  });
  browser.runtime.onConnect.addListener(watchRoutinePort);
  browser.runtime.onConnect.addListener(watchCardPort);

  browser.notifications.onClicked.addListener((id) => {
    if (id === REMINDER_NOTIFICATION) void openBreakWindow('?routine=two-minute');
  });
  browser.notifications.onButtonClicked?.addListener((id, index) => {
    if (id !== REMINDER_NOTIFICATION) return;
    if (NOTIFICATION_BUTTONS[index] === 'routine') void openBreakWindow('?routine=two-minute');
    else if (NOTIFICATION_BUTTONS[index] === 'snooze') {
      void dispatch((now) => ({ type: 'snooze', at: now }));
    }
  });

  void poll();
});
