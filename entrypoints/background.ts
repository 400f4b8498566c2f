import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { clearRetiredAlarms } from '../background/alarms';
import { openOnboarding } from '../background/break-window';
import { handleCommand } from '../background/commands';
import { dispatch } from '../background/engine';
import { onIdleStateChange } from '../background/idle';
import { refreshPolicy } from '../background/managed';
import { handleMessage } from '../background/messages';
import {
  answerNotificationButton,
  answerNotificationClick,
} from '../background/notification-buttons';
import { checkCardDeadline, watchCardHostPort, watchCardPort } from '../background/overlay';
import { presence } from '../background/presence';
import { reminderHeld } from '../background/present-reminder';
import { watchRoutinePort } from '../background/routine-port';
import { runSync, SYNC_ALARM } from '../background/sync';
import { installTestHooks, type PolicyChanged } from '../background/test-hooks';
import { lookAround } from '../background/wake';
import { SETTINGS_SYNC_KEY } from '../lib/sync/settings-merge';

// Wiring only. Every listener is registered synchronously on each start of
// the worker (Chrome stops it after 30 s idle), and every event goes through
// the engine, which keeps all state in storage.

export default defineBackground(() => {
  // The organisation's policy, read beside the wake-ups (they use the copy it keeps); when it
  // changed, settings (badge, reminder time) and sharing follow.
  const followPolicy: PolicyChanged = async () => {
    if (await refreshPolicy()) await Promise.all([poll(), runSync(Date.now(), true)]);
  };
  // Test builds (`--mode e2e`) drive idle and time; the production bundle has no such code.
  if (import.meta.env.MODE === 'e2e') installTestHooks(followPolicy);

  // Every wake-up also looks whether a card over a page had to be seen by now (its timer dies
  // with a stopped worker).
  const poll = () => {
    void checkCardDeadline();
    return dispatch(lookAround);
  };
  // Settings that arrived from another device apply at once (badge, reminder time).
  const sync = async () => {
    if ((await runSync(Date.now())).settingsChanged) await poll();
  };

  onIdleStateChange((state, pause) =>
    // A pause in typing while a card is due: look around now (the card shows at the pause);
    // whether the user is away is still asked at the away interval.
    pause
      ? poll()
      : dispatch(async (now, settings) => ({
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
  // Every other alarm is a wake-up: the heartbeat, an absence ending, a card's deadline.
  browser.alarms.onAlarm.addListener((alarm) => (alarm.name === SYNC_ALARM ? sync() : poll()));
  // Another device's settings edit; this device's own writes come back here too, and merge
  // to no change, so nothing is written again (no echo).
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'sync' && SETTINGS_SYNC_KEY in changes) void sync();
    if (area === 'managed') void followPolicy();
  });
  browser.runtime.onStartup.addListener(() => {
    void poll();
    void sync();
  });
  browser.runtime.onInstalled.addListener((details) => {
    void poll();
    void sync();
    if (details.reason === 'install') void openOnboarding();
    if (details.reason === 'update') void clearRetiredAlarms();
  });
  // The returned promise is the answer (webextension-polyfill makes that hold in every supported
  // browser; see wxt.config.ts).
  browser.runtime.onMessage.addListener((message, sender) => handleMessage(message, sender));
  browser.runtime.onConnect.addListener(watchRoutinePort);
  browser.runtime.onConnect.addListener(watchCardPort);
  browser.runtime.onConnect.addListener(watchCardHostPort);

  // Keyboard shortcuts (none in Firefox for Android).
  browser.commands?.onCommand.addListener((name) => handleCommand(name));

  browser.notifications.onClicked.addListener((id) => answerNotificationClick(id));
  browser.notifications.onButtonClicked?.addListener((id, index) =>
    answerNotificationButton(id, index),
  );

  void poll();
  void followPolicy();
});
