import { type ReactNode, useId } from 'react';
import type { SelectOption } from './SelectField';

// A fieldset of checkboxes (many) or radios (one). The legend names the group for assistive
// technology; each option has its own label so getByLabel('Người dân') works.

interface BaseProps {
  legend: string;
  options: SelectOption[];
  error?: string;
  hint?: string;
  columns?: boolean;
}

export interface CheckboxGroupProps extends BaseProps {
  values: string[];
  onValuesChange: (values: string[]) => void;
}

export function CheckboxGroup({
  legend,
  options,
  values,
  onValuesChange,
  error,
  hint,
  columns,
}: CheckboxGroupProps) {
  const id = useId();
  const toggle = (value: string, checked: boolean) =>
    onValuesChange(checked ? [...values, value] : values.filter((v) => v !== value));
  return (
    <GroupShell id={id} legend={legend} error={error} hint={hint} columns={columns}>
      {options.map((option) => (
        <label key={option.value} className="choice">
          <input
            type="checkbox"
            value={option.value}
            checked={values.includes(option.value)}
            onChange={(event) => toggle(option.value, event.target.checked)}
          />
          <span>{option.label}</span>
        </label>
      ))}
    </GroupShell>
  );
}

export interface RadioGroupProps extends BaseProps {
  name: string;
  value: string;
  onValueChange: (value: string) => void;
}

export function RadioGroup({
  legend,
  name,
  options,
  value,
  onValueChange,
  error,
  hint,
  columns,
}: RadioGroupProps) {
  const id = useId();
  return (
    <GroupShell id={id} legend={legend} error={error} hint={hint} columns={columns}>
      {options.map((option) => (
        <label key={option.value} className="choice">
          <input
            type="radio"
            name={name}
            value={option.value}
            checked={value === option.value}
            onChange={() => onValueChange(option.value)}
          />
          <span>{option.label}</span>
        </label>
      ))}
    </GroupShell>
  );
}

interface GroupShellProps {
  id: string;
  legend: string;
  error?: string;
  hint?: string;
  columns?: boolean;
  children: ReactNode;
}

function GroupShell({ id, legend, error, hint, columns, children }: GroupShellProps) {
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return (
    <fieldset
      className={`field choice-group${error ? ' field--invalid' : ''}`}
      aria-describedby={describedBy || undefined}
    >
      <legend className="field__label">{legend}</legend>
      {hint ? (
        <p id={`${id}-hint`} className="field__hint">
          {hint}
        </p>
      ) : null}
      <div
        className={columns ? 'choice-group__options choice-group__options--columns' : 'choice-group__options'}
      >
        {children}
      </div>
      {error ? (
        <p id={`${id}-error`} className="field__error">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
