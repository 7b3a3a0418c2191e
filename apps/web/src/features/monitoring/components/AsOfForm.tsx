// "Số liệu đến ngày": the day the figures are read at, typed dd/MM/yyyy (today by default). A day
// from today on means "now"; a day before the campaign started is refused.
import { type FormEvent, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatIsoDay, parseDisplayDay } from '../../../lib/format';
import { todayIso } from './calendar';

interface Props {
  asOf: string | undefined;
  campaignStart: string;
  onChange: (asOf: string | undefined) => void;
}

export function AsOfForm({ asOf, campaignStart, onChange }: Props) {
  const { t } = useTranslation('monitoring');
  const id = useId();
  const shown = formatIsoDay(asOf ?? todayIso());
  const [text, setText] = useState(shown);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    setText(shown);
    setError(null);
  }, [shown]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const day = parseDisplayDay(text);
    if (!day) return setError(t('asOf.invalid'));
    if (day < campaignStart) return setError(t('asOf.beforeStart', { date: formatIsoDay(campaignStart) }));
    setError(null);
    onChange(day >= todayIso() ? undefined : day);
  };

  return (
    <form className="asof-form" onSubmit={submit} noValidate>
      <label htmlFor={id} className="field__label">
        {t('asOf.label')}
      </label>
      <div className="asof-form__row">
        <input
          id={id}
          className="input asof-form__input"
          inputMode="numeric"
          autoComplete="off"
          value={text}
          onChange={(event) => setText(event.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
        />
        <button type="submit" className="button button--secondary">
          {t('asOf.apply')}
        </button>
        {asOf ? (
          <button type="button" className="button button--ghost" onClick={() => onChange(undefined)}>
            {t('asOf.today')}
          </button>
        ) : null}
      </div>
      <p id={`${id}-hint`} className="field__hint">
        {t('asOf.hint')}
      </p>
      {error ? (
        <p id={`${id}-error`} className="field__error" role="alert">
          {error}
        </p>
      ) : null}
    </form>
  );
}
