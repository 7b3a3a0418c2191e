import { Link } from '@tanstack/react-router';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { formatIsoDay } from '../../../lib/format';
import type { NoticePurpose } from '../api/types';
import { purposeSummary, purposeTitle } from './purpose-text';
import '../privacy.css';

export interface ConsentChecklistProps {
  purposes: NoticePurpose[];
  version: string;
  values: string[];
  onValuesChange: (values: string[]) => void;
  error?: string;
}

/**
 * One checkbox per purpose of the privacy notice, each with its plain-language summary, marked
 * required or optional, and a link to the full notice (opened in a new tab so a half-filled form
 * is not lost). Nothing is pre-ticked: consent has to be given, not assumed.
 */
export function ConsentChecklist({
  purposes,
  version,
  values,
  onValuesChange,
  error,
}: ConsentChecklistProps) {
  const { t } = useTranslation('privacy');
  const id = useId();
  const toggle = (code: string, checked: boolean) =>
    onValuesChange(checked ? [...new Set([...values, code])] : values.filter((v) => v !== code));

  return (
    <fieldset
      className={`consent${error ? ' consent--invalid' : ''}`}
      aria-describedby={error ? `${id}-error` : `${id}-intro`}
      data-field="consent"
    >
      <legend className="consent__legend">{t('consent.legend')}</legend>
      <p id={`${id}-intro`} className="consent__intro">
        {t('consent.intro')}
      </p>
      <ul className="consent__list">
        {purposes.map((purpose) => {
          const summary = purposeSummary(t, purpose.code);
          return (
            <li key={purpose.code}>
              <label className="consent__item">
                <input
                  type="checkbox"
                  name={`consent-${purpose.code}`}
                  checked={values.includes(purpose.code)}
                  onChange={(event) => toggle(purpose.code, event.target.checked)}
                  aria-describedby={summary ? `${id}-${purpose.code}` : undefined}
                />
                <span className="consent__text">
                  <span className="consent__title">
                    {purposeTitle(t, purpose.code)}{' '}
                    <span className="consent__kind">
                      ({purpose.required ? t('consent.required') : t('consent.optional')})
                    </span>
                  </span>
                </span>
              </label>
              {summary ? (
                <p id={`${id}-${purpose.code}`} className="consent__summary">
                  {summary}
                </p>
              ) : null}
            </li>
          );
        })}
      </ul>
      <p className="consent__links">
        <Link to="/privacy" target="_blank" rel="noopener">
          {t('consent.readNotice')}
        </Link>{' '}
        <span className="consent__version">
          {t('consent.noticeVersion', { version: formatIsoDay(version) || version })}
        </span>
      </p>
      {error ? (
        <p id={`${id}-error`} className="field__error" role="alert">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}

/** The required purposes not ticked yet. */
export function missingRequired(purposes: NoticePurpose[], values: string[]): string[] {
  return purposes.filter((p) => p.required && !values.includes(p.code)).map((p) => p.code);
}
