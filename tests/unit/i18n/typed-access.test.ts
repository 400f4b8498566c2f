import { describe, expect, it } from 'vitest';
import { t, tn } from '../../../platform/i18n';

// The key type comes from the English messages.json: `npm run check` (tsc) fails if a line
// marked @ts-expect-error stops being an error, so these lines pin the typing down.

describe('typed message access', () => {
  it('takes known keys with exactly their substitutions', () => {
    expect(t('popup_today')).toBe('Today');
    expect(t('status_sitting_for', '23 min')).toBe('Sitting for 23 min');
    expect(t('options_number_invalid', '10', '120')).toBe('Enter a whole number from 10 to 120.');
    expect(tn('popup_streak_days', 1)).toBe('day');
    expect(tn('export_done', 3, 'CSV')).toBe('Exported 3 days as CSV.');
  });

  it('refuses a wrong key or a wrong number of substitutions at compile time', () => {
    // @ts-expect-error: no such key
    expect(() => t('popup_todya')).toThrow('No message "popup_todya" in en');
    // @ts-expect-error: the message takes one substitution
    expect(t('status_sitting_for')).toBe('Sitting for ');
    // @ts-expect-error: the message takes none
    expect(t('popup_today', 'extra')).toBe('Today');
    // @ts-expect-error: two substitutions, not one
    expect(t('options_number_invalid', '10')).toBe('Enter a whole number from 10 to .');
    // @ts-expect-error: not a plural pair
    expect(() => tn('popup_today', 2)).toThrow('No message "popup_today_other" in en');
    // @ts-expect-error: the count is given; the format is missing
    expect(tn('export_done', 3)).toBe('Exported 3 days as .');
  });
});
