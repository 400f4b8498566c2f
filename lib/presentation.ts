import { parseFieldByField } from './safe-object';
import { MINUTE } from './time';
import { z } from './zod';

// How a due reminder reaches the user, step by step: first the badge and a
// quiet notification; if they keep working, the card over the page, at a
// pause in their typing; never more often than every five minutes; and
// nothing but the badge while they are in a meeting or presenting, with the
// offer made as soon as that ends. Pure: the background supplies the facts.

/** The card comes back no more often than this while a reminder is ignored. */
export const CARD_REPEAT_MS = 5 * MINUTE;
/** How long to wait for a pause in typing before showing the card anyway. */
export const PAUSE_GRACE_MS = 2 * MINUTE;

const time = z.nullable(/* @__PURE__ */ z.number().check(z.minimum(0)));

export const presentationShape = {
  /** The reminder this record belongs to (the clock's `firedAt`). */
  firedAt: time,
  notifiedAt: time,
  cardAt: time,
  /** Since when a meeting or fullscreen window has held the reminder back. */
  heldSince: time,
};

export type Presentation = {
  [K in keyof typeof presentationShape]: z.output<(typeof presentationShape)[K]>;
};

export const idlePresentation: Presentation = Object.freeze({
  firedAt: null,
  notifiedAt: null,
  cardAt: null,
  heldSince: null,
});

export function parsePresentation(raw: unknown): Presentation {
  return parseFieldByField(presentationShape, idlePresentation, raw);
}

export type PresentFacts = {
  /** In a call or a fullscreen window: badge only. */
  held: boolean;
  /** No input for a few seconds: a moment where a card interrupts nothing. */
  typingPause: boolean;
};

export type PresentDecision = {
  next: Presentation;
  notify: boolean;
  card: boolean;
};

export function decidePresentation(
  current: Presentation,
  firedAt: number | null,
  now: number,
  facts: PresentFacts,
  escalateAfterMs: number,
): PresentDecision {
  const none = { notify: false, card: false };
  if (firedAt === null) return { next: idlePresentation, ...none };
  const p = current.firedAt === firedAt ? current : { ...idlePresentation, firedAt };
  if (facts.held) return { next: { ...p, heldSince: p.heldSince ?? now }, ...none };

  // The offer comes right after a meeting or presentation ended: the card at once.
  const afterHold = p.heldSince !== null;
  const notify = p.notifiedAt === null;
  const card = afterHold || cardDue(p, now, facts.typingPause, escalateAfterMs);
  return {
    next: {
      firedAt,
      notifiedAt: notify ? now : p.notifiedAt,
      cardAt: card ? now : p.cardAt,
      heldSince: null,
    },
    notify,
    card,
  };
}

function cardDue(
  p: Presentation,
  now: number,
  typingPause: boolean,
  escalateAfterMs: number,
): boolean {
  // First card: after the user kept working past the notification; later ones: every 5 min at most.
  const earliest =
    p.cardAt === null ? (p.notifiedAt ?? now) + escalateAfterMs : p.cardAt + CARD_REPEAT_MS;
  if (now < earliest) return false;
  return typingPause || now >= earliest + PAUSE_GRACE_MS;
}

/** When the next card could be due, so the background can be awake for it (null: nothing pending). */
function nextCardCheck(p: Presentation, escalateAfterMs: number): number | null {
  if (p.firedAt === null || p.heldSince !== null || p.notifiedAt === null) return null;
  return p.cardAt === null ? p.notifiedAt + escalateAfterMs : p.cardAt + CARD_REPEAT_MS;
}

/**
 * Whether the background should listen for a pause in typing now: a card could fall due
 * before the next heartbeat looks. Then the idle API's event at its shortest interval (15 s
 * without input) is the pause itself, and the card comes within a second or two of it,
 * instead of at whichever minute the heartbeat happens to look.
 */
export function watchForPause(
  p: Presentation,
  now: number,
  escalateAfterMs: number,
  lookaheadMs: number,
): boolean {
  const next = nextCardCheck(p, escalateAfterMs);
  return next !== null && now >= next - lookaheadMs;
}
