// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { Devices } from '../../../components/options/Devices';
import { listDevices, removeDevice } from '../../../components/options/device-list';
import { Popup } from '../../../components/popup/Popup';
import type { Devices as DeviceList } from '../../../lib/messages';
import { MINUTE } from '../../../lib/time';
import { request } from '../../../platform/api';
import { NOW, statusFixture, week } from './fixtures';
import { useHandlers } from './request-mock';

vi.mock('../../../platform/api', () => ({ request: vi.fn() }));
// The options page reads and removes other devices itself, straight from storage.
vi.mock('../../../components/options/device-list', () => ({
  listDevices: vi.fn(),
  removeDevice: vi.fn(),
}));
vi.mock('../../../platform/this-device', () => ({
  thisDeviceLabel: async () => 'Chrome on Linux',
}));

let api: ReturnType<typeof useHandlers>;
const off: DeviceList = {
  share: false,
  label: 'Chrome on Linux',
  error: null,
  devices: [],
};
const laptop = {
  id: 'laptop0001',
  label: 'Firefox on Windows',
  seen: NOW - 40 * 86_400_000,
};

beforeEach(() => {
  fakeBrowser.reset();
  localStorage.clear();
  api = useHandlers(vi.mocked(request));
});
afterEach(() => cleanup());

describe('options: all my devices', () => {
  it('opts in with one click, then lists the other devices with last seen and remove', async () => {
    let stored: DeviceList = off;
    vi.mocked(listDevices).mockImplementation(async () => stored);
    api.on('setSharing', () => {
      stored = { ...off, share: true, devices: [laptop] };
      return null;
    });
    vi.mocked(removeDevice).mockImplementation(async () => {
      stored = { ...off, share: true, devices: [] };
    });
    render(<Devices />);
    const box = (await screen.findByLabelText(
      'Show stats from all my devices',
    )) as HTMLInputElement;
    await waitFor(() => expect(box.disabled).toBe(false));
    expect(screen.getByText(/Unsit itself sends nothing anywhere/)).toBeTruthy();
    fireEvent.click(box);
    const list = await screen.findByRole('list', { name: 'Other devices' });
    expect(api.calls('setSharing')).toEqual([{ on: true, label: 'Chrome on Linux' }]);
    expect(within(list).getByText(/Firefox on Windows/)).toBeTruthy();
    expect(within(list).getByText(/last seen/).textContent).toMatch(/2025/);
    fireEvent.click(within(list).getByRole('button', { name: 'Remove Firefox on Windows' }));
    await screen.findByText('No other device shares its stats yet.');
    expect(vi.mocked(removeDevice).mock.calls).toEqual([['laptop0001']]);
  });

  it('names this device: the name is published, kept when sharing is turned on again, and an empty name goes back to the browser and system', async () => {
    let stored: DeviceList = { ...off, share: true };
    vi.mocked(listDevices).mockImplementation(async () => stored);
    api.on('setSharing', (payload) => {
      const { on, label } = payload as { on: boolean; label?: string };
      stored = { ...stored, share: on, label: label ?? stored.label };
      return null;
    });
    render(<Devices />);
    const name = (await screen.findByLabelText('Name of this device')) as HTMLInputElement;
    expect(name.value).toBe('Chrome on Linux');
    expect(name.maxLength).toBe(40);
    fireEvent.input(name, { target: { value: '  Work laptop ' } });
    fireEvent.change(name, { target: { value: '  Work laptop ' } });
    await waitFor(() => expect(name.value).toBe('Work laptop'));
    expect(screen.getByText('Saved')).toBeTruthy();

    const box = screen.getByLabelText('Show stats from all my devices') as HTMLInputElement;
    const field = () => screen.queryByLabelText('Name of this device') as HTMLInputElement | null;
    fireEvent.click(box);
    await waitFor(() => expect(vi.mocked(listDevices).mock.results.length).toBeGreaterThan(2));
    await waitFor(() => expect(field()).toBeNull());
    fireEvent.click(box);
    await waitFor(() => expect(api.calls('setSharing')).toHaveLength(3));
    await waitFor(() => expect(field()?.value).toBe('Work laptop'));

    const again = field() as HTMLInputElement;
    fireEvent.input(again, { target: { value: ' ' } });
    fireEvent.change(again, { target: { value: ' ' } });
    await waitFor(() => expect(field()?.value).toBe('Chrome on Linux'));
    expect(api.calls('setSharing')).toEqual([
      { on: true, label: 'Work laptop' },
      { on: false },
      { on: true, label: 'Work laptop' },
      { on: true, label: 'Chrome on Linux' },
    ]);
  });

  it('says why a write to sync storage failed', async () => {
    vi.mocked(listDevices).mockResolvedValue({ ...off, share: true, error: 'full' });
    render(<Devices />);
    expect(await screen.findByText(/Sync storage is full/)).toBeTruthy();
  });
});

describe('popup: this device or all devices', () => {
  const all = {
    devices: 2,
    breaksToday: 9,
    today: { skipped: 3, longestBoutMs: 80 * MINUTE, longBouts: 4, activeMs: 7 * 60 * MINUTE },
    week: week.map((d) => ({ ...d, breaks: d.breaks + 1 })),
    streak: 11,
  };
  const breaks = () =>
    within(screen.getByRole('tabpanel', { name: 'Today' })).getByText('Breaks').nextElementSibling
      ?.textContent;

  it('shows no toggle unless this device shares its stats', async () => {
    api.on('getStatus', () => statusFixture());
    render(<Popup />);
    await screen.findByText('Sitting for 23 min');
    expect(screen.queryByRole('button', { name: 'All devices' })).toBeNull();
  });

  it('switches the figures and the chart, and remembers the choice', async () => {
    api.on('getStatus', () => statusFixture({}, { all }));
    render(<Popup />);
    await screen.findByText('Sitting for 23 min');
    const allButton = screen.getByRole('button', { name: 'All devices' });
    expect(allButton.getAttribute('aria-pressed')).toBe('false');
    expect(breaks()).toBe('4 of 6');
    fireEvent.click(allButton);
    expect(allButton.getAttribute('aria-pressed')).toBe('true');
    expect(breaks()).toBe('9 of 6');
    fireEvent.click(screen.getByRole('tab', { name: 'Last 7 days' }));
    expect(screen.getByRole('img', { name: /^Last 7 days: 39 breaks/ })).toBeTruthy();
    fireEvent.click(screen.getByRole('tab', { name: 'Today' }));
    cleanup();
    render(<Popup />);
    await screen.findByText('Sitting for 23 min');
    // The choice is read after the first paint.
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'All devices' }).getAttribute('aria-pressed')).toBe(
        'true',
      ),
    );
    expect(breaks()).toBe('9 of 6');
  });
});
