/**
 * The small labelled controls the panel repeats: each pairs an input with its label (its
 * accessible name) so no control can be left unnamed.
 */
import type { ReactNode } from 'react';

export function CheckboxField(props: {
  id: string;
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  hint?: ReactNode;
  className?: string;
}) {
  return (
    <span className={props.className ?? 'check'}>
      <input
        id={props.id}
        type="checkbox"
        checked={props.checked}
        aria-describedby={props.hint ? `${props.id}-hint` : undefined}
        onChange={(e) => props.onChange(e.target.checked)}
      />
      <label htmlFor={props.id}>{props.label}</label>
      {props.hint && (
        <span id={`${props.id}-hint`} className="hint">
          {' '}
          {props.hint}
        </span>
      )}
    </span>
  );
}

export function TextField(props: {
  id: string;
  label: string;
  value: string | undefined;
  onChange: (text: string) => void;
  placeholder?: string;
  disabled?: boolean;
  maxLength?: number;
}) {
  return (
    <div className="risk-field">
      <label htmlFor={props.id}>{props.label}</label>
      <input
        id={props.id}
        type="text"
        placeholder={props.placeholder}
        disabled={props.disabled}
        maxLength={props.maxLength}
        value={props.value ?? ''}
        onChange={(e) => props.onChange(e.target.value)}
      />
    </div>
  );
}

/** A select whose first option means "not answered" (value undefined): nothing is preset. */
export function SelectField<T extends string>(props: {
  id: string;
  label: string;
  value: T | undefined;
  options: readonly (readonly [T, string])[];
  unset: string;
  onChange: (value: T | undefined) => void;
}) {
  return (
    <div className="risk-field">
      <label htmlFor={props.id}>{props.label}</label>
      <select
        id={props.id}
        value={props.value ?? ''}
        onChange={(e) => props.onChange((e.target.value || undefined) as T | undefined)}
      >
        <option value="">{props.unset}</option>
        {props.options.map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
}
