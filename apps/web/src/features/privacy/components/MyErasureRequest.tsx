import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ui/Alert';
import { useToast } from '../../../components/ui/Toast';
import { formatDate } from '../../../lib/format';
import { useCancelErasure, useRequestErasure } from '../api/my-privacy';
import type { ErasureRequest } from '../api/types';

const STATUS_TEXT = {
  pending: 'myData.statusPending',
  completed: 'myData.statusCompleted',
  rejected: 'myData.statusRejected',
  cancelled: 'myData.statusCancelled',
} as const;

/** The person's latest request (cancel while pending), or the warning and the two-step request. */
export function MyErasureRequest({ request }: { request: ErasureRequest | null }) {
  const { t } = useTranslation('privacy');
  const [asking, setAsking] = useState(false);
  const pending = request?.status === 'pending';
  return (
    <>
      {request ? <RequestStatus request={request} /> : null}
      {pending ? null : (
        <>
          <p>{t('myData.erasureIntro')}</p>
          <WhatHappens />
          <p>{t('myData.downloadFirst')}</p>
          {asking ? (
            <AskForErasure onDone={() => setAsking(false)} />
          ) : (
            <button type="button" className="button button--danger" onClick={() => setAsking(true)}>
              {request ? t('myData.again') : t('myData.start')}
            </button>
          )}
        </>
      )}
    </>
  );
}

function WhatHappens() {
  const { t } = useTranslation('privacy');
  const list = (key: string) => t(key, { returnObjects: true }) as string[];
  return (
    <div className="privacy-keep">
      <div className="privacy-keep__delete">
        <h4>{t('myData.willDelete')}</h4>
        <ul>
          {list('myData.willDeleteItems').map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </div>
      <div className="privacy-keep__keep">
        <h4>{t('myData.willKeep')}</h4>
        <ul>
          {list('myData.willKeepItems').map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </div>
    </div>
  );
}

function RequestStatus({ request }: { request: ErasureRequest }) {
  const { t } = useTranslation('privacy');
  const toast = useToast();
  const cancel = useCancelErasure();
  const date = formatDate(
    request.status === 'pending' ? request.requestedAt : (request.decidedAt ?? request.requestedAt),
  );
  return (
    <div className="privacy-status" role="status">
      <strong>{t('myData.statusTitle')}</strong>
      <p>{t(STATUS_TEXT[request.status], { date })}</p>
      {request.decisionNote ? <p>{t('myData.officerNote', { note: request.decisionNote })}</p> : null}
      {request.status === 'pending' ? (
        <>
          <button
            type="button"
            className="button"
            disabled={cancel.isPending}
            onClick={() =>
              cancel.mutate(undefined, { onSuccess: () => toast.showSuccess(t('myData.cancelled')) })
            }
          >
            {cancel.isPending ? t('myData.cancelling') : t('myData.cancel')}
          </button>
          <ErrorAlert error={cancel.error} />
        </>
      ) : null}
    </div>
  );
}

/** Second step: the warning said what happens; this asks once more, with an optional reason. */
function AskForErasure({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation('privacy');
  const id = useId();
  const toast = useToast();
  const [reason, setReason] = useState('');
  const ask = useRequestErasure();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    ask.mutate(reason.trim(), {
      onSuccess: () => {
        toast.showSuccess(t('myData.sent'));
        onDone();
      },
    });
  };
  return (
    <form className="form privacy-status" onSubmit={submit} aria-labelledby={`${id}-title`}>
      <h4 id={`${id}-title`}>{t('myData.confirmTitle')}</h4>
      <p className="privacy-dialog__warning">{t('myData.confirmBody')}</p>
      <div className="field">
        <label htmlFor={`${id}-reason`} className="field__label">
          {t('myData.reason')}
        </label>
        <textarea
          id={`${id}-reason`}
          className="input"
          rows={2}
          maxLength={1000}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
        />
      </div>
      <ErrorAlert error={ask.error} />
      <div className="form-actions">
        <button type="submit" className="button button--danger" disabled={ask.isPending}>
          {ask.isPending ? t('myData.sending') : t('myData.confirm')}
        </button>
        <button type="button" className="button" onClick={onDone}>
          {t('common:actions.cancel')}
        </button>
      </div>
    </form>
  );
}
