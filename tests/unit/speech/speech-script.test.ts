import { describe, expect, it } from 'vitest';
import { buildRoutine, stepSeconds } from '../../../lib/routines/builder';
import {
  cuesToSay,
  cueText,
  isStandUpRoutine,
  LAST_FIVE_MIN_SECONDS,
  routineCues,
  sampleText,
  stepCues,
} from '../../../lib/speech-script';
import { words } from '../../../platform/i18n';
import { useLocale } from '../../helpers/fake-i18n';

// What spoken guidance says and when, from the routine's plan alone (no browser, no timers).

const lap0 = buildRoutine('two-minute', { allowFloor: false, rotationIndex: 0 });

describe('the script of a routine', () => {
  it('says each step, "go", the reps, the last five seconds and "done", at their times', () => {
    const said = routineCues(lap0).map((c) => [c.id, c.atMs, cueText(lap0, c, words)]);
    expect(said).toEqual([
      [
        '0:step',
        0,
        'Stand up. Standing quad stretch. Left leg: catch your left ankle; your right hand holds the desk.',
      ],
      ['0:go', 5000, 'Go: 20 seconds.'],
      ['0:last-five', 20000, 'Last five seconds.'],
      [
        '1:step',
        0,
        'Switch sides. Right leg: catch your right ankle; your left hand holds the desk.',
      ],
      ['1:go', 3000, 'Go: 20 seconds.'],
      ['1:last-five', 18000, 'Last five seconds.'],
      ['2:step', 0, 'Standing glute squeeze.'],
      ['2:go', 3000, 'Go: 8 reps.'],
      ['2:rep:2', 6000, '2'],
      ['2:rep:3', 9000, '3'],
      ['2:rep:4', 12000, '4'],
      ['2:rep:5', 15000, '5'],
      ['2:rep:6', 18000, '6'],
      ['2:rep:7', 21000, '7'],
      ['2:rep:8', 24000, 'Last rep.'],
      ['3:step', 0, 'Sit down. Slow contract-and-release.'],
      ['3:go', 5000, 'Go: 3 reps.'],
      ['3:rep:2', 15000, '2'],
      ['3:rep:3', 25000, 'Last rep.'],
      ['4:step', 0, 'Posture reset.'],
      ['4:go', 3000, 'Go: 10 seconds.'],
      ['4:last-five', 8000, 'Last five seconds.'],
      ['4:done', 13000, 'Done. Well done!'],
    ]);
  });

  it.each([
    [
      'de',
      'Steh auf. Oberschenkeldehnung im Stehen. Linkes Bein: Greif deinen linken Knöchel, die rechte Hand hält sich am Tisch.',
      'Los: 20 Sekunden.',
      'Seite wechseln. Rechtes Bein:',
      'Noch fünf Sekunden.',
    ],
    [
      'es',
      'Ponte de pie. Estiramiento de cuádriceps de pie. Pierna izquierda: agarra el tobillo izquierdo y apoya la mano derecha en la mesa.',
      'Empieza: 20 segundos.',
      'Cambia de lado. Pierna derecha:',
      'Últimos cinco segundos.',
    ],
  ] as const)('speaks %s from its own messages', (locale, first, go, switchSides, lastFive) => {
    useLocale(locale);
    const text = (id: string) => {
      const cue = routineCues(lap0).find((c) => c.id === id);
      if (!cue) throw new Error(id);
      return cueText(lap0, cue, words);
    };
    expect(text('0:step')).toBe(first);
    expect(text('0:go')).toBe(go);
    expect(text('1:step').startsWith(switchSides)).toBe(true);
    expect(text('0:last-five')).toBe(lastFive);
  });

  it('every cue lies within its step, and ids are unique', () => {
    for (const kind of ['two-minute', 'glutes', 'hip-flexors', 'back-and-neck', 'walk'] as const) {
      for (let lap = 0; lap < 4; lap++) {
        const routine = buildRoutine(kind, { allowFloor: lap % 2 === 1, rotationIndex: lap });
        const cues = routineCues(routine);
        expect(new Set(cues.map((c) => c.id)).size).toBe(cues.length);
        for (const cue of cues) {
          const step = routine.steps[cue.index];
          expect(step).toBeDefined();
          if (step) expect(cue.atMs).toBeLessThanOrEqual(stepSeconds(step) * 1000);
          expect(cueText(routine, cue, words)).not.toBe('');
        }
        // "Switch sides" once per second side, "last five seconds" once per long hold.
        const switches = cues.filter((c) => cueText(routine, c, words).startsWith('Switch sides'));
        expect(switches.length).toBe(
          routine.steps.filter((s) => s.prepLabel === 'prep_switch_sides').length,
        );
        expect(cues.filter((c) => c.type === 'last-five').length).toBe(
          routine.steps.filter((s) => !s.reps && s.seconds >= LAST_FIVE_MIN_SECONDS).length,
        );
        expect(cues.filter((c) => c.type === 'done').length).toBe(1);
      }
    }
  });

  it('a hold shorter than ten seconds gets no "last five seconds"', () => {
    const check = buildRoutine('posture-check', { allowFloor: false, rotationIndex: 0 });
    for (let i = 0; i < check.steps.length; i++) {
      const step = check.steps[i];
      const hasLastFive = stepCues(check, i).some((c) => c.type === 'last-five');
      expect(hasLastFive).toBe((step?.seconds ?? 0) >= LAST_FIVE_MIN_SECONDS);
    }
  });
});

describe('what to say at a look', () => {
  it('entering a step says the step (and "go" at once when it has no lead-in)', () => {
    expect(cuesToSay(lap0, 1, -1, 0).map((c) => c.id)).toEqual(['1:step']);
    const check = buildRoutine('posture-check', { allowFloor: false, rotationIndex: 0 });
    expect(cuesToSay(check, 0, -1, 0).map((c) => c.type)).toEqual(['step', 'go']);
  });

  it('each cue once: looks that do not pass one say nothing', () => {
    expect(cuesToSay(lap0, 0, 0, 4999)).toEqual([]);
    expect(cuesToSay(lap0, 0, 4999, 5000).map((c) => c.id)).toEqual(['0:go']);
    expect(cuesToSay(lap0, 0, 5000, 5250)).toEqual([]);
  });

  it('a late look says only the latest count, never one that is over', () => {
    // A throttled timer jumps from the lead-in past "go" and the last five seconds.
    expect(cuesToSay(lap0, 0, 4000, 21000).map((c) => c.id)).toEqual(['0:last-five']);
    expect(cuesToSay(lap0, 2, 5000, 16000).map((c) => c.id)).toEqual(['2:rep:5']);
    // The step itself and "done" are always said.
    expect(cuesToSay(lap0, 4, -1, 13000).map((c) => c.id)).toEqual([
      '4:step',
      '4:last-five',
      '4:done',
    ]);
  });
});

describe('stand-up routines and the sample', () => {
  it('a routine that leaves the chair is a stand-up routine; seated ones are not', () => {
    const build = (kind: Parameters<typeof buildRoutine>[0]) =>
      buildRoutine(kind, { allowFloor: false, rotationIndex: 0 });
    expect(isStandUpRoutine(build('two-minute'))).toBe(true);
    expect(isStandUpRoutine(build('walk'))).toBe(true);
    expect(isStandUpRoutine(build('posture-check'))).toBe(false);
    expect(isStandUpRoutine(build('seated-break'))).toBe(false);
  });

  it('the sample is a step as the player says it, the last five seconds and switch sides', () => {
    expect(sampleText(lap0, words)).toBe(
      'Stand up. Standing quad stretch. Left leg: catch your left ankle; your right hand holds the desk. Last five seconds. Switch sides.',
    );
  });
});
