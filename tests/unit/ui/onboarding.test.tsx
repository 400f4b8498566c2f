// @vitest-environment happy-dom

import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { Onboarding } from '../../../components/onboarding/Onboarding';
import { emptyCounts } from '../../../lib/routines/rotation';
import { safetyLines } from '../../../lib/routines/safety';
import { request } from '../../../platform/api';
import { t } from '../../../platform/i18n';
import { fakePermissions } from './fake-permissions';
import { statusFixture } from './fixtures';
import { useHandlers } from './request-mock';

vi.mock('../../../platform/api', () => ({ request: vi.fn() }));

beforeEach(() => {
  fakeBrowser.reset();
  const api = useHandlers(vi.mocked(request));
  api.on('getStatus', () => statusFixture({}, { rotation: { ...emptyCounts, 'two-minute': 2 } }));
  fakePermissions();
});

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('onboarding', () => {
  it('says what Unsit does, shows every safety line and the permission choice', async () => {
    render(<Onboarding />);
    expect(screen.getByRole('heading', { level: 1, name: 'Welcome to Unsit' })).toBeTruthy();
    expect(screen.getByText(/keeps track of how long you sit/)).toBeTruthy();
    for (const line of safetyLines) expect(screen.getByText(t(line.text))).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Reminders on web pages' })).toBeTruthy();
    expect(await screen.findByRole('button', { name: 'Allow on all sites' })).toBeTruthy();
  });

  it('"Try the 2-minute routine now" runs the player right there', async () => {
    render(<Onboarding />);
    await waitFor(() => expect(vi.mocked(request)).toHaveBeenCalledWith('getStatus'));
    fireEvent.click(screen.getByRole('button', { name: 'Try the 2-minute routine now' }));
    const player = await screen.findByRole('region', { name: 'Routine player' });
    expect(within(player).getByText('Two-minute break')).toBeTruthy();
  });

  it('stopping the routine records a partial break and comes back to the page', async () => {
    const api = useHandlers(vi.mocked(request));
    api.on('getStatus', () => statusFixture());
    api.on('recordPartial', () => statusFixture());
    render(<Onboarding />);
    fireEvent.click(screen.getByRole('button', { name: 'Try the 2-minute routine now' }));
    const player = await screen.findByRole('region', { name: 'Routine player' });
    fireEvent.click(within(player).getByRole('button', { name: 'Stop' }));
    expect(await screen.findByText('Stopped early. Counted as a partial break.')).toBeTruthy();
    expect(api.calls('recordPartial')).toEqual([
      { id: expect.any(String), ranMs: expect.any(Number) },
    ]);
    expect(screen.getByRole('button', { name: 'Try it again' })).toBeTruthy();
  });
});
