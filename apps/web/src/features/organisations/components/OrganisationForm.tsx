import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { OrganisationPicker } from '../../../components/pickers/OrganisationPicker';
import { UnitPicker } from '../../../components/pickers/UnitPicker';
import { ErrorAlert } from '../../../components/ui/Alert';
import { TextField } from '../../../components/ui/Field';
import { SelectField } from '../../../components/ui/SelectField';
import { fieldErrorsOf, formLevelError } from '../../../lib/api-error';
import { ORGANISATION_TYPES } from '../../../lib/types';
import { focusFirstError } from '../../../lib/validation';
import type { OrganisationInput } from '../api/types';
import {
  errorKeyOf,
  ORGANISATION_FIELD_ORDER,
  type OrganisationFormErrors,
  type OrganisationFormValues,
  toOrganisationInput,
  validateOrganisation,
} from './organisation-form';

interface OrganisationFormProps {
  initialValues: OrganisationFormValues;
  /** On edit: the record itself, which cannot be its own parent. */
  organisationId?: string;
  submitLabel: string;
  onSubmit: (input: OrganisationInput) => Promise<unknown>;
  onCancel: () => void;
}

export function OrganisationForm(props: OrganisationFormProps) {
  const { initialValues, organisationId, submitLabel, onSubmit, onCancel } = props;
  const { t } = useTranslation(['organisations', 'common']);
  const [values, setValues] = useState(initialValues);
  const [errors, setErrors] = useState<OrganisationFormErrors>({});
  const [serverError, setServerError] = useState<unknown>(null);
  const [pending, setPending] = useState(false);

  const set =
    <K extends keyof OrganisationFormValues>(key: K) =>
    (value: OrganisationFormValues[K]) => {
      setValues((current) => ({ ...current, [key]: value }));
      // A field the user is correcting should not keep showing its old error.
      setErrors((current) => ({ ...current, [errorKeyOf(key)]: undefined }));
    };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = validateOrganisation(values, t);
    setErrors(found);
    setServerError(null);
    if (Object.keys(found).length) return focusFirstError(found, ORGANISATION_FIELD_ORDER);
    setPending(true);
    try {
      await onSubmit(toOrganisationInput(values));
    } catch (error) {
      const fieldErrors = fieldErrorsOf(error);
      setErrors(fieldErrors);
      setServerError(error);
      focusFirstError(fieldErrors, ORGANISATION_FIELD_ORDER);
    } finally {
      setPending(false);
    }
  };

  return (
    <form className="form card" noValidate onSubmit={submit}>
      <ErrorAlert error={formLevelError(serverError, ORGANISATION_FIELD_ORDER)} />
      <p className="muted">{t('common:form.requiredNote')}</p>
      <div className="form-grid">
        <div data-field="name" className="form-grid__wide">
          <TextField
            label={t('fields.name')}
            required
            value={values.name}
            onValueChange={set('name')}
            error={errors.name}
          />
        </div>
        <div data-field="type">
          <SelectField
            label={t('fields.type')}
            required
            value={values.type}
            placeholder={t('form.choose')}
            options={ORGANISATION_TYPES.map((type) => ({
              value: type,
              label: t(`common:organisationType.${type}`),
            }))}
            onValueChange={(v) => set('type')(v as OrganisationFormValues['type'])}
            error={errors.type}
          />
        </div>
        <div data-field="workerCount">
          <TextField
            label={t('fields.workerCount')}
            inputMode="numeric"
            value={values.workerCount}
            onValueChange={set('workerCount')}
            error={errors.workerCount}
          />
        </div>
        <div data-field="unitId" className="form-grid__wide">
          <UnitPicker
            label={t('fields.unit')}
            hint={t('form.unitHint')}
            required
            value={values.unit}
            onChange={set('unit')}
            error={errors.unitId}
          />
        </div>
        <div data-field="parentId" className="form-grid__wide">
          <OrganisationPicker
            label={t('fields.parent')}
            hint={t('form.parentHint')}
            excludeId={organisationId}
            value={values.parent}
            onChange={set('parent')}
            error={errors.parentId}
          />
        </div>
        <div data-field="taxCode">
          <TextField
            label={t('fields.taxCode')}
            hint={t('form.taxCodeHint')}
            inputMode="numeric"
            value={values.taxCode}
            onValueChange={set('taxCode')}
            error={errors.taxCode}
          />
        </div>
        <div data-field="address" className="form-grid__wide">
          <TextField
            label={t('fields.address')}
            autoComplete="street-address"
            value={values.address}
            onValueChange={set('address')}
            error={errors.address}
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
