import { vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing';
import type { Activity } from '../../lib/clock/state';
import { installCommandsStub } from '../helpers/commands-stub';
import { installIdleStub } from '../helpers/idle-stub';

// Drives the real background entrypoint through WXT's fake browser with a
// fake clock: alarms fire when simulated time reaches them, the worker can be
// killed and restarted (module state gone, storage and alarms kept), the
// browser restarted (session storage and alarms gone, onStartup fired), and
// the computer put to sleep (time jumps, overdue alarms fire once on wake).

type Alarm = Browser.alarms.Alarm;

export class SimulatedBrowser {
  readonly idle = installIdleStub();
  /** The keyboard shortcuts: the background listens for them on every start. */
  readonly commands = installCommandsStub();
  /** Every alarm delivery, for counting worker wake-ups. */
  readonly wakeups: Array<{ at: number; name: string }> = [];
  private queue: typeof import('../../background/queue') | null = null;

  /** Every time the reminder card was shown (in Unsit's window: the fake browser cannot script pages). */
  readonly cards: number[] = [];
  private browserTabs: Array<{ url?: string; audible?: boolean; windowId: number }> = [];
  private browserWindows: Array<{ id: number; state: string; focused: boolean }> = [
    { id: 1, state: 'normal', focused: true },
  ];

  constructor(start: number) {
    // What the browser shows: tabs with sound and addresses, window states. Set by the test.
    Object.assign(fakeBrowser.tabs, {
      query: async (q: { active?: boolean; url?: string }) =>
        q.url
          ? []
          : this.browserTabs.map((t, i) => ({
              ...t,
              id: i + 1,
              index: i,
              active: q.active ?? false,
            })),
    });
    Object.assign(fakeBrowser.windows, {
      getAll: async () => this.browserWindows,
      getLastFocused: async () =>
        this.browserWindows.find((w) => w.focused) ?? this.browserWindows[0],
      create: async () => {
        this.cards.push(this.now);
        return { id: 99, focused: true };
      },
    });
    // WXT's fake browser has no runtime.onConnect; routine ports are not part of this scenario.
    Object.assign(fakeBrowser.runtime, {
      onConnect: { addListener() {}, removeListener() {}, hasListener: () => false },
    });
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(start);
  }

  get now(): number {
    return Date.now();
  }

  /** Starts a fresh service worker, as Chrome does on any event after killing it. */
  async startWorker(): Promise<void> {
    vi.resetModules();
    const background = (await import('../../entrypoints/background')).default;
    this.queue = await import('../../background/queue');
    background.main();
    await this.settle();
  }

  /** Chrome stops the worker: every listener and in-memory value is gone. */
  killWorker(): void {
    fakeBrowser.alarms.onAlarm.removeAllListeners();
    fakeBrowser.runtime.onMessage.removeAllListeners();
    fakeBrowser.runtime.onStartup.removeAllListeners();
    fakeBrowser.runtime.onInstalled.removeAllListeners();
    fakeBrowser.notifications.onClicked.removeAllListeners();
    fakeBrowser.notifications.onButtonClicked.removeAllListeners();
    this.commands.removeAllListeners();
    this.idle.removeAllListeners();
    this.queue = null;
  }

  async restartWorker(): Promise<void> {
    this.killWorker();
    await this.startWorker();
  }

  /** The browser closes at the current time and opens again at `reopenAt`. */
  async restartBrowser(reopenAt: number): Promise<void> {
    this.killWorker();
    await fakeBrowser.alarms.clearAll(); // Firefox always, Chrome sometimes
    await fakeBrowser.storage.session.clear();
    vi.setSystemTime(reopenAt);
    await this.startWorker();
    await fakeBrowser.runtime.onStartup.trigger();
    await this.settle();
  }

  /** Lets simulated time run to `target`, delivering every alarm due on the way. */
  async runUntil(target: number): Promise<void> {
    for (;;) {
      const next = await this.nextAlarm();
      if (next === undefined || next.scheduledTime > target) break;
      vi.setSystemTime(Math.max(this.now, next.scheduledTime));
      await this.fire(next);
    }
    vi.setSystemTime(target);
  }

  /** The computer sleeps until `wakeAt`: nothing runs, overdue alarms fire once on wake. */
  async sleepUntil(wakeAt: number): Promise<void> {
    vi.setSystemTime(wakeAt);
    const overdue = (await fakeBrowser.alarms.getAll()).filter((a) => a.scheduledTime <= wakeAt);
    for (const alarm of [...overdue]) await this.fire(alarm);
  }

  setBrowser(state: {
    tabs?: Array<{ url?: string; audible?: boolean; windowId: number }>;
    windows?: Array<{ id: number; state: string; focused: boolean }>;
  }): void {
    if (state.tabs) this.browserTabs = state.tabs;
    if (state.windows) this.browserWindows = state.windows;
  }

  async setIdle(state: Activity): Promise<void> {
    await this.idle.set(state);
    await this.settle();
  }

  async send(name: string, payload: unknown = {}, page = '/popup.html') {
    const sender = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL(page) };
    // The background answers with the promise its listener returns (webextension-polyfill makes
    // every supported browser honour it); sendResponse is not the way and fails the test.
    const noSendResponse = () => {
      throw new Error('The background answered through sendResponse');
    };
    // The fake's typing lists two arguments; at run time it passes every argument on.
    const trigger = fakeBrowser.runtime.onMessage.trigger as (
      ...args: unknown[]
    ) => Promise<unknown[]>;
    const [reply] = await trigger({ tag: 'unsit', name, payload }, sender, noSendResponse);
    await this.settle();
    return reply as { ok: boolean; data?: unknown; error?: string };
  }

  async settle(): Promise<void> {
    await this.queue?.settled();
  }

  private async nextAlarm(): Promise<Alarm | undefined> {
    const alarms = await fakeBrowser.alarms.getAll();
    return [...alarms].sort((a, b) => a.scheduledTime - b.scheduledTime)[0];
  }

  private async fire(alarm: Alarm): Promise<void> {
    // Chrome reschedules a periodic alarm from when it fired; a one-shot alarm is gone.
    await fakeBrowser.alarms.clear(alarm.name);
    if (alarm.periodInMinutes) {
      await fakeBrowser.alarms.create(alarm.name, {
        when: this.now + alarm.periodInMinutes * 60_000,
        periodInMinutes: alarm.periodInMinutes,
      });
    }
    this.wakeups.push({ at: this.now, name: alarm.name });
    await fakeBrowser.alarms.onAlarm.trigger({ ...alarm, scheduledTime: this.now });
    await this.settle();
  }
}
