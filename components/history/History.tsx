import { useMemo, useState } from 'preact/hooks';
import { HISTORY_SERIES, history, RANGES, type Range, sittingGrid } from '../../lib/history';
import { t, tn } from '../../platform/i18n';
import { Button } from '../shared/Button';
import { weekOrder } from '../shared/format';
import { LiveNotice } from '../shared/notice';
import { BarChart } from './BarChart';
import { HeatMap } from './HeatMap';
import { type HistoryData, useHistoryData } from './use-history-data';

// The history page: the daily records over 30 days, 90 days or a year, one chart per figure,
// and when in the week the long sitting happens.

const RANGE_LABELS = {
  '30': 'history_range_30',
  '90': 'history_range_90',
  '365': 'history_range_365',
} as const;

export function HistoryPage() {
  const { data, error, load } = useHistoryData();
  const [range, setRange] = useState<Range>('30');
  return (
    <div class="history">
      <header class="history__header">
        <img class="history__logo" src="/icon/48.png" alt="" width={40} height={40} />
        <div>
          <h1 class="history__title">{t('history_heading')}</h1>
          <p class="history__lead">{t('history_lead')}</p>
        </div>
      </header>
      <main class="history__main">
        <fieldset class="history__range">
          <legend class="history__range-label">{t('history_range_label')}</legend>
          {RANGES.map((r) => (
            <Button
              key={r}
              variant={r === range ? 'primary' : 'secondary'}
              size="small"
              aria-pressed={r === range}
              onClick={() => setRange(r)}
            >
              {t(RANGE_LABELS[r])}
            </Button>
          ))}
        </fieldset>
        {data ? (
          <Charts data={data} range={range} />
        ) : error ? (
          <div class="history__error">
            <LiveNotice notice={{ tone: 'error', text: error }} />
            <Button variant="primary" onClick={load}>
              {t('common_try_again')}
            </Button>
          </div>
        ) : (
          <p class="history__loading" aria-busy="true">
            {t('common_loading')}
          </p>
        )}
      </main>
    </div>
  );
}

function Charts({ data, range }: { data: HistoryData; range: Range }) {
  const weekStart = weekOrder()[0] ?? 1;
  const h = useMemo(() => history(data.days, data.now, range, weekStart), [data, range, weekStart]);
  const grid = useMemo(() => sittingGrid(data.days, data.now, Number(range)), [data, range]);
  return (
    <>
      <p class="history__recorded" role="status">
        {h.recorded === 0 ? t('history_empty') : tn('history_days_recorded', h.recorded)}
      </p>
      <section class="history-card" aria-labelledby="charts-title">
        <h2 class="u-sr-only" id="charts-title">
          {t(RANGE_LABELS[range])}
        </h2>
        <div class="history__charts">
          {HISTORY_SERIES.map((series) => (
            <BarChart key={series.id} series={series} history={h} />
          ))}
        </div>
      </section>
      <HeatMap grid={grid} history={h} />
    </>
  );
}
