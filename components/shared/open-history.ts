import { browser } from 'wxt/browser';
import { errorText } from './notice';

/** The history page's address, as the pages link to it. */
export const HISTORY_PAGE = '/history.html';

/** Opens the history page in a new tab; a failure is handed to `onError` as text to show. */
export function openHistory(onError: (message: string) => void): void {
  try {
    const opened = browser.tabs.create({ url: browser.runtime.getURL(HISTORY_PAGE) });
    opened.catch((e: unknown) => onError(errorText(e)));
  } catch (e) {
    onError(errorText(e));
  }
}
