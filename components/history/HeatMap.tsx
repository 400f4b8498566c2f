import { type History, peakOf, type SittingGrid } from '../../lib/history';
import { t } from '../../platform/i18n';
import { weekdayNames, weekOrder } from '../shared/format';
import { hourLabel, hoursLabel } from './format';
import { TableToggle } from './TableToggle';

// When the long sitting happens: weekdays down, hours of the day across, each cell as dark as
// the minutes of long bouts in it. The sentence above says the peak in words; the table behind
// the toggle has every minute.

const CELL_W = 24;
const CELL_H = 22;
const LEFT = 44;
const TOP = 18;
const WIDTH = LEFT + 24 * CELL_W;
const HEIGHT = TOP + 7 * CELL_H;
/** Shades from none to the most: a cell's share of the busiest cell, in five steps. */
const LEVELS = 4;

/** The one-line summary: "You sit longest on Tuesdays, 2 – 4 PM." */
export function peakSentence(grid: SittingGrid): string {
  const peak = peakOf(grid);
  if (peak === null) return t('history_heat_none');
  const day = weekdayNames('long')[peak.weekday] ?? '';
  return t('history_heat_peak', day, hoursLabel(peak.from, peak.from + peak.hours));
}

export function HeatMap({ grid, history: h }: { grid: SittingGrid; history: History }) {
  const order = weekOrder();
  const names = weekdayNames('short');
  const longNames = weekdayNames('long');
  const max = Math.max(0, ...grid.flat());
  const level = (minutes: number) =>
    minutes <= 0 || max === 0 ? 0 : Math.max(1, Math.ceil((minutes / max) * LEVELS));
  const sentence = peakSentence(grid);
  const caption = t('history_heat_caption', t('history_last_days', h.range));
  return (
    <section class="history-card history-heat" aria-labelledby="heat-title">
      <h2 class="history-card__title" id="heat-title">
        {t('history_heat_title')}
      </h2>
      <p class="history-heat__lead">{t('history_heat_lead')}</p>
      <p class="history-heat__peak">{sentence}</p>
      <svg
        class="history-heat__svg"
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-label={`${sentence} ${t('history_heat_lead')}`}
        preserveAspectRatio="xMinYMin meet"
      >
        {Array.from({ length: 8 }, (_, i) => i * 3).map((hour) => (
          <text
            key={hour}
            class="history-heat__hour"
            x={LEFT + hour * CELL_W}
            y={TOP - 6}
            text-anchor="start"
          >
            {hourLabel(hour)}
          </text>
        ))}
        {order.map((weekday, row) => (
          <g key={weekday}>
            <text
              class="history-heat__day"
              x={LEFT - 6}
              y={TOP + row * CELL_H + 15}
              text-anchor="end"
            >
              {names[weekday]}
            </text>
            {(grid[weekday] ?? []).map((minutes, hour) => (
              <rect
                key={hour}
                class={`history-heat__cell history-heat__cell--${level(minutes)}`}
                x={LEFT + hour * CELL_W + 1}
                y={TOP + row * CELL_H + 1}
                width={CELL_W - 2}
                height={CELL_H - 2}
                rx={3}
              />
            ))}
          </g>
        ))}
      </svg>
      <div class="history-heat__legend" aria-hidden="true">
        <span>{t('history_legend_less')}</span>
        {Array.from({ length: LEVELS + 1 }, (_, i) => (
          <span key={i} class={`history-heat__swatch history-heat__cell--${i}`} />
        ))}
        <span>{t('history_legend_more')}</span>
      </div>
      <p class="history-heat__note">{t('history_heat_note')}</p>
      <TableToggle label={caption}>
        <table class="history-data history-data--wide">
          <caption>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t('history_heat_weekday')}</th>
              {Array.from({ length: 24 }, (_, hour) => (
                <th key={hour} scope="col">
                  {hourLabel(hour)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {order.map((weekday) => (
              <tr key={weekday}>
                <th scope="row">{longNames[weekday]}</th>
                {(grid[weekday] ?? []).map((minutes, hour) => (
                  <td key={hour}>{minutes}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </TableToggle>
    </section>
  );
}
