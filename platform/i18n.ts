import { browser } from 'wxt/browser';
import type { MessageKey, Translate, TranslateCount, Words } from '../lib/i18n';

// The one door to `browser.i18n` for every surface (pages, the page overlay, the background):
// messages live in public/_locales, this module only looks them up, so it stays a few bytes.

// WXT types getMessage with one overload per key; a generic key needs the plain signature.
const getMessage = (key: string, substitutions: string[]): string =>
  (browser.i18n.getMessage as (key: string, substitutions: string[]) => string)(key, substitutions);

/** A message in the user's language. A wrong key or substitution count is a type error. */
export const t: Translate = (key, ...substitutions) => getMessage(key, substitutions);

/** The browser's UI language (not the OS's or Node's default), for every `Intl` format. */
export const uiLocale = (): string => browser.i18n.getUILanguage();

/**
 * A count with its noun: `${base}_one` or `${base}_other` by the UI language's plural rules,
 * with the count as the first substitution. English, German and Spanish only need these two
 * forms; a language with more would add keys and a case here.
 */
export const tn: TranslateCount = (base, count, ...rest) => {
  const form = new Intl.PluralRules(uiLocale()).select(count) === 'one' ? 'one' : 'other';
  return getMessage(`${base}_${form}`, [String(count), ...(rest as string[])]);
};

/** Both, for pure code in lib/ that takes its words as a parameter. */
export const words: Words = { t, tn };

/**
 * An extension page in the user's language: its title (HTML files cannot hold messages) and
 * its `lang`, which screen readers pronounce by and CSS hyphenates long German words by.
 */
export function localisePage(title: MessageKey): void {
  document.documentElement.lang = uiLocale();
  document.title = t(title);
}
