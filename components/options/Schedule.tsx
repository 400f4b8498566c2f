import { useState } from 'preact/hooks';
import type { Settings } from '../../lib/settings';
import { t, tn } from '../../platform/i18n';
import { minutesToTimeValue, timeValueToMinutes, weekdayNames, weekOrder } from '../shared/format';
import { type FieldMessage, Message } from './fields';

// When reminders may come: the working days and the working hours.

/** Working hours used when "All day" is switched off. */
const DEFAULT_HOURS = { workStartMin: 9 * 60, workEndMin: 17 * 60 };

export function WorkDays(props: {
  settings: Settings;
  message: FieldMessage;
  onChange: (days: number[]) => void;
}) {
  const names = weekdayNames('long');
  const selected = new Set(props.settings.workDays);
  const toggle = (day: number, on: boolean) => {
    const next = new Set(selected);
    if (on) next.add(day);
    else next.delete(day);
    props.onChange([...next].sort((a, b) => a - b));
  };
  return (
    <fieldset class="field fieldset" aria-describedby="workDays-help workDays-msg">
      <legend class="field__label">{t('options_work_days_label')}</legend>
      <div class="days">
        {weekOrder().map((day) => (
          <label class="day" key={day}>
            <input
              type="checkbox"
              class="check"
              checked={selected.has(day)}
              onChange={(e) => toggle(day, e.currentTarget.checked)}
            />
            <span>{names[day]}</span>
          </label>
        ))}
      </div>
      <p class="field__help" id="workDays-help">
        {selected.size === 0 ? t('options_no_work_days') : tn('options_work_days', selected.size)}
      </p>
      <Message id="workDays-msg" message={props.message} />
    </fieldset>
  );
}

export function WorkHours(props: {
  settings: Settings;
  message: FieldMessage;
  onSave: (patch: Pick<Settings, 'workStartMin' | 'workEndMin'>) => void;
  onInvalid: (text: string) => void;
}) {
  const { workStartMin, workEndMin } = props.settings;
  const allDay = workStartMin === 0 && workEndMin === 1440;
  const [start, setStart] = useState(minutesToTimeValue(workStartMin));
  const [end, setEnd] = useState(minutesToTimeValue(workEndMin));
  // Saved hours from outside replace the drafts (during render: see NumberField).
  const [shown, setShown] = useState(`${workStartMin}-${workEndMin}`);
  if (shown !== `${workStartMin}-${workEndMin}`) {
    setShown(`${workStartMin}-${workEndMin}`);
    setStart(minutesToTimeValue(workStartMin));
    setEnd(minutesToTimeValue(workEndMin));
  }

  const commit = (nextStart: string, nextEnd: string) => {
    const s = timeValueToMinutes(nextStart);
    const e = timeValueToMinutes(nextEnd);
    if (s === null || e === null) {
      props.onInvalid(t('options_hours_invalid'));
      return;
    }
    // The end is exclusive, so midnight as an end time means the end of the day.
    const endMin = e === 0 ? 1440 : e;
    if (s === workStartMin && endMin === workEndMin) return;
    props.onSave({ workStartMin: s, workEndMin: endMin });
  };
  const invalid = props.message?.kind === 'error';

  return (
    <fieldset class="field fieldset" aria-describedby="hours-help hours-msg">
      <legend class="field__label">{t('options_hours_label')}</legend>
      <label class="choice">
        <input
          type="checkbox"
          class="check"
          checked={allDay}
          onChange={(e) =>
            props.onSave(
              e.currentTarget.checked ? { workStartMin: 0, workEndMin: 1440 } : DEFAULT_HOURS,
            )
          }
        />
        <span>{t('options_all_day')}</span>
      </label>
      {allDay ? null : (
        <div class="hours">
          <TimeInput
            label={t('options_hours_from')}
            value={start}
            invalid={invalid}
            onInput={setStart}
            onCommit={(value) => commit(value, end)}
          />
          <TimeInput
            label={t('options_hours_to')}
            value={end}
            invalid={invalid}
            onInput={setEnd}
            onCommit={(value) => commit(start, value)}
          />
        </div>
      )}
      <p class="field__help" id="hours-help">
        {allDay ? t('options_hours_all_day_help') : t('options_hours_help')}
      </p>
      <Message id="hours-msg" message={props.message} />
    </fieldset>
  );
}

/** One end of the working hours: a time input that commits on Enter or on leaving it. */
function TimeInput(props: {
  label: string;
  value: string;
  invalid: boolean;
  onInput: (value: string) => void;
  onCommit: (value: string) => void;
}) {
  return (
    <label class="hours__item">
      <span class="hours__label">{props.label}</span>
      <input
        type="time"
        class="input"
        value={props.value}
        required
        aria-invalid={props.invalid}
        onInput={(e) => props.onInput(e.currentTarget.value)}
        onBlur={(e) => props.onCommit(e.currentTarget.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') props.onCommit(e.currentTarget.value);
        }}
      />
    </label>
  );
}
