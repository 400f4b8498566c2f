// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { Popup } from '../../../components/popup/Popup';
import { type Days, emptyDay } from '../../../lib/day-totals';
import { MINUTE } from '../../../lib/time';
import { request } from '../../../platform/api';
import { useLocale } from '../../helpers/fake-i18n';
import { statusFixture } from './fixtures';
import { useHandlers } from './request-mock';

// The popup's way to the history page, and its weekly look-back on the first day of a week.

vi.mock('../../../platform/api', () => ({ request: vi.fn() }));

// Sunday 9 March 2025 (English weeks start on Sunday) and Monday 10 March (German ones).
const SUNDAY = new Date(2025, 2, 9, 10).getTime();
const MONDAY = new Date(2025, 2, 10, 10).getTime();
const longest = (entries: Record<string, number>): Days =>
  Object.fromEntries(
    Object.entries(entries).map(([k, min]) => [k, { ...emptyDay, longestBoutMs: min * MINUTE }]),
  );
// The week 23 Feb–1 Mar, then 2–8 March (from Sunday); 24 Feb–2 Mar, then 3–9 March (from Monday).
const DAYS = longest({ '2025-02-26': 58, '2025-03-04': 41, '2025-03-09': 12 });

let api: ReturnType<typeof useHandlers>;

beforeEach(() => {
  fakeBrowser.reset();
  localStorage.clear();
  api = useHandlers(vi.mocked(request));
  api.on('getDays', () => structuredClone(DAYS));
});

afterEach(cleanup);

async function open(now: number) {
  api.on('getStatus', () => statusFixture({ now }));
  render(<Popup />);
  await screen.findByRole('tab', { name: /Today|Heute/ });
}

describe('the popup and the history', () => {
  it('opens the history page in a tab from its header', async () => {
    await open(new Date(2025, 2, 5, 10).getTime());
    fireEvent.click(screen.getByRole('button', { name: 'History' }));
    await waitFor(async () => {
      const tabs = await fakeBrowser.tabs.query({});
      expect(tabs.some((tab) => tab.url?.endsWith('/history.html'))).toBe(true);
    });
  });

  it('on the first day of the week, opens on the week once, with last week beside the one before', async () => {
    await open(SUNDAY);
    const line = await screen.findByText('Last week: longest bout down from 58 to 41 min');
    expect(line.closest('[role="tabpanel"]')?.id).toBe('panel-week');
    await waitFor(() =>
      expect(screen.getByRole('tab', { name: 'Last 7 days' }).getAttribute('aria-selected')).toBe(
        'true',
      ),
    );
    cleanup();
    // Opened again the same day: the tab the user chose (Today, by default) as always.
    await open(SUNDAY);
    await screen.findByText('Last week: longest bout down from 58 to 41 min');
    expect(screen.getByRole('tab', { name: 'Today' }).getAttribute('aria-selected')).toBe('true');
  });

  it('follows the language’s first day of the week', async () => {
    useLocale('de');
    await open(MONDAY);
    // Last week (3–9 March): 41 and 12; the week before (24 Feb–2 March): 58.
    const line = await screen.findByText(
      'Letzte Woche: längste Sitzphase von 58 auf 41 Min. gesunken',
    );
    expect(line.closest('[role="tabpanel"]')?.id).toBe('panel-week');
  });

  it('asks for nothing on the other days of the week', async () => {
    await open(MONDAY);
    await screen.findByText('Sitting for 23 min');
    expect(api.calls('getDays')).toEqual([]);
    expect(screen.queryByText(/^Last week:/)).toBeNull();
  });
});
