import { browser } from 'wxt/browser';
import { type CommandName, isCommand } from '../lib/commands';
import { t } from './i18n';

// The keyboard shortcuts as the browser has them now (the user may have changed or removed any),
// for the popup's tooltips and the options page, and the way to the browser's page that changes
// them. Extensions cannot set them from their own pages in Chrome.

/** Each command's current keys; a command without keys is left out. */
export type Shortcuts = Partial<Record<CommandName, string>>;

/** The shortcuts set now; none where the browser has no shortcuts for extensions. */
export async function readShortcuts(): Promise<Shortcuts> {
  if (!browser.commands?.getAll) return {};
  const shortcuts: Shortcuts = {};
  for (const command of await browser.commands.getAll()) {
    if (isCommand(command.name) && command.shortcut) shortcuts[command.name] = command.shortcut;
  }
  return shortcuts;
}

/** A button's tooltip naming its shortcut, only when one is set. */
export const shortcutTitle = (shortcuts: Shortcuts, name: CommandName): string | undefined => {
  const keys = shortcuts[name];
  return keys ? t('shortcut_tooltip', keys) : undefined;
};

/** Firefox 137+ opens its shortcut dialog for an extension; the types do not know it yet. */
const firefoxDialog = (): (() => Promise<void>) | undefined =>
  (browser.commands as { openShortcutSettings?: () => Promise<void> } | undefined)
    ?.openShortcutSettings;

/** Whether this browser has keyboard shortcuts for extensions at all (Firefox for Android not). */
export const shortcutsSupported = (): boolean => browser.commands?.getAll !== undefined;

/**
 * How the user changes the keys here: Chrome's shortcuts page (an extension page may open it
 * in a tab), Firefox's own dialog where it can be opened (137+), else a sentence saying where.
 */
export function shortcutSettings(): 'chrome-page' | 'firefox-dialog' | 'firefox-words' {
  if (!import.meta.env.FIREFOX) return 'chrome-page';
  return typeof firefoxDialog() === 'function' ? 'firefox-dialog' : 'firefox-words';
}

export async function openShortcutSettings(): Promise<void> {
  const open = import.meta.env.FIREFOX ? firefoxDialog() : undefined;
  if (open) await open.call(browser.commands);
  else await browser.tabs.create({ url: 'chrome://extensions/shortcuts' });
}
