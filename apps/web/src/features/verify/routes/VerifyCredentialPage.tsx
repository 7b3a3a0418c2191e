import { type ChangeEvent, type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ui/Alert';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useVerifyCredential } from '../api/verify';
import { CertificateFacts } from '../components/CertificateFacts';

/** Check a credential file (or its text) someone sent: signature, issuer, revocation, expiry. */
export function VerifyCredentialPage() {
  const { t } = useTranslation('certificates');
  const [text, setText] = useState('');
  const verify = useVerifyCredential();
  const textId = useId();
  const fileId = useId();
  useDocumentTitle(t('verify.fileTitle'));

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (file) setText((await file.text()).trim());
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (text.trim()) verify.mutate(text.trim());
  };
  const r = verify.data;
  const status = r ? r.status : null;

  return (
    <>
      <h1>{t('verify.fileTitle')}</h1>
      <p>{t('verify.fileIntro')}</p>
      <form onSubmit={submit} className="form">
        <div className="field">
          <label htmlFor={fileId} className="field__label">
            {t('verify.upload')}
          </label>
          <input
            id={fileId}
            type="file"
            accept=".json,.jwt,application/json"
            onChange={(e) => void onFile(e)}
          />
        </div>
        <div className="field">
          <label htmlFor={textId} className="field__label">
            {t('verify.paste')}
          </label>
          <textarea
            id={textId}
            className="input"
            rows={6}
            value={text}
            onChange={(e) => setText(e.target.value)}
          />
        </div>
        <button type="submit" className="button button--primary" disabled={verify.isPending || !text.trim()}>
          {t('verify.check')}
        </button>
      </form>
      <ErrorAlert error={verify.error} />
      {r && status ? (
        <section aria-live="polite">
          <p
            className={`verify-status verify-status--${status}`}
            data-testid="verify-status"
            data-status={status}
          >
            {status === 'invalid'
              ? t(`verify.problem.${r.problem ?? 'MALFORMED'}`)
              : t(`verify.headline.${status}`)}
          </p>
          <ul className="verify-checks">
            {(['signature', 'issuer', 'notRevoked', 'notExpired'] as const).map((k) => (
              <li key={k}>
                {r.checks[k] ? '✓' : '✗'} {t(`verify.checks.${k}`)}
              </li>
            ))}
          </ul>
          {r.certificate ? <CertificateFacts certificate={r.certificate} /> : null}
        </section>
      ) : null}
    </>
  );
}
