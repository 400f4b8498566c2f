// @vitest-environment happy-dom

import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { Popup } from '../../../components/popup/Popup';
import { settingsDefaults } from '../../../lib/settings';
import { MINUTE } from '../../../lib/time';
import { request } from '../../../platform/api';
import { NOW, statusFixture, today } from './fixtures';
import { useHandlers } from './request-mock';

// "I'm standing" in the popup: a toggle (aria-pressed) in the status card, the clock resting
// while standing, "I sat down" by pressing it again, and standing minutes beside active time.

vi.mock('../../../platform/api', () => ({ request: vi.fn() }));

const standingStatus = (over = {}) =>
  statusFixture({
    sittingSince: null,
    boutMs: 0,
    nextReminderAt: null,
    standingSince: NOW - 12 * MINUTE,
    today: { ...today, standingMs: 12 * MINUTE },
    ...over,
  });

let api: ReturnType<typeof useHandlers>;

beforeEach(() => {
  fakeBrowser.reset();
  api = useHandlers(vi.mocked(request));
});

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('the popup’s standing toggle', () => {
  it('"I\'m standing" is a toggle, not pressed while sitting, and sends setStanding', async () => {
    api.on('getStatus', () => statusFixture());
    api.on('setStanding', () => standingStatus());
    render(<Popup />);
    const toggle = await screen.findByRole('button', { name: 'I’m standing' });
    expect(toggle.getAttribute('aria-pressed')).toBe('false');
    // No standing figure before any standing today.
    expect(screen.queryByText(/^\d+:\d\d standing$/)).toBeNull();
    fireEvent.click(toggle);
    await screen.findByText('Standing: the sitting clock rests.');
    expect(api.calls('setStanding')).toEqual([{ standing: true }]);
    const pressed = screen.getByRole('button', { name: 'I’m standing' });
    expect(pressed.getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByText('Standing for 12 min')).toBeTruthy();
    expect(screen.getByText('The sitting clock rests while you stand.')).toBeTruthy();
    // Standing minutes beside active time (3:25 active today).
    expect(screen.getByText('0:12 standing')).toBeTruthy();
  });

  it('pressed again, it is "I sat down"', async () => {
    api.on('getStatus', () => standingStatus());
    api.on('setStanding', () => statusFixture({ today: { ...today, standingMs: 12 * MINUTE } }));
    render(<Popup />);
    const toggle = await screen.findByRole('button', { name: 'I’m standing' });
    expect(toggle.getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(toggle);
    await screen.findByText('Sitting again: the sitting clock runs.');
    expect(api.calls('setStanding')).toEqual([{ standing: false }]);
    await waitFor(() =>
      expect(
        screen.getByRole('button', { name: 'I’m standing' }).getAttribute('aria-pressed'),
      ).toBe('false'),
    );
    // The day's standing stays beside active time.
    expect(screen.getByText('0:12 standing')).toBeTruthy();
  });

  it('with the rhythm: when the nudge comes, and then that it is time to sit again', async () => {
    const rhythm = { ...settingsDefaults, standRhythm: true, standMin: 15 };
    api.on('getStatus', () =>
      standingStatus({ sitAgainAt: NOW + 3 * MINUTE, standingSince: NOW - 12 * MINUTE }),
    );
    const first = render(<Popup />);
    await screen.findByText('Standing for 12 min');
    expect(screen.getByText(/^Reminder to sit again at /)).toBeTruthy();
    first.unmount();
    api.on('getStatus', () => ({
      ...standingStatus({ sitAgainDue: true, standingSince: NOW - 16 * MINUTE }),
      settings: rhythm,
    }));
    render(<Popup />);
    await screen.findByText('Time to sit down again');
    expect(screen.getByRole('button', { name: 'I’m standing' }).getAttribute('aria-pressed')).toBe(
      'true',
    );
  });

  it('with the rhythm, a due reminder offers "I\'m standing" where the snooze was', async () => {
    api.on('getStatus', () => ({
      ...statusFixture({ reminderDue: true, nextReminderAt: null, boutMs: 41 * MINUTE }),
      settings: { ...settingsDefaults, standRhythm: true },
    }));
    render(<Popup />);
    await screen.findByText('Time to stand up');
    expect(screen.getByRole('button', { name: 'I’m standing' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Snooze/ })).toBeNull();
  });
});
