import type { ClockModel } from './clock/model';
import type { ClockView } from './clock/view';
import type { Status } from './messages';
import type { Rotation } from './routines/rotation';
import type { Settings } from './settings';
import { recentDays, streak } from './stats';

// The protocol's Status, built here rather than in stats.ts: the protocol (messages.ts) names
// the stats' types, so stats.ts must not need the protocol back.

/** What the popup and the reminder card show, from the state one wake-up ended with. */
export function statusOf({
  view,
  settings,
  model,
  rotation,
}: {
  view: ClockView;
  settings: Settings;
  model: ClockModel;
  rotation: Rotation;
}): Status {
  return {
    view,
    settings,
    week: recentDays(model.days, view.now),
    streak: streak(model.days, settings.dailyGoal, view.now),
    rotation: rotation.counts,
  };
}
