import { useEffect, useState } from 'preact/hooks';
import type { Devices as DeviceList } from '../../lib/messages';
import { listDevices, removeDevice, thisDeviceLabel } from '../../lib/sync/device-list';
import { request } from '../api';
import { Button } from '../shared/Button';
import { errorText } from '../shared/notice';
import { CheckField, type FieldMessage, Section } from './fields';

// "All my devices": the opt-in to publish this device's daily totals in the browser's own
// sync storage, and the other devices found there, each with when it was last seen and a
// button to remove it. Kept in its own component, with its few strings, for translation.

const ERRORS: Record<NonNullable<DeviceList['error']>, string> = {
  quota: 'Sync storage is busy. Unsit will try again in a few minutes.',
  full: 'Sync storage is full. Remove a device you no longer use.',
  unavailable: 'Sync storage is not available right now. Unsit will try again later.',
};

const seenLabel = (seen: number, locale?: string) =>
  new Date(seen).toLocaleDateString(locale, { day: 'numeric', month: 'short', year: 'numeric' });

export function Devices() {
  const [list, setList] = useState<DeviceList | null>(null);
  const [message, setMessage] = useState<FieldMessage>(null);
  const load = () =>
    listDevices().then(setList, (e: unknown) => setMessage({ kind: 'error', text: errorText(e) }));
  useEffect(() => void load(), []);

  const run = (work: () => Promise<unknown>) => {
    setMessage({ kind: 'saving', text: 'Saving…' });
    work()
      .then(listDevices)
      .then(
        (next) => {
          setList(next);
          setMessage(
            next.error === 'full'
              ? { kind: 'error', text: ERRORS.full }
              : { kind: 'saved', text: 'Saved' },
          );
        },
        (e: unknown) => {
          setMessage({ kind: 'error', text: errorText(e) });
          void load();
        },
      );
  };

  return (
    <Section
      id="devices"
      title="All my devices"
      intro="Your settings follow you through your browser’s own sync (your Google or Mozilla account), when it is on."
    >
      <CheckField
        id="share"
        label="Show stats from all my devices"
        help="Puts this device’s daily totals (breaks, skips, sitting minutes) in your browser’s sync storage, so your other devices can add them up. Unsit itself sends nothing anywhere."
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
            This device: {list.label}
            {list.error ? ` — ${ERRORS[list.error]}` : ''}
          </p>
          {list.devices.length > 0 ? (
            <ul class="devices" aria-label="Other devices">
              {list.devices.map((d) => (
                <li key={d.id} class="devices__item">
                  <span>
                    {d.label || 'Unnamed device'}{' '}
                    <span class="field__help">last seen {seenLabel(d.seen)}</span>
                  </span>
                  <Button
                    size="small"
                    variant="quiet"
                    aria-label={`Remove ${d.label || 'Unnamed device'}`}
                    onClick={() => run(() => removeDevice(d.id))}
                  >
                    Remove
                  </Button>
                </li>
              ))}
            </ul>
          ) : (
            <p class="field__help">No other device shares its stats yet.</p>
          )}
        </div>
      ) : null}
    </Section>
  );
}
