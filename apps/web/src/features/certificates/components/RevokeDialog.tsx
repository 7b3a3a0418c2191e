import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ui/Alert';
import { useRevokeCertificate } from '../api/officer-certificates';
import type { OfficerCertificate } from '../api/types';

/** Asks for the reason (required) before revoking; a native modal dialog keeps focus inside. */
export function RevokeDialog({
  certificate,
  onClose,
}: {
  certificate: OfficerCertificate;
  onClose: () => void;
}) {
  const { t } = useTranslation('certificates');
  const ref = useRef<HTMLDialogElement>(null);
  const [reason, setReason] = useState('');
  const revoke = useRevokeCertificate();
  const id = useId();
  useEffect(() => {
    ref.current?.showModal();
  }, []);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    revoke.mutate({ id: certificate.id, reason: reason.trim() }, { onSuccess: onClose });
  };
  return (
    <dialog ref={ref} className="cert-dialog" aria-labelledby={`${id}-title`} onClose={onClose}>
      <form onSubmit={submit} className="form">
        <h2 id={`${id}-title`}>{t('console.revokeTitle', { serial: certificate.serial })}</h2>
        <p>
          {certificate.recipientName} — {certificate.title}
        </p>
        <div className="field">
          <label htmlFor={`${id}-reason`} className="field__label">
            {t('console.reason')}
          </label>
          <textarea
            id={`${id}-reason`}
            className="input"
            rows={3}
            required
            minLength={3}
            maxLength={500}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
          />
        </div>
        <ErrorAlert error={revoke.error} />
        <div className="form-actions">
          <button
            type="submit"
            className="button button--danger"
            disabled={revoke.isPending || reason.trim().length < 3}
          >
            {t('console.revoke')}
          </button>
          <button type="button" className="button" onClick={onClose}>
            {t('common:actions.cancel')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
