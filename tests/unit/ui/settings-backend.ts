import { fireEvent } from '@testing-library/preact';
import { RequestFailure } from '../../../lib/messages';
import { type Settings, settingsDefaults, validateSettingsPatch } from '../../../lib/settings';
import { t } from '../../../platform/i18n';
import { statusFixture } from './fixtures';
import type { useHandlers } from './request-mock';

/**
 * Answers getSettings and updateSettings like the background does: the same validation and the
 * same failure, so the options page is tested against the real rules, not a mock's.
 */
export function settingsBackend(
  api: ReturnType<typeof useHandlers>,
  initial: Partial<Settings> = {},
) {
  const backend = { stored: { ...settingsDefaults, ...initial } as Settings };
  api.on('getSettings', () => backend.stored);
  api.on('updateSettings', (payload) => {
    const { patch } = payload as { patch: Record<string, unknown> };
    const checked = validateSettingsPatch(backend.stored, patch, t);
    if (!checked.ok) {
      const [field, message] = Object.entries(checked.errors)[0] ?? ['settings', 'invalid'];
      throw new RequestFailure({ code: 'not-saved', field, error: message });
    }
    backend.stored = checked.settings;
    return statusFixture({}, { settings: backend.stored });
  });
  return backend;
}

/** Types `value` into a field and commits it, as a user who leaves the field would. */
export function commit(input: HTMLElement, value: string) {
  fireEvent.input(input, { target: { value } });
  fireEvent.change(input, { target: { value } });
}
