// The courses of a class, grouped under their programme (a fieldset of checkboxes per programme
// inside one named group), so each checkbox is named by the course title alone.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClassOptions } from '../api/types';

export function CourseChoices({
  courses,
  values,
  onValuesChange,
  loading,
  error,
}: {
  courses: ClassOptions['courses'];
  values: string[];
  onValuesChange: (values: string[]) => void;
  loading: boolean;
  error?: string;
}) {
  const { t } = useTranslation('classes');
  const id = useId();
  const programmes = [...new Set(courses.map((c) => c.programmeTitle))];
  const toggle = (value: string, checked: boolean) =>
    onValuesChange(checked ? [...values, value] : values.filter((v) => v !== value));
  return (
    <fieldset
      className={`field choice-group classes-courses${error ? ' field--invalid' : ''}`}
      aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
    >
      <legend className="field__label">
        {t('form.courses')}
        <span className="field__required" aria-hidden="true">
          {' '}
          *
        </span>
      </legend>
      <p id={`${id}-hint`} className="field__hint">
        {loading ? t('form.coursesLoading') : t('form.coursesHint')}
      </p>
      {programmes.map((programme) => (
        <fieldset key={programme} className="classes-courses__programme">
          <legend>{programme}</legend>
          <div className="choice-group__options choice-group__options--columns">
            {courses
              .filter((c) => c.programmeTitle === programme)
              .map((c) => (
                <label key={c.id} className="choice">
                  <input
                    type="checkbox"
                    value={c.id}
                    checked={values.includes(c.id)}
                    onChange={(e) => toggle(c.id, e.target.checked)}
                  />
                  <span>{c.title}</span>
                </label>
              ))}
          </div>
        </fieldset>
      ))}
      {error ? (
        <p id={`${id}-error`} className="field__error">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
