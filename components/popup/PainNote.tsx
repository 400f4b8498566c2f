import { safetyLines } from '../../lib/routines/safety';
import { t } from '../../platform/i18n';
import { Button } from '../shared/Button';

const AFTER_PAIN = ['stop-on-pain', 'see-a-doctor', 'leg-pain'];

/**
 * After "Stop — this hurts": when to stop and when to see a doctor. It stands where today's
 * figures were until the user closes it, which brings them back.
 */
export function PainNote({ onClose }: { onClose: () => void }) {
  return (
    <section class="pain" aria-labelledby="pain-title">
      <div class="pain__head">
        <h2 class="pain__title" id="pain-title">
          {t('popup_pain_title')}
        </h2>
        <Button size="small" class="pain__close" onClick={onClose}>
          {t('popup_pain_close')}
        </Button>
      </div>
      <ul class="pain__lines">
        {safetyLines
          .filter((l) => AFTER_PAIN.includes(l.id))
          .map((l) => (
            <li key={l.id}>{t(l.text)}</li>
          ))}
      </ul>
    </section>
  );
}
