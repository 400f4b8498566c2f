import { useEffect, useState } from 'preact/hooks';
import { COMMANDS, type CommandName } from '../../lib/commands';
import type { MessageKey } from '../../lib/i18n';
import { t } from '../../platform/i18n';
import {
  openShortcutSettings,
  readShortcuts,
  type Shortcuts,
  shortcutSettings,
  shortcutsSupported,
} from '../../platform/shortcuts';
import { Button } from '../shared/Button';
import { Section } from './fields';

// "Keyboard shortcuts" in options: each command with the keys the browser has for it now, and
// the way to change them (the browser keeps them, not Unsit).

const DESCRIPTIONS: Record<CommandName, MessageKey> = {
  'start-routine': 'command_start_routine',
  'stood-up': 'command_stood_up',
  snooze: 'command_snooze',
  standing: 'command_standing',
};

/** The keys as the browser has them, read again when the user comes back from changing them. */
function useShortcuts(): Shortcuts | null {
  const [shortcuts, setShortcuts] = useState<Shortcuts | null>(null);
  useEffect(() => {
    const read = () => {
      readShortcuts().then(setShortcuts, () => setShortcuts({}));
    };
    read();
    const onVisible = () => {
      if (document.visibilityState === 'visible') read();
    };
    document.addEventListener('visibilitychange', onVisible);
    window.addEventListener('focus', read);
    return () => {
      document.removeEventListener('visibilitychange', onVisible);
      window.removeEventListener('focus', read);
    };
  }, []);
  return shortcuts;
}

export function ShortcutsSection() {
  const shortcuts = useShortcuts();
  if (!shortcutsSupported()) {
    return (
      <Section id="shortcuts" title={t('options_section_shortcuts')}>
        <p>{t('shortcuts_unsupported')}</p>
      </Section>
    );
  }
  const how = shortcutSettings();
  return (
    <Section id="shortcuts" title={t('options_section_shortcuts')} intro={t('shortcuts_intro')}>
      <dl class="shortcuts">
        {COMMANDS.map((name) => (
          <div class="shortcuts__row" key={name} data-command={name}>
            <dt>{t(DESCRIPTIONS[name])}</dt>
            <dd>
              {shortcuts?.[name] ? (
                <kbd class="shortcuts__keys">{shortcuts[name]}</kbd>
              ) : (
                <span class="shortcuts__unset">{shortcuts ? t('shortcuts_not_set') : ''}</span>
              )}
            </dd>
          </div>
        ))}
      </dl>
      {how === 'firefox-words' ? (
        <p class="shortcuts__where">{t('shortcuts_firefox_where')}</p>
      ) : (
        <div>
          <Button onClick={() => void openShortcutSettings()}>{t('shortcuts_change')}</Button>
        </div>
      )}
    </Section>
  );
}
