import { browser } from 'wxt/browser';
import type { Activity } from '../lib/clock/state';
import type { Settings } from '../lib/settings';
import { daysItem, loadModel } from '../platform/store';
import { defineItem } from '../platform/stored-item';
import { useTabFacts } from './browser-activity';
import { handleCommand } from './commands';
import { dispatch, setEngineHooks } from './engine';
import { useIdleSource } from './idle';
import { useManagedSource } from './managed';
import { TEST_HOOK_GLOBAL, TEST_STATE_KEY } from './test-hook-names';

// Test-build only (imported behind `import.meta.env.MODE === 'e2e'`, which
// the production build folds to false and drops; a browser test checks that
// the production bundle holds none of this). Headless Chromium always reports
// `active`, so browser tests set the idle state here, and they may shorten
// the settings below their production minimums to see a reminder in seconds.
// Both live in storage so they survive the worker being killed.

type TestState = {
  idle: Activity;
  settings: Partial<Record<keyof Settings, unknown>>;
  /** Routine time multiplier for the card over a page (Unsit's window takes `?speed=` instead). */
  speed?: number;
  /** No key pressed for a few seconds (headless has no input, so a pause unless a test says not). */
  typingPause?: boolean;
  /** Tabs whose address contains this play sound (headless Chromium never marks a tab audible). */
  audibleUrl?: string | null;
  /** The organisation's policy, as managed storage would hold it (headless has none). */
  managed?: unknown;
};

/** What the background does when the organisation's policy may have changed: reads it again. */
export type PolicyChanged = () => Promise<void>;

export function installTestHooks(policyChanged: PolicyChanged): void {
  // Declared here, not at the top of the module: a bundler keeps a top-level call it cannot
  // prove pure, and with it the key, in the production build.
  const testItem = defineItem<TestState>(TEST_STATE_KEY, {
    fallback: { idle: 'active', settings: {} },
  });
  const listeners: Array<(state: Activity) => void> = [];
  let detectionSeconds = 60;
  useIdleSource({
    query: async () => (await testItem.getValue()).idle,
    typingPause: async () => (await testItem.getValue()).typingPause ?? true,
    onChange: (listener) => listeners.push(listener),
    setDetection: (seconds) => {
      detectionSeconds = seconds;
    },
  });
  useTabFacts(async (tabs) => {
    const marker = (await testItem.getValue()).audibleUrl;
    return marker ? tabs.map((t) => (t.url?.includes(marker) ? { ...t, audible: true } : t)) : tabs;
  });
  // A real policy (tests/e2e/managed.e2e.ts starts Chromium with one) wins over none here.
  useManagedSource(async () => {
    const fake = (await testItem.getValue()).managed;
    return fake === undefined ? browser.storage.managed.get() : fake;
  });
  setEngineHooks({
    adjustSettings: async (settings) =>
      ({ ...settings, ...(await testItem.getValue()).settings }) as Settings,
  });
  const api = {
    async setIdle(state: Activity) {
      await testItem.setValue({ ...(await testItem.getValue()), idle: state });
      for (const listener of listeners) listener(state);
    },
    async overrideSettings(settings: TestState['settings']) {
      await testItem.setValue({ ...(await testItem.getValue()), settings });
      return (await dispatch((now) => ({ type: 'tick', at: now }))).view;
    },
    /** A policy as if the organisation had set it (undefined: the browser's own, if any). */
    async setManaged(managed: unknown) {
      await testItem.setValue({ ...(await testItem.getValue()), managed });
      await policyChanged();
    },
    async setAudibleUrl(audibleUrl: string | null) {
      await testItem.setValue({ ...(await testItem.getValue()), audibleUrl });
    },
    async setTypingPause(typingPause: boolean) {
      await testItem.setValue({ ...(await testItem.getValue()), typingPause });
    },
    async setRoutineSpeed(speed: number) {
      await testItem.setValue({ ...(await testItem.getValue()), speed });
    },
    /** The idle detection interval the background asked for last (15: watching for a pause). */
    detectionSeconds: () => detectionSeconds,
    async poll() {
      return (await dispatch((now) => ({ type: 'tick', at: now }))).view;
    },
    loadModel,
    /** A keyboard shortcut pressed (headless Chromium cannot press one): as the browser calls it. */
    command: (name: string) => handleCommand(name),
    /** Another device's published record, as if the browser's sync had brought it. */
    async seedSync(items: Record<string, unknown>) {
      await browser.storage.sync.set(items);
    },
    /** Screenshots show a lived-in week: replaces the stored daily totals. */
    async seedDays(days: Record<string, unknown>) {
      await daysItem.setValue(days);
      return (await dispatch((now) => ({ type: 'tick', at: now }))).view;
    },
  };
  Object.assign(globalThis, { [TEST_HOOK_GLOBAL]: api });
}
