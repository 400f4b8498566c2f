import { t } from '../../platform/i18n';

export type Notice = { tone: 'info' | 'success' | 'error'; text: string };

/** The text of anything thrown, fit to show as it is. */
export function errorText(error: unknown): string {
  if (error instanceof Error && error.message) return error.message;
  if (typeof error === 'string' && error) return error;
  return t('common_error_generic');
}

/**
 * A polite live region: screen readers announce what appears in it without
 * interrupting. It is always in the page, so the first message is announced too.
 */
export function LiveNotice({ notice, id }: { notice: Notice | null; id?: string }) {
  return (
    <div
      id={id}
      class={`u-notice${notice ? ` u-notice--${notice.tone}` : ''}`}
      role="status"
      aria-live="polite"
    >
      {notice ? <p class="u-notice__text">{notice.text}</p> : null}
    </div>
  );
}
