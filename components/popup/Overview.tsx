import { useEffect, useRef, useState } from 'preact/hooks';
import type { Status } from '../../lib/messages';
import { t } from '../../platform/i18n';
import { WeekChart } from '../shared/WeekChart';
import { firstLookToday, LookBackLine, useLookBack } from './LookBack';
import { Scope, useAllDevices } from './Scope';
import { Today } from './Today';

// Today's figures and the last seven days share one place, as two tabs: both at once would
// make the popup taller than the 600 px a toolbar popup may be. The tab chosen last is
// remembered in the popup's page storage, like the device scope.

const TABS = ['today', 'week'] as const;
type Tab = (typeof TABS)[number];
const KEY = 'unsit-overview';

function useTab(): [Tab, (tab: Tab) => void, (tab: Tab) => void] {
  const [tab, setTab] = useState<Tab>('today');
  useEffect(() => setTab(localStorage.getItem(KEY) === 'week' ? 'week' : 'today'), []);
  return [
    tab,
    (next) => {
      localStorage.setItem(KEY, next);
      setTab(next);
    },
    // Shown once, without changing the tab the user chose.
    setTab,
  ];
}

export function Overview({ status }: { status: Status }) {
  const [tab, setTab, showTab] = useTab();
  const [allDevices, setAllDevices] = useAllDevices();
  // The weekly look-back is this device's: it stays out of the all-devices figures.
  const lookBack = useLookBack(status.view.now);
  useEffect(() => {
    if (lookBack && firstLookToday(status.view.now)) showTab('week');
  }, [lookBack]);
  const tabs = useRef<Record<Tab, HTMLButtonElement | null>>({ today: null, week: null });
  // "All devices" (when shared and chosen) swaps in the figures the background added up.
  const all = allDevices ? status.all : undefined;
  const labels: Record<Tab, string> = { today: t('popup_today'), week: t('popup_week_title') };

  // Arrow keys, Home and End move between the tabs (and show the one reached).
  const onKeyDown = (event: KeyboardEvent) => {
    const at = TABS.indexOf(tab);
    const to = {
      ArrowRight: at + 1,
      ArrowLeft: at - 1,
      Home: 0,
      End: TABS.length - 1,
    }[event.key];
    if (to === undefined) return;
    event.preventDefault();
    const next = TABS[(to + TABS.length) % TABS.length] ?? 'today';
    setTab(next);
    tabs.current[next]?.focus();
  };

  return (
    <section class="overview">
      <div class="overview__head">
        <div class="overview__tabs" role="tablist" onKeyDown={onKeyDown}>
          {TABS.map((name) => (
            <button
              key={name}
              ref={(el) => {
                tabs.current[name] = el;
              }}
              type="button"
              role="tab"
              id={`tab-${name}`}
              class="overview__tab"
              aria-selected={tab === name}
              aria-controls={`panel-${name}`}
              tabIndex={tab === name ? 0 : -1}
              onClick={() => setTab(name)}
            >
              {labels[name]}
            </button>
          ))}
        </div>
        {status.all ? <Scope all={allDevices} onChange={setAllDevices} /> : null}
      </div>
      <div class="overview__panels">
        <div
          class="overview__panel"
          role="tabpanel"
          id="panel-today"
          aria-labelledby="tab-today"
          hidden={tab !== 'today'}
        >
          <Today status={status} all={all} />
        </div>
        <div
          class="overview__panel"
          role="tabpanel"
          id="panel-week"
          aria-labelledby="tab-week"
          hidden={tab !== 'week'}
        >
          <WeekChart week={(all ?? status).week} goal={status.settings.dailyGoal} />
          {lookBack && !all ? <LookBackLine line={lookBack} /> : null}
        </div>
      </div>
    </section>
  );
}
