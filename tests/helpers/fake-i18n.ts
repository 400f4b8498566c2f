import { fakeBrowser } from 'wxt/testing';
import de from '../../public/_locales/de/messages.json';
import en from '../../public/_locales/en/messages.json';
import es from '../../public/_locales/es/messages.json';

// WXT's fake browser has no i18n. This one follows Chrome's rules from the real messages.json
// files: `$NAME$` becomes its placeholder's content, `$1`…`$9` in that content the
// substitutions, `$$` a dollar sign. An unknown key throws, where Chrome would return "".

type Entry = { message: string; placeholders?: Record<string, { content: string }> };
export const LOCALES = { en, de, es } as Record<'en' | 'de' | 'es', Record<string, Entry>>;
export type Locale = keyof typeof LOCALES;

export function formatMessage(entry: Entry, substitutions: readonly string[]): string {
  return entry.message
    .replace(/\$([a-z0-9_@]+)\$/gi, (whole, name: string) => {
      const content = entry.placeholders?.[name.toLowerCase()]?.content;
      if (content === undefined) return whole;
      return content.replace(/\$([1-9])/g, (_, n: string) => substitutions[Number(n) - 1] ?? '');
    })
    .replaceAll('$$', '$');
}

/** Answers `browser.i18n` from one locale's messages, as a browser in that language would. */
export function useLocale(locale: Locale): void {
  const messages = LOCALES[locale];
  const i18n = fakeBrowser.i18n as unknown as {
    getMessage: (key: string, substitutions?: string | string[]) => string;
    getUILanguage: () => string;
  };
  i18n.getMessage = (key, substitutions = []) => {
    const entry = messages[key];
    if (entry === undefined) throw new Error(`No message "${key}" in ${locale}`);
    return formatMessage(
      entry,
      typeof substitutions === 'string' ? [substitutions] : substitutions,
    );
  };
  i18n.getUILanguage = () => locale;
}
