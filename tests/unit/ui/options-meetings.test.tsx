// @vitest-environment happy-dom

import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { checkHost } from '../../../components/options/MeetingHosts';
import { Options } from '../../../components/options/Options';
import { DEFAULT_MEETING_HOSTS, meetingOrigins } from '../../../lib/meetings';
import { RequestFailure } from '../../../lib/messages';
import { settingsDefaults, validateSettingsPatch } from '../../../lib/settings';
import { request } from '../../../platform/api';
import { t } from '../../../platform/i18n';
import { fakePermissions } from './fake-permissions';
import { useHandlers } from './request-mock';
import { commit, settingsBackend } from './settings-backend';

vi.mock('../../../platform/api', () => ({ request: vi.fn() }));

let api: ReturnType<typeof useHandlers>;
let backend: ReturnType<typeof settingsBackend>;
let permissions: ReturnType<typeof fakePermissions>;

beforeEach(() => {
  fakeBrowser.reset();
  api = useHandlers(vi.mocked(request));
  backend = settingsBackend(api, { meetingHosts: [...DEFAULT_MEETING_HOSTS] });
  permissions = fakePermissions();
});

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

async function open() {
  render(<Options />);
  await screen.findByLabelText('Remind me after sitting for');
  return screen.getByRole('region', { name: 'Meetings and focus' });
}

const messageFor = (input: HTMLElement) => {
  const ids = (input.getAttribute('aria-describedby') ?? '').split(' ');
  return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' | ');
};

const hostsShown = () =>
  within(screen.getByRole('list', { name: 'Meeting apps' }))
    .getAllByRole('listitem')
    .map((li) => li.querySelector('.hosts__name')?.textContent);

function addHost(text: string) {
  const input = screen.getByLabelText('Add a meeting app');
  fireEvent.input(input, { target: { value: text } });
  fireEvent.click(screen.getByRole('button', { name: 'Add' }));
  return input as HTMLInputElement;
}

describe('options: escalation and snoozes', () => {
  it('shows the new fields in Reminders with their ranges, and saves each on its own', async () => {
    await open();
    const reminders = screen.getByRole('region', { name: 'Reminders' });
    const card = within(reminders).getByLabelText('Show the card after') as HTMLInputElement;
    const snoozes = within(reminders).getByLabelText('Snoozes in a row') as HTMLInputElement;
    expect(card.value).toBe('5');
    expect(snoozes.value).toBe('2');
    expect(messageFor(card)).toContain(
      'at the first pause in your typing (15 seconds without input)',
    );
    // The fallback when no pause comes is said too.
    expect(messageFor(card)).toContain('or 2 minutes later if no pause comes');
    expect(messageFor(card)).toContain('(0–30)');
    expect(messageFor(snoozes)).toContain('(0–5)');

    commit(card, '0');
    await waitFor(() => expect(messageFor(card)).toContain('Saved'));
    commit(snoozes, '4');
    await waitFor(() => expect(messageFor(snoozes)).toContain('Saved'));
    expect(api.calls('updateSettings')).toEqual([
      { patch: { escalateAfterMin: 0 } },
      { patch: { maxSnoozes: 4 } },
    ]);
  });

  it('checks their limits before sending', async () => {
    await open();
    const card = screen.getByLabelText('Show the card after');
    const snoozes = screen.getByLabelText('Snoozes in a row');
    commit(card, '31');
    commit(snoozes, '6');
    await waitFor(() => expect(messageFor(snoozes)).toContain('Enter a whole number from 0 to 5.'));
    expect(messageFor(card)).toContain('Enter a whole number from 0 to 30.');
    expect(api.calls('updateSettings')).toEqual([]);
  });

  it('the Meetings section follows Reminders, in the page and in the section list', async () => {
    await open();
    const headings = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(headings.indexOf('Meetings and focus')).toBe(headings.indexOf('Reminders') + 1);
    const nav = within(screen.getByRole('navigation', { name: 'Sections' }))
      .getAllByRole('link')
      .map((a) => a.textContent);
    expect(nav.slice(0, 2)).toEqual(['Reminders', 'Meetings and focus']);
  });
});

describe('options: holding reminders in meetings', () => {
  it('the switch sends its own patch', async () => {
    const section = await open();
    const hold = within(section).getByLabelText(
      'Hold reminders during video calls and while a window is fullscreen',
    ) as HTMLInputElement;
    expect(hold.checked).toBe(true);
    expect(messageFor(hold)).toContain('shows only the badge while you are in a call');
    fireEvent.click(hold);
    await waitFor(() => expect(messageFor(hold)).toContain('Saved'));
    expect(api.calls('updateSettings')).toEqual([{ patch: { holdInMeetings: false } }]);
    expect(hold.checked).toBe(false);
  });
});

describe('options: meeting apps', () => {
  it('lists the saved hosts, each with its own Remove button', async () => {
    await open();
    expect(hostsShown()).toEqual(DEFAULT_MEETING_HOSTS);
    for (const host of DEFAULT_MEETING_HOSTS) {
      expect(screen.getByRole('button', { name: `Remove ${host}` })).toBeTruthy();
    }
  });

  it('an invalid host shows why, next to the list, and sends nothing', async () => {
    await open();
    const input = addHost('not a host');
    expect(await screen.findByText(/Use a host name such as meet\.example\.com/)).toBeTruthy();
    expect(messageFor(input)).toContain('*.example.com for all of its subdomains');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(input.value).toBe('not a host');

    addHost('meet.google.com');
    expect(await screen.findByText('meet.google.com is already on the list.')).toBeTruthy();
    addHost('   ');
    expect(await screen.findByText('Enter a host name such as meet.example.com.')).toBeTruthy();
    expect(api.calls('updateSettings')).toEqual([]);
  });

  it('a valid host (or a pasted address) sends the whole new list, then clears the input', async () => {
    await open();
    const input = addHost('Calls.Example.com');
    await waitFor(() => expect(messageFor(input)).toContain('Saved'));
    expect(api.calls('updateSettings')).toEqual([
      { patch: { meetingHosts: [...DEFAULT_MEETING_HOSTS, 'calls.example.com'] } },
    ]);
    await waitFor(() => expect(input.value).toBe(''));
    expect(hostsShown()).toEqual([...DEFAULT_MEETING_HOSTS, 'calls.example.com']);

    addHost('https://talk.example.org/room/42');
    await waitFor(() => expect(api.calls('updateSettings')).toHaveLength(2));
    expect(api.calls('updateSettings')[1]).toEqual({
      patch: { meetingHosts: [...DEFAULT_MEETING_HOSTS, 'calls.example.com', 'talk.example.org'] },
    });
  });

  it('Enter in the input adds the host', async () => {
    await open();
    const input = screen.getByLabelText('Add a meeting app');
    fireEvent.input(input, { target: { value: '*.calls.example.org' } });
    fireEvent.submit(input.closest('form') as HTMLFormElement);
    await waitFor(() =>
      expect(api.calls('updateSettings')).toEqual([
        { patch: { meetingHosts: [...DEFAULT_MEETING_HOSTS, '*.calls.example.org'] } },
      ]),
    );
  });

  it('Remove sends the list without that host and moves the focus to the next row', async () => {
    await open();
    fireEvent.click(screen.getByRole('button', { name: 'Remove *.zoom.us' }));
    const rest = DEFAULT_MEETING_HOSTS.filter((h) => h !== '*.zoom.us');
    await waitFor(() => expect(hostsShown()).toEqual(rest));
    expect(api.calls('updateSettings')).toEqual([{ patch: { meetingHosts: rest } }]);
    expect(document.activeElement?.getAttribute('aria-label')).toBe('Remove *.webex.com');
  });

  it('Restore defaults sends the default list (and nothing when it is already the default)', async () => {
    await open();
    fireEvent.click(screen.getByRole('button', { name: 'Restore defaults' }));
    expect(api.calls('updateSettings')).toEqual([]);

    backend.stored = { ...backend.stored, meetingHosts: ['meet.example.com'] };
    cleanup();
    await open();
    expect(hostsShown()).toEqual(['meet.example.com']);
    fireEvent.click(screen.getByRole('button', { name: 'Restore defaults' }));
    await waitFor(() => expect(hostsShown()).toEqual(DEFAULT_MEETING_HOSTS));
    expect(api.calls('updateSettings')).toEqual([
      { patch: { meetingHosts: [...DEFAULT_MEETING_HOSTS] } },
    ]);
  });

  it('removing the last host leaves a plain note, and adding works again', async () => {
    backend.stored = { ...backend.stored, meetingHosts: ['meet.example.com'] };
    await open();
    fireEvent.click(screen.getByRole('button', { name: 'Remove meet.example.com' }));
    expect(
      await screen.findByText('No meeting apps: only fullscreen windows hold reminders.'),
    ).toBeTruthy();
    expect(api.calls('updateSettings')).toEqual([{ patch: { meetingHosts: [] } }]);
    expect(document.activeElement?.id).toBe('meetingHost-new');
  });

  it('shows the background’s error and keeps what was typed', async () => {
    api.on('updateSettings', () => {
      throw new RequestFailure({ code: 'failed', error: 'Storage is full.' });
    });
    await open();
    const input = addHost('calls.example.com');
    await waitFor(() => expect(messageFor(input)).toContain('Not saved: Storage is full.'));
    expect(input.value).toBe('calls.example.com');
    expect(hostsShown()).toEqual(DEFAULT_MEETING_HOSTS);
  });

  it('checks hosts with the schema’s rule', () => {
    const valid = ['meet.example.com', '*.example.com', 'a-b.c-d.io'];
    const invalid = ['example', '*.com', 'meet.example.com/room', 'exa mple.com', '**.a.com'];
    for (const host of valid) {
      expect(checkHost(host, []).ok).toBe(true);
      expect(validateSettingsPatch(settingsDefaults, { meetingHosts: [host] }, t).ok).toBe(true);
    }
    for (const host of invalid) {
      expect(checkHost(host, []).ok).toBe(false);
      expect(validateSettingsPatch(settingsDefaults, { meetingHosts: [host] }, t).ok).toBe(false);
    }
    const full = Array.from({ length: 30 }, (_, i) => `m${i}.example.com`);
    expect(checkHost('one.more.com', full)).toEqual({
      ok: false,
      error: 'The list holds up to 30 sites. Remove one first.',
    });
  });
});

describe('options: recognising calls by address', () => {
  const block = () => screen.getByRole('region', { name: 'Recognise calls by address' });

  it('explains plainly what is read, and what happens without it', async () => {
    await open();
    expect(
      within(block()).getByText(
        'Unsit looks at the addresses of open tabs on these meeting sites only, to tell whether you are in a call. It reads nothing else from them, stores nothing about them, and sends nothing anywhere.',
      ),
    ).toBeTruthy();
    expect(
      within(block()).getByText(
        'Without this, Unsit still holds reminders while a window is fullscreen and treats a tab playing sound in the window you are using as watching or listening.',
      ),
    ).toBeTruthy();
  });

  it('asks for exactly the meeting sites’ origins from the click, then offers to revoke', async () => {
    backend.stored = {
      ...backend.stored,
      meetingHosts: ['meet.example.com', '*.calls.example.org'],
    };
    const ask = vi.mocked(fakeBrowser.permissions.request);
    const remove = vi.mocked(fakeBrowser.permissions.remove);
    await open();
    expect(await within(block()).findByText('Not allowed: only fullscreen holds reminders'));

    fireEvent.click(within(block()).getByRole('button', { name: 'Allow for these meeting sites' }));
    // Synchronously, inside the click: the browser only asks within a user gesture.
    expect(ask).toHaveBeenCalledTimes(1);
    expect(ask).toHaveBeenCalledWith({
      origins: meetingOrigins(['meet.example.com', '*.calls.example.org']),
    });
    expect(ask.mock.calls[0]?.[0]).toEqual({
      origins: ['https://meet.example.com/*', 'https://*.calls.example.org/*'],
    });
    expect(await within(block()).findByText('Allowed for these meeting sites')).toBeTruthy();

    fireEvent.click(within(block()).getByRole('button', { name: 'Revoke' }));
    expect(remove).toHaveBeenCalledWith({
      origins: ['https://meet.example.com/*', 'https://*.calls.example.org/*'],
    });
    expect(
      await within(block()).findByText('Not allowed: only fullscreen holds reminders'),
    ).toBeTruthy();
  });

  it('asks for the current list after it changed', async () => {
    const ask = vi.spyOn(fakeBrowser.permissions, 'request').mockResolvedValue(false);
    await open();
    fireEvent.click(screen.getByRole('button', { name: 'Remove meet.google.com' }));
    await waitFor(() => expect(hostsShown()).not.toContain('meet.google.com'));
    await within(block()).findByText('Not allowed: only fullscreen holds reminders');
    fireEvent.click(within(block()).getByRole('button', { name: 'Allow for these meeting sites' }));
    expect(ask).toHaveBeenCalledWith({
      origins: meetingOrigins(DEFAULT_MEETING_HOSTS.filter((h) => h !== 'meet.google.com')),
    });
    expect(
      await within(block()).findByText(
        'Not allowed. Unsit still holds reminders while a window is fullscreen.',
      ),
    ).toBeTruthy();
  });

  it('a host added after the grant shows the permission as partial', async () => {
    for (const o of meetingOrigins(DEFAULT_MEETING_HOSTS)) permissions.granted.add(o);
    await open();
    expect(await within(block()).findByText('Allowed for these meeting sites')).toBeTruthy();
    addHost('calls.example.com');
    expect(
      await within(block()).findByText('Allowed for some of these meeting sites only'),
    ).toBeTruthy();
    expect(within(block()).getByRole('button', { name: 'Allow for these meeting sites' }));
    expect(within(block()).getByRole('button', { name: 'Revoke' }));
  });

  it('says when the access to all sites covers the meeting sites, and re-checks on changes', async () => {
    await open();
    await within(block()).findByText('Not allowed: only fullscreen holds reminders');
    // Granted elsewhere (the all-sites control, or the browser's settings).
    permissions.grant('<all_urls>');
    expect(
      await within(block()).findByText('Covered by the access to all sites below'),
    ).toBeTruthy();
    expect(within(block()).queryByRole('button')).toBeNull();

    permissions.revoke('<all_urls>');
    expect(
      await within(block()).findByText('Not allowed: only fullscreen holds reminders'),
    ).toBeTruthy();
  });
});
