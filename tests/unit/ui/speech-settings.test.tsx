// @vitest-environment happy-dom

import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { SpeechSample } from '../../../components/onboarding/SpeechSample';
import { Options } from '../../../components/options/Options';
import { RoutineRun, startRun } from '../../../components/shared/RoutineRun';
import { RequestFailure } from '../../../lib/messages';
import { emptyCounts } from '../../../lib/routines/rotation';
import { settingsDefaults } from '../../../lib/settings';
import { request } from '../../../platform/api';
import { useLocale } from '../../helpers/fake-i18n';
import { fakeSpeechEngine } from '../../helpers/fake-speech';
import { fakePermissions } from './fake-permissions';
import { useHandlers } from './request-mock';
import { settingsBackend } from './settings-backend';

// Where the user chooses spoken guidance: onboarding's sample, the options page, the player's
// offer in a real routine host (saved through the background).

vi.mock('../../../platform/api', () => ({ request: vi.fn() }));
vi.mock('../../../platform/routine-session', () => ({
  startRoutineSession: () => ({
    startedAt: Date.now(),
    progress: () => undefined,
    finish: () => new Promise(() => undefined),
    stop: () => new Promise(() => undefined),
  }),
}));

let api: ReturnType<typeof useHandlers>;

beforeEach(() => {
  fakeBrowser.reset();
  api = useHandlers(vi.mocked(request));
  fakePermissions();
});

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('onboarding: hear a sample, then choose', () => {
  it('speaks a sample in the page’s language, then asks whether to keep it on', async () => {
    useLocale('de');
    const saved = { settings: { speech: 'on' } };
    api.on('updateSettings', () => saved);
    const onSaved = vi.fn();
    const engine = fakeSpeechEngine();
    render(<SpeechSample engine={engine} onSaved={onSaved} />);
    expect(screen.queryByText('Ansagen eingeschaltet lassen?')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Beispiel anhören' }));
    expect(engine.said).toEqual([
      {
        text: expect.stringMatching(
          /^Steh auf\. Oberschenkeldehnung im Stehen\. Linkes Bein:.* Noch fünf Sekunden\. Seite wechseln\.$/,
        ),
        lang: 'de',
        at: expect.any(Number),
      },
    ]);
    const keep = screen.getByRole('group', { name: 'Ansagen eingeschaltet lassen?' });
    fireEvent.click(within(keep).getByRole('button', { name: 'Ja, eingeschaltet lassen' }));
    await screen.findByText(/Die Ansagen sind eingeschaltet/);
    expect(api.calls('updateSettings')).toEqual([{ patch: { speech: 'on' } }]);
    // A routine tried next on the page starts with the choice.
    expect(onSaved).toHaveBeenCalledWith(saved);
  });

  it('"No, turn it off" saves off', async () => {
    api.on('updateSettings', () => ({}));
    render(<SpeechSample engine={fakeSpeechEngine()} />);
    fireEvent.click(screen.getByRole('button', { name: 'Hear a sample' }));
    fireEvent.click(screen.getByRole('button', { name: 'No, turn it off' }));
    await screen.findByText(/Spoken guidance is off/);
    expect(api.calls('updateSettings')).toEqual([{ patch: { speech: 'off' } }]);
  });

  it('a page that cannot speak offers no sample', () => {
    render(<SpeechSample engine={null} />);
    expect(screen.queryByRole('button', { name: 'Hear a sample' })).toBeNull();
  });
});

describe('options: spoken guidance', () => {
  it('shows ask / on / off and saves the choice', async () => {
    const backend = settingsBackend(api);
    render(<Options />);
    const group = await screen.findByRole('group', { name: 'Spoken guidance in routines' });
    expect((within(group).getByLabelText('Ask me first') as HTMLInputElement).checked).toBe(true);
    fireEvent.click(within(group).getByLabelText('On'));
    await waitFor(() => expect(api.calls('updateSettings')).toEqual([{ patch: { speech: 'on' } }]));
    expect(backend).toBeDefined();
  });
});

describe('the player’s offer, in a routine host', () => {
  // The page's own speech synthesis, recording (happy-dom has none).
  const spoken: string[] = [];
  beforeEach(() => {
    spoken.length = 0;
    vi.stubGlobal(
      'SpeechSynthesisUtterance',
      class {
        lang = '';
        constructor(readonly text: string) {}
      },
    );
    vi.stubGlobal('speechSynthesis', {
      getVoices: () => [],
      speak: (u: { text: string }) => spoken.push(u.text),
      cancel: () => undefined,
    });
  });
  afterEach(() => vi.unstubAllGlobals());

  it('saves "on" through the background and asks it about meetings before speaking', async () => {
    api.on('updateSettings', () => ({}));
    api.on('inMeeting', () => false);
    const run = startRun('two-minute', { settings: settingsDefaults, rotation: emptyCounts });
    render(<RoutineRun run={run} speed={1} sound={false} speech="ask" onEnd={() => undefined} />);
    fireEvent.click(screen.getByRole('button', { name: 'Yes, please' }));
    await waitFor(() => expect(api.calls('updateSettings')).toEqual([{ patch: { speech: 'on' } }]));
    await waitFor(() => expect(api.calls('inMeeting').length).toBeGreaterThan(0));
    await waitFor(() => expect(spoken[0]).toMatch(/^Stand up\. Standing quad stretch/));
    expect(
      screen.getByRole('button', { name: 'Speak the steps' }).getAttribute('aria-pressed'),
    ).toBe('true');
  });

  it('a choice the organisation locks goes back to what it was', async () => {
    api.on('updateSettings', () => {
      throw new RequestFailure({ code: 'locked', field: 'speech', error: 'locked' });
    });
    const run = startRun('two-minute', { settings: settingsDefaults, rotation: emptyCounts });
    render(<RoutineRun run={run} speed={1} sound={false} speech="off" onEnd={() => undefined} />);
    const toggle = screen.getByRole('button', { name: 'Speak the steps' });
    fireEvent.click(toggle);
    await waitFor(() => expect(api.calls('updateSettings')).toHaveLength(1));
    await waitFor(() => expect(toggle.getAttribute('aria-pressed')).toBe('false'));
  });
});
