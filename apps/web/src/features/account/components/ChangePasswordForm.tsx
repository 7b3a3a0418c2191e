import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ui/Alert';
import { useToast } from '../../../components/ui/Toast';
import { fieldErrorsOf, formLevelError } from '../../../lib/api-error';
import { focusFirstError } from '../../../lib/validation';
import { useChangePassword } from '../api/change-password';
import { PasswordField } from './PasswordField';

const MIN_PASSWORD_LENGTH = 8;
const FIELD_ORDER = ['currentPassword', 'newPassword', 'confirmPassword'];

export function ChangePasswordForm() {
  const { t } = useTranslation('account');
  const toast = useToast();
  const change = useChangePassword();
  const [currentPassword, setCurrentPassword] = useState('');
  const [newPassword, setNewPassword] = useState('');
  const [confirmPassword, setConfirmPassword] = useState('');
  const [errors, setErrors] = useState<Record<string, string | undefined>>({});

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = {
      currentPassword: currentPassword ? undefined : t('password.errors.currentRequired'),
      newPassword:
        newPassword.length >= MIN_PASSWORD_LENGTH
          ? undefined
          : t('password.errors.tooShort', { count: MIN_PASSWORD_LENGTH }),
      confirmPassword: confirmPassword === newPassword ? undefined : t('password.errors.mismatch'),
    };
    setErrors(found);
    if (Object.values(found).some(Boolean)) return focusFirstError(found, FIELD_ORDER);
    change.mutate(
      { currentPassword, newPassword },
      {
        onSuccess: () => {
          setCurrentPassword('');
          setNewPassword('');
          setConfirmPassword('');
          toast.showSuccess(t('password.changed'));
        },
        onError: (error) => {
          const serverErrors = fieldErrorsOf(error);
          setErrors(serverErrors);
          focusFirstError(serverErrors, FIELD_ORDER);
        },
      },
    );
  };

  return (
    <form className="form" noValidate onSubmit={submit} aria-labelledby="password-title">
      <h2 id="password-title" className="section-title">
        {t('password.title')}
      </h2>
      <ErrorAlert error={formLevelError(change.error, FIELD_ORDER)} />
      {/* Lets password managers associate the new password with the right account. */}
      <input type="text" name="username" autoComplete="username" hidden readOnly />
      <div data-field="currentPassword">
        <PasswordField
          label={t('password.current')}
          autoComplete="current-password"
          value={currentPassword}
          onValueChange={setCurrentPassword}
          error={errors.currentPassword}
          required
        />
      </div>
      <div data-field="newPassword">
        <PasswordField
          label={t('password.new')}
          hint={t('password.newHint', { count: MIN_PASSWORD_LENGTH })}
          autoComplete="new-password"
          value={newPassword}
          onValueChange={setNewPassword}
          error={errors.newPassword}
          required
        />
      </div>
      <div data-field="confirmPassword">
        <PasswordField
          label={t('password.confirm')}
          autoComplete="new-password"
          value={confirmPassword}
          onValueChange={setConfirmPassword}
          error={errors.confirmPassword}
          required
        />
      </div>
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={change.isPending}>
          {change.isPending ? t('password.submitting') : t('password.submit')}
        </button>
      </div>
    </form>
  );
}
