import { wholeMinutes } from '../../lib/format';
import type { DaySummary } from '../../lib/stats';
import { MINUTE } from '../../lib/time';
import { t, tn } from '../../platform/i18n';
import { durationLabel, weekdayName } from './format';

// Breaks per day as bars growing up from a baseline, and the day's longest
// sitting bout as a thinner bar hanging below it: two series, each on its
// own scale, no second axis to decode. Pure SVG; screen readers get a
// summary label and a table with the exact numbers.

const WIDTH = 308;
const HEIGHT = 112;
const TOP = 13; // room for the count above the tallest bar
const BASE = 62; // baseline between the two series
const UP = BASE - TOP;
const DOWN = 22; // longest-bout bars use less height: they are context
const LABEL_Y = HEIGHT - 4;
/** A bout this long gets the warning colour (it counts as a long bout in the stats). */
const LONG_BOUT_MS = 30 * MINUTE;

export type WeekChartProps = {
  week: readonly DaySummary[];
  goal: number;
  /** Day key of today, highlighted. Defaults to the last day. */
  today?: string;
  locale?: string;
  /** Shown as a heading next to the legend. */
  title?: string;
  titleId?: string;
};

export function weekSummary(week: readonly DaySummary[], goal: number, locale?: string): string {
  if (week.length === 0) return t('week_no_history');
  const total = week.reduce((sum, d) => sum + d.breaks, 0);
  const best = week.reduce((a, b) => (b.breaks > a.breaks ? b : a));
  const longest = week.reduce((a, b) => (b.longestBoutMs > a.longestBoutMs ? b : a));
  const goalDays = week.filter((d) => d.breaks >= goal).length;
  const parts = [tn('week_summary_total', total, `${week.length}`)];
  if (best.breaks > 0) {
    parts.push(t('week_summary_most', weekdayName(best.day, 'long', locale), `${best.breaks}`));
  }
  parts.push(tn('week_summary_goal', goalDays, `${goal}`));
  if (longest.longestBoutMs >= MINUTE) {
    parts.push(
      t(
        'week_summary_longest',
        durationLabel(longest.longestBoutMs),
        weekdayName(longest.day, 'long', locale),
      ),
    );
  }
  return parts.join(' ');
}

export function WeekChart({ week, goal, today, locale, title, titleId }: WeekChartProps) {
  const todayKey = today ?? week[week.length - 1]?.day;
  const maxBreaks = Math.max(goal, 1, ...week.map((d) => d.breaks));
  const maxBoutMs = Math.max(60 * MINUTE, ...week.map((d) => d.longestBoutMs));
  const col = WIDTH / Math.max(1, week.length);
  const barW = Math.min(22, col * 0.5);
  const goalY = BASE - (goal / maxBreaks) * UP;
  const summary = weekSummary(week, goal, locale);
  const empty = week.every((d) => d.breaks === 0 && d.longestBoutMs === 0);

  return (
    <figure class="u-week">
      <div class="u-week__head">
        {title !== undefined ? (
          <h2 class="u-week__title" id={titleId}>
            {title}
          </h2>
        ) : null}
        <div class="u-week__legend" aria-hidden="true">
          <span class="u-week__key u-week__key--breaks">{t('week_key_breaks')}</span>
          <span class="u-week__key u-week__key--goal">{t('week_key_goal', `${goal}`)}</span>
          <span class="u-week__key u-week__key--bout">{t('week_key_bout')}</span>
        </div>
      </div>
      <svg
        class="u-week__chart"
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-label={summary}
        preserveAspectRatio="xMidYMid meet"
      >
        <line class="u-week__goal" x1={0} x2={WIDTH} y1={goalY} y2={goalY} />
        <line class="u-week__base" x1={0} x2={WIDTH} y1={BASE} y2={BASE} />
        {empty ? (
          <text class="u-week__empty" x={WIDTH / 2} y={BASE - UP / 2} text-anchor="middle">
            {t('week_empty')}
          </text>
        ) : null}
        {week.map((d, i) => {
          const cx = col * i + col / 2;
          const up = (d.breaks / maxBreaks) * UP;
          const boutMin = wholeMinutes(d.longestBoutMs);
          const down = d.longestBoutMs > 0 ? Math.max(2, (d.longestBoutMs / maxBoutMs) * DOWN) : 0;
          const isToday = d.day === todayKey;
          const met = d.breaks >= goal;
          return (
            <g key={d.day} class={isToday ? 'u-week__day u-week__day--today' : 'u-week__day'}>
              {d.breaks > 0 ? (
                <rect
                  class={met ? 'u-week__bar u-week__bar--met' : 'u-week__bar'}
                  x={cx - barW / 2}
                  y={BASE - up}
                  width={barW}
                  height={up}
                  rx={3}
                />
              ) : null}
              {empty ? null : (
                <text class="u-week__count" x={cx} y={BASE - up - 4} text-anchor="middle">
                  {d.breaks}
                </text>
              )}
              {down > 0 ? (
                <rect
                  class={
                    d.longestBoutMs >= LONG_BOUT_MS
                      ? 'u-week__bout u-week__bout--long'
                      : 'u-week__bout'
                  }
                  x={cx - barW / 4}
                  y={BASE + 2}
                  width={barW / 2}
                  height={down}
                  rx={2}
                />
              ) : null}
              {boutMin > 0 ? (
                <text class="u-week__mins" x={cx} y={BASE + 2 + down + 10} text-anchor="middle">
                  {boutMin}
                </text>
              ) : null}
              <text class="u-week__label" x={cx} y={LABEL_Y} text-anchor="middle">
                {weekdayName(d.day, 'narrow', locale)}
              </text>
            </g>
          );
        })}
      </svg>
      <div class="u-sr-only">
        <table>
          <caption>{t('week_table_caption', `${week.length}`)}</caption>
          <thead>
            <tr>
              <th scope="col">{t('week_table_day')}</th>
              <th scope="col">{t('week_key_breaks')}</th>
              <th scope="col">{t('popup_stat_longest_bout')}</th>
            </tr>
          </thead>
          <tbody>
            {week.map((d) => (
              <tr key={d.day}>
                <th scope="row">
                  {d.day === todayKey ? t('popup_today') : weekdayName(d.day, 'long', locale)} (
                  {d.day})
                </th>
                <td>{d.breaks}</td>
                <td>{durationLabel(d.longestBoutMs)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
