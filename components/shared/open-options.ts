import { browser } from 'wxt/browser';
import { errorText } from './notice';

/** Opens Unsit's options page; a failure is handed to `onError` as text to show. */
export function openOptions(onError: (message: string) => void): void {
  try {
    browser.runtime.openOptionsPage().catch((e: unknown) => onError(errorText(e)));
  } catch (e) {
    onError(errorText(e));
  }
}
