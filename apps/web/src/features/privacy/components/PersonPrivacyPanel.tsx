import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ui/Alert';
import { useToast } from '../../../components/ui/Toast';
import { formatDate } from '../../../lib/format';
import { hasPermission, useSession } from '../../../lib/session';
import { erasureRequestsQueryOptions, useRecordErasureRequest } from '../api/erasure-requests';
import type { ErasureRequestRow } from '../api/types';
import { DownloadButton } from './DownloadButton';
import { StatusBadge } from './StatusBadge';
import '../privacy.css';

/**
 * "Dữ liệu cá nhân" on the console's person page: the officer downloads what the platform holds
 * about the person (audited by the server), sees their latest erasure request and records one
 * made in person at the office.
 */
export function PersonPrivacyPanel({ personId, erasedAt }: { personId: string; erasedAt?: string | null }) {
  const { t } = useTranslation('privacy');
  const session = useSession();
  const mayErase = hasPermission(session, 'people.erase');
  // This person's requests, newest first: the first is the latest.
  const requests = useQuery({
    ...erasureRequestsQueryOptions({ personId, page: 1, pageSize: 1 }),
    enabled: mayErase,
  });
  const latest = requests.data?.items[0];

  if (erasedAt) {
    return (
      <section
        className="card privacy-section privacy-section--spaced"
        aria-labelledby="person-privacy-title"
      >
        <h2 id="person-privacy-title" className="section-title">
          {t('person.title')}
        </h2>
        <p>{t('person.erased', { date: formatDate(erasedAt) })}</p>
      </section>
    );
  }

  return (
    <section className="card privacy-section privacy-section--spaced" aria-labelledby="person-privacy-title">
      <h2 id="person-privacy-title" className="section-title">
        {t('person.title')}
      </h2>
      <p>{t('person.intro')}</p>
      <DownloadButton
        path={`/people/${encodeURIComponent(personId)}/data-export`}
        label={t('person.download')}
        doneMessage={t('person.downloaded')}
      />
      {mayErase ? (
        <>
          <h3>{t('person.requestTitle')}</h3>
          <ErrorAlert error={requests.error} />
          {latest ? (
            <LatestRequest request={latest} />
          ) : requests.data ? (
            <p>{t('person.noRequest')}</p>
          ) : null}
          {latest?.status === 'pending' ? null : <RecordRequestForm personId={personId} />}
        </>
      ) : null}
    </section>
  );
}

function LatestRequest({ request }: { request: ErasureRequestRow }) {
  const { t } = useTranslation('privacy');
  return (
    <div className="privacy-status">
      <p>
        <StatusBadge status={request.status} />{' '}
        {t('person.latest', {
          by: t(`requestedBy.${request.requestedBy}`),
          date: formatDate(request.requestedAt),
        })}
      </p>
      {request.reason ? <p>{t('person.reasonLabel', { reason: request.reason })}</p> : null}
      {request.decisionNote ? <p>{t('myData.officerNote', { note: request.decisionNote })}</p> : null}
      {request.status === 'pending' ? <Link to="/erasure-requests">{t('person.openList')}</Link> : null}
    </div>
  );
}

function RecordRequestForm({ personId }: { personId: string }) {
  const { t } = useTranslation('privacy');
  const id = useId();
  const toast = useToast();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const record = useRecordErasureRequest(personId);
  if (!open) {
    return (
      <button type="button" className="button" onClick={() => setOpen(true)}>
        {t('person.record')}
      </button>
    );
  }
  const submit = (event: FormEvent) => {
    event.preventDefault();
    record.mutate(reason.trim(), {
      onSuccess: () => {
        toast.showSuccess(t('person.recorded'));
        setOpen(false);
        setReason('');
      },
    });
  };
  return (
    <form className="form" onSubmit={submit} aria-labelledby={`${id}-title`}>
      <h4 id={`${id}-title`}>{t('person.record')}</h4>
      <div className="field">
        <label htmlFor={`${id}-reason`} className="field__label">
          {t('person.recordReason')}
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
      <ErrorAlert error={record.error} />
      <div className="form-actions">
        <button type="submit" className="button button--danger" disabled={record.isPending}>
          {t('person.recordSubmit')}
        </button>
        <button type="button" className="button" onClick={() => setOpen(false)}>
          {t('common:actions.cancel')}
        </button>
      </div>
    </form>
  );
}
