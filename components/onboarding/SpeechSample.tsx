import { useMemo, useState } from 'preact/hooks';
import type { Status } from '../../lib/messages';
import { buildRoutine } from '../../lib/routines/builder';
import { sampleText } from '../../lib/speech-script';
import { request } from '../../platform/api';
import { t, uiLocale, words } from '../../platform/i18n';
import { browserSpeechEngine, type SpeechEngine } from '../player/speaker';
import { Button } from '../shared/Button';
import { errorText, LiveNotice, type Notice } from '../shared/notice';

// Spoken guidance is on by default only once the user has heard it: onboarding plays a sample
// (the 2-minute routine's first step, as the player says it), then asks whether to keep it on.

export function SpeechSample(props: {
  /** Injected in tests; default the browser's speech synthesis. */
  engine?: SpeechEngine | null;
  /** The state after the choice was saved, so a routine tried next starts with it. */
  onSaved?: (status: Status) => void;
}) {
  const engine = useMemo(
    () => (props.engine === undefined ? browserSpeechEngine() : props.engine),
    [],
  );
  const [heard, setHeard] = useState(false);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<Notice | null>(null);
  // A page that cannot speak has nothing to offer here.
  if (engine === null) return null;

  const play = () => {
    const routine = buildRoutine('two-minute', { allowFloor: false, rotationIndex: 0 });
    engine.cancel();
    engine.speak(sampleText(routine, words), uiLocale());
    setHeard(true);
    setNotice(null);
  };
  const keep = async (on: boolean) => {
    setBusy(true);
    try {
      const status = await request('updateSettings', { patch: { speech: on ? 'on' : 'off' } });
      props.onSaved?.(status);
      setNotice({
        tone: 'success',
        text: on ? t('onboarding_speech_kept_on') : t('onboarding_speech_kept_off'),
      });
      setHeard(false);
    } catch (e) {
      setNotice({ tone: 'error', text: errorText(e) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="card speech" aria-labelledby="speech-title">
      <h2 class="card__title" id="speech-title">
        {t('onboarding_speech_title')}
      </h2>
      <p>{t('onboarding_speech_text')}</p>
      <div class="speech__actions">
        <Button onClick={play}>{t('onboarding_speech_sample')}</Button>
      </div>
      {heard && (
        <fieldset class="speech__keep">
          <legend>{t('onboarding_speech_keep')}</legend>
          <div class="speech__actions">
            <Button variant="primary" disabled={busy} onClick={() => void keep(true)}>
              {t('onboarding_speech_yes')}
            </Button>
            <Button disabled={busy} onClick={() => void keep(false)}>
              {t('onboarding_speech_no')}
            </Button>
          </div>
        </fieldset>
      )}
      <LiveNotice notice={notice} />
    </section>
  );
}
