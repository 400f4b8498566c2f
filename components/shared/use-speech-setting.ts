import { useState } from 'preact/hooks';
import type { Settings } from '../../lib/settings';
import { request } from '../../platform/api';

type Speech = Settings['speech'];

/** Asked before the player speaks: the background knows whether a call is going on. */
export const inMeeting = (): Promise<boolean> => request('inMeeting');

/**
 * The speech setting as a routine host holds it: the player's offer and speaker button change it
 * at once, and it is saved for the next routine. A change the background refuses (a setting the
 * organisation locks) goes back to what it was.
 */
export function useSpeechSetting(initial: Speech): [Speech, (next: 'on' | 'off') => void] {
  const [speech, setSpeech] = useState<Speech>(initial);
  const change = (next: 'on' | 'off') => {
    const before = speech;
    setSpeech(next);
    request('updateSettings', { patch: { speech: next } }).catch(() => setSpeech(before));
  };
  return [speech, change];
}
