import { type ReactNode, type Ref, useId } from 'react';
import { describedBy, FieldShell } from './Field';

export interface SelectOption {
  value: string;
  label: string;
}

export interface SelectFieldProps {
  label: string;
  value: string;
  onValueChange: (value: string) => void;
  options: SelectOption[];
  /** Text of the empty first option; omit to force a choice. */
  placeholder?: string;
  required?: boolean;
  hint?: ReactNode;
  error?: string;
  name?: string;
  selectRef?: Ref<HTMLSelectElement>;
}

export function SelectField(props: SelectFieldProps) {
  const { label, value, onValueChange, options, placeholder, required, hint, error, name, selectRef } = props;
  const id = useId();
  return (
    <FieldShell id={id} label={label} required={required} hint={hint} error={error}>
      <select
        ref={selectRef}
        id={id}
        name={name}
        className="input select"
        value={value}
        onChange={(event) => onValueChange(event.target.value)}
        aria-required={required || undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
      >
        {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}
