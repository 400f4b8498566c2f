// @vitest-environment happy-dom

import { act, cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { RoutinePlayer, type RoutinePlayerProps } from '../../../components/player/RoutinePlayer';
import { QUIET_FOR_MS } from '../../../components/player/speaker';
import { buildRoutine, routineSeconds } from '../../../lib/routines/builder';
import type { Routine } from '../../../lib/routines/schema';
import type { Settings } from '../../../lib/settings';
import { type Locale, useLocale } from '../../helpers/fake-i18n';
import { fakeSpeechEngine } from '../../helpers/fake-speech';

// The player's spoken guidance through a fake engine: what was said, when, in which language;
// silent while in a meeting and when off; the offer while the user has not chosen.

const lap0 = buildRoutine('two-minute', { allowFloor: false, rotationIndex: 0 });
const START = new Date('2025-03-03T10:00:00Z').getTime();

/** Fake time in steps of the player's own tick, microtasks (the meeting check) flushed. */
async function advance(ms: number, chunk = 250): Promise<void> {
  for (let done = 0; done < ms; done += chunk) {
    await act(async () => {
      await vi.advanceTimersByTimeAsync(Math.min(chunk, ms - done));
    });
  }
}

/** A host that keeps the speech setting the way RoutineRun does. */
function Host(
  props: Omit<RoutinePlayerProps, 'onDone' | 'speech'> & {
    speech: Settings['speech'];
    onChange?: (speech: 'on' | 'off') => void;
  },
) {
  const [speech, setSpeech] = useState(props.speech);
  return (
    <RoutinePlayer
      {...props}
      speech={speech}
      onSpeechChange={(next) => {
        props.onChange?.(next);
        setSpeech(next);
      }}
      onDone={() => undefined}
    />
  );
}

function play(options: {
  speech: Settings['speech'];
  routine?: Routine;
  inMeeting?: () => boolean;
  glance?: boolean;
  offerSpeech?: boolean;
  onChange?: (speech: 'on' | 'off') => void;
}) {
  const engine = fakeSpeechEngine();
  const quiet = vi.fn(async () => options.inMeeting?.() ?? false);
  render(
    <Host
      routine={options.routine ?? lap0}
      speech={options.speech}
      speechEngine={engine}
      speechQuiet={quiet}
      glance={options.glance ?? false}
      offerSpeech={options.offerSpeech ?? true}
      {...(options.onChange ? { onChange: options.onChange } : {})}
    />,
  );
  const said = () => engine.said.map((s) => ({ ...s, at: s.at - START }));
  return { engine, quiet, said, texts: () => engine.said.map((s) => s.text) };
}

const live = () => document.querySelector('.unsit-player__live')?.textContent ?? '';
const toggle = () => screen.getByRole('button', { name: 'Speak the steps' });

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(START);
});

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('spoken guidance on', () => {
  it('says each step, its side and its counts at their time, each once, in English', async () => {
    const { said, texts } = play({ speech: 'on' });
    await advance(routineSeconds(lap0) * 1000 + 1000);
    const at = (text: string) =>
      said()
        .filter((s) => s.text === text)
        .map((s) => s.at);
    expect(said()[0]).toEqual({
      text: 'Stand up. Standing quad stretch. Left leg: catch your left ankle; your right hand holds the desk.',
      lang: 'en',
      at: 0,
    });
    // Within one tick (250 ms) of the plan: "go" after the 5 s lead-in, the last five seconds
    // of the 20 s hold, the second side after 25 s.
    expect(at('Go: 20 seconds.')).toEqual([5000, 25000 + 3000]);
    expect(at('Last five seconds.')).toEqual([
      20000,
      25000 + 18000,
      25000 + 23000 + 27000 + 35000 + 8000,
    ]);
    const switches = said().filter((s) => s.text.startsWith('Switch sides'));
    expect(switches).toEqual([
      {
        text: 'Switch sides. Right leg: catch your right ankle; your left hand holds the desk.',
        lang: 'en',
        at: 25000,
      },
    ]);
    expect(texts().filter((t) => t === 'Last rep.')).toHaveLength(2);
    expect(texts().at(-1)).toBe('Done. Well done!');
    expect(new Set(said().map((s) => s.lang))).toEqual(new Set(['en']));
    // Nothing twice: every utterance is one cue.
    expect(texts().length).toBe(23);
  });

  it.each([
    [
      'de',
      'Steh auf. Oberschenkeldehnung im Stehen. Linkes Bein:',
      'Los: 20 Sekunden.',
      'Noch fünf Sekunden.',
      'Seite wechseln. Rechtes Bein:',
    ],
    [
      'es',
      'Ponte de pie. Estiramiento de cuádriceps de pie. Pierna izquierda:',
      'Empieza: 20 segundos.',
      'Últimos cinco segundos.',
      'Cambia de lado. Pierna derecha:',
    ],
  ] as const)(
    'speaks %s in that language',
    async (locale: Locale, first, go, lastFive, switchSides) => {
      useLocale(locale);
      const { said } = play({ speech: 'on' });
      await advance(26_000);
      const texts = said().map((s) => s.text);
      expect(texts[0]?.startsWith(first)).toBe(true);
      expect(texts.slice(1, 4)).toEqual([
        go,
        lastFive,
        expect.stringMatching(new RegExp(`^${switchSides}`)),
      ]);
      expect(new Set(said().map((s) => s.lang))).toEqual(new Set([locale]));
      expect(said().map((s) => s.at)).toEqual([0, 5000, 20000, 25000]);
    },
  );

  it('the live region does not say the step as well while the voice does', async () => {
    play({ speech: 'on' });
    await advance(26_000);
    expect(live()).toBe('');
  });

  it('pausing stops the voice; resuming goes on without saying anything twice', async () => {
    const { engine, texts } = play({ speech: 'on' });
    await advance(6000);
    expect(texts()).toHaveLength(2);
    const cancels = engine.cancels.length;
    fireEvent.click(screen.getByRole('button', { name: 'Pause' }));
    await advance(300);
    expect(engine.cancels.length).toBe(cancels + 1);
    await advance(60_000);
    expect(texts()).toHaveLength(2);
    fireEvent.click(screen.getByRole('button', { name: 'Resume' }));
    await advance(20_000);
    expect(texts()).toEqual([
      expect.stringMatching(/^Stand up/),
      'Go: 20 seconds.',
      'Last five seconds.',
      expect.stringMatching(/^Switch sides/),
    ]);
  });

  it('Next cuts off the step being said and says the next one', async () => {
    const { engine, texts } = play({ speech: 'on' });
    await advance(1000);
    const cancels = engine.cancels.length;
    fireEvent.click(screen.getByRole('button', { name: 'Next' }));
    await advance(250);
    expect(engine.cancels.length).toBeGreaterThan(cancels);
    expect(texts().at(-1)).toMatch(/^Switch sides\. Right leg/);
  });
});

describe('silent', () => {
  it('says nothing while the user is in a meeting, and announces steps for screen readers', async () => {
    const { texts, quiet } = play({ speech: 'on', inMeeting: () => true });
    await advance(routineSeconds(lap0) * 1000 + 1000);
    expect(quiet).toHaveBeenCalled();
    expect(texts()).toEqual([]);
    expect(live()).toMatch(/^Step 5 of 5: Posture reset/);
  });

  it('stops speaking once a call begins (within the meeting check’s few seconds)', async () => {
    let call = false;
    const { said } = play({ speech: 'on', inMeeting: () => call });
    await advance(6000);
    expect(said().map((s) => s.text)).toHaveLength(2);
    call = true;
    await advance(60_000);
    expect(said().every((s) => s.at <= 6000 + QUIET_FOR_MS)).toBe(true);
    expect(said().some((s) => s.text === 'Last five seconds.')).toBe(false);
  });

  it('says nothing with speech off, and the speaker button shows it off', async () => {
    const { texts, quiet } = play({ speech: 'off' });
    expect(screen.queryByText(/Stepping away from the screen/)).toBeNull();
    expect(toggle().getAttribute('aria-pressed')).toBe('false');
    await advance(routineSeconds(lap0) * 1000 + 1000);
    expect(texts()).toEqual([]);
    expect(quiet).not.toHaveBeenCalled();
  });

  it('the speaker button switches it off at once', async () => {
    const onChange = vi.fn();
    const { engine, texts } = play({ speech: 'on', onChange });
    await advance(1000);
    expect(toggle().getAttribute('aria-pressed')).toBe('true');
    const cancels = engine.cancels.length;
    fireEvent.click(toggle());
    await advance(250);
    expect(onChange).toHaveBeenCalledWith('off');
    expect(toggle().getAttribute('aria-pressed')).toBe('false');
    expect(engine.cancels.length).toBe(cancels + 1);
    const before = texts().length;
    await advance(60_000);
    expect(texts().length).toBe(before);
  });
});

describe('asking first', () => {
  it('while unasked: nothing is said, and a stand-up routine offers it without holding the run up', async () => {
    const onChange = vi.fn();
    const { texts } = play({ speech: 'ask', onChange });
    expect(screen.getByText(/Stepping away from the screen/)).toBeTruthy();
    // The player keeps the focus: the offer takes nothing from the keyboard.
    expect(document.activeElement?.getAttribute('aria-label')).toBe('Routine player');
    await advance(8000);
    expect(texts()).toEqual([]);
    fireEvent.click(screen.getByRole('button', { name: 'Yes, please' }));
    await advance(250);
    expect(onChange).toHaveBeenCalledWith('on');
    expect(screen.queryByText(/Stepping away from the screen/)).toBeNull();
    // The step it is on, at once, so the user hears it works; then the counts as usual.
    expect(texts()).toEqual([expect.stringMatching(/^Stand up\. Standing quad stretch/)]);
    await advance(13_000);
    expect(texts().at(-1)).toBe('Last five seconds.');
  });

  it('"No, thanks" turns it off and the offer goes', async () => {
    const onChange = vi.fn();
    const { texts } = play({ speech: 'ask', onChange });
    fireEvent.click(screen.getByRole('button', { name: 'No, thanks' }));
    await advance(250);
    expect(onChange).toHaveBeenCalledWith('off');
    expect(screen.queryByText(/Stepping away from the screen/)).toBeNull();
    await advance(30_000);
    expect(texts()).toEqual([]);
  });

  it('a host without room for the offer (the popup) keeps only the speaker button', () => {
    play({ speech: 'ask', offerSpeech: false });
    expect(screen.queryByText(/Stepping away from the screen/)).toBeNull();
    expect(toggle().getAttribute('aria-pressed')).toBe('false');
  });

  it('a seated routine makes no offer (the user is at the screen)', () => {
    play({
      speech: 'ask',
      routine: buildRoutine('posture-check', { allowFloor: false, rotationIndex: 0 }),
    });
    expect(screen.queryByText(/Stepping away from the screen/)).toBeNull();
  });
});

describe('the large countdown', () => {
  const glance = () => document.querySelector('.unsit-player__glance');

  it('shows the seconds of a hold in a stand-up routine large, with the side', async () => {
    play({ speech: 'off', glance: true });
    expect(glance()).toBeNull(); // the lead-in keeps the picture and the ring
    await advance(5250);
    expect(glance()?.getAttribute('role')).toBe('timer');
    expect(glance()?.querySelector('.unsit-player__glance-number')?.textContent).toBe('20');
    expect(glance()?.querySelector('.unsit-player__glance-side')?.textContent).toBe('Left side');
    fireEvent.click(screen.getByRole('button', { name: 'Pause' }));
    expect(glance()).toBeNull();
  });

  it('not where the host does not ask for it, nor in a seated routine', async () => {
    play({ speech: 'off' });
    await advance(6000);
    expect(glance()).toBeNull();
    cleanup();
    play({
      speech: 'off',
      glance: true,
      routine: buildRoutine('posture-check', { allowFloor: false, rotationIndex: 0 }),
    });
    await advance(2000);
    expect(glance()).toBeNull();
  });
});
