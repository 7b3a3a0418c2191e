import { type KeyboardEvent, type ReactNode, type Ref, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describedBy, FieldShell } from './Field';

// ARIA 1.2 combobox with a listbox popup: the input keeps focus, arrow keys move
// aria-activedescendant, Enter picks, Escape closes. Search itself is the caller's job
// (they pass the current options), which keeps this component free of data fetching.

export interface ComboboxProps<T> {
  label: string;
  value: T | null;
  onChange: (value: T | null) => void;
  /** Called with what the user types; the caller searches and passes back `options`. */
  onInputChange: (text: string) => void;
  options: T[];
  getKey: (item: T) => string;
  getLabel: (item: T) => string;
  renderOption?: (item: T) => ReactNode;
  /** Message shown instead of options (too short, searching, nothing found, error). */
  status?: string;
  required?: boolean;
  hint?: ReactNode;
  error?: string;
  placeholder?: string;
  inputRef?: Ref<HTMLInputElement>;
}

export function Combobox<T>(props: ComboboxProps<T>) {
  const { label, value, onChange, onInputChange, options, getKey, getLabel, renderOption, status } = props;
  const { t } = useTranslation();
  const id = useId();
  const listId = `${id}-list`;
  const [text, setText] = useState('');
  const [editing, setEditing] = useState(false);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);

  const shownText = editing ? text : value ? getLabel(value) : text;

  const type = (next: string) => {
    setText(next);
    setEditing(true);
    setOpen(true);
    setActive(-1);
    onInputChange(next);
    if (value) onChange(null); // typed text no longer matches the picked item
  };

  const pick = (item: T) => {
    onChange(item);
    setText(getLabel(item));
    setEditing(false);
    setOpen(false);
    setActive(-1);
  };

  const clear = () => {
    onChange(null);
    setText('');
    setEditing(false);
    onInputChange('');
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setOpen(true);
      setActive((i) => Math.min(options.length - 1, i + 1));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((i) => Math.max(0, i - 1));
    } else if (event.key === 'Enter' && open && active >= 0 && options[active]) {
      event.preventDefault(); // pick instead of submitting the surrounding form
      pick(options[active]);
    } else if (event.key === 'Escape' && open) {
      event.preventDefault();
      setOpen(false);
    }
  };

  const showPopup = open && (options.length > 0 || Boolean(status));
  const activeId = active >= 0 && options[active] ? `${id}-opt-${active}` : undefined;

  return (
    <FieldShell id={id} label={label} required={props.required} hint={props.hint} error={props.error}>
      <div className="combobox">
        <input
          ref={props.inputRef}
          id={id}
          className="input combobox__input"
          type="text"
          role="combobox"
          autoComplete="off"
          placeholder={props.placeholder}
          value={shownText}
          aria-expanded={showPopup}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={activeId}
          aria-required={props.required || undefined}
          aria-invalid={props.error ? true : undefined}
          aria-describedby={describedBy(id, props.hint, props.error)}
          onChange={(event) => type(event.target.value)}
          onFocus={() => editing && setOpen(true)}
          onBlur={() => setOpen(false)}
          onKeyDown={onKeyDown}
        />
        {value || text ? (
          <button
            type="button"
            className="combobox__clear"
            aria-label={t('actions.clearSelection')}
            onClick={clear}
          >
            ×
          </button>
        ) : null}
        <div className="combobox__popup" hidden={!showPopup}>
          {/* biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: ARIA 1.2 combobox popup; a <select> cannot show two-line, searched options */}
          <ul id={listId} role="listbox" aria-label={t('picker.suggestions')} className="combobox__list">
            {options.map((item, index) => (
              // biome-ignore lint/a11y/useFocusableInteractive: focus stays on the input (aria-activedescendant), per the combobox pattern
              // biome-ignore lint/a11y/useKeyWithClickEvents: the input's onKeyDown handles arrows and Enter for these options
              <li
                key={getKey(item)}
                id={`${id}-opt-${index}`}
                // biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: options of the listbox above
                role="option"
                aria-selected={index === active}
                className={
                  index === active ? 'combobox__option combobox__option--active' : 'combobox__option'
                }
                // mousedown would blur the input and close the list before the click lands
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => pick(item)}
              >
                {renderOption ? renderOption(item) : getLabel(item)}
              </li>
            ))}
          </ul>
          {options.length === 0 && status ? (
            <p className="combobox__status" role="status">
              {status}
            </p>
          ) : null}
        </div>
      </div>
    </FieldShell>
  );
}
