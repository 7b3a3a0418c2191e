import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type PickedUnit, UnitPicker } from '../../../components/pickers/UnitPicker';
import { ErrorAlert } from '../../../components/ui/Alert';
import { RadioGroup } from '../../../components/ui/ChoiceGroup';
import { fieldErrorsOf, formLevelError } from '../../../lib/api-error';
import type { TargetGroup } from '../../../lib/types';
import { focusFirstError } from '../../../lib/validation';
import type { ProfileInput } from '../api/types';

// The order the campaign uses when it addresses people: most learners are "Người dân".
export const ONBOARDING_GROUPS: TargetGroup[] = [
  'citizen',
  'official',
  'enterprise_worker',
  'freelancer',
  'pupil',
  'student',
];
export const DAILY_GOALS = [10, 15, 20, 30] as const;
export const DEFAULT_DAILY_GOAL = 15;
const FIELD_ORDER = ['targetGroup', 'unitId', 'dailyGoalMinutes'];

export interface OnboardingValues {
  targetGroup: TargetGroup | '';
  unit: PickedUnit | null;
  dailyGoalMinutes: number;
}

interface OnboardingFormProps {
  initialValues: OnboardingValues;
  submitLabel: string;
  onSubmit: (input: ProfileInput) => Promise<unknown>;
}

export function OnboardingForm({ initialValues, submitLabel, onSubmit }: OnboardingFormProps) {
  const { t } = useTranslation(['learn', 'common']);
  const [values, setValues] = useState(initialValues);
  const [errors, setErrors] = useState<Record<string, string | undefined>>({});
  const [serverError, setServerError] = useState<unknown>(null);
  const [pending, setPending] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found: Record<string, string | undefined> = {};
    if (!values.targetGroup) found.targetGroup = t('onboarding.errors.targetGroup');
    if (!values.unit) found.unitId = t('onboarding.errors.unit');
    setErrors(found);
    setServerError(null);
    if (!values.targetGroup || !values.unit) return focusFirstError(found, FIELD_ORDER);
    setPending(true);
    try {
      await onSubmit({
        targetGroup: values.targetGroup,
        unitId: values.unit.id,
        dailyGoalMinutes: values.dailyGoalMinutes,
      });
    } catch (error) {
      const fieldErrors = fieldErrorsOf(error);
      setErrors(fieldErrors);
      setServerError(error);
      focusFirstError(fieldErrors, FIELD_ORDER);
    } finally {
      setPending(false);
    }
  };

  return (
    <form className="form learn-form" noValidate onSubmit={submit}>
      <ErrorAlert error={formLevelError(serverError, FIELD_ORDER)} />
      <div data-field="targetGroup">
        <RadioGroup
          legend={t('onboarding.targetGroup')}
          name="targetGroup"
          value={values.targetGroup}
          onValueChange={(value) => {
            setValues((v) => ({ ...v, targetGroup: value as TargetGroup }));
            setErrors((e) => ({ ...e, targetGroup: undefined }));
          }}
          options={ONBOARDING_GROUPS.map((group) => ({
            value: group,
            label: t(`onboarding.groups.${group}`),
          }))}
          error={errors.targetGroup}
        />
      </div>
      <div data-field="unitId">
        <UnitPicker
          label={t('onboarding.unit')}
          hint={t('onboarding.unitHint')}
          required
          value={values.unit}
          onChange={(unit) => {
            setValues((v) => ({ ...v, unit }));
            setErrors((e) => ({ ...e, unitId: undefined }));
          }}
          error={errors.unitId}
        />
      </div>
      <div data-field="dailyGoalMinutes">
        <RadioGroup
          legend={t('onboarding.dailyGoal')}
          hint={t('onboarding.dailyGoalHint')}
          name="dailyGoalMinutes"
          value={String(values.dailyGoalMinutes)}
          onValueChange={(value) => setValues((v) => ({ ...v, dailyGoalMinutes: Number(value) }))}
          options={DAILY_GOALS.map((minutes) => ({
            value: String(minutes),
            label: t('onboarding.minutes', { count: minutes }),
          }))}
          error={errors.dailyGoalMinutes}
        />
      </div>
      <button type="submit" className="button button--primary button--block button--huge" disabled={pending}>
        {pending ? t('common:actions.saving') : submitLabel}
      </button>
    </form>
  );
}
