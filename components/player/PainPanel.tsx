import type { JSX } from 'preact';
import { useEffect, useId, useRef } from 'preact/hooks';
import { safetyLines } from '../../lib/routines/safety';
import { t } from '../../platform/i18n';

/** After "Stop — this hurts": every safety line, and the button that ends the run. */
export function PainPanel({ onClose }: { onClose: () => void }): JSX.Element {
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus({ preventScroll: true }), []);
  return (
    <section class="unsit-player__pain" aria-labelledby={`${id}-pain`}>
      <h2 id={`${id}-pain`} ref={heading} tabIndex={-1} class="unsit-player__pain-title">
        {t('player_pain_title')}
      </h2>
      <p class="unsit-player__pain-lead">{t('player_pain_lead')}</p>
      <ul class="unsit-player__safety">
        {safetyLines.map((line) => (
          <li key={line.id}>{t(line.text)}</li>
        ))}
      </ul>
      <button
        type="button"
        class="unsit-player__button unsit-player__button--primary unsit-player__close"
        onClick={onClose}
      >
        {t('player_close')}
      </button>
    </section>
  );
}
