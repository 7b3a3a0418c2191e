import { type Ref, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describedBy, FieldShell } from '../../../components/ui/Field';

interface PasswordFieldProps {
  label: string;
  value: string;
  onValueChange: (value: string) => void;
  autoComplete: 'current-password' | 'new-password';
  error?: string;
  hint?: string;
  required?: boolean;
  inputRef?: Ref<HTMLInputElement>;
}

/** Password input with a show/hide toggle: typing on a phone keyboard is error-prone. */
export function PasswordField(props: PasswordFieldProps) {
  const { t } = useTranslation('account');
  const id = useId();
  const [visible, setVisible] = useState(false);
  return (
    <FieldShell id={id} label={props.label} required={props.required} hint={props.hint} error={props.error}>
      <div className="password-input">
        <input
          ref={props.inputRef}
          id={id}
          className="input"
          type={visible ? 'text' : 'password'}
          autoComplete={props.autoComplete}
          value={props.value}
          onChange={(event) => props.onValueChange(event.target.value)}
          aria-required={props.required || undefined}
          aria-invalid={props.error ? true : undefined}
          aria-describedby={describedBy(id, props.hint, props.error)}
        />
        <button
          type="button"
          className="password-input__toggle"
          aria-pressed={visible}
          aria-controls={id}
          onClick={() => setVisible((v) => !v)}
        >
          {visible ? t('password.hide') : t('password.show')}
        </button>
      </div>
    </FieldShell>
  );
}
