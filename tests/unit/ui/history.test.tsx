// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { HistoryPage } from '../../../components/history/History';
import { type Days, type DayTotals, emptyDay } from '../../../lib/day-totals';
import { MINUTE } from '../../../lib/time';
import { request } from '../../../platform/api';
import { useLocale } from '../../helpers/fake-i18n';
import { statusFixture, today } from './fixtures';
import { useHandlers } from './request-mock';

// The history page against a mocked background: the stored days from `getDays`, today's live
// figures from `getStatus` (NOW is Wednesday 5 March 2025, 10:22).

vi.mock('../../../platform/api', () => ({ request: vi.fn() }));

const day = (fields: Partial<DayTotals>): DayTotals => ({ ...emptyDay, ...fields });
const hours = (slots: Record<number, number>) =>
  Array.from({ length: 24 }, (_, h) => slots[h] ?? 0);

const DAYS: Days = {
  // Stored today is behind the live figures: the page shows the live ones.
  '2025-03-05': day({ routine: 1 }),
  '2025-03-04': day({
    routine: 3,
    natural: 2,
    longestBoutMs: 58 * MINUTE,
    longByHour: hours({ 14: 50, 15: 40 }),
  }),
  '2025-02-25': day({ routine: 2, longByHour: hours({ 14: 30, 15: 30, 9: 20 }) }),
  '2025-03-03': day({ natural: 4, skipped: 2, longByHour: hours({ 10: 45 }) }),
  '2024-12-20': day({ routine: 7 }),
};

let api: ReturnType<typeof useHandlers>;

beforeEach(() => {
  fakeBrowser.reset();
  api = useHandlers(vi.mocked(request));
  api.on('getDays', () => structuredClone(DAYS));
  api.on('getStatus', () => statusFixture());
});

afterEach(cleanup);

async function open() {
  render(<HistoryPage />);
  await screen.findAllByRole('img');
}

const figure = (name: string) => screen.getByRole('figure', { name });

describe('the history page', () => {
  it('draws one chart per figure, each with a summary a screen reader hears', async () => {
    await open();
    expect(screen.getByRole('heading', { level: 1, name: 'Your sitting over time' })).toBeTruthy();
    const names = ['Breaks', 'Skipped', 'Longest bout', 'Bouts ≥ 30 min', 'Active time'];
    for (const name of names) expect(within(figure(name)).getByRole('img')).toBeTruthy();
    // Today: 2 routines, 1 natural break and 1 "I stood up" (live), not the stored 1.
    const breaks = within(figure('Breaks')).getByRole('img').getAttribute('aria-label');
    expect(breaks).toBe('Breaks, per day, last 30 days: 15 in all, most 5 (Tue, Mar 4).');
    const longest = within(figure('Longest bout')).getByRole('img').getAttribute('aria-label');
    expect(longest).toBe('Longest bout, per day, last 30 days: at most 58 min (Tue, Mar 4).');
    expect(screen.getByText('4 days with a record in this period.')).toBeTruthy();
  });

  it('shows each chart as a table behind a toggle', async () => {
    await open();
    const chart = within(figure('Breaks'));
    const toggle = chart.getByRole('button', { name: 'Show as table' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(toggle.textContent).toBe('Hide table');
    const table = chart.getByRole('table');
    expect(within(table).getByText('Breaks, per day, last 30 days')).toBeTruthy();
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(31); // the header and 30 days
    expect(rows.at(-1)?.textContent).toBe(
      `Wed, Mar 5${today.routine + today.natural + today.acknowledged}`,
    );
    expect(rows.at(-2)?.textContent).toBe('Tue, Mar 45');
  });

  it('switches to 90 days by week and to a year by month', async () => {
    await open();
    fireEvent.click(screen.getByRole('button', { name: '90 days' }));
    expect(screen.getByRole('button', { name: '90 days' }).getAttribute('aria-pressed')).toBe(
      'true',
    );
    expect(screen.getByRole('button', { name: '30 days' }).getAttribute('aria-pressed')).toBe(
      'false',
    );
    const breaks = () => within(figure('Breaks')).getByRole('img').getAttribute('aria-label');
    // Weeks start on Sunday in English: 2–5 March is this week, with 4 + 5 + 4 breaks.
    // (Intl puts thin spaces around the dash of a range.)
    expect(breaks()).toMatch(
      /^Breaks, per week, last 90 days: 22 in all, most 13 \(Mar 2\s–\s5\)\.$/,
    );
    fireEvent.click(screen.getByRole('button', { name: 'A year' }));
    expect(breaks()).toBe('Breaks, per month, last 365 days: 22 in all, most 13 (March 2025).');
    fireEvent.click(within(figure('Breaks')).getByRole('button', { name: 'Show as table' }));
    expect(within(figure('Breaks')).getAllByRole('row')).toHaveLength(1 + 13);
  });

  it('says when the long sitting happens, with the map and its table', async () => {
    await open();
    const map = within(screen.getByRole('region', { name: 'When you sit longest' }));
    expect(map.getByText(/^You sit longest on Tuesdays, 2\s–\s4\sPM\.$/)).toBeTruthy();
    expect(map.getByRole('img').getAttribute('aria-label')).toMatch(/^You sit longest on Tuesdays/);
    fireEvent.click(map.getByRole('button', { name: 'Show as table' }));
    const table = within(map.getByRole('table'));
    expect(
      table.getByText('Minutes of long sitting by weekday and hour, last 30 days'),
    ).toBeTruthy();
    // Weekday rows, from the first day of the week; hour columns.
    const rows = table.getAllByRole('row');
    expect(rows.map((r) => r.querySelector('th')?.textContent)).toEqual([
      'Weekday',
      'Sunday',
      'Monday',
      'Tuesday',
      'Wednesday',
      'Thursday',
      'Friday',
      'Saturday',
    ]);
    const tuesday = [...(rows[3]?.querySelectorAll('td') ?? [])].map((td) => td.textContent);
    expect(tuesday[14]).toBe('80');
    expect(tuesday[15]).toBe('70');
    expect(tuesday[9]).toBe('20');
  });

  it('says so when a period holds no long sitting', async () => {
    api.on('getDays', () => ({ '2025-03-04': day({ routine: 1 }) }));
    await open();
    expect(screen.getByText('No sitting bouts of 30 minutes or more in this period.')).toBeTruthy();
  });

  it('shows why the history could not be read, and tries again', async () => {
    api.on('getDays', () => {
      throw new Error('Unsit’s background is not answering.');
    });
    render(<HistoryPage />);
    await screen.findByText('Unsit’s background is not answering.');
    api.on('getDays', () => structuredClone(DAYS));
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(screen.getAllByRole('figure')).toHaveLength(6));
    expect(screen.queryByText('Unsit’s background is not answering.')).toBeNull();
  });

  it('speaks German, with weeks from Monday and the 24-hour clock', async () => {
    useLocale('de');
    await open();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(
      'Dein Sitzen im Lauf der Zeit',
    );
    expect(screen.getByText(/^Am längsten sitzt du am Dienstag, 14–16 Uhr\.$/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '90 Tage' }));
    const label = within(figure('Pausen')).getByRole('img').getAttribute('aria-label');
    // Monday 3 March to today: 4 + 5 + 4 breaks.
    expect(label).toMatch(
      /^Pausen, pro Woche, letzte 90 Tage: insgesamt 22, am meisten 13 \(3\.–5\. März\)\.$/,
    );
  });
});
