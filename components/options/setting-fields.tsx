import type { MessageKey } from '../../lib/i18n';
import { NUMBER_BOUNDS, type Settings } from '../../lib/settings';
import { t } from '../../platform/i18n';
import { CheckField, type FieldMessage, NumberField } from './fields';

// The options page's plain settings as tables: a number or a switch, its words and its bounds.
// One row per setting keeps the page's layout readable and every field wired the same way.

export type Key = keyof Settings;
/** Where a message shows: a setting, or a group of settings edited together. */
export type Slot = Key | 'hours';

/** What every field needs from the page: the saved settings, its message, saving and refusing. */
export type Form = {
  settings: Settings;
  message: (slot: Slot) => FieldMessage;
  save: (slot: Slot, patch: Partial<Settings>) => Promise<boolean>;
  invalid: (slot: Slot) => (text: string) => void;
  /** Whether the organisation's policy locks a setting. */
  locked: (key: Key) => boolean;
};

type NumberKey = keyof typeof NUMBER_BOUNDS;
const NUMBER_WORDS: Record<
  NumberKey,
  readonly [label: MessageKey, unit: MessageKey, help: MessageKey]
> = {
  intervalMin: ['options_interval_label', 'common_minutes', 'options_interval_help'],
  naturalBreakMin: ['options_natural_break_label', 'common_minutes', 'options_natural_break_help'],
  escalateAfterMin: ['options_escalate_label', 'common_minutes', 'options_escalate_help'],
  snoozeMin: ['options_snooze_label', 'common_minutes', 'options_snooze_help'],
  maxSnoozes: ['options_max_snoozes_label', 'options_max_snoozes_unit', 'options_max_snoozes_help'],
  dailyGoal: ['options_goal_label', 'options_goal_unit', 'options_goal_help'],
  standMaxMin: ['options_stand_max_label', 'common_minutes', 'options_stand_max_help'],
  standMin: ['options_stand_min_label', 'common_minutes', 'options_stand_min_help'],
};

type CheckKey =
  | 'notifications'
  | 'holdInMeetings'
  | 'overlay'
  | 'allowFloor'
  | 'sound'
  | 'standRhythm';
const CHECK_WORDS: Record<CheckKey, readonly [label: MessageKey, help: MessageKey]> = {
  notifications: ['options_notifications_label', 'options_notifications_help'],
  holdInMeetings: ['options_hold_label', 'options_hold_help'],
  overlay: ['options_overlay_label', 'options_overlay_help'],
  allowFloor: ['options_floor_label', 'options_floor_help'],
  sound: ['options_sound_label', 'options_sound_help'],
  standRhythm: ['options_stand_rhythm_label', 'options_stand_rhythm_help'],
};

/** A number setting, with its words from the table and its bounds from the schema. */
export function SettingNumber({ name, form }: { name: NumberKey; form: Form }) {
  const [label, unit, help] = NUMBER_WORDS[name];
  return (
    <NumberField
      id={name}
      label={t(label)}
      unit={t(unit)}
      help={t(help)}
      value={form.settings[name]}
      {...NUMBER_BOUNDS[name]}
      locked={form.locked(name)}
      message={form.message(name)}
      onCommit={(v) => form.save(name, { [name]: v })}
      onInvalid={form.invalid(name)}
    />
  );
}

/** An on/off setting, with its words from the table. */
export function SettingCheck({ name, form }: { name: CheckKey; form: Form }) {
  const [label, help] = CHECK_WORDS[name];
  return (
    <CheckField
      id={name}
      label={t(label)}
      help={t(help)}
      checked={form.settings[name]}
      locked={form.locked(name)}
      message={form.message(name)}
      onChange={(v) => form.save(name, { [name]: v })}
    />
  );
}
