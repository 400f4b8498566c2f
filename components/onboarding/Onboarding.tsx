import { useEffect, useRef, useState } from 'preact/hooks';
import type { Status } from '../../lib/messages';
import { emptyCounts } from '../../lib/routines/rotation';
import { settingsDefaults } from '../../lib/settings';
import { request } from '../../platform/api';
import { t, tn } from '../../platform/i18n';
import { Button } from '../shared/Button';
import { errorText, LiveNotice, type Notice } from '../shared/notice';
import { openOptions } from '../shared/open-options';
import { type ActiveRun, RoutineRun, type RunOutcome, startRun } from '../shared/RoutineRun';
import { SafetyLines } from '../shared/SafetyLines';
import { SitePermission } from '../shared/SitePermission';
import { playerSpeed } from '../shared/speed';
import { SpeechSample } from './SpeechSample';

// The first page after install: what Unsit does, how to move safely, the
// site permission, and the 2-minute routine to try right away.

export function Onboarding() {
  const [status, setStatus] = useState<Status | null>(null);
  const [run, setRun] = useState<ActiveRun | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [tried, setTried] = useState(false);
  const tryButton = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);

  useEffect(() => {
    request('getStatus').then(setStatus, (e: unknown) =>
      setNotice({ tone: 'error', text: errorText(e) }),
    );
  }, []);

  useEffect(() => {
    if (!run && returnFocus.current) {
      returnFocus.current = false;
      tryButton.current?.focus();
    }
  }, [run]);

  const start = () => {
    setNotice(null);
    try {
      setRun(
        startRun('two-minute', status ?? { settings: settingsDefaults, rotation: emptyCounts }),
      );
    } catch (e) {
      setNotice({ tone: 'error', text: errorText(e) });
    }
  };

  const ended = ({ result, status: next, error }: RunOutcome) => {
    setRun(null);
    returnFocus.current = true;
    if (next) setStatus(next);
    if (error) {
      setNotice({ tone: 'error', text: t('common_record_failed', error) });
      return;
    }
    setTried(true);
    if (result.completed && next) {
      setNotice({
        tone: 'success',
        text: t('onboarding_done', `${next.view.breaksToday}`),
      });
    } else if (result.stoppedForPain) {
      setNotice({
        tone: 'info',
        text: t('onboarding_stopped_pain'),
      });
    } else {
      setNotice({ tone: 'info', text: t('common_stopped_early') });
    }
  };

  const interval = status?.settings.intervalMin ?? settingsDefaults.intervalMin;

  if (run) return <Running run={run} status={status} onEnd={ended} />;

  return (
    <main class="welcome">
      <header class="hero">
        <img class="hero__logo" src="/icon/128.png" alt="" width={64} height={64} />
        <h1 class="hero__title">{t('onboarding_title')}</h1>
        <div class="hero__text">
          <p>{t('onboarding_intro_1')}</p>
          <p>{tn('onboarding_intro_2', interval)}</p>
          <p>{t('onboarding_intro_3')}</p>
        </div>
      </header>

      <LiveNotice notice={notice} />

      <section class="card try" aria-labelledby="safety-title">
        <h2 class="card__title" id="safety-title">
          {t('onboarding_safety_title')}
        </h2>
        <SafetyLines />
        <div class="try__cta">
          <Button ref={tryButton} variant="primary" size="large" onClick={start}>
            {tried ? t('onboarding_try_again') : t('onboarding_try')}
          </Button>
          <p class="try__note">{t('onboarding_try_note')}</p>
        </div>
      </section>

      <SpeechSample onSaved={setStatus} />

      <SitePermission class="card" />

      <section class="card next" aria-labelledby="next-title">
        <h2 class="card__title" id="next-title">
          {t('onboarding_next_title')}
        </h2>
        <ul class="next__list">
          <li>{t('onboarding_next_pin')}</li>
          <li>{t('onboarding_next_click')}</li>
          <li>{t('onboarding_next_settings')}</li>
        </ul>
        <div>
          <Button onClick={() => openOptions((text) => setNotice({ tone: 'error', text }))}>
            {t('onboarding_open_settings')}
          </Button>
        </div>
      </section>
    </main>
  );
}

/** The routine tried from onboarding, in the page's own large player. */
function Running(props: {
  run: ActiveRun;
  status: Status | null;
  onEnd: (outcome: RunOutcome) => void;
}) {
  const settings = props.status?.settings ?? settingsDefaults;
  return (
    <main class="welcome welcome--running">
      <div class="welcome__player">
        <RoutineRun
          run={props.run}
          speed={playerSpeed()}
          sound={settings.sound}
          speech={settings.speech}
          glance
          onEnd={props.onEnd}
        />
      </div>
    </main>
  );
}
