import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, ErrorAlert } from '../../../components/ui/Alert';
import { TextField } from '../../../components/ui/Field';
import { ApiError } from '../../../lib/api-error';
import { useLogin } from '../api/login';
import { PasswordField } from './PasswordField';
import { useCountdown } from './use-countdown';

interface LoginFormProps {
  onSignedIn: () => void;
}

export function LoginForm({ onSignedIn }: LoginFormProps) {
  const { t } = useTranslation('account');
  const loginMutation = useLogin();
  const [login, setLogin] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<{ login?: string; password?: string }>({});
  // The server locks the login that was typed, not the browser: another login may still try.
  const [lock, setLock] = useState<{ login: string; until: number } | null>(null);
  const secondsLeft = useCountdown(lock?.until ?? null);
  const loginRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const next = {
      login: login.trim() ? undefined : t('login.errors.loginRequired'),
      password: password ? undefined : t('login.errors.passwordRequired'),
    };
    setErrors(next);
    if (next.login) return loginRef.current?.focus();
    if (next.password) return passwordRef.current?.focus();
    loginMutation.mutate(
      { login: login.trim(), password },
      {
        onSuccess: onSignedIn,
        onError: (error) => {
          if (error instanceof ApiError && error.code === 'LOGIN_LOCKED' && error.retryAfterSeconds) {
            setLock({ login: login.trim(), until: Date.now() + error.retryAfterSeconds * 1000 });
          }
          setPassword('');
          passwordRef.current?.focus();
        },
      },
    );
  };

  const locked = secondsLeft > 0 && lock?.login === login.trim();
  const error = loginMutation.error;
  const lockError = error instanceof ApiError && error.code === 'LOGIN_LOCKED' ? error : null;

  return (
    <form className="form" noValidate onSubmit={submit} aria-labelledby="login-title">
      {lockError ? (
        // Once the user types another login the lock message no longer applies.
        lock?.login === login.trim() ? (
          // Static text: a live region that ticked every second would flood screen readers.
          <Alert tone="error">
            {lockError.message}{' '}
            {locked
              ? t('login.retryIn', { time: formatWait(lockError.retryAfterSeconds ?? secondsLeft, t) })
              : t('login.retryNow')}
          </Alert>
        ) : null
      ) : (
        <ErrorAlert error={error} />
      )}
      <TextField
        label={t('login.loginLabel')}
        hint={t('login.loginHint')}
        name="username"
        autoComplete="username"
        inputMode="email"
        autoCapitalize="none"
        spellCheck={false}
        required
        value={login}
        onValueChange={setLogin}
        error={errors.login}
        inputRef={loginRef}
      />
      <PasswordField
        label={t('login.passwordLabel')}
        autoComplete="current-password"
        value={password}
        onValueChange={setPassword}
        error={errors.password}
        inputRef={passwordRef}
        required
      />
      <button
        type="submit"
        className="button button--primary button--block"
        disabled={loginMutation.isPending || locked}
      >
        {locked
          ? t('login.lockedButton', { time: formatClock(secondsLeft) })
          : loginMutation.isPending
            ? t('login.submitting')
            : t('login.submit')}
      </button>
    </form>
  );
}

/** 905 → "15:05" for the countdown on the disabled button. */
function formatClock(seconds: number): string {
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

function formatWait(seconds: number, t: (key: string, options?: Record<string, unknown>) => string): string {
  if (seconds < 60) return t('login.seconds', { count: seconds });
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  return rest
    ? `${t('login.minutes', { count: minutes })} ${t('login.seconds', { count: rest })}`
    : t('login.minutes', { count: minutes });
}
