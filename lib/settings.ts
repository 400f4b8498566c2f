import type { Translate } from './i18n';
import { DEFAULT_MEETING_HOSTS } from './meetings';
import { parseFieldByField } from './safe-object';
import { z } from './zod';

// User settings. The schema shape is the single source of the type, the limits
// and (through `settingsDefaults`) the defaults. Evidence behind the defaults:
// a reminder after 30 minutes of sitting, and any absence of 3 minutes or more
// counts as a real break.

/** A whole number within bounds. */
/*@__NO_SIDE_EFFECTS__*/
const whole = (min: number, max: number) => z.int().check(z.minimum(min), z.maximum(max));

/** What was wrong with a field, in the user's language (zod's own words are not translated). */
function issueText(issue: z.core.$ZodIssue, t: Translate): string {
  if (issue.code === 'unrecognized_keys') return t('settings_unknown_field', issue.keys.join(', '));
  const bounds = NUMBER_BOUNDS[issue.path[0] as keyof typeof NUMBER_BOUNDS];
  return bounds
    ? t('options_number_invalid', `${bounds.min}`, `${bounds.max}`)
    : t('settings_value_invalid');
}

/**
 * The bounds of the number settings a user types, as data: the schema below is built from them
 * and the options form sets its inputs' `min` and `max` from the same table.
 */
export const NUMBER_BOUNDS = {
  intervalMin: { min: 10, max: 120 },
  naturalBreakMin: { min: 1, max: 30 },
  snoozeMin: { min: 1, max: 30 },
  dailyGoal: { min: 1, max: 24 },
  escalateAfterMin: { min: 0, max: 30 },
  maxSnoozes: { min: 0, max: 5 },
  standMaxMin: { min: 15, max: 240 },
  standMin: { min: 5, max: 60 },
} as const;
const bounded = (key: keyof typeof NUMBER_BOUNDS) =>
  whole(NUMBER_BOUNDS[key].min, NUMBER_BOUNDS[key].max);

export const settingsShape = {
  /** Minutes of sitting before a reminder. */
  intervalMin: bounded('intervalMin'),
  /** An absence at least this long ends the bout and counts as a natural break. */
  naturalBreakMin: bounded('naturalBreakMin'),
  /** How far "snooze" postpones a due reminder. */
  snoozeMin: bounded('snoozeMin'),
  /** Local weekdays on which reminders may fire (0 = Sunday). Tracking goes on every day. */
  workDays: /* @__PURE__ */ z.array(whole(0, 6)).check(z.maxLength(7)),
  /** Working hours as minutes after local midnight, start inclusive, end exclusive. */
  workStartMin: whole(0, 1439),
  workEndMin: whole(1, 1440),
  /** What the toolbar badge counts: breaks taken today, or minutes in the current bout. */
  badgeMode: z.enum(['breaks', 'bout']),
  /** System notifications as one of the reminder channels (the badge always shows). */
  notifications: z.boolean(),
  /** Breaks a day that make a "goal met" day. */
  dailyGoal: bounded('dailyGoal'),
  /** Floor moves (glute bridge) only when the user allows them: office-friendly by default. */
  allowFloor: z.boolean(),
  /** A soft chime between routine steps. */
  sound: z.boolean(),
  /**
   * Spoken guidance in routines (step, side, "switch sides", "last five seconds"). `ask` until
   * the user has heard it once and chosen: only then is it on by default.
   */
  speech: z.enum(['ask', 'on', 'off']),
  /** Show the reminder card over the current page (needs the optional site permission). */
  overlay: z.boolean(),
  /** Minutes of working on after the notification before the card appears. */
  escalateAfterMin: bounded('escalateAfterMin'),
  /** Snoozes allowed in a row; after that: the routine, "I stood up", or skip. */
  maxSnoozes: bounded('maxSnoozes'),
  /** "I'm standing" ends by itself after this long, in case the user sat down without saying so. */
  standMaxMin: bounded('standMaxMin'),
  /** The sit/stand rhythm (opt-in): the reminder asks to stand, and a nudge to sit again follows. */
  standRhythm: z.boolean(),
  /** With the rhythm on: minutes of standing before the nudge to sit again. */
  standMin: bounded('standMin'),
  /** Hold reminders (badge only) during video calls and while a window is fullscreen. */
  holdInMeetings: z.boolean(),
  /** Meeting apps recognised by address (needs their optional site permission). */
  meetingHosts: /* @__PURE__ */ z
    .array(
      /* @__PURE__ */ z
        .string()
        .check(
          z.trim(),
          z.regex(
            /^(\*\.)?[a-z0-9-]+(\.[a-z0-9-]+)+$/i,
            'Use a host name such as meet.example.com or *.example.com',
          ),
        ),
    )
    .check(z.maxLength(30)),
} satisfies Record<string, z.ZodMiniType>;

export const settingsSchema = z.object(settingsShape);
/** Updates from the UI: a subset of the fields, and nothing else (built on the first update). */
let settingsPatchSchema: z.ZodMiniType<Partial<Settings>> | undefined;
export type Settings = z.infer<typeof settingsSchema>;

/** Freezes a plain value all the way down, so shared defaults cannot be changed through a reference. */
function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object') {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

export const settingsDefaults: Settings = deepFreeze({
  intervalMin: 30,
  naturalBreakMin: 3,
  snoozeMin: 5,
  workDays: [0, 1, 2, 3, 4, 5, 6],
  workStartMin: 0,
  workEndMin: 1440,
  badgeMode: 'breaks',
  notifications: true,
  dailyGoal: 6,
  allowFloor: false,
  sound: false,
  speech: 'ask',
  overlay: true,
  escalateAfterMin: 5,
  maxSnoozes: 2,
  standMaxMin: 60,
  standRhythm: false,
  standMin: 15,
  holdInMeetings: true,
  meetingHosts: [...DEFAULT_MEETING_HOSTS],
});

/** Reads settings of any shape or age without throwing; bad fields fall back to defaults. */
export function parseSettings(raw: unknown): Settings {
  // A copy of the defaults: the caller owns the result, arrays included, and may change it.
  const settings = parseFieldByField(settingsShape, structuredClone(settingsDefaults), raw);
  settings.workDays = [...new Set(settings.workDays)].sort((a, b) => a - b);
  // Working hours are only meaningful as a pair: an inverted window falls back whole.
  if (settings.workStartMin >= settings.workEndMin) {
    settings.workStartMin = settingsDefaults.workStartMin;
    settings.workEndMin = settingsDefaults.workEndMin;
  }
  return settings;
}

/**
 * Validates a partial update from the UI. Unlike `parseSettings` this reports
 * errors instead of repairing them, so the user sees what was wrong.
 *
 * The pages check each field before sending (a number's range, a host name's shape), so
 * the schema's own messages are a developer's backstop and stay English; the rule that
 * spans two fields, working hours in order, is the one a user can meet here, so it is
 * worded with `t` in the user's language.
 */
export function validateSettingsPatch(
  current: Settings,
  patch: unknown,
  t: Translate,
): { ok: true; settings: Settings } | { ok: false; errors: Record<string, string> } {
  settingsPatchSchema ??= z.partial(z.strictObject(settingsShape));
  const parsed = settingsPatchSchema.safeParse(patch);
  if (!parsed.success) {
    const errors: Record<string, string> = {};
    for (const issue of parsed.error.issues) {
      const field = issue.path.length > 0 ? issue.path.join('.') : 'settings';
      errors[field] ??= issueText(issue, t);
    }
    return { ok: false, errors };
  }
  const next = { ...current, ...parsed.data };
  if (next.workStartMin >= next.workEndMin) {
    return { ok: false, errors: { workEndMin: t('settings_hours_order') } };
  }
  return { ok: true, settings: parseSettings(next) };
}
