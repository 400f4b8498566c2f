import { describe, expect, it } from 'vitest';
import {
  CARD_REPEAT_MS,
  decidePresentation,
  idlePresentation,
  PAUSE_GRACE_MS,
  type Presentation,
  parsePresentation,
  watchForPause,
} from '../../lib/presentation';
import { MINUTE } from '../../lib/time';

const FIRED = 1_780_000_000_000;
const ESCALATE = 5 * MINUTE;
const typing = { held: false, typingPause: false };
const pausing = { held: false, typingPause: true };

/** Runs the decision at each time in turn and lists what was shown. */
function walk(
  steps: Array<{ at: number; held?: boolean; pause?: boolean }>,
  firedAt: number | null = FIRED,
) {
  let p: Presentation = idlePresentation;
  const shown: string[] = [];
  for (const s of steps) {
    const d = decidePresentation(
      p,
      firedAt,
      s.at,
      { held: s.held ?? false, typingPause: s.pause ?? false },
      ESCALATE,
    );
    const afterHold = p.heldSince !== null;
    p = d.next;
    if (d.notify) shown.push(`notify@${(s.at - FIRED) / MINUTE}`);
    if (d.card) shown.push(`card@${(s.at - FIRED) / MINUTE}${afterHold ? ' after hold' : ''}`);
  }
  return { shown, p };
}

const at = (min: number) => FIRED + min * MINUTE;

describe('escalating a due reminder gently', () => {
  it('notifies first, then shows the card after the user kept working, at a pause in typing', () => {
    const { shown } = walk([
      { at: at(0) },
      { at: at(1) },
      { at: at(5) }, // escalation time, but mid-sentence
      { at: at(5.5), pause: true },
      { at: at(6), pause: true },
    ]);
    expect(shown).toEqual(['notify@0', 'card@5.5']);
  });

  it('shows the card anyway when no pause comes for a while', () => {
    const minutes = [0, 5, 6, 7, 8];
    const { shown } = walk(minutes.map((m) => ({ at: at(m) })));
    expect(shown).toEqual(['notify@0', `card@${5 + PAUSE_GRACE_MS / MINUTE}`]);
  });

  it('brings an ignored card back no more often than every 5 minutes', () => {
    const steps = Array.from({ length: 31 }, (_, i) => ({ at: at(i), pause: true }));
    const { shown } = walk(steps);
    const cards = shown.filter((s) => s.startsWith('card'));
    expect(cards).toEqual(['card@5', 'card@10', 'card@15', 'card@20', 'card@25', 'card@30']);
    expect(CARD_REPEAT_MS).toBe(5 * MINUTE);
  });

  it('holds everything but the badge during a meeting and offers it when the meeting ends', () => {
    const steps = [
      ...Array.from({ length: 50 }, (_, i) => ({ at: at(i), held: true, pause: true })),
      { at: at(50), pause: false },
    ];
    const { shown, p } = walk(steps);
    expect(shown).toEqual(['notify@50', 'card@50 after hold']);
    expect(p.heldSince).toBeNull();
  });

  it('forgets everything once the reminder is resolved, and starts afresh for the next one', () => {
    const first = walk([{ at: at(0) }, { at: at(6), pause: true }]);
    const resolved = decidePresentation(first.p, null, at(7), typing, ESCALATE);
    expect(resolved).toEqual({
      next: idlePresentation,
      notify: false,
      card: false,
    });
    const next = decidePresentation(first.p, at(40), at(40), pausing, ESCALATE);
    expect(next.notify).toBe(true);
    expect(next.card).toBe(false);
  });

  it('reads a damaged record field by field', () => {
    expect(parsePresentation({ firedAt: FIRED, cardAt: 'soon', heldSince: -1 })).toEqual({
      ...idlePresentation,
      firedAt: FIRED,
    });
    expect(parsePresentation(undefined)).toEqual(idlePresentation);
  });
});

describe('listening for a pause in typing', () => {
  const watching = (p: Presentation, min: number) => watchForPause(p, at(min), ESCALATE, MINUTE);

  it('from a minute before the card could be due until it shows, and again before it could return', () => {
    expect(watching(idlePresentation, 0)).toBe(false);
    const notified = walk([{ at: at(0) }]).p;
    expect(watching(notified, 3.9)).toBe(false);
    expect(watching(notified, 4)).toBe(true);
    expect(watching(notified, 6.5)).toBe(true);
    const carded = walk([{ at: at(0) }, { at: at(5), pause: true }]).p;
    expect(watching(carded, 8.9)).toBe(false);
    expect(watching(carded, 9)).toBe(true);
  });

  it('not while a meeting holds the reminder', () => {
    const held = walk([{ at: at(0) }, { at: at(5), held: true }]).p;
    expect(watching(held, 6)).toBe(false);
  });
});
