import type { Activity } from '../lib/clock/state';
import { passivelyPresent } from '../lib/meetings';
import type { Settings } from '../lib/settings';
import { browserActivity } from './browser-activity';

/**
 * The idle API knows only about input. Someone in a call, or watching a
 * video in the focused window, gives no input and is still sitting: for the
 * clock that is `active`. A locked screen is always an absence.
 */
export async function presence(state: Activity, settings: Settings): Promise<Activity> {
  if (state !== 'idle') return state;
  return passivelyPresent(await browserActivity(settings)) ? 'active' : 'idle';
}
