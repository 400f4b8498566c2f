import { MANAGED_KEYS, type ManagedKey, SHARE_KEY } from './managed-policy';
import { NUMBER_BOUNDS, type Settings } from './settings';

// The Chrome build's managed_schema.json (manifest `storage.managed_schema`), written by the
// build from the same bounds as the settings schema, so the policy an administrator writes is
// checked by the browser against the limits Unsit itself applies. Chrome drops what does not
// fit before Unsit sees it; lib/managed-policy.ts parses what it gets again all the same.
// Firefox has no such file: it hands over policies.json's `3rdparty` object as it is.

type Property = Record<string, unknown> & { type: string; description: string };

const integer = (min: number, max: number, description: string): Property => ({
  type: 'integer',
  minimum: min,
  maximum: max,
  description,
});
const boolean = (description: string): Property => ({ type: 'boolean', description });

const NUMBER_TEXT: Record<keyof typeof NUMBER_BOUNDS, string> = {
  intervalMin: 'Minutes of sitting before a reminder.',
  naturalBreakMin: 'Minutes away from the keyboard that count as a break.',
  snoozeMin: 'Minutes a snooze puts a reminder off.',
  dailyGoal: 'Breaks a day that make a goal met.',
  escalateAfterMin: 'Minutes of working on after the notification before the card shows.',
  maxSnoozes: 'Snoozes allowed in a row.',
  standMaxMin: 'Minutes after which "I\'m standing" ends by itself.',
  standMin: 'With the sit/stand rhythm: minutes of standing before a nudge to sit again.',
};

const numbers = Object.fromEntries(
  (Object.keys(NUMBER_BOUNDS) as (keyof typeof NUMBER_BOUNDS)[]).map((key) => [
    key,
    integer(NUMBER_BOUNDS[key].min, NUMBER_BOUNDS[key].max, NUMBER_TEXT[key]),
  ]),
);

const properties: Record<ManagedKey | 'locked', Property> = {
  ...(numbers as Record<keyof typeof NUMBER_BOUNDS, Property>),
  workDays: {
    type: 'array',
    items: { type: 'integer', minimum: 0, maximum: 6 },
    description: 'Weekdays on which reminders come (0 = Sunday).',
  },
  workStartMin: integer(0, 1439, 'Working hours start, in minutes after midnight (540 = 09:00).'),
  workEndMin: integer(1, 1440, 'Working hours end, in minutes after midnight (1440 = midnight).'),
  badgeMode: {
    type: 'string',
    enum: ['breaks', 'bout'] satisfies Settings['badgeMode'][],
    description: 'What the toolbar badge counts.',
  },
  notifications: boolean('Show a system notification with a reminder.'),
  allowFloor: boolean('Offer floor moves in routines.'),
  sound: boolean('A soft chime between routine steps.'),
  speech: {
    type: 'string',
    enum: ['ask', 'on', 'off'] satisfies Settings['speech'][],
    description: 'Spoken guidance in routines: ask once, always on, or off.',
  },
  overlay: boolean('Show the reminder card over the current page.'),
  standRhythm: boolean('The sit/stand rhythm: remind to stand, and to sit again.'),
  holdInMeetings: boolean('Hold reminders during video calls and fullscreen.'),
  meetingHosts: {
    type: 'array',
    items: { type: 'string' },
    description: 'Meeting sites recognised by host name, such as meet.example.com.',
  },
  [SHARE_KEY]: boolean('Show stats from all my devices (through the browser sync).'),
  locked: {
    type: 'array',
    items: { type: 'string', enum: [...MANAGED_KEYS] },
    description: 'Settings the user cannot change.',
  },
};

/** The JSON schema Chrome checks Unsit's policy against (its subset of JSON Schema). */
export function managedSchema(): { type: 'object'; properties: Record<string, Property> } {
  return { type: 'object', properties };
}
