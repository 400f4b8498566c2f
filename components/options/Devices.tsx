import { useEffect, useState } from 'preact/hooks';
import type { MessageKey } from '../../lib/i18n';
import type { Devices as DeviceList } from '../../lib/messages';
import { LABEL_MAX } from '../../lib/sync/device-record';
import { request } from '../../platform/api';
import { t, uiLocale } from '../../platform/i18n';
import { thisDeviceLabel } from '../../platform/this-device';
import { Button } from '../shared/Button';
import { errorText } from '../shared/notice';
import { listDevices, removeDevice } from './device-list';
import { CheckField, type FieldMessage, Section, TextField } from './fields';

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

/** `lockedTo`: the sharing choice the organisation's policy makes (the background applies it). */
export function Devices({ lockedTo }: { lockedTo?: boolean }) {
  const [list, setList] = useState<DeviceList | null>(null);
  const [message, setMessage] = useState<FieldMessage>(null);
  const [nameMessage, setNameMessage] = useState<FieldMessage>(null);
  const load = () =>
    listDevices().then(setList, (e: unknown) => setMessage({ kind: 'error', text: errorText(e) }));
  useEffect(() => void load(), []);

  /** Runs a change, then shows the list as it now is; `say` shows how it went. */
  const run = (work: () => Promise<unknown>, say = setMessage) => {
    say({ kind: 'saving', text: t('options_saving') });
    work()
      .then(listDevices)
      .then(
        (next) => {
          setList(next);
          say(
            next.error === 'full'
              ? { kind: 'error', text: t(ERRORS.full) }
              : { kind: 'saved', text: t('options_saved') },
          );
        },
        (e: unknown) => {
          say({ kind: 'error', text: errorText(e) });
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
        checked={lockedTo ?? list?.share ?? false}
        disabled={list === null}
        locked={lockedTo !== undefined}
        message={message}
        onChange={(on) => {
          // The box follows the click at once; the list (and the real state) follows the write.
          setList((was) => was && { ...was, share: on });
          // A name the user gave this device before stays when sharing is turned on again.
          run(async () =>
            request(
              'setSharing',
              on ? { on, label: list?.label ?? (await thisDeviceLabel()) } : { on },
            ),
          );
        }}
      />
      {list?.share ? (
        <div class="field">
          <TextField
            id="device-name"
            label={t('devices_name_label')}
            help={t('devices_name_help')}
            value={list.label}
            maxLength={LABEL_MAX}
            message={nameMessage}
            // An empty name goes back to the browser and system ("Chrome · Linux").
            onCommit={(label) =>
              run(
                async () =>
                  request('setSharing', { on: true, label: label || (await thisDeviceLabel()) }),
                setNameMessage,
              )
            }
          />
          {list.error ? <p class="field__help">{t(ERRORS[list.error])}</p> : null}
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
