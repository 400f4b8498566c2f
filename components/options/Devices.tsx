import { useEffect, useState } from 'preact/hooks';
import type { MessageKey } from '../../lib/i18n';
import type { Devices as DeviceList } from '../../lib/messages';
import { request } from '../api';
import { t, uiLocale } from '../i18n';
import { Button } from '../shared/Button';
import { errorText } from '../shared/notice';
import { listDevices, removeDevice, thisDeviceLabel } from './device-list';
import { CheckField, type FieldMessage, Section } from './fields';

// "All my devices": the opt-in to publish this device's daily totals in the browser's own
// sync storage, and the other devices found there, each with when it was last seen and a
// button to remove it.

const ERRORS: Record<NonNullable<DeviceList['error']>, MessageKey> = {
  quota: 'devices_error_quota',
  full: 'devices_error_full',
  unavailable: 'devices_error_unavailable',
};

const seenLabel = (seen: number) =>
  new Date(seen).toLocaleDateString(uiLocale(), {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
  });

export function Devices() {
  const [list, setList] = useState<DeviceList | null>(null);
  const [message, setMessage] = useState<FieldMessage>(null);
  const load = () =>
    listDevices().then(setList, (e: unknown) => setMessage({ kind: 'error', text: errorText(e) }));
  useEffect(() => void load(), []);

  const run = (work: () => Promise<unknown>) => {
    setMessage({ kind: 'saving', text: t('options_saving') });
    work()
      .then(listDevices)
      .then(
        (next) => {
          setList(next);
          setMessage(
            next.error === 'full'
              ? { kind: 'error', text: t(ERRORS.full) }
              : { kind: 'saved', text: t('options_saved') },
          );
        },
        (e: unknown) => {
          setMessage({ kind: 'error', text: errorText(e) });
          void load();
        },
      );
  };

  return (
    <Section id="devices" title={t('options_section_devices')} intro={t('devices_intro')}>
      <CheckField
        id="share"
        label={t('devices_share_label')}
        help={t('devices_share_help')}
        checked={list?.share ?? false}
        disabled={list === null}
        message={message}
        onChange={(on) => {
          // The box follows the click at once; the list (and the real state) follows the write.
          setList((was) => was && { ...was, share: on });
          run(() => request('setSharing', on ? { on, label: thisDeviceLabel() } : { on }));
        }}
      />
      {list?.share ? (
        <div class="field">
          <p class="field__help">
            {t('devices_this_device', list.label || t('devices_unnamed'))}
            {list.error ? ` — ${t(ERRORS[list.error])}` : ''}
          </p>
          {list.devices.length > 0 ? (
            <ul class="devices" aria-label={t('devices_others')}>
              {list.devices.map((d) => (
                <li key={d.id} class="devices__item">
                  <span>
                    {d.label || t('devices_unnamed')}{' '}
                    <span class="field__help">{t('devices_last_seen', seenLabel(d.seen))}</span>
                  </span>
                  <Button
                    size="small"
                    variant="quiet"
                    aria-label={t('devices_remove_named', d.label || t('devices_unnamed'))}
                    onClick={() => run(() => removeDevice(d.id))}
                  >
                    {t('devices_remove')}
                  </Button>
                </li>
              ))}
            </ul>
          ) : (
            <p class="field__help">{t('devices_none')}</p>
          )}
        </div>
      ) : null}
    </Section>
  );
}
