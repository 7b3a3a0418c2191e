import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { OrganisationPicker } from '../../../components/pickers/OrganisationPicker';
import { UnitPicker } from '../../../components/pickers/UnitPicker';
import { ErrorAlert } from '../../../components/ui/Alert';
import { CheckboxGroup, RadioGroup } from '../../../components/ui/ChoiceGroup';
import { TextField } from '../../../components/ui/Field';
import { fieldErrorsOf, formLevelError } from '../../../lib/api-error';
import { GENDERS, TARGET_GROUPS, VULNERABILITIES } from '../../../lib/types';
import { focusFirstError } from '../../../lib/validation';
import type { PersonInput } from '../api/types';
import {
  errorKeyOf,
  PERSON_FIELD_ORDER,
  type PersonFormErrors,
  type PersonFormValues,
  toPersonInput,
  validatePerson,
} from './person-form';

interface PersonFormProps {
  initialValues: PersonFormValues;
  /** Set on edit: the stored CCCD is shown masked and the input may stay empty. */
  nationalIdMasked?: string | null;
  submitLabel: string;
  onSubmit: (input: PersonInput) => Promise<unknown>;
  onCancel: () => void;
}

export function PersonForm({
  initialValues,
  nationalIdMasked,
  submitLabel,
  onSubmit,
  onCancel,
}: PersonFormProps) {
  const { t } = useTranslation(['people', 'common']);
  const [values, setValues] = useState(initialValues);
  const [errors, setErrors] = useState<PersonFormErrors>({});
  const [serverError, setServerError] = useState<unknown>(null);
  const [pending, setPending] = useState(false);

  const set =
    <K extends keyof PersonFormValues>(key: K) =>
    (value: PersonFormValues[K]) => {
      setValues((current) => ({ ...current, [key]: value }));
      // A field the user is correcting should not keep showing its old error.
      setErrors((current) => ({ ...current, [errorKeyOf(key)]: undefined }));
    };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = validatePerson(values, t);
    setErrors(found);
    setServerError(null);
    if (Object.keys(found).length) return focusFirstError(found, PERSON_FIELD_ORDER);
    setPending(true);
    try {
      await onSubmit(toPersonInput(values));
    } catch (error) {
      const fieldErrors = fieldErrorsOf(error);
      setErrors(fieldErrors);
      setServerError(error);
      focusFirstError(fieldErrors, PERSON_FIELD_ORDER);
    } finally {
      setPending(false);
    }
  };

  const options = (list: readonly string[], prefix: string) =>
    list.map((value) => ({ value, label: t(`common:${prefix}.${value}`) }));

  return (
    <form className="form card" noValidate onSubmit={submit}>
      <ErrorAlert error={formLevelError(serverError, PERSON_FIELD_ORDER)} />
      <p className="muted">{t('common:form.requiredNote')}</p>
      <div className="form-grid">
        <div data-field="fullName" className="form-grid__wide">
          <TextField
            label={t('common:person.fullName')}
            required
            autoComplete="off"
            value={values.fullName}
            onValueChange={set('fullName')}
            error={errors.fullName}
          />
        </div>
        <div data-field="birthDate">
          <TextField
            label={t('common:person.birthDate')}
            hint={t('form.birthDateHint')}
            inputMode="numeric"
            placeholder="dd/mm/yyyy"
            value={values.birthDate}
            onValueChange={set('birthDate')}
            error={errors.birthDate}
          />
        </div>
        <div data-field="birthYear">
          <TextField
            label={t('common:person.birthYear')}
            hint={t('form.birthYearHint')}
            inputMode="numeric"
            maxLength={4}
            value={values.birthYear}
            onValueChange={set('birthYear')}
            error={errors.birthYear}
          />
        </div>
        <div data-field="gender" className="form-grid__wide">
          <RadioGroup
            legend={t('common:person.gender')}
            name="gender"
            value={values.gender}
            onValueChange={(v) => set('gender')(v as PersonFormValues['gender'])}
            options={options(GENDERS, 'gender')}
            error={errors.gender}
          />
        </div>
        <div data-field="phone">
          <TextField
            label={t('common:person.phone')}
            type="tel"
            inputMode="tel"
            placeholder="0912345678"
            value={values.phone}
            onValueChange={set('phone')}
            error={errors.phone}
          />
        </div>
        <div data-field="email">
          <TextField
            label={t('common:person.email')}
            type="email"
            value={values.email}
            onValueChange={set('email')}
            error={errors.email}
          />
        </div>
        <div data-field="nationalId">
          <TextField
            label={t('common:person.nationalId')}
            hint={
              nationalIdMasked
                ? t('form.nationalIdKeep', { masked: nationalIdMasked })
                : t('form.nationalIdHint')
            }
            inputMode="numeric"
            autoComplete="off"
            maxLength={12}
            placeholder={nationalIdMasked ?? ''}
            value={values.nationalId}
            onValueChange={set('nationalId')}
            error={errors.nationalId}
          />
        </div>
        <div data-field="unitId" className="form-grid__wide">
          <UnitPicker
            label={t('common:person.unit')}
            hint={t('form.unitHint')}
            required
            value={values.unit}
            onChange={set('unit')}
            error={errors.unitId}
          />
        </div>
        <div data-field="organisationId" className="form-grid__wide">
          <OrganisationPicker
            label={t('common:person.organisation')}
            hint={t('form.organisationHint')}
            value={values.organisation}
            onChange={set('organisation')}
            error={errors.organisationId}
          />
        </div>
        <div data-field="targetGroups" className="form-grid__wide">
          <CheckboxGroup
            legend={t('common:person.targetGroups')}
            columns
            values={values.targetGroups}
            onValuesChange={(v) => set('targetGroups')(v as PersonFormValues['targetGroups'])}
            options={options(TARGET_GROUPS, 'targetGroup')}
            error={errors.targetGroups}
          />
        </div>
        <div data-field="vulnerabilities" className="form-grid__wide">
          <CheckboxGroup
            legend={t('common:person.vulnerabilities')}
            hint={t('form.vulnerabilitiesHint')}
            columns
            values={values.vulnerabilities}
            onValuesChange={(v) => set('vulnerabilities')(v as PersonFormValues['vulnerabilities'])}
            options={options(VULNERABILITIES, 'vulnerability')}
            error={errors.vulnerabilities}
          />
        </div>
      </div>
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={pending}>
          {pending ? t('common:actions.saving') : submitLabel}
        </button>
        <button type="button" className="button button--ghost" onClick={onCancel}>
          {t('common:actions.cancel')}
        </button>
      </div>
    </form>
  );
}
