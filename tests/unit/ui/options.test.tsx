// @vitest-environment happy-dom

import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { notSaved, Options } from '../../../components/options/Options';
import { CSV_COLUMNS } from '../../../components/shared/export';
import { emptyDay } from '../../../lib/day-totals';
import { RequestFailure } from '../../../lib/messages';
import { safetyLines } from '../../../lib/routines/safety';
import { request } from '../../../platform/api';
import { t } from '../../../platform/i18n';
import { fakePermissions } from './fake-permissions';
import { useHandlers } from './request-mock';
import { commit, settingsBackend } from './settings-backend';

vi.mock('../../../platform/api', () => ({ request: vi.fn() }));

let api: ReturnType<typeof useHandlers>;
let backend: ReturnType<typeof settingsBackend>;

beforeEach(() => {
  fakeBrowser.reset();
  api = useHandlers(vi.mocked(request));
  backend = settingsBackend(api);
  fakePermissions();
});

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

async function open() {
  render(<Options />);
  return (await screen.findByLabelText('Remind me after sitting for')) as HTMLInputElement;
}

const messageFor = (input: HTMLElement) => {
  const ids = (input.getAttribute('aria-describedby') ?? '').split(' ');
  return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' | ');
};

describe('options: every setting, labelled', () => {
  it('shows the current values', async () => {
    const interval = await open();
    expect(interval.value).toBe('30');
    expect(
      (screen.getByLabelText('Count a break after being away for') as HTMLInputElement).value,
    ).toBe('3');
    expect((screen.getByLabelText('Snooze for') as HTMLInputElement).value).toBe('5');
    expect((screen.getByLabelText('Daily goal') as HTMLInputElement).value).toBe('6');
    expect((screen.getByLabelText('Show system notifications') as HTMLInputElement).checked).toBe(
      true,
    );
    expect((screen.getByLabelText('Include floor moves') as HTMLInputElement).checked).toBe(false);
    expect((screen.getByLabelText('Soft chime between steps') as HTMLInputElement).checked).toBe(
      false,
    );
    expect(
      (screen.getByLabelText('Show reminders on the page you’re on') as HTMLInputElement).checked,
    ).toBe(true);
    expect((screen.getByLabelText('Breaks taken today') as HTMLInputElement).checked).toBe(true);
    expect((screen.getByLabelText('All day') as HTMLInputElement).checked).toBe(true);
    const days = within(screen.getByRole('group', { name: 'Working days' })).getAllByRole(
      'checkbox',
    );
    expect(days).toHaveLength(7);
    expect(screen.getByText(/\(10–120\)/)).toBeTruthy();
  });

  it('saves a change and says so politely', async () => {
    const interval = await open();
    commit(interval, '45');
    await waitFor(() => expect(messageFor(interval)).toContain('Saved'));
    expect(api.calls('updateSettings')).toEqual([{ patch: { intervalMin: 45 } }]);
    expect(document.getElementById('intervalMin-msg')?.getAttribute('aria-live')).toBe('polite');
    expect(interval.value).toBe('45');
  });

  it('shows the message the background returns for a rejected value, next to the field', async () => {
    api.on('updateSettings', () => {
      throw new RequestFailure({ code: 'failed', error: 'Storage is full.' });
    });
    await open();
    const snooze = screen.getByLabelText('Snooze for');
    commit(snooze, '10');
    await waitFor(() => expect(messageFor(snooze)).toContain('Not saved: Storage is full.'));
    expect(snooze.getAttribute('aria-invalid')).toBe('true');
  });

  it('the background rejects working hours that end before they start', async () => {
    backend.stored = { ...backend.stored, workStartMin: 9 * 60, workEndMin: 17 * 60 };
    await open();
    const from = screen.getByLabelText('From');
    fireEvent.input(from, { target: { value: '18:00' } });
    fireEvent.blur(from, { target: { value: '18:00' } });
    const msg = await screen.findByText('Not saved: Working hours must end after they start.');
    expect(msg.id).toBe('hours-msg');
    expect(api.calls('updateSettings')).toEqual([
      { patch: { workStartMin: 1080, workEndMin: 1020 } },
    ]);
  });

  it('checks numbers before sending: out of range or not whole', async () => {
    const interval = await open();
    commit(interval, '200');
    await waitFor(() =>
      expect(messageFor(interval)).toContain('Enter a whole number from 10 to 120.'),
    );
    commit(interval, '12.5');
    expect(messageFor(interval)).toContain('Enter a whole number from 10 to 120.');
    expect(api.calls('updateSettings')).toEqual([]);
  });

  it('working days: a weekday off sends the remaining days', async () => {
    await open();
    const names = new Intl.DateTimeFormat(undefined, { weekday: 'long' });
    const sunday = names.format(new Date(2024, 0, 7, 12));
    fireEvent.click(screen.getByLabelText(sunday));
    await waitFor(() =>
      expect(api.calls('updateSettings')).toEqual([{ patch: { workDays: [1, 2, 3, 4, 5, 6] } }]),
    );
  });

  it('working hours: "All day" off gives 9 to 5; an end of 00:00 means midnight', async () => {
    await open();
    fireEvent.click(screen.getByLabelText('All day'));
    const to = await screen.findByLabelText('To');
    expect(api.calls('updateSettings')).toEqual([
      { patch: { workStartMin: 540, workEndMin: 1020 } },
    ]);
    fireEvent.input(to, { target: { value: '00:00' } });
    fireEvent.blur(to, { target: { value: '00:00' } });
    await waitFor(() =>
      expect(api.calls('updateSettings').at(-1)).toEqual({
        patch: { workStartMin: 540, workEndMin: 1440 },
      }),
    );
  });

  it('switches, the badge mode and the goal each send their own patch', async () => {
    await open();
    fireEvent.click(screen.getByLabelText('Minutes in the current sitting bout'));
    fireEvent.click(screen.getByLabelText('Include floor moves'));
    fireEvent.click(screen.getByLabelText('Soft chime between steps'));
    fireEvent.click(screen.getByLabelText('Show system notifications'));
    fireEvent.click(screen.getByLabelText('Show reminders on the page you’re on'));
    commit(screen.getByLabelText('Daily goal'), '8');
    await waitFor(() => expect(api.calls('updateSettings')).toHaveLength(6));
    expect(api.calls('updateSettings')).toEqual([
      { patch: { badgeMode: 'bout' } },
      { patch: { allowFloor: true } },
      { patch: { sound: true } },
      { patch: { notifications: false } },
      { patch: { overlay: false } },
      { patch: { dailyGoal: 8 } },
    ]);
  });

  it('shows a lock the organisation sets while the page is open, once the background has it', async () => {
    const interval = await open();
    expect(interval.disabled).toBe(false);
    api.on('getManaged', () => ({ locked: ['intervalMin'], share: false }));
    // The background keeps its copy of the policy; writing it is the page's signal.
    await fakeBrowser.storage.local.set({ policy: { intervalMin: 30, locked: ['intervalMin'] } });
    await waitFor(() => expect(interval.disabled).toBe(true));
    expect(screen.getAllByText('Set by your organisation').length).toBeGreaterThan(0);
  });

  it('shows the safety lines', async () => {
    await open();
    for (const line of safetyLines) expect(screen.getByText(t(line.text))).toBeTruthy();
  });
});

describe('options: the site permission', () => {
  it('asks for all sites from the click, then offers to revoke', async () => {
    const ask = vi.spyOn(fakeBrowser.permissions, 'request').mockResolvedValue(true);
    const remove = vi.spyOn(fakeBrowser.permissions, 'remove').mockResolvedValue(true);
    await open();
    expect(await screen.findByText('Not allowed: reminders use a small window')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Allow on all sites' }));
    expect(ask).toHaveBeenCalledWith({ origins: ['<all_urls>'] });
    expect(await screen.findByText('Allowed on all sites')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Revoke' }));
    expect(remove).toHaveBeenCalledWith({ origins: ['<all_urls>'] });
    expect(await screen.findByText('Not allowed: reminders use a small window')).toBeTruthy();
  });

  it('says plainly when the browser refuses', async () => {
    vi.spyOn(fakeBrowser.permissions, 'request').mockResolvedValue(false);
    await open();
    await screen.findByText('Not allowed: reminders use a small window');
    fireEvent.click(screen.getByRole('button', { name: 'Allow on all sites' }));
    expect(
      await screen.findByText('Not allowed. Reminders will show in a small Unsit window.'),
    ).toBeTruthy();
  });
});

describe('options: your data', () => {
  it('exports the history as CSV through a download link', async () => {
    api.on('getDays', () => ({ '2025-03-05': { ...emptyDay, routine: 2 } }));
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:unsit-test';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    const clicks: HTMLAnchorElement[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      clicks.push(this);
    });
    await open();
    fireEvent.click(screen.getByRole('button', { name: 'Export as CSV' }));
    expect(await screen.findByText('Exported 1 day as CSV.')).toBeTruthy();
    expect(clicks[0]?.download).toMatch(/^unsit-history-\d{4}-\d{2}-\d{2}\.csv$/);
    const text = await blobs[0]?.text();
    expect(text?.split('\r\n')[0]).toBe(CSV_COLUMNS.join(','));
    expect(text?.split('\r\n')[1]).toBe('2025-03-05,2,2,0,0,0,0,0,0,0,0,0,0,0,0');

    fireEvent.click(screen.getByRole('button', { name: 'Export as JSON' }));
    expect(await screen.findByText('Exported 1 day as JSON.')).toBeTruthy();
    expect(clicks[1]?.download).toMatch(/\.json$/);
    expect(JSON.parse((await blobs[1]?.text()) ?? '{}').days[0].routine).toBe(2);
  });
});

describe('notSaved', () => {
  it('reads the failure as data: the reason without the field, other errors as they are', () => {
    const refused = new RequestFailure({
      code: 'not-saved',
      field: 'intervalMin',
      error: 'Too big',
    });
    expect(notSaved(refused)).toBe('Not saved: Too big');
    expect(notSaved(new Error('Unsit’s background gave no answer.'))).toBe(
      'Unsit’s background gave no answer.',
    );
  });
});
