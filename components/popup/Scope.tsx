import { useEffect, useState } from 'preact/hooks';
import { t } from '../../platform/i18n';

// "This device / All devices": which figures the popup shows once the user shares stats
// across devices. Two pressed-state buttons (a native, keyboard-reachable pair); the choice
// is remembered in the popup's own page storage, a view preference the background never needs.

const KEY = 'unsit-scope';

export function useAllDevices(): [boolean, (all: boolean) => void] {
  // Read after the first paint: a page's first touch of localStorage waits for the browser to
  // load it, and the choice only matters once the status (asked for at the same time) is there.
  const [all, setAll] = useState(false);
  useEffect(() => setAll(localStorage.getItem(KEY) === 'all'), []);
  return [
    all,
    (next) => {
      localStorage.setItem(KEY, next ? 'all' : 'device');
      setAll(next);
    },
  ];
}

export function Scope({ all, onChange }: { all: boolean; onChange: (all: boolean) => void }) {
  return (
    <fieldset class="scope">
      <legend class="u-sr-only">{t('popup_scope_label')}</legend>
      {[false, true].map((value) => (
        <button
          key={String(value)}
          type="button"
          aria-pressed={all === value}
          onClick={() => onChange(value)}
        >
          {t(value ? 'popup_scope_all' : 'popup_scope_device')}
        </button>
      ))}
    </fieldset>
  );
}
