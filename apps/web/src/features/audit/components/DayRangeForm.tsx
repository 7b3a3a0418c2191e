// "Từ ngày – Đến ngày": two days typed dd/MM/yyyy, both inclusive (Vietnam time on the server).
import { type FormEvent, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatIsoDay, parseDisplayDay } from '../../../lib/format';

interface Props {
  from: string | undefined;
  to: string | undefined;
  onChange: (range: { from: string | undefined; to: string | undefined }) => void;
}

export function DayRangeForm({ from, to, onChange }: Props) {
  const { t } = useTranslation('audit');
  const id = useId();
  const [fromText, setFromText] = useState(formatIsoDay(from));
  const [toText, setToText] = useState(formatIsoDay(to));
  const [error, setError] = useState<string | null>(null);
  useEffect(() => setFromText(formatIsoDay(from)), [from]);
  useEffect(() => setToText(formatIsoDay(to)), [to]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const fromDay = fromText.trim() ? parseDisplayDay(fromText) : undefined;
    const toDay = toText.trim() ? parseDisplayDay(toText) : undefined;
    if (fromDay === null || toDay === null) return setError(t('filters.invalidDay'));
    if (fromDay && toDay && toDay < fromDay) return setError(t('filters.backwards'));
    setError(null);
    onChange({ from: fromDay, to: toDay });
  };

  const described = `${id}-hint${error ? ` ${id}-error` : ''}`;
  return (
    <form className="audit-days" onSubmit={submit} noValidate>
      <div className="audit-days__row">
        <div className="field">
          <label htmlFor={`${id}-from`} className="field__label">
            {t('filters.from')}
          </label>
          <input
            id={`${id}-from`}
            className="input audit-days__input"
            inputMode="numeric"
            autoComplete="off"
            placeholder="dd/mm/yyyy"
            value={fromText}
            onChange={(event) => setFromText(event.target.value)}
            aria-invalid={error ? true : undefined}
            aria-describedby={described}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-to`} className="field__label">
            {t('filters.to')}
          </label>
          <input
            id={`${id}-to`}
            className="input audit-days__input"
            inputMode="numeric"
            autoComplete="off"
            placeholder="dd/mm/yyyy"
            value={toText}
            onChange={(event) => setToText(event.target.value)}
            aria-invalid={error ? true : undefined}
            aria-describedby={described}
          />
        </div>
        <button type="submit" className="button button--secondary">
          {t('filters.apply')}
        </button>
      </div>
      <p id={`${id}-hint`} className="field__hint">
        {t('filters.dayHint')}
      </p>
      {error ? (
        <p id={`${id}-error`} className="field__error" role="alert">
          {error}
        </p>
      ) : null}
    </form>
  );
}
