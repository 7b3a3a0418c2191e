import { type FormEvent, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

// Submits on Enter or the button rather than on every keystroke: list searches go to the URL
// and the server, so each keystroke would add a history entry and a request.

export interface SearchBoxProps {
  label: string;
  value: string;
  onSearch: (value: string) => void;
  placeholder?: string;
}

export function SearchBox({ label, value, onSearch, placeholder }: SearchBoxProps) {
  const { t } = useTranslation();
  const id = useId();
  const [text, setText] = useState(value);
  useEffect(() => setText(value), [value]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSearch(text.trim());
  };

  return (
    <search>
      <form className="search-box" onSubmit={submit}>
        <label htmlFor={id} className="field__label">
          {label}
        </label>
        <div className="search-box__row">
          <input
            id={id}
            type="search"
            className="input"
            value={text}
            placeholder={placeholder}
            onChange={(event) => setText(event.target.value)}
          />
          <button type="submit" className="button button--primary">
            {t('actions.search')}
          </button>
        </div>
      </form>
    </search>
  );
}
