import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ui/Alert';
import { RadioGroup } from '../../../components/ui/ChoiceGroup';
import { TextField } from '../../../components/ui/Field';
import { useToast } from '../../../components/ui/Toast';
import { fieldErrorsOf, formLevelError } from '../../../lib/api-error';
import { GENDERS, type Gender } from '../../../lib/types';
import {
  emptyToNull,
  focusFirstError,
  isBirthYear,
  isEmail,
  isPhone,
  MIN_NAME_LENGTH,
  normalisePhone,
} from '../../../lib/validation';
import type { Me } from '../api/get-me';
import { type UpdateMeInput, useUpdateMe } from '../api/update-me';

const FIELD_ORDER = ['fullName', 'phone', 'email', 'birthYear', 'gender'];

export function ProfileForm({ me }: { me: Me }) {
  const { t } = useTranslation(['account', 'common']);
  const toast = useToast();
  const update = useUpdateMe();
  const [fullName, setFullName] = useState(me.fullName);
  const [phone, setPhone] = useState(me.phone ?? '');
  const [email, setEmail] = useState(me.email ?? '');
  const [birthYear, setBirthYear] = useState(me.birthYear ? String(me.birthYear) : '');
  const [gender, setGender] = useState<string>(me.gender ?? '');
  const [errors, setErrors] = useState<Record<string, string | undefined>>({});

  const validate = () => ({
    fullName: !fullName.trim()
      ? t('common:validation.fullNameRequired')
      : fullName.trim().length < MIN_NAME_LENGTH
        ? t('common:validation.fullNameShort', { count: MIN_NAME_LENGTH })
        : undefined,
    phone: phone.trim() && !isPhone(phone) ? t('common:validation.phone') : undefined,
    email: email.trim() && !isEmail(email) ? t('common:validation.email') : undefined,
    birthYear: birthYear.trim() && !isBirthYear(birthYear) ? t('common:validation.birthYear') : undefined,
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = validate();
    setErrors(found);
    if (Object.values(found).some(Boolean)) return focusFirstError(found, FIELD_ORDER);
    const input: UpdateMeInput = {
      fullName: fullName.trim(),
      phone: phone.trim() ? normalisePhone(phone) : null,
      email: emptyToNull(email),
      birthYear: birthYear.trim() ? Number(birthYear) : null,
      gender: (gender || null) as Gender | null,
    };
    update.mutate(input, {
      onSuccess: () => toast.showSuccess(t('profile.saved')),
      onError: (error) => {
        const serverErrors = fieldErrorsOf(error);
        setErrors(serverErrors);
        focusFirstError(serverErrors, FIELD_ORDER);
      },
    });
  };

  return (
    <form className="form" noValidate onSubmit={submit} aria-labelledby="profile-details-title">
      <ErrorAlert error={formLevelError(update.error, FIELD_ORDER)} />
      <div className="form-grid">
        <div data-field="fullName" className="form-grid__wide">
          <TextField
            label={t('common:person.fullName')}
            required
            autoComplete="name"
            value={fullName}
            onValueChange={setFullName}
            error={errors.fullName}
          />
        </div>
        <div data-field="phone">
          <TextField
            label={t('common:person.phone')}
            type="tel"
            inputMode="tel"
            autoComplete="tel"
            value={phone}
            onValueChange={setPhone}
            error={errors.phone}
          />
        </div>
        <div data-field="email">
          <TextField
            label={t('common:person.email')}
            type="email"
            autoComplete="email"
            value={email}
            onValueChange={setEmail}
            error={errors.email}
          />
        </div>
        <div data-field="birthYear">
          <TextField
            label={t('common:person.birthYear')}
            inputMode="numeric"
            maxLength={4}
            value={birthYear}
            onValueChange={setBirthYear}
            error={errors.birthYear}
          />
        </div>
        <div data-field="gender">
          <RadioGroup
            legend={t('common:person.gender')}
            name="profile-gender"
            value={gender}
            onValueChange={setGender}
            options={GENDERS.map((g) => ({ value: g, label: t(`common:gender.${g}`) }))}
            error={errors.gender}
          />
        </div>
      </div>
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={update.isPending}>
          {update.isPending ? t('common:actions.saving') : t('common:actions.save')}
        </button>
      </div>
    </form>
  );
}
