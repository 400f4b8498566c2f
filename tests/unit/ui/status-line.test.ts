import { describe, expect, it } from 'vitest';
import { describeStatus } from '../../../components/popup/status-line';
import { startOfNextDay } from '../../../lib/time';
import { LOCALES, useLocale } from '../../helpers/fake-i18n';
import { NOW, viewFixture } from './fixtures';

const settings = { intervalMin: 30 };

describe('the popup status line', () => {
  it('sitting: minutes so far, next reminder, progress toward it', () => {
    const line = describeStatus(viewFixture(), settings, 'en-GB');
    expect(line).toEqual({
      headline: 'Sitting for 23 min',
      detail: 'Next reminder at 10:29',
      tone: 'sitting',
      progress: 23 / 30,
    });
  });

  it('due: the highlighted line', () => {
    const line = describeStatus(
      viewFixture({ reminderDue: true, boutMs: 34 * 60_000, nextReminderAt: null }),
      settings,
    );
    expect(line.headline).toBe('Time to stand up');
    expect(line.detail).toBe('Sitting for 34 min.');
    expect(line.tone).toBe('due');
  });

  it('due: one full stop in every language, also after an abbreviated unit ("Min.")', () => {
    for (const locale of Object.keys(LOCALES) as (keyof typeof LOCALES)[]) {
      useLocale(locale);
      for (const minutes of [0, 34, 95]) {
        const { detail } = describeStatus(
          viewFixture({ reminderDue: true, boutMs: minutes * 60_000, nextReminderAt: null }),
          settings,
        );
        expect(detail, `${locale}, ${minutes} min`).not.toMatch(/\.\s*\.$/);
      }
    }
    useLocale('en');
  });

  it('paused: until a time today, or until tomorrow', () => {
    expect(
      describeStatus(viewFixture({ pausedUntil: NOW + 60 * 60_000 }), settings, 'en-GB').detail,
    ).toBe('Paused until 11:22');
    expect(describeStatus(viewFixture({ pausedUntil: startOfNextDay(NOW) }), settings).detail).toBe(
      'Paused until tomorrow',
    );
  });

  it('resting and away', () => {
    expect(
      describeStatus(viewFixture({ activity: 'idle', sittingSince: null, boutMs: 0 }), settings)
        .headline,
    ).toBe('Resting');
    const away = describeStatus(viewFixture({ activity: 'locked' }), settings);
    expect(away.headline).toBe('Away');
    expect(away.detail).toBe('23 min sitting so far in this bout');
  });

  it('no working time ahead: says there is no reminder', () => {
    expect(describeStatus(viewFixture({ nextReminderAt: null }), settings).detail).toBe(
      'No reminders on your current schedule',
    );
  });
});
