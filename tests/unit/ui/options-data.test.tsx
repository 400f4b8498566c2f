// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { importResultText } from '../../../components/options/DataSection';
import { Options } from '../../../components/options/Options';
import { daysToJson } from '../../../components/shared/export';
import { type Days, emptyDay, KEEP_DAYS } from '../../../lib/day-totals';
import { request } from '../../../platform/api';
import { fakePermissions } from './fake-permissions';
import { statusFixture } from './fixtures';
import { useHandlers } from './request-mock';
import { settingsBackend } from './settings-backend';

vi.mock('../../../platform/api', () => ({ request: vi.fn() }));

let api: ReturnType<typeof useHandlers>;

beforeEach(() => {
  fakeBrowser.reset();
  api = useHandlers(vi.mocked(request));
  settingsBackend(api);
  fakePermissions();
});

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

async function open() {
  render(<Options />);
  await screen.findByLabelText('Remind me after sitting for');
}

/** Chooses `text` as a file in the import input, as the browser's file picker would. */
function choose(text: string, name = 'unsit-history.json') {
  const input = screen.getByLabelText('Import history (JSON)') as HTMLInputElement;
  const file = new File([text], name, { type: 'application/json' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  fireEvent.change(input);
  return input;
}

const importMessage = () => document.getElementById('import-file-msg')?.textContent ?? '';

describe('options: importing history', () => {
  const days: Days = {
    '2025-03-04': { ...emptyDay, natural: 3 },
    '2025-03-05': { ...emptyDay, routine: 2 },
  };

  it('sends the parsed days and shows the result line', async () => {
    api.on('importDays', () => ({ imported: 2, outOfRange: 0, total: 9 }));
    await open();
    const file = JSON.parse(daysToJson(days, new Date('2025-03-05T12:00:00Z')));
    file.days.push({ date: 'not a date', routine: 1 }, 'junk', { date: '2025-02-30' });
    const input = choose(JSON.stringify(file));
    await waitFor(() =>
      expect(importMessage()).toBe('Imported 2 days; 3 entries were not valid and were skipped.'),
    );
    expect(api.calls('importDays')).toEqual([{ days }]);
    expect(input.getAttribute('aria-describedby')).toContain('import-file-msg');
    expect(input.value).toBe('');
  });

  it('replaces the history instead of adding to it when that is chosen', async () => {
    api.on('importDays', () => ({ imported: 2, outOfRange: 0, total: 2 }));
    await open();
    const merge = screen.getByLabelText('Add them to the history here') as HTMLInputElement;
    expect(merge.checked).toBe(true);
    fireEvent.click(screen.getByLabelText('Replace the history here with them'));
    choose(daysToJson(days, new Date('2025-03-05T12:00:00Z')));
    await waitFor(() => expect(api.calls('importDays')).toEqual([{ days, mode: 'replace' }]));
  });

  it('says plainly when the file is not an export, and sends nothing', async () => {
    await open();
    choose('date,breaks\n2025-03-05,2', 'history.csv');
    await waitFor(() => expect(importMessage()).toContain('This file is not JSON.'));
    choose('{"hello":"world"}');
    await waitFor(() => expect(importMessage()).toContain('not an Unsit export'));
    expect(api.calls('importDays')).toEqual([]);
  });

  it('shows the background’s error when the import fails', async () => {
    api.on('importDays', () => {
      throw new Error('Unsit’s background is not answering. Try again in a moment.');
    });
    await open();
    choose(JSON.stringify(days));
    await waitFor(() => expect(importMessage()).toContain('is not answering'));
  });

  it('words the result for every case', () => {
    expect(importResultText({ imported: 1, outOfRange: 0, total: 1 }, 0)).toBe('Imported 1 day.');
    expect(importResultText({ imported: 42, outOfRange: 0, total: 50 }, 1)).toBe(
      'Imported 42 days; 1 entry was not valid and was skipped.',
    );
    expect(importResultText({ imported: 0, outOfRange: 2, total: 5 }, 0)).toBe(
      `Nothing was imported; 2 days were older than the ${KEEP_DAYS} days Unsit keeps, or in the future, and were left out.`,
    );
  });
});

describe('options: deleting all history', () => {
  it('needs a second, deliberate click; Cancel deletes nothing', async () => {
    api.on('resetData', () => statusFixture());
    await open();
    fireEvent.click(screen.getByRole('button', { name: 'Delete all history…' }));
    const cancel = await screen.findByRole('button', { name: 'Cancel' });
    expect(document.activeElement).toBe(cancel);
    expect(screen.getByRole('group', { name: /Delete all history and the sitting clock/ }));
    expect(api.calls('resetData')).toEqual([]);

    fireEvent.click(cancel);
    const start = await screen.findByRole('button', { name: 'Delete all history…' });
    expect(screen.queryByRole('button', { name: 'Delete everything' })).toBeNull();
    await waitFor(() => expect(document.activeElement).toBe(start));
    expect(api.calls('resetData')).toEqual([]);

    fireEvent.click(start);
    fireEvent.click(await screen.findByRole('button', { name: 'Delete everything' }));
    expect(await screen.findByText('All history is deleted. Your settings are kept.')).toBeTruthy();
    expect(api.calls('resetData')).toEqual([{ confirm: 'reset' }]);
    expect(screen.queryByRole('button', { name: 'Delete everything' })).toBeNull();
  });

  it('shows why when the background refuses', async () => {
    api.on('resetData', () => {
      throw new Error('Unsit’s background gave no answer.');
    });
    await open();
    fireEvent.click(screen.getByRole('button', { name: 'Delete all history…' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Delete everything' }));
    expect(await screen.findByText('Unsit’s background gave no answer.')).toBeTruthy();
  });
});

describe('options: privacy', () => {
  it('says what is stored, where, what goes to the browser’s sync, and that Unsit sends nothing', async () => {
    await open();
    const privacy = screen.getByRole('heading', { name: 'Privacy' }).parentElement;
    const text = privacy?.textContent ?? '';
    expect(text).toContain('settings, the sitting clock');
    expect(text).toContain('daily totals');
    expect(text).toContain('this browser’s extension storage, on this device');
    expect(text).toContain('Unsit itself sends nothing anywhere');
    expect(text).toContain('no server, no analytics');
    // What goes to the browser's own sync: settings always, daily totals only when opted in.
    expect(text).toContain('settings also goes to your browser’s own sync storage');
    expect(text).toContain('daily totals go there only if you switch on');
  });

  it('links to the whole privacy policy, which ships in the extension', async () => {
    await open();
    const link = screen.getByRole('link', { name: 'Privacy policy' });
    expect(link.getAttribute('href')).toBe('/privacy.html');
    expect(link.getAttribute('target')).toBe('_blank');
  });
});
