// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { Popup, REFRESH_MS } from '../../../components/popup/Popup';
import { clockTime } from '../../../lib/format';
import { startOfNextDay } from '../../../lib/time';
import { request } from '../../../platform/api';
import { NOW, statusFixture, today } from './fixtures';
import { useHandlers } from './request-mock';

vi.mock('../../../platform/api', () => ({ request: vi.fn() }));

const mock = vi.mocked(request);
let api: ReturnType<typeof useHandlers>;

beforeEach(() => {
  fakeBrowser.reset();
  mock.mockReset();
  api = useHandlers(mock);
  api.on('getStatus', () => statusFixture());
});

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

const button = (name: string | RegExp) => screen.getByRole('button', { name });

async function open() {
  render(<Popup />);
  await screen.findByText('Sitting for 23 min');
}

describe('the popup status', () => {
  it('shows how long you have sat and when the next reminder comes', async () => {
    await open();
    expect(screen.getByText(`Next reminder at ${clockTime(NOW + 7 * 60_000)}`)).toBeTruthy();
    expect(screen.queryByText('Time to stand up')).toBeNull();
  });

  it("shows today's stats from the status", async () => {
    await open();
    const stats = within(screen.getByRole('tabpanel', { name: 'Today' }));
    const value = (label: string) => stats.getByText(label).nextElementSibling?.textContent;
    expect(value('Breaks')).toBe('4 of 6');
    expect(value('Skipped')).toBe('1');
    expect(value('Longest bout')).toBe('52 min');
    expect(value('Bouts ≥ 30 min')).toBe('2');
    expect(value('Active time')).toBe('3:25');
    expect(value('Streak')).toBe('5 days');
  });

  it('summarises the week chart for screen readers, with a table of the numbers', async () => {
    await open();
    expect(screen.queryByRole('img', { name: /^Last 7 days/ })).toBeNull();
    fireEvent.click(screen.getByRole('tab', { name: 'Last 7 days' }));
    const chart = screen.getByRole('img', { name: /^Last 7 days/ });
    expect(chart.getAttribute('aria-label')).toMatch(/^Last 7 days: 32 breaks in total\./);
    const rows = screen.getByRole('table').querySelectorAll('tbody tr');
    expect(rows).toHaveLength(7);
    expect(rows[6]?.textContent).toContain('Today');
    expect(rows[6]?.textContent).toContain('52 min');
  });

  it('gives the primary button the focus on open', async () => {
    await open();
    await waitFor(() => expect(document.activeElement).toBe(button('2-minute routine')));
  });

  it('highlights a due reminder and offers a snooze only then', async () => {
    await open();
    expect(screen.queryByRole('button', { name: /Snooze/ })).toBeNull();
    cleanup();

    api.on('getStatus', () =>
      statusFixture({ reminderDue: true, nextReminderAt: null, boutMs: 34 * 60_000 }),
    );
    api.on('snooze', () => statusFixture());
    render(<Popup />);
    expect(await screen.findByText('Time to stand up')).toBeTruthy();
    fireEvent.click(button('Snooze 5 min'));
    expect(await screen.findByText('Snoozed for 5 min')).toBeTruthy();
    expect(api.calls('snooze')).toEqual([undefined]);
  });

  it('offers no snooze once the snoozes in a row are used up', async () => {
    api.on('getStatus', () =>
      statusFixture({ reminderDue: true, nextReminderAt: null, snoozesInRow: 2, canSnooze: false }),
    );
    render(<Popup />);
    expect(await screen.findByText('Time to stand up')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Snooze/ })).toBeNull();
  });

  it('shows a pause until a time, and Resume instead of the pause menu', async () => {
    const until = NOW + 47 * 60_000;
    api.on('getStatus', () => statusFixture({ pausedUntil: until }));
    api.on('resume', () => statusFixture());
    render(<Popup />);
    expect(await screen.findByText(`Paused until ${clockTime(until)}`)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Pause reminders' })).toBeNull();
    fireEvent.click(button('Resume reminders'));
    expect(await screen.findByText('Reminders are back on')).toBeTruthy();
    expect(api.calls('resume')).toHaveLength(1);
  });

  it('says "Paused until tomorrow" for a pause to midnight', async () => {
    api.on('getStatus', () => statusFixture({ pausedUntil: startOfNextDay(NOW) }));
    render(<Popup />);
    expect(await screen.findByText('Paused until tomorrow')).toBeTruthy();
  });

  it('says Resting or Away when you are not sitting', async () => {
    api.on('getStatus', () =>
      statusFixture({ activity: 'idle', sittingSince: null, boutMs: 0, nextReminderAt: null }),
    );
    render(<Popup />);
    expect(await screen.findByText('Resting')).toBeTruthy();
    cleanup();
    api.on('getStatus', () => statusFixture({ activity: 'locked', nextReminderAt: null }));
    render(<Popup />);
    expect(await screen.findByText('Away')).toBeTruthy();
  });
});

describe('the popup actions', () => {
  it('"I stood up" records an acknowledged break and confirms it', async () => {
    api.on('recordBreak', () => statusFixture({ breaksToday: 5 }));
    await open();
    fireEvent.click(button('I stood up'));
    const note = await screen.findByText('Break recorded — 5 today');
    expect(note.closest('[aria-live="polite"]')).toBeTruthy();
    const [payload] = api.calls('recordBreak');
    expect(payload).toEqual({ kind: 'acknowledged', id: expect.any(String) });
    expect((payload as { id: string }).id.length).toBeGreaterThanOrEqual(8);
  });

  it('"I stood up" tried again after an error is the same break (same id); the next is a new one', async () => {
    let fail = true;
    api.on('recordBreak', () => {
      if (fail) throw new Error('Unsit’s background gave no answer.');
      return statusFixture({ breaksToday: 5 });
    });
    await open();
    fireEvent.click(button('I stood up'));
    await screen.findByText(/gave no answer/);
    fail = false;
    fireEvent.click(button('I stood up'));
    await screen.findByText('Break recorded — 5 today');
    fireEvent.click(button('I stood up'));
    await waitFor(() => expect(api.calls('recordBreak')).toHaveLength(3));
    const [first, retry, next] = api.calls('recordBreak') as Array<{ id: string }>;
    expect(retry?.id).toBe(first?.id);
    expect(next?.id).not.toBe(first?.id);
  });

  it('shows routines not done beside the breaks, only when there are some', async () => {
    await open();
    expect(screen.queryByText(/not done/)).toBeNull();
    cleanup();
    api.on('getStatus', () => statusFixture({ today: { ...today, partial: 2 } }));
    await open();
    expect(await screen.findByText('Routines started, not done: 2')).toBeTruthy();
  });

  it('the pause menu sends 30, 60 and "tomorrow"', async () => {
    api.on('pause', () => statusFixture({ pausedUntil: NOW + 30 * 60_000 }));
    await open();
    for (const [label, value] of [
      ['30 min', 30],
      ['1 hour', 60],
      ['Until tomorrow', 'tomorrow'],
    ] as const) {
      // Each pause answers with a status that is still unpaused, so the menu stays.
      api.on('pause', () => statusFixture());
      fireEvent.click(button('Pause reminders'));
      expect(button('Pause reminders').getAttribute('aria-expanded')).toBe('true');
      fireEvent.click(button(label));
      await waitFor(() => expect(api.calls('pause').at(-1)).toEqual({ for: value }));
      await screen.findByText('Reminders paused');
    }
    expect(api.calls('pause')).toEqual([{ for: 30 }, { for: 60 }, { for: 'tomorrow' }]);
  });

  it('shows an error from the background in the polite region, not silently', async () => {
    api.on('recordBreak', () => {
      throw new Error('Unsit’s background is not answering. Try again in a moment.');
    });
    await open();
    fireEvent.click(button('I stood up'));
    const error = await screen.findByText(/background is not answering/);
    expect(error.closest('[role="status"]')?.getAttribute('aria-live')).toBe('polite');
  });

  it('offers to try again when the status cannot be read', async () => {
    api.on('getStatus', () => {
      throw new Error('Unsit’s background gave no answer.');
    });
    render(<Popup />);
    expect(await screen.findByText('Unsit’s background gave no answer.')).toBeTruthy();
    api.on('getStatus', () => statusFixture());
    fireEvent.click(button('Try again'));
    expect(await screen.findByText('Sitting for 23 min')).toBeTruthy();
  });

  it('re-reads the status every 30 seconds while open', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    await open();
    expect(api.calls('getStatus')).toHaveLength(1);
    api.on('getStatus', () => statusFixture({ boutMs: 24 * 60_000 }));
    await act(async () => {
      vi.advanceTimersByTime(REFRESH_MS);
    });
    expect(await screen.findByText('Sitting for 24 min')).toBeTruthy();
    expect(api.calls('getStatus')).toHaveLength(2);
  });

  it('opens the options page', async () => {
    const openOptions = vi
      .spyOn(fakeBrowser.runtime, 'openOptionsPage')
      .mockImplementation(() => Promise.resolve());
    await open();
    fireEvent.click(button('Settings'));
    expect(openOptions).toHaveBeenCalledTimes(1);
  });
});

describe('routines from the popup', () => {
  it('the primary button is there and focused before the status arrives; a click then starts at once', async () => {
    // The status is held back until the test lets it arrive.
    let arrive: (value: unknown) => void = () => {};
    const pending = new Promise((resolve) => {
      arrive = resolve;
    });
    api.on('getStatus', () => pending.then(() => statusFixture()));
    render(<Popup />);
    const primary = button('2-minute routine');
    expect(document.activeElement).toBe(primary);
    fireEvent.click(primary);
    expect(screen.queryByRole('region', { name: 'Routine player' })).toBeNull();
    await act(async () => arrive(undefined));
    expect(await screen.findByRole('region', { name: 'Routine player' })).toBeTruthy();
  });

  it('"2-minute routine" starts the player at once with the next routine in rotation', async () => {
    await open();
    fireEvent.click(button('2-minute routine'));
    const player = await screen.findByRole('region', { name: 'Routine player' });
    expect(within(player).getByText('Two-minute break')).toBeTruthy();
    expect(within(player).getByText(/^Step 1 of \d+$/)).toBeTruthy();
  });

  it('posture check and the routines under "More routines" start their own routine', async () => {
    await open();
    fireEvent.click(button('Posture check'));
    expect(
      within(await screen.findByRole('region', { name: 'Routine player' })).getByText(
        'Posture check',
      ),
    ).toBeTruthy();
    cleanup();

    await open();
    const more = button('More routines');
    expect(more.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(more);
    expect(more.getAttribute('aria-expanded')).toBe('true');
    fireEvent.click(button(/Wake up your glutes/));
    expect(
      within(await screen.findByRole('region', { name: 'Routine player' })).getByText(
        'Wake up your glutes',
      ),
    ).toBeTruthy();
  });
});
