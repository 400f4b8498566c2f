import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LOCALES, type Locale } from '../../helpers/fake-i18n';

// Every language carries exactly the English keys, each with a message and the same
// placeholders: a missing or extra key, an empty message, a dropped or invented substitution
// fails here before a user sees an empty button or a raw "$COUNT$".

type Entry = (typeof LOCALES)['en'][string];
const english = LOCALES.en;
const others = (Object.keys(LOCALES) as Locale[]).filter((l) => l !== 'en');

/** `$NAME$` tokens in a message, lower-cased as Chrome matches them. */
const used = (message: string) =>
  [
    ...new Set([...message.matchAll(/\$([a-z0-9_@]+)\$/gi)].map((m) => (m[1] ?? '').toLowerCase())),
  ].sort();
const declared = (entry: Entry) => Object.keys(entry.placeholders ?? {}).sort();

describe('locales', () => {
  it('are the three the issue asks for, English by default', () => {
    expect(Object.keys(LOCALES).sort()).toEqual(['de', 'en', 'es']);
    const config = readFileSync('wxt.config.ts', 'utf8');
    expect(config).toContain("default_locale: 'en'");
    for (const key of config.match(/__MSG_(\w+)__/g) ?? []) {
      expect(english[key.slice(6, -2)], key).toBeDefined();
    }
  });

  it('English keys are snake_case and grouped by a surface prefix', () => {
    for (const key of Object.keys(english)) expect(key).toMatch(/^[a-z]+(?:_[a-z0-9]+)+$/);
  });

  it.each(['en', ...others] as Locale[])(
    '%s: every message is non-empty and its placeholders are declared and used',
    (locale) => {
      for (const [key, entry] of Object.entries(LOCALES[locale])) {
        expect(entry.message.trim(), `${locale}.${key}`).not.toBe('');
        expect(used(entry.message), `${locale}.${key}`).toEqual(declared(entry));
        for (const [name, placeholder] of Object.entries(entry.placeholders ?? {})) {
          expect(placeholder.content, `${locale}.${key}.${name}`).toMatch(/^\$[1-9]$/);
        }
      }
    },
  );

  it.each(others)('%s has exactly the English keys', (locale) => {
    const keys = Object.keys(LOCALES[locale]);
    const missing = Object.keys(english).filter((key) => !(key in LOCALES[locale]));
    const extra = keys.filter((key) => !(key in english));
    expect({ missing, extra }).toEqual({ missing: [], extra: [] });
  });

  it.each(others)('%s has the English placeholders, in the same substitution order', (locale) => {
    for (const [key, entry] of Object.entries(english)) {
      expect(LOCALES[locale][key]?.placeholders, `${locale}.${key}`).toEqual(entry.placeholders);
    }
  });

  it.each(others)('%s is translated, not copied', (locale) => {
    // Names, numbers and units ("Unsit: …", "30 min") may match English; sentences must not.
    const words = (message: string) =>
      message.replace(/\$\w+\$/g, '').match(/\p{L}{3,}/gu)?.length ?? 0;
    const copied = Object.entries(english)
      .filter(
        ([key, entry]) =>
          words(entry.message) >= 2 && LOCALES[locale][key]?.message === entry.message,
      )
      .map(([key]) => key);
    expect(copied).toEqual([]);
  });
});
