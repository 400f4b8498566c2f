import type { History, Series } from '../../lib/history';
import { t } from '../../platform/i18n';
import { axisLabel, bucketLabel, periodColumn, periodLabel, valueLabel } from './format';
import { TableToggle } from './TableToggle';

// One figure of the day over the chosen period, as bars: a day, a week or a month each. Pure
// SVG, scaled to its box; the label says the gist to a screen reader and the table behind the
// toggle has every number.

const WIDTH = 640;
const HEIGHT = 150;
const TOP = 18;
const BASE = HEIGHT - 20;
/** Labels under the bars: at most this many, evenly spread, so they never run into each other. */
const MAX_LABELS = 10;

/** The sentence a screen reader hears for the chart. */
export function chartSummary(series: Series, h: History): string {
  const name = t(series.label);
  const period = periodLabel(h);
  const top = h.buckets.reduce<(typeof h.buckets)[number] | undefined>(
    (best, b) =>
      best === undefined || (b.values[series.id] ?? 0) > (best.values[series.id] ?? 0) ? b : best,
    undefined,
  );
  const max = top?.values[series.id] ?? 0;
  if (top === undefined || max === 0) return t('history_summary_empty', name, period);
  const when = bucketLabel(top, h.by);
  if (series.combine === 'max') {
    return t('history_summary_max', name, period, valueLabel(series, max), when);
  }
  const total = valueLabel(series, h.total[series.id] ?? 0);
  return t('history_summary_sum', name, period, total, valueLabel(series, max), when);
}

export function BarChart({ series, history: h }: { series: Series; history: History }) {
  const values = h.buckets.map((b) => b.values[series.id] ?? 0);
  const max = Math.max(...values, 0);
  const scale = max > 0 ? (BASE - TOP) / max : 0;
  const col = WIDTH / Math.max(1, values.length);
  const barW = Math.max(2, Math.min(28, col * 0.7));
  const every = Math.ceil(values.length / MAX_LABELS);
  const headline =
    series.combine === 'max'
      ? t('history_peak', valueLabel(series, h.total[series.id] ?? 0))
      : t('history_total', valueLabel(series, h.total[series.id] ?? 0));
  const titleId = `chart-${series.id}`;
  const caption = `${t(series.label)}, ${periodLabel(h)}`;
  return (
    <figure class="history-chart" aria-labelledby={titleId}>
      <div class="history-chart__head">
        <h3 class="history-chart__title" id={titleId}>
          {t(series.label)}
        </h3>
        <span class="history-chart__figure">{headline}</span>
      </div>
      <svg
        class="history-chart__svg"
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-label={chartSummary(series, h)}
        preserveAspectRatio="xMidYMid meet"
      >
        <line class="history-chart__grid" x1={0} x2={WIDTH} y1={TOP} y2={TOP} />
        {max > 0 ? (
          <text class="history-chart__max" x={0} y={TOP - 5}>
            {valueLabel(series, max)}
          </text>
        ) : null}
        <line class="history-chart__base" x1={0} x2={WIDTH} y1={BASE} y2={BASE} />
        {values.map((value, i) => {
          const bucket = h.buckets[i];
          if (bucket === undefined) return null;
          const cx = col * i + col / 2;
          const height = value * scale;
          const last = i === values.length - 1;
          return (
            <g key={bucket.from}>
              {value > 0 ? (
                <rect
                  class={last ? 'history-chart__bar history-chart__bar--now' : 'history-chart__bar'}
                  x={cx - barW / 2}
                  y={BASE - Math.max(1, height)}
                  width={barW}
                  height={Math.max(1, height)}
                  rx={Math.min(3, barW / 3)}
                />
              ) : null}
              {(values.length - 1 - i) % every === 0 ? (
                <text class="history-chart__label" x={cx} y={HEIGHT - 5} text-anchor="middle">
                  {axisLabel(bucket, h.by)}
                </text>
              ) : null}
            </g>
          );
        })}
      </svg>
      <TableToggle label={caption}>
        <table class="history-data">
          <caption>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{periodColumn(h.by)}</th>
              <th scope="col">{t(series.label)}</th>
            </tr>
          </thead>
          <tbody>
            {h.buckets.map((b) => (
              <tr key={b.from}>
                <th scope="row">{bucketLabel(b, h.by)}</th>
                <td>{valueLabel(series, b.values[series.id] ?? 0)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableToggle>
    </figure>
  );
}
