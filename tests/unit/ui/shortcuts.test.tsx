// @vitest-environment happy-dom

import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { ShortcutsSection } from '../../../components/options/Shortcuts';
import { Popup } from '../../../components/popup/Popup';
import { request } from '../../../platform/api';
import { installCommandsStub } from '../../helpers/commands-stub';
import { statusFixture } from './fixtures';
import { useHandlers } from './request-mock';

// The keyboard shortcuts where the user sees them: the popup's tooltips and options.

vi.mock('../../../platform/api', () => ({ request: vi.fn() }));

let commands: ReturnType<typeof installCommandsStub>;

beforeEach(() => {
  fakeBrowser.reset();
  const api = useHandlers(vi.mocked(request));
  api.on('getStatus', () =>
    statusFixture({ reminderDue: true, nextReminderAt: null, boutMs: 34 * 60_000 }),
  );
  commands = installCommandsStub([
    { name: 'start-routine', description: 'Start the 2-minute routine', shortcut: 'Alt+Shift+G' },
    // The user removed this one's keys in the browser.
    { name: 'stood-up', description: 'I stood up (record a break)', shortcut: '' },
    { name: 'snooze', description: 'Snooze the reminder', shortcut: 'Alt+Shift+D' },
    { name: 'standing', description: 'I’m standing / I sat down', shortcut: 'Alt+Shift+H' },
  ]);
});

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('the popup’s buttons', () => {
  it('name their shortcut in the tooltip, only where one is set', async () => {
    render(<Popup />);
    await screen.findByText('Time to stand up');
    const primary = screen.getByRole('button', { name: /2-minute routine/ });
    await waitFor(() =>
      expect(primary.getAttribute('title')).toBe('Keyboard shortcut: Alt+Shift+G'),
    );
    expect(screen.getByRole('button', { name: /Snooze 5 min/ }).getAttribute('title')).toBe(
      'Keyboard shortcut: Alt+Shift+D',
    );
    expect(screen.getByRole('button', { name: 'I stood up' }).hasAttribute('title')).toBe(false);
  });

  it('name the standing toggle’s shortcut too', async () => {
    const api = useHandlers(vi.mocked(request));
    api.on('getStatus', () => statusFixture());
    render(<Popup />);
    const toggle = await screen.findByRole('button', { name: 'I’m standing' });
    await waitFor(() =>
      expect(toggle.getAttribute('title')).toBe('Keyboard shortcut: Alt+Shift+H'),
    );
  });
});

describe('options: keyboard shortcuts', () => {
  it('lists each command with its keys or "not set", and opens Chrome’s shortcuts page', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    render(<ShortcutsSection />);
    const section = screen.getByRole('region', { name: 'Keyboard shortcuts' });
    await within(section).findByText('Alt+Shift+G');
    const rows = section.querySelectorAll('.shortcuts__row');
    expect([...rows].map((row) => row.textContent)).toEqual([
      'Start the 2-minute routineAlt+Shift+G',
      'I stood up (record a break)not set',
      'Snooze the reminderAlt+Shift+D',
      'I’m standing / I sat downAlt+Shift+H',
    ]);
    fireEvent.click(within(section).getByRole('button', { name: 'Change shortcuts' }));
    expect(create).toHaveBeenCalledWith({ url: 'chrome://extensions/shortcuts' });
  });

  it('reads the keys again when the user comes back from changing them', async () => {
    render(<ShortcutsSection />);
    await screen.findByText('Alt+Shift+G');
    commands.set([{ name: 'start-routine', shortcut: 'Ctrl+Shift+1' }]);
    window.dispatchEvent(new Event('focus'));
    await screen.findByText('Ctrl+Shift+1');
    expect(screen.getAllByText('not set')).toHaveLength(3);
  });
});
