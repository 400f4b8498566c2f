import { safetyLines } from '../../lib/routines/safety';

/** The safety lines, as a list. */
export function SafetyLines({ id }: { id?: string }) {
  return (
    <ul class="u-safety" id={id}>
      {safetyLines.map((line) => (
        <li key={line.id} class="u-safety__line">
          {line.text}
        </li>
      ))}
    </ul>
  );
}
