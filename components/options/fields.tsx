import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { MessageKey } from '../../lib/i18n';
import { t } from '../../platform/i18n';

// Labelled form controls for the options page. Each shows its own help text
// and its own message ("Saved", or why a value was not saved), tied to the
// control with aria-describedby so screen readers read them together.

export type FieldMessage = { kind: 'saving' | 'saved' | 'error'; text: string } | null;

export function Message({ id, message }: { id: string; message: FieldMessage }) {
  return (
    <p
      id={id}
      class={`field__msg${message ? ` field__msg--${message.kind}` : ''}`}
      role="status"
      aria-live="polite"
    >
      {message ? message.text : null}
    </p>
  );
}

/** "Set by your organisation", under a setting the policy locks; its id describes the field. */
function LockedNote({ id, locked }: { id: string; locked: boolean | undefined }) {
  return locked ? (
    <p class="field__locked" id={`${id}-locked`}>
      {t('managed_locked')}
    </p>
  ) : null;
}

/**
 * A group of controls (a fieldset of days, the working hours, the meeting sites) that the
 * policy locks: every control inside is disabled, and the reason describes the group.
 */
export function LockedGroup(props: { id: string; locked: boolean; children: ComponentChildren }) {
  if (!props.locked) return <>{props.children}</>;
  return (
    <fieldset class="locked" disabled aria-describedby={`${props.id}-locked`}>
      <LockedNote id={props.id} locked />
      {props.children}
    </fieldset>
  );
}

const describedBy = (...ids: (string | false | undefined)[]) =>
  ids.filter((id): id is string => typeof id === 'string').join(' ') || undefined;

export type NumberFieldProps = {
  id: string;
  label: string;
  help: string;
  unit: string;
  value: number;
  min: number;
  max: number;
  message: FieldMessage;
  /** Set by the organisation's policy: shown, not editable. */
  locked?: boolean;
  /** A whole number within the limits, entered by the user. */
  onCommit: (value: number) => void;
  /** A value that is not a whole number within the limits. */
  onInvalid: (text: string) => void;
};

/** A whole number with limits; commits on change (Enter or leaving the field). */
export function NumberField(props: NumberFieldProps) {
  const { id, value } = props;
  const [draft, setDraft] = useState(String(value));
  // A new saved value from outside replaces the draft (set during render, not in an
  // effect, so a late effect can never overwrite what the user is typing).
  const [shown, setShown] = useState(value);
  if (shown !== value) {
    setShown(value);
    setDraft(String(value));
  }
  const invalid = props.message?.kind === 'error';

  const commit = (raw: string) => {
    const text = raw.trim();
    const n = Number(text);
    if (text === '' || !Number.isInteger(n) || n < props.min || n > props.max) {
      props.onInvalid(t('options_number_invalid', `${props.min}`, `${props.max}`));
      return;
    }
    if (n !== value) props.onCommit(n);
  };

  return (
    <div class="field field--number">
      <label class="field__label" for={id}>
        {props.label}
      </label>
      <div class="field__control">
        <input
          id={id}
          class="input input--number"
          type="number"
          inputMode="numeric"
          min={props.min}
          max={props.max}
          step={1}
          value={draft}
          disabled={props.locked}
          aria-invalid={invalid}
          aria-describedby={describedBy(props.locked && `${id}-locked`, `${id}-help`, `${id}-msg`)}
          onInput={(e) => setDraft(e.currentTarget.value)}
          onChange={(e) => commit(e.currentTarget.value)}
        />
        <span class="field__unit">{props.unit}</span>
      </div>
      <LockedNote id={id} locked={props.locked} />
      <p class="field__help" id={`${id}-help`}>
        {props.help}{' '}
        <span class="field__range">
          ({props.min}–{props.max})
        </span>
      </p>
      <Message id={`${id}-msg`} message={props.message} />
    </div>
  );
}

export type TextFieldProps = {
  id: string;
  label: string;
  help: string;
  value: string;
  maxLength: number;
  message: FieldMessage;
  /** The trimmed text, when it differs from `value` (it may be empty). */
  onCommit: (value: string) => void;
};

/** A line of text; commits on change (Enter or leaving the field). */
export function TextField(props: TextFieldProps) {
  const { id, value } = props;
  const [draft, setDraft] = useState(value);
  // As in NumberField: a new saved value replaces the draft, set during render.
  const [shown, setShown] = useState(value);
  if (shown !== value) {
    setShown(value);
    setDraft(value);
  }
  const commit = (raw: string) => {
    const text = raw.trim();
    if (text !== value) props.onCommit(text);
    else setDraft(value);
  };

  return (
    <div class="field field--text">
      <label class="field__label" for={id}>
        {props.label}
      </label>
      <input
        id={id}
        class="input input--text"
        type="text"
        maxLength={props.maxLength}
        value={draft}
        aria-invalid={props.message?.kind === 'error'}
        aria-describedby={describedBy(`${id}-help`, `${id}-msg`)}
        onInput={(e) => setDraft(e.currentTarget.value)}
        onChange={(e) => commit(e.currentTarget.value)}
      />
      <p class="field__help" id={`${id}-help`}>
        {props.help}
      </p>
      <Message id={`${id}-msg`} message={props.message} />
    </div>
  );
}

export type CheckFieldProps = {
  id: string;
  label: string;
  help?: string;
  checked: boolean;
  disabled?: boolean;
  /** Set by the organisation's policy: shown, not editable. */
  locked?: boolean;
  message: FieldMessage;
  onChange: (checked: boolean) => void;
};

export function CheckField(props: CheckFieldProps) {
  const { id } = props;
  return (
    <div class="field field--check">
      <input
        id={id}
        class="check"
        type="checkbox"
        checked={props.checked}
        disabled={props.disabled || props.locked}
        aria-invalid={props.message?.kind === 'error'}
        aria-describedby={describedBy(
          props.locked && `${id}-locked`,
          props.help !== undefined && `${id}-help`,
          `${id}-msg`,
        )}
        onChange={(e) => props.onChange(e.currentTarget.checked)}
      />
      <div class="field__body">
        <label class="field__label" for={id}>
          {props.label}
        </label>
        <LockedNote id={id} locked={props.locked} />
        {props.help !== undefined ? (
          <p class="field__help" id={`${id}-help`}>
            {props.help}
          </p>
        ) : null}
        <Message id={`${id}-msg`} message={props.message} />
      </div>
    </div>
  );
}

/** A row of radio buttons, one per choice, each labelled from the messages. */
export function Choices<V extends string>(props: {
  name: string;
  choices: readonly (readonly [value: V, label: MessageKey])[];
  value: V;
  disabled?: boolean;
  onChange: (value: V) => void;
}) {
  return (
    <div class="choices">
      {props.choices.map(([value, label]) => (
        <label class="choice" key={value}>
          <input
            type="radio"
            class="radio"
            name={props.name}
            value={value}
            checked={props.value === value}
            disabled={props.disabled}
            onChange={() => props.onChange(value)}
          />
          <span>{t(label)}</span>
        </label>
      ))}
    </div>
  );
}

export function Section(props: {
  id: string;
  title: string;
  intro?: string;
  children: ComponentChildren;
}) {
  return (
    <section class="card" id={props.id} aria-labelledby={`${props.id}-title`}>
      <h2 class="card__title" id={`${props.id}-title`}>
        {props.title}
      </h2>
      {props.intro !== undefined ? <p class="card__intro">{props.intro}</p> : null}
      <div class="card__body">{props.children}</div>
    </section>
  );
}
