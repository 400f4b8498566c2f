import { useEffect, useState } from 'preact/hooks';
import { type LookBack, weeklyLookBack } from '../../lib/look-back';
import { dayKey, weekday } from '../../lib/time';
import { request } from '../../platform/api';
import { t } from '../../platform/i18n';
import { weekOrder } from '../shared/format';

// On the first day of a week (the browser language's, Monday where it does not say), one line
// under the week's chart on how last week's longest bout compares with the week before; the
// popup opens on that tab the first time that day. Other days ask for nothing.

const SEEN_KEY = 'unsit-look-back-seen';

export function lookBackText(line: LookBack): string {
  const [last, before] = [`${line.last}`, `${line.before}`];
  if (line.trend === 'down') return t('popup_look_back_down', before, last);
  if (line.trend === 'up') return t('popup_look_back_up', before, last);
  return t('popup_look_back_same', last);
}

/** This week's look-back, on its first day; null on other days or without two weeks to compare. */
export function useLookBack(now: number): LookBack | null {
  const [line, setLine] = useState<LookBack | null>(null);
  const today = dayKey(now);
  // Read once a day (the status refreshes every 30 s; the look-back does not change with it).
  useEffect(() => {
    const weekStart = weekOrder()[0] ?? 1;
    if (weekday(now) !== weekStart) {
      setLine(null);
      return;
    }
    let live = true;
    request('getDays').then(
      (days) => live && setLine(weeklyLookBack(days, now, weekStart)),
      // The look-back is a nicety: without the days the popup shows what it always shows.
      () => live && setLine(null),
    );
    return () => {
      live = false;
    };
  }, [today]);
  return line;
}

/** Whether the look-back is new today (and, from now on, that it has been seen). */
export function firstLookToday(now: number): boolean {
  const today = dayKey(now);
  if (localStorage.getItem(SEEN_KEY) === today) return false;
  localStorage.setItem(SEEN_KEY, today);
  return true;
}

export function LookBackLine({ line }: { line: LookBack }) {
  return <p class="overview__look-back">{lookBackText(line)}</p>;
}
