import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { Button } from '../shared/Button';
import { ChevronIcon } from '../shared/icons';

export type DropdownProps = {
  label: string;
  /** The panel's id, named by the button's aria-controls. */
  id: string;
  disabled?: boolean;
  /** The panel's content; `close` shuts it (after a choice). */
  children: (close: () => void) => ComponentChildren;
};

/**
 * A disclosure button whose panel lies over what follows instead of pushing it down, so the
 * popup keeps its height (a toolbar popup taller than 600 px scrolls). It closes on Escape
 * (focus back on its button), on a click or focus elsewhere, and after a choice.
 */
export function Dropdown({ label, id, disabled, children }: DropdownProps) {
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    const away = (event: Event) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    const onEscape = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      event.preventDefault();
      setOpen(false);
      toggle.current?.focus();
    };
    document.addEventListener('pointerdown', away);
    document.addEventListener('focusin', away);
    document.addEventListener('keydown', onEscape);
    return () => {
      document.removeEventListener('pointerdown', away);
      document.removeEventListener('focusin', away);
      document.removeEventListener('keydown', onEscape);
    };
  }, [open]);

  return (
    <div class="dropdown" ref={root}>
      <Button
        ref={toggle}
        variant="quiet"
        size="small"
        disabled={disabled}
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen((now) => !now)}
      >
        {label}
        <ChevronIcon />
      </Button>
      <div class="dropdown__panel" id={id} hidden={!open}>
        {open ? children(() => setOpen(false)) : null}
      </div>
    </div>
  );
}
