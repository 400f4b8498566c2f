import { useEffect, useRef, useState } from 'preact/hooks';
import type { Status } from '../../lib/messages';
import { settingsDefaults } from '../../lib/settings';
import { request } from '../api';
import { Button } from '../shared/Button';
import { plural } from '../shared/format';
import { errorText, LiveNotice, type Notice } from '../shared/notice';
import { openOptions } from '../shared/open-options';
import { type ActiveRun, RoutineRun, type RunOutcome, startRun } from '../shared/RoutineRun';
import { SafetyLines } from '../shared/SafetyLines';
import { SitePermission } from '../shared/SitePermission';
import { playerSpeed } from '../shared/speed';

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
      setRun(startRun('two-minute', status ?? { settings: settingsDefaults, rotation: 0 }));
    } catch (e) {
      setNotice({ tone: 'error', text: errorText(e) });
    }
  };

  const ended = ({ result, status: next, error }: RunOutcome) => {
    setRun(null);
    returnFocus.current = true;
    if (next) setStatus(next);
    if (error) {
      setNotice({ tone: 'error', text: `Your break could not be recorded: ${error}` });
      return;
    }
    setTried(true);
    if (result.completed && next) {
      setNotice({
        tone: 'success',
        text: `Break recorded — ${next.view.breaksToday} today. That’s the whole routine: you’re all set.`,
      });
    } else if (result.stoppedForPain) {
      setNotice({
        tone: 'info',
        text: 'Stopped. Skip any move that hurts, and see the safety notes below.',
      });
    } else {
      setNotice({ tone: 'info', text: 'Stopped early. Counted as a partial break.' });
    }
  };

  const interval = status?.settings.intervalMin ?? settingsDefaults.intervalMin;

  if (run) {
    return (
      <main class="welcome welcome--running">
        <div class="welcome__player">
          <RoutineRun
            run={run}
            speed={playerSpeed()}
            sound={status?.settings.sound ?? settingsDefaults.sound}
            onEnd={ended}
          />
        </div>
      </main>
    );
  }

  return (
    <main class="welcome">
      <header class="hero">
        <img class="hero__logo" src="/icon/128.png" alt="" width={64} height={64} />
        <h1 class="hero__title">Welcome to Unsit</h1>
        <div class="hero__text">
          <p>Unsit keeps track of how long you sit at your computer.</p>
          <p>
            After {plural(interval, 'minute', 'minutes')} of sitting it reminds you to stand up,
            with a 2‑minute routine that opens your hips, wakes up your glutes and resets your
            posture.
          </p>
          <p>It keeps honest stats of your breaks, and they stay in this browser.</p>
        </div>
      </header>

      <LiveNotice notice={notice} />

      <section class="card try" aria-labelledby="safety-title">
        <h2 class="card__title" id="safety-title">
          Before you move
        </h2>
        <SafetyLines />
        <div class="try__cta">
          <Button ref={tryButton} variant="primary" size="large" onClick={start}>
            {tried ? 'Try it again' : 'Try the 2-minute routine now'}
          </Button>
          <p class="try__note">
            Next to your desk, in what you’re wearing. No floor, no equipment.
          </p>
        </div>
      </section>

      <SitePermission class="card" />

      <section class="card next" aria-labelledby="next-title">
        <h2 class="card__title" id="next-title">
          Make it yours
        </h2>
        <ul class="next__list">
          <li>Pin Unsit to your toolbar: its badge shows your breaks today.</li>
          <li>Click the icon any time for a routine, a posture check or your week.</li>
          <li>Set your working hours, the reminder interval and a daily goal in the settings.</li>
        </ul>
        <div>
          <Button onClick={() => openOptions((text) => setNotice({ tone: 'error', text }))}>
            Open settings
          </Button>
        </div>
      </section>
    </main>
  );
}
