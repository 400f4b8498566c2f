import { useEffect, useState } from 'preact/hooks';
import type { Days } from '../../lib/day-totals';
import { dayKey } from '../../lib/time';
import { request } from '../../platform/api';
import { errorText } from '../shared/notice';

export type HistoryData = { days: Days; now: number };

/**
 * The stored days and, for today, the live figures the popup shows (the bout in progress
 * included), both from the background: the page reads no storage itself.
 */
export function useHistoryData() {
  const [data, setData] = useState<HistoryData | null>(null);
  const [error, setError] = useState<string | null>(null);
  const load = () => {
    setError(null);
    Promise.all([request('getDays'), request('getStatus')]).then(
      ([days, status]) => {
        const now = status.view.now;
        setData({ days: { ...days, [dayKey(now)]: status.view.today }, now });
      },
      (e: unknown) => setError(errorText(e)),
    );
  };
  useEffect(load, []);
  return { data, error, load };
}
