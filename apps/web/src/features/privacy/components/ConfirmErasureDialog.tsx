import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ui/Alert';
import { useToast } from '../../../components/ui/Toast';
import { useConfirmErasure } from '../api/erasure-requests';
import type { ErasureRequestRow } from '../api/types';

/**
 * The strong confirmation before an erasure: names the person, says it cannot be undone, and
 * asks the officer to tick that they checked it is the right person.
 */
export function ConfirmErasureDialog({
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
  const [checked, setChecked] = useState(false);
  const [note, setNote] = useState('');
  const confirm = useConfirmErasure();
  const name = request.personName ?? t('erasedName');
  useEffect(() => {
    ref.current?.showModal();
  }, []);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    confirm.mutate(
      { id: request.id, note: note.trim() },
      {
        onSuccess: () => {
          toast.showSuccess(t('requests.confirmed', { name }));
          onClose();
        },
      },
    );
  };
  return (
    <dialog
      ref={ref}
      className="privacy-dialog"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-body`}
      onClose={onClose}
    >
      <form onSubmit={submit} className="form">
        <h2 id={`${id}-title`}>{t('requests.confirmTitle', { name })}</h2>
        <p id={`${id}-body`} className="privacy-dialog__warning">
          {t('requests.confirmBody', { name })}
        </p>
        {request.unitName ? <p>{request.unitName}</p> : null}
        <label className="choice">
          <input type="checkbox" checked={checked} onChange={(e) => setChecked(e.target.checked)} />
          <span>{t('requests.confirmCheck')}</span>
        </label>
        <div className="field">
          <label htmlFor={`${id}-note`} className="field__label">
            {t('requests.note')}
          </label>
          <textarea
            id={`${id}-note`}
            className="input"
            rows={2}
            maxLength={1000}
            value={note}
            onChange={(e) => setNote(e.target.value)}
          />
        </div>
        <ErrorAlert error={confirm.error} />
        <div className="form-actions">
          <button type="submit" className="button button--danger" disabled={!checked || confirm.isPending}>
            {confirm.isPending ? t('requests.confirming') : t('requests.confirmSubmit')}
          </button>
          <button type="button" className="button" onClick={onClose}>
            {t('common:actions.cancel')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
