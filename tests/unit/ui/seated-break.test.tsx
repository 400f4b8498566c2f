// @vitest-environment happy-dom

import { act, cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import type { RoutinePlayerProps } from '../../../components/player/RoutinePlayer';
import { BreakFlow } from '../../../components/reminder/BreakFlow';
import { request } from '../../../platform/api';
import { t } from '../../../platform/i18n';
import { statusFixture } from './fixtures';
import { useHandlers } from './request-mock';

// "I can't stand now" on the reminder card: a seated micro-break instead of a skip. It
// records no break (the user did not stand); finished, it puts the reminder off.

vi.mock('../../../platform/api', () => ({ request: vi.fn() }));

const player = vi.hoisted(() => ({ props: null as RoutinePlayerProps | null }));
vi.mock('../../../components/player/RoutinePlayer', () => ({
  RoutinePlayer: (props: RoutinePlayerProps) => {
    player.props = props;
    return (
      <section aria-label="Routine player">
        <p>{t(props.routine.title)}</p>
      </section>
    );
  },
}));

let api: ReturnType<typeof useHandlers>;

beforeEach(() => {
  fakeBrowser.reset();
  player.props = null;
  api = useHandlers(vi.mocked(request));
  api.on('snooze', () => statusFixture());
  api.on('skip', () => statusFixture());
});
afterEach(() => cleanup());

/** A click as a user's: the card's decisive buttons ignore scripted (untrusted) ones. */
const click = (name: string) => {
  const event = new MouseEvent('click', { bubbles: true });
  Object.defineProperty(event, 'isTrusted', { value: true });
  fireEvent(screen.getByRole('button', { name }), event);
};

async function openCard(canSnooze: boolean) {
  const status = statusFixture({ canSnooze });
  render(<BreakFlow start="card" initialStatus={status} onClose={() => {}} />);
  await screen.findByRole('button', { name: "I can't stand now" });
}

describe('"I can\'t stand now"', () => {
  it('starts the seated micro-break: eyes first, nothing leaves the chair', async () => {
    await openCard(true);
    click("I can't stand now");
    await screen.findByRole('region', { name: 'Routine player' });
    const routine = player.props?.routine;
    expect(routine?.kind).toBe('seated-break');
    expect(routine?.steps[0]?.title).toBe('move_eyes_distance_focus_name');
    expect(routine?.steps.every((s) => s.position === 'seated')).toBe(true);
  });

  it('finished, snoozes the reminder and records no break', async () => {
    await openCard(true);
    click("I can't stand now");
    await screen.findByRole('region', { name: 'Routine player' });
    await act(() =>
      player.props?.onDone({
        completed: true,
        ranMs: 58_000,
        workedMs: 40_000,
        plannedMs: 40_000,
        stoppedForPain: false,
      }),
    );
    await screen.findByText(/Unsit asks again in 5 min\./);
    expect(api.calls('snooze')).toHaveLength(1);
    expect(api.calls('recordBreak')).toHaveLength(0);
    expect(api.calls('skip')).toHaveLength(0);
  });

  it('finished with no snooze left, resolves the reminder like a skip', async () => {
    await openCard(false);
    click("I can't stand now");
    await screen.findByRole('region', { name: 'Routine player' });
    await act(() =>
      player.props?.onDone({
        completed: true,
        ranMs: 58_000,
        workedMs: 40_000,
        plannedMs: 40_000,
        stoppedForPain: false,
      }),
    );
    await screen.findByText(/Unsit asks again in \d+ min\./);
    expect(api.calls('skip')).toHaveLength(1);
    expect(api.calls('recordBreak')).toHaveLength(0);
  });

  it('stopped early, goes back to the card', async () => {
    await openCard(true);
    click("I can't stand now");
    await screen.findByRole('region', { name: 'Routine player' });
    await act(() =>
      player.props?.onDone({
        completed: false,
        ranMs: 5_000,
        workedMs: 5_000,
        plannedMs: 40_000,
        stoppedForPain: false,
      }),
    );
    await screen.findByRole('button', { name: "I can't stand now" });
    expect(api.calls('snooze')).toHaveLength(0);
  });
});
