// "Vào lớp bằng mã": the 6-character code from the poster or the trainer → the class's join page.
import { useNavigate } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../../components/ui/Field';
import { normaliseCode } from './when';

export const CODE_LENGTH = 6;

export function JoinByCode() {
  const { t } = useTranslation('myclasses');
  const navigate = useNavigate();
  const [code, setCode] = useState('');
  const [error, setError] = useState<string | undefined>();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const clean = normaliseCode(code);
    if (clean.length !== CODE_LENGTH) {
      setError(t('code.error', { count: CODE_LENGTH }));
      return;
    }
    void navigate({ to: '/learn/join/$code', params: { code: clean }, search: { via: 'code' } });
  };

  return (
    <section className="learn-card" aria-labelledby="join-code-title">
      <h2 id="join-code-title" className="learn-section-title">
        {t('code.title')}
      </h2>
      <form onSubmit={submit} noValidate className="myclasses-code">
        <TextField
          label={t('code.label')}
          value={code}
          onValueChange={(v) => {
            setCode(v.toUpperCase());
            setError(undefined);
          }}
          hint={t('code.hint')}
          error={error}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          maxLength={12}
        />
        <button type="submit" className="button button--primary button--block">
          {t('code.submit')}
        </button>
      </form>
    </section>
  );
}
