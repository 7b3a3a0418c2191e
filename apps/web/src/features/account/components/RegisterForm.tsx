import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ui/Alert';
import { TextField } from '../../../components/ui/Field';
import { Loading } from '../../../components/ui/Loading';
import { ApiError, fieldErrorsOf, formLevelError } from '../../../lib/api-error';
import { focusFirstError, isEmail, isPhone, MIN_NAME_LENGTH, normalisePhone } from '../../../lib/validation';
// The consent checklist and the notice belong to the privacy feature; registration must show them.
import { privacyNoticeQueryOptions } from '../../privacy/api/notice';
import { ConsentChecklist, missingRequired } from '../../privacy/components/ConsentChecklist';
import { useRegister } from '../api/register';
import { PasswordField } from './PasswordField';

export const MIN_PASSWORD_LENGTH = 8;
const FIELDS = ['fullName', 'login', 'password', 'consent'];
type Errors = Partial<Record<'fullName' | 'login' | 'password' | 'consent', string>>;

/** Server conflicts name the kind of login ("EMAIL_TAKEN"); this form has one login field. */
function serverFieldErrors(error: unknown): Errors {
  const fields = fieldErrorsOf(error);
  const out: Errors = { fullName: fields.fullName, login: fields.login, password: fields.password };
  if (error instanceof ApiError && (error.code === 'EMAIL_TAKEN' || error.code === 'PHONE_TAKEN')) {
    out.login = error.message;
  }
  if (error instanceof ApiError && error.code === 'CONSENT_REQUIRED') out.consent = error.message;
  return out;
}

export function RegisterForm({ onRegistered }: { onRegistered: () => void }) {
  const { t } = useTranslation('account');
  const registerMutation = useRegister();
  const notice = useQuery(privacyNoticeQueryOptions);
  const [purposes, setPurposes] = useState<string[]>([]);
  const [fullName, setFullName] = useState('');
  const [login, setLogin] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<Errors>({});

  const validate = (): Errors => {
    const name = fullName.trim();
    const id = login.trim();
    return {
      fullName: !name
        ? t('register.errors.nameRequired')
        : name.length < MIN_NAME_LENGTH
          ? t('register.errors.nameShort', { count: MIN_NAME_LENGTH })
          : undefined,
      login: !id
        ? t('register.errors.loginRequired')
        : isPhone(id) || isEmail(id)
          ? undefined
          : t('register.errors.loginInvalid'),
      password:
        password.length < MIN_PASSWORD_LENGTH
          ? t('register.errors.passwordShort', { count: MIN_PASSWORD_LENGTH })
          : undefined,
      consent:
        notice.data && missingRequired(notice.data.purposes, purposes).length === 0
          ? undefined
          : t('privacy:consent.missingRequired'),
    };
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = validate();
    setErrors(found);
    if (Object.values(found).some(Boolean) || !notice.data) return focusFirstError(found, FIELDS);
    const id = login.trim();
    const offered = new Set(notice.data.purposes.map((p) => p.code));
    registerMutation.mutate(
      {
        fullName: fullName.trim(),
        login: isPhone(id) ? normalisePhone(id) : id,
        password,
        consent: { version: notice.data.version, purposes: purposes.filter((p) => offered.has(p)) },
      },
      {
        onSuccess: onRegistered,
        onError: (error) => {
          const fieldErrors = serverFieldErrors(error);
          setErrors(fieldErrors);
          // The notice may have changed since the page opened: show the current one.
          if (fieldErrors.consent) void notice.refetch();
          focusFirstError(fieldErrors, FIELDS);
        },
      },
    );
  };

  const formError = formLevelError(registerMutation.error, FIELDS);
  const loginConflict =
    registerMutation.error instanceof ApiError &&
    (registerMutation.error.code === 'EMAIL_TAKEN' ||
      registerMutation.error.code === 'PHONE_TAKEN' ||
      registerMutation.error.code === 'CONSENT_REQUIRED');

  return (
    <form className="form" noValidate onSubmit={submit} aria-labelledby="register-title">
      {loginConflict ? null : <ErrorAlert error={formError} />}
      <div data-field="fullName">
        <TextField
          label={t('register.fullName')}
          name="name"
          autoComplete="name"
          autoCapitalize="words"
          required
          value={fullName}
          onValueChange={(value) => {
            setFullName(value);
            setErrors((e) => ({ ...e, fullName: undefined }));
          }}
          error={errors.fullName}
        />
      </div>
      <div data-field="login">
        <TextField
          label={t('register.login')}
          hint={t('register.loginHint')}
          name="username"
          autoComplete="username"
          inputMode="email"
          autoCapitalize="none"
          spellCheck={false}
          required
          value={login}
          onValueChange={(value) => {
            setLogin(value);
            setErrors((e) => ({ ...e, login: undefined }));
          }}
          error={errors.login}
        />
      </div>
      <div data-field="password">
        <PasswordField
          label={t('register.password')}
          hint={t('register.passwordHint', { count: MIN_PASSWORD_LENGTH })}
          autoComplete="new-password"
          required
          value={password}
          onValueChange={(value) => {
            setPassword(value);
            setErrors((e) => ({ ...e, password: undefined }));
          }}
          error={errors.password}
        />
      </div>
      {notice.data ? (
        <ConsentChecklist
          purposes={notice.data.purposes}
          version={notice.data.version}
          values={purposes}
          onValuesChange={(values) => {
            setPurposes(values);
            setErrors((e) => ({ ...e, consent: undefined }));
          }}
          error={errors.consent}
        />
      ) : notice.isError ? (
        <div data-field="consent">
          <ErrorAlert error={notice.error} />
          <button type="button" className="button" onClick={() => void notice.refetch()}>
            {t('common:routeError.retry')}
          </button>
        </div>
      ) : (
        <Loading />
      )}
      <button
        type="submit"
        className="button button--primary button--block"
        disabled={registerMutation.isPending || !notice.data}
      >
        {registerMutation.isPending ? t('register.submitting') : t('register.submit')}
      </button>
    </form>
  );
}
