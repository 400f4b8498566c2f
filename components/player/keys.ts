import type { TargetedKeyboardEvent } from 'preact';

// The player's keys, on its root (not the window, so a hosting page is not affected): Space
// pause/resume, ArrowLeft back, ArrowRight next, Escape stop. Left alone when a modifier is
// held or the focus is in a text field; Space on a focused button is left to the button.

function isTextEntry(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  const tag = target.tagName;
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  if (tag !== 'INPUT') return false;
  const type = (target as HTMLInputElement).type;
  return !['button', 'checkbox', 'radio', 'range', 'reset', 'submit', 'image'].includes(type);
}

function isActivatable(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.closest('button, a[href], input, select, textarea, summary') !== null;
}

export type PlayerKeyActions = {
  /** The safety lines are open: only Escape works, and it closes them. */
  painOpen: boolean;
  done: () => boolean;
  stop: () => void;
  closePain: () => void;
  togglePause: () => void;
  back: () => void;
  next: () => void;
};

export function playerKeys(actions: PlayerKeyActions) {
  return (event: TargetedKeyboardEvent<HTMLElement>): void => {
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
    if (isTextEntry(event.target)) return;
    if (event.key === 'Escape') {
      event.preventDefault();
      if (actions.painOpen) actions.closePain();
      else actions.stop();
      return;
    }
    if (actions.painOpen || actions.done()) return;
    const action = {
      ' ': actions.togglePause,
      Spacebar: actions.togglePause,
      ArrowLeft: actions.back,
      ArrowRight: actions.next,
    }[event.key];
    if (!action) return;
    // A focused button handles Space itself (it clicks).
    if (action === actions.togglePause && isActivatable(event.target)) return;
    event.preventDefault();
    action();
  };
}
