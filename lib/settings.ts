import { z } from 'zod';
import { parseFieldByField } from './safe-object';

// User settings. The zod shape is the single source of the type, the limits
// and (through `settingsDefaults`) the defaults. Evidence behind the defaults:
// a reminder after 30 minutes of sitting, and any absence of 3 minutes or more
// counts as a real break.

export const settingsShape = {
  /** Minutes of sitting before a reminder. */
  intervalMin: z.number().int().min(10).max(120),
  /** An absence at least this long ends the bout and counts as a natural break. */
  naturalBreakMin: z.number().int().min(1).max(30),
  /** How far "snooze" postpones a due reminder. */
  snoozeMin: z.number().int().min(1).max(30),
  /** Local weekdays on which reminders may fire (0 = Sunday). Tracking goes on every day. */
  workDays: z.array(z.number().int().min(0).max(6)).max(7),
  /** Working hours as minutes after local midnight, start inclusive, end exclusive. */
  workStartMin: z.number().int().min(0).max(1439),
  workEndMin: z.number().int().min(1).max(1440),
  /** What the toolbar badge counts: breaks taken today, or minutes in the current bout. */
  badgeMode: z.enum(['breaks', 'bout']),
  /** System notifications as one of the reminder channels (the badge always shows). */
  notifications: z.boolean(),
  /** Breaks a day that make a "goal met" day. */
  dailyGoal: z.number().int().min(1).max(24),
  /** Floor moves (glute bridge) only when the user allows them: office-friendly by default. */
  allowFloor: z.boolean(),
  /** A soft chime between routine steps. */
  sound: z.boolean(),
  /** Show the reminder card over the current page (needs the optional site permission). */
  overlay: z.boolean(),
} satisfies Record<string, z.ZodType>;

export const settingsSchema = z.object(settingsShape);
export type Settings = z.infer<typeof settingsSchema>;

export const settingsDefaults: Settings = Object.freeze({
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
  overlay: true,
});

/** Reads settings of any shape or age without throwing; bad fields fall back to defaults. */
export function parseSettings(raw: unknown): Settings {
  const settings = parseFieldByField(settingsShape, settingsDefaults, raw);
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
 */
export function validateSettingsPatch(
  current: Settings,
  patch: unknown,
): { ok: true; settings: Settings } | { ok: false; errors: Record<string, string> } {
  const parsed = settingsSchema.partial().strict().safeParse(patch);
  if (!parsed.success) {
    const errors: Record<string, string> = {};
    for (const issue of parsed.error.issues) {
      const field = issue.path.length > 0 ? issue.path.join('.') : 'settings';
      errors[field] ??= issue.message;
    }
    return { ok: false, errors };
  }
  const next = { ...current, ...parsed.data };
  if (next.workStartMin >= next.workEndMin) {
    return { ok: false, errors: { workEndMin: 'Working hours must end after they start.' } };
  }
  return { ok: true, settings: parseSettings(next) };
}
