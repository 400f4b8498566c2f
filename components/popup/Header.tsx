import { t } from '../../platform/i18n';
import { Button } from '../shared/Button';
import { ChartIcon, GearIcon } from '../shared/icons';
import { openHistory } from '../shared/open-history';
import { openOptions } from '../shared/open-options';

/** The popup's top line: Unsit's name, and the ways to the history and the settings. */
export function Header({ onError }: { onError: (message: string) => void }) {
  return (
    <header class="popup__header">
      <span class="brand">
        <img class="brand__icon" src="/icon/32.png" alt="" width={20} height={20} />
        {t('ext_name')}
      </span>
      <span class="popup__links">
        <Button
          variant="quiet"
          size="small"
          class="popup__settings"
          onClick={() => openHistory(onError)}
        >
          <ChartIcon />
          {t('popup_history')}
        </Button>
        <Button
          variant="quiet"
          size="small"
          class="popup__settings"
          onClick={() => openOptions(onError)}
        >
          <GearIcon />
          {t('popup_settings')}
        </Button>
      </span>
    </header>
  );
}
