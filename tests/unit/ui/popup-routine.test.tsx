// @vitest-environment happy-dom

import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import type { PlayerResult, RoutinePlayerProps } from '../../../components/player/RoutinePlayer';
import { Popup } from '../../../components/popup/Popup';
import { safetyLines } from '../../../lib/routines/safety';
import { request } from '../../../platform/api';
import { t } from '../../../platform/i18n';
import type { RoutineSession } from '../../../platform/routine-session';
import { startRoutineSession } from '../../../platform/routine-session';
import { statusFixture } from './fixtures';
import { useHandlers } from './request-mock';

// The popup's side of a routine run, with the player stubbed so the test decides how
// the run ends, and the session stubbed so the test sees what gets recorded.

vi.mock('../../../platform/api', () => ({ request: vi.fn() }));
vi.mock('../../../platform/routine-session', () => ({ startRoutineSession: vi.fn() }));

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

let session: { [K in 'progress' | 'finish' | 'stop']: ReturnType<typeof vi.fn> };

beforeEach(() => {
  fakeBrowser.reset();
  player.props = null;
  const api = useHandlers(vi.mocked(request));
  api.on('getStatus', () => statusFixture());
  session = {
    progress: vi.fn(),
    finish: vi.fn(async () => statusFixture({ breaksToday: 5 })),
    stop: vi.fn(async () => statusFixture()),
  };
  vi.mocked(startRoutineSession).mockImplementation(
    () =>
      ({
        id: 'session-1234',
        startedAt: Date.now() - 125_000,
        ...session,
      }) as unknown as RoutineSession,
  );
});

afterEach(cleanup);

async function startTwoMinute() {
  render(<Popup />);
  fireEvent.click(await screen.findByRole('button', { name: '2-minute routine' }));
  await screen.findByRole('region', { name: 'Routine player' });
  const props = player.props;
  if (!props) throw new Error('player not rendered');
  return props;
}

/** A whole two-minute run: 100 s of working time planned, all of it played. */
const whole = { workedMs: 100_000, plannedMs: 100_000 };
const end = (props: RoutinePlayerProps, result: PlayerResult) => props.onDone(result);

describe('a routine started from the popup', () => {
  it('gets the two-minute routine for the rotation, speed 1 outside e2e builds, and the sound setting', async () => {
    const props = await startTwoMinute();
    expect(props.routine.id).toBe('two-minute-0');
    expect(props.speed).toBe(1);
    expect(props.sound).toBe(false);
    expect(startRoutineSession).toHaveBeenCalledTimes(1);
  });

  it('passes progress on to the session', async () => {
    const props = await startTwoMinute();
    props.onProgress?.(5000);
    expect(session.progress).toHaveBeenCalledWith(5000);
  });

  it('finished: records the break and goes back with "Break recorded — N today"', async () => {
    const props = await startTwoMinute();
    end(props, { completed: true, ranMs: 125_000, stoppedForPain: false, ...whole });
    expect(await screen.findByText('Break recorded — 5 today')).toBeTruthy();
    expect(session.finish).toHaveBeenCalledWith({ ...whole, ranMs: 125_000 });
    expect(session.stop).not.toHaveBeenCalled();
    expect(screen.queryByRole('region', { name: 'Routine player' })).toBeNull();
    const breaks = within(screen.getByRole('tabpanel', { name: 'Today' })).getByText('Breaks');
    expect(breaks.nextElementSibling?.textContent).toBe('5 of 6');
  });

  it('skipped through to the end: recorded as a routine not done, not as a break', async () => {
    const props = await startTwoMinute();
    end(props, {
      completed: true,
      ranMs: 8_000,
      stoppedForPain: false,
      workedMs: 6_000,
      plannedMs: 100_000,
    });
    expect(
      await screen.findByText(
        'Not counted as a break: less than two thirds of the routine ran. It is kept as a routine not done.',
      ),
    ).toBeTruthy();
    expect(screen.queryByText(/Break recorded/)).toBeNull();
    expect(session.finish).toHaveBeenCalledWith({
      workedMs: 6_000,
      plannedMs: 100_000,
      ranMs: 8_000,
    });
  });

  it('left early: records a partial break with how long it ran', async () => {
    const props = await startTwoMinute();
    end(props, { completed: false, ranMs: 61_000, stoppedForPain: false, ...whole });
    expect(
      await screen.findByText('Stopped after 1 minute. Counted as a partial break.'),
    ).toBeTruthy();
    expect(session.stop).toHaveBeenCalledWith(61_000);
    expect(session.finish).not.toHaveBeenCalled();
  });

  it('stopped for pain: shows when to stop and when to see a doctor', async () => {
    const props = await startTwoMinute();
    end(props, { completed: false, ranMs: 20_000, stoppedForPain: true, ...whole });
    await screen.findByText(/Counted as a partial break/);
    for (const id of ['stop-on-pain', 'see-a-doctor', 'leg-pain']) {
      const line = safetyLines.find((l) => l.id === id);
      expect(screen.getByText(line ? t(line.text) : '?')).toBeTruthy();
    }
    // In the place of today's figures until closed.
    expect(screen.queryByRole('tabpanel', { name: 'Today' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Got it' }));
    expect(screen.queryByText(/sharp, shooting or growing pain/)).toBeNull();
    expect(screen.getByRole('tabpanel', { name: 'Today' })).toBeTruthy();
  });

  it('a break that cannot be recorded is said so, and the popup still comes back', async () => {
    session.finish.mockRejectedValue(new Error('Unsit’s background gave no answer.'));
    const props = await startTwoMinute();
    end(props, { completed: true, ranMs: 125_000, stoppedForPain: false, ...whole });
    expect(
      await screen.findByText(
        'Your break could not be recorded: Unsit’s background gave no answer.',
      ),
    ).toBeTruthy();
    expect(screen.getByRole('button', { name: '2-minute routine' })).toBeTruthy();
  });
});
