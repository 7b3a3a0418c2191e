import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ui/Alert';
import { useToast } from '../../../components/ui/Toast';
import { useRejectErasure } from '../api/erasure-requests';
import type { ErasureRequestRow } from '../api/types';

/** The server's minimum: the person reads this note, so it has to say something. */
export const MIN_REJECT_NOTE = 5;

/** Rejecting needs a reason the person will read on their account page. */
export function RejectErasureDialog({
  request,
  onClose,
}: {
  request: ErasureRequestRow;
  onClose: () => void;
}) {
  const { t } = useTranslation('privacy');
  const ref = useRef<HTMLDialogElement>(null);
  const id = useId();
  const toast = useToast();
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | undefined>();
  const reject = useRejectErasure();
  const name = request.personName ?? t('erasedName');
  useEffect(() => {
    ref.current?.showModal();
  }, []);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (note.trim().length < MIN_REJECT_NOTE) {
      setError(t('requests.rejectNoteShort', { count: MIN_REJECT_NOTE }));
      return;
    }
    reject.mutate(
      { id: request.id, note: note.trim() },
      {
        onSuccess: () => {
          toast.showSuccess(t('requests.rejected', { name }));
          onClose();
        },
      },
    );
  };
  return (
    <dialog ref={ref} className="privacy-dialog" aria-labelledby={`${id}-title`} onClose={onClose}>
      <form onSubmit={submit} className="form" noValidate>
        <h2 id={`${id}-title`}>{t('requests.rejectTitle', { name })}</h2>
        {request.reason ? <p>{request.reason}</p> : null}
        <div className={`field${error ? ' field--invalid' : ''}`}>
          <label htmlFor={`${id}-note`} className="field__label">
            {t('requests.rejectNote')}
          </label>
          <textarea
            id={`${id}-note`}
            className="input"
            rows={3}
            required
            maxLength={1000}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${id}-error` : undefined}
            value={note}
            onChange={(e) => {
              setNote(e.target.value);
              setError(undefined);
            }}
          />
          {error ? (
            <p id={`${id}-error`} className="field__error">
              {error}
            </p>
          ) : null}
        </div>
        <ErrorAlert error={reject.error} />
        <div className="form-actions">
          <button type="submit" className="button button--danger" disabled={reject.isPending}>
            {reject.isPending ? t('requests.rejecting') : t('requests.rejectSubmit')}
          </button>
          <button type="button" className="button" onClick={onClose}>
            {t('common:actions.cancel')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
