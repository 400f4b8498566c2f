// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { announceStep } from '../../../components/player/timing';
import { Popup } from '../../../components/popup/Popup';
import { ReminderCard } from '../../../components/reminder/ReminderCard';
import { badgeFor } from '../../../lib/badge';
import { buildRoutine } from '../../../lib/routines/builder';
import { request } from '../../../platform/api';
import { words } from '../../../platform/i18n';
import { useLocale } from '../../helpers/fake-i18n';
import { statusFixture } from '../ui/fixtures';
import { useHandlers } from '../ui/request-mock';

// A browser with a German UI: the same components, German words, German dates and times.

vi.mock('../../../platform/api', () => ({ request: vi.fn() }));

beforeEach(() => {
  fakeBrowser.reset();
  useLocale('de');
  const api = useHandlers(vi.mocked(request));
  api.on('getStatus', () => statusFixture());
});

afterEach(cleanup);

describe('in German', () => {
  it('the popup speaks German, with German times and weekdays', async () => {
    render(<Popup />);
    await screen.findByText('Du sitzt seit 23 Min.');
    // 7 minutes to the reminder, on the 24-hour clock German uses.
    expect(screen.getByText('Erinnerung um 10:29')).toBeTruthy();
    expect(screen.getByRole('button', { name: '2-Minuten-Routine' })).toBeTruthy();
    const stats = within(screen.getByRole('tabpanel', { name: 'Heute' }));
    const value = (label: string) => stats.getByText(label).nextElementSibling?.textContent;
    expect(value('Pausen')).toBe('4 von 6');
    expect(value('Serie')).toBe('5 Tage');
    expect(value('Längste Sitzphase')).toBe('52 Min.');
    // Thursday 27 February to Wednesday 5 March, as German narrow weekday labels.
    const labels = [...document.querySelectorAll('.u-week__label')].map((l) => l.textContent);
    expect(labels).toEqual(['D', 'F', 'S', 'S', 'M', 'D', 'M']);
    fireEvent.click(screen.getByRole('tab', { name: 'Letzte 7 Tage' }));
    const chart = screen.getByRole('img', { name: /^Letzte 7 Tage/ });
    expect(chart.getAttribute('aria-label')).toMatch(
      /^Letzte 7 Tage: insgesamt 32 Pausen\. Die meisten am Sonntag: 7\./,
    );
  });

  it('the reminder card speaks German', () => {
    render(<ReminderCard status={statusFixture()} busy={false} focusOnOpen onChoose={() => {}} />);
    expect(screen.getByRole('heading', { name: 'Zeit aufzustehen' })).toBeTruthy();
    expect(screen.getByText(/^Du sitzt seit 23 Min\./)).toBeTruthy();
    for (const name of ['2-Minuten-Routine starten', 'Bin aufgestanden', '5 Min. später']) {
      expect(screen.getByRole('button', { name })).toBeTruthy();
    }
  });

  it('the routine, its announcements and the badge speak German', () => {
    const routine = buildRoutine('two-minute', { allowFloor: false, rotationIndex: 0 });
    expect(announceStep(routine, 0)).toBe(
      'Schritt 1 von 5: Oberschenkeldehnung im Stehen, linke Seite. 20 Sekunden.',
    );
    const badge = badgeFor(statusFixture().view, statusFixture().settings, words, 'de');
    expect(badge.title).toBe('Unsit: Sitzen: 23 Min. · 4 Pausen heute · nächste Erinnerung 10:29');
  });
});
