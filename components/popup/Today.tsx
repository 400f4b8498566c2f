import { wholeMinutes } from '../../lib/format';
import type { Status } from '../../lib/messages';
import type { AllDevices } from '../../lib/sync/all-devices';
import { t, tn } from '../../platform/i18n';
import { hoursMinutes } from '../shared/format';

/** Today's figures (this device's, or all devices' when `all` is given). */
export function Today({ status, all }: { status: Status; all: AllDevices | undefined }) {
  const { view, settings } = status;
  const shown = all ?? { ...status, ...view };
  // Standing is this device's own figure (sync carries no standing): shown beside active time
  // once the user has stood today, and not in the all-devices sum.
  const standingMs = all ? 0 : view.today.standingMs;
  const standing =
    !all && (view.standingSince !== null || standingMs >= 60_000)
      ? t('popup_stat_standing', hoursMinutes(standingMs))
      : undefined;
  return (
    <>
      <dl class="stats">
        <Stat
          label={t('popup_stat_breaks')}
          value={shown.breaksToday}
          unit={t('popup_stat_of_goal', `${settings.dailyGoal}`)}
          met={shown.breaksToday >= settings.dailyGoal}
        />
        <Stat label={t('popup_stat_skipped')} value={shown.today.skipped} />
        <Stat
          label={t('popup_stat_longest_bout')}
          value={wholeMinutes(shown.today.longestBoutMs)}
          unit={t('common_min')}
        />
        <Stat label={t('popup_stat_long_bouts')} value={shown.today.longBouts} />
        <Stat
          label={t('popup_stat_active_time')}
          value={hoursMinutes(shown.today.activeMs)}
          extra={standing}
        />
        <Stat
          label={t('popup_stat_streak')}
          value={shown.streak}
          unit={tn('popup_streak_days', shown.streak)}
        />
      </dl>
      {/* Routines started but not done: never a break, said beside them (this device). */}
      {!all && view.today.partial > 0 ? (
        <p class="today__note">{t('popup_not_done', `${view.today.partial}`)}</p>
      ) : null}
    </>
  );
}

/** One of today's figures: its name, the figure and, after it, its unit; a second figure below. */
function Stat(props: {
  label: string;
  value: number | string;
  unit?: string;
  met?: boolean;
  extra?: string | undefined;
}) {
  return (
    <div class={props.met ? 'stat stat--met' : 'stat'}>
      <dt>{props.label}</dt>
      {props.extra === undefined ? null : <dd class="stat__extra">{props.extra}</dd>}
      <dd>
        {props.value}
        {props.unit === undefined ? null : <span class="stat__unit"> {props.unit}</span>}
      </dd>
    </div>
  );
}
