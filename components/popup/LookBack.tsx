import { useEffect, useState } from 'preact/hooks';
import { type LookBack, weeklyLookBack } from '../../lib/look-back';
import { dayKey, weekday } from '../../lib/time';
import { request } from '../../platform/api';
import { t } from '../../platform/i18n';
import { weekOrder } from '../shared/format';

// On the first day of a week (the browser language's, Monday where it does not say), one line
// on how last week's longest bout compares with the week before. Other days ask for nothing.

export function lookBackText(line: LookBack): string {
  const [last, before] = [`${line.last}`, `${line.before}`];
  if (line.trend === 'down') return t('popup_look_back_down', before, last);
  if (line.trend === 'up') return t('popup_look_back_up', before, last);
  return t('popup_look_back_same', last);
}

export function LookBackLine({ now }: { now: number }) {
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
  return line ? <p class="overview__look-back">{lookBackText(line)}</p> : null;
}
