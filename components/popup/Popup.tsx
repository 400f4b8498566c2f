import { t } from '../../platform/i18n';
import { shortcutTitle } from '../../platform/shortcuts';
import { Button } from '../shared/Button';
import { LiveNotice } from '../shared/notice';
import { RoutineRun } from '../shared/RoutineRun';
import { playerSpeed } from '../shared/speed';
import { Actions } from './Actions';
import { Header } from './Header';
import { NowCard } from './NowCard';
import { Overview } from './Overview';
import { PainNote } from './PainNote';
import { type PopupState, usePopup } from './use-popup';

export { REFRESH_MS } from './use-status';

// The toolbar popup: the status first, one primary action, then today and the week. Every
// view fits the 600 px a toolbar popup may be at its 360 px width (tests/e2e/popup-fits).

export function Popup() {
  const state = usePopup();
  const { status, run } = state;
  if (run) {
    return (
      <div class="popup popup--routine">
        <RoutineRun
          run={run}
          speed={playerSpeed()}
          sound={status?.settings.sound ?? false}
          speech={status?.settings.speech ?? 'ask'}
          offerSpeech={false}
          onEnd={state.ended}
        />
      </div>
    );
  }
  return (
    <div class="popup">
      <Header onError={(text) => state.setNotice({ tone: 'error', text })} />
      <main class="popup__main">
        {!status && state.loadError ? (
          <LoadError state={state} message={state.loadError} />
        ) : (
          <Main state={state} />
        )}
      </main>
    </div>
  );
}

/** The popup, or its first paint while the status is on its way: one structure for both. */
function Main({ state }: { state: PopupState }) {
  const status = state.status;
  return (
    <>
      {status ? (
        <NowCard
          status={status}
          busy={state.busy}
          snoozeTitle={shortcutTitle(state.shortcuts, 'snooze')}
          standingTitle={shortcutTitle(state.shortcuts, 'standing')}
          onSnooze={state.snooze}
          onResume={state.resume}
          onStanding={state.setStanding}
        />
      ) : (
        <section class="now" aria-busy="true">
          <p class="now__headline">{state.starting ? t('popup_starting') : t('common_loading')}</p>
        </section>
      )}
      <div class="popup__messages">
        <LiveNotice notice={state.notice} />
      </div>
      <Actions
        primary={state.primary}
        primaryTitle={shortcutTitle(state.shortcuts, 'start-routine')}
        onPrimary={status ? () => state.begin('two-minute') : state.startWhenReady}
        more={
          status && {
            busy: state.busy,
            paused: status.view.pausedUntil !== null,
            tools: !state.painNote,
            allowFloor: status.settings.allowFloor,
            rotation: status.rotation,
            onBegin: state.begin,
            onStoodUp: state.stoodUp,
            stoodUpTitle: shortcutTitle(state.shortcuts, 'stood-up'),
            onPause: state.pause,
          }
        }
      />
      {!status ? null : state.painNote ? (
        <PainNote onClose={state.closePainNote} />
      ) : (
        <Overview status={status} />
      )}
    </>
  );
}

/** The status could not be read: why, and a way to try again. */
function LoadError({ state, message }: { state: PopupState; message: string }) {
  return (
    <>
      <div class="popup__load-error">
        <LiveNotice notice={{ tone: 'error', text: message }} />
        <Button variant="primary" onClick={state.load}>
          {t('common_try_again')}
        </Button>
      </div>
      <LiveNotice notice={state.notice} />
    </>
  );
}
