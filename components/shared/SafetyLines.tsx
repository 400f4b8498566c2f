import { safetyLines } from '../../lib/routines/safety';
import { t } from '../../platform/i18n';

/** The safety lines, as a list. */
export function SafetyLines({ id }: { id?: string }) {
  return (
    <ul class="u-safety" id={id}>
      {safetyLines.map((line) => (
        <li key={line.id} class="u-safety__line">
          {t(line.text)}
        </li>
      ))}
    </ul>
  );
}
