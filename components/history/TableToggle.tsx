import type { ComponentChildren } from 'preact';
import { useId, useState } from 'preact/hooks';
import { t } from '../../platform/i18n';
import { Button } from '../shared/Button';

/**
 * The exact numbers behind a chart, as a real table: a button shows it (the chart's own label
 * already tells a screen reader the gist), and the table stays in the page for assistive
 * technology's table navigation once shown.
 */
export function TableToggle({ label, children }: { label: string; children: ComponentChildren }) {
  const [open, setOpen] = useState(false);
  const id = useId();
  return (
    <div class="history-table">
      <Button
        variant="quiet"
        size="small"
        class="history-table__toggle"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen(!open)}
      >
        {open ? t('history_hide_table') : t('history_show_table')}
      </Button>
      {/* A table wider than its card scrolls inside it, in a region named after the table that
          takes focus, so a keyboard user can scroll it too. */}
      <section
        id={id}
        class="history-table__scroll"
        hidden={!open}
        aria-label={label}
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be focusable
        tabIndex={0}
      >
        {children}
      </section>
    </div>
  );
}
