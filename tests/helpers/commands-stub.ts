import { fakeBrowser } from 'wxt/testing';

// WXT's fake browser has no commands API. This stub behaves like the browser's: the shortcuts
// the user has now (a command without keys has an empty `shortcut`), and an onCommand event the
// test fires by hand.

type Listener = (name: string) => unknown;
type Command = { name: string; description?: string; shortcut?: string };

export function installCommandsStub(commands: Command[] = []) {
  let listeners: Listener[] = [];
  let current = commands;
  Object.assign(fakeBrowser, {
    commands: {
      getAll: async () => current.map((c) => ({ ...c })),
      onCommand: {
        addListener: (listener: Listener) => {
          listeners.push(listener);
        },
        removeListener: (listener: Listener) => {
          listeners = listeners.filter((l) => l !== listener);
        },
        hasListener: (listener: Listener) => listeners.includes(listener),
      },
    },
  });
  return {
    /** The user changed the keys in the browser. */
    set(next: Command[]) {
      current = next;
    },
    /** A key pressed: delivers the command, awaiting the listeners. */
    async press(name: string) {
      await Promise.all(listeners.map((listener) => listener(name)));
    },
    removeAllListeners() {
      listeners = [];
    },
  };
}
