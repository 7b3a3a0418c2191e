import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, ErrorAlert } from '../../../components/ui/Alert';
import { Loading } from '../../../components/ui/Loading';
import { PageHeader } from '../../../components/ui/PageHeader';
import { Pagination } from '../../../components/ui/Pagination';
import { SearchBox } from '../../../components/ui/SearchBox';
import { formatDate, formatNumber } from '../../../lib/format';
import { hasPermission, useSession } from '../../../lib/session';
import {
  certificatesExportHref,
  certificatesQueryOptions,
  certificateTemplatesQueryOptions,
  useReissueCertificates,
} from '../api/officer-certificates';
import type { CertificateFilters, CertificateStatus, OfficerCertificate } from '../api/types';
import { IssueForm } from '../components/IssueForm';
import { RevokeDialog } from '../components/RevokeDialog';
import { StatusBadge } from '../components/StatusBadge';
import '../../../styles/certificates.css';

const PAGE_SIZE = 20;
const STATUSES: CertificateStatus[] = ['valid', 'revoked', 'expired'];

/** Certificates of the people in my scope: search, filter, export, revoke, issue, re-issue. */
export function CertificatesPage() {
  const { t } = useTranslation('certificates');
  const session = useSession();
  const [filters, setFilters] = useState<CertificateFilters>({});
  const [page, setPage] = useState(1);
  const [revoking, setRevoking] = useState<OfficerCertificate | null>(null);
  const [confirmReissue, setConfirmReissue] = useState(false);
  const templates = useQuery(certificateTemplatesQueryOptions);
  const list = useQuery(certificatesQueryOptions({ ...filters, page, pageSize: PAGE_SIZE }));
  const reissue = useReissueCertificates();
  const canIssue = hasPermission(session, 'certificates.issue');
  const canRevoke = hasPermission(session, 'certificates.revoke');
  const update = (patch: CertificateFilters) => {
    setFilters((prev) => ({ ...prev, ...patch }));
    setPage(1);
    setConfirmReissue(false);
  };

  return (
    <>
      <PageHeader
        title={t('console.title')}
        subtitle={t('console.subtitle')}
        actions={
          <a className="button" href={certificatesExportHref(filters)} download>
            {t('console.export')}
          </a>
        }
      />
      <SearchBox
        label={t('console.searchLabel')}
        placeholder={t('console.searchPlaceholder')}
        value={filters.q ?? ''}
        onSearch={(q) => update({ q: q || undefined })}
      />
      <div className="filters">
        <label className="field">
          <span className="field__label">{t('console.template')}</span>
          <select
            className="input"
            value={filters.templateId ?? ''}
            onChange={(e) => update({ templateId: e.target.value || undefined })}
          >
            <option value="">{t('console.allTemplates')}</option>
            {(templates.data?.items ?? []).map((x) => (
              <option key={x.id} value={x.id}>
                {x.title}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span className="field__label">{t('console.status')}</span>
          <select
            className="input"
            value={filters.status ?? ''}
            onChange={(e) =>
              update({ status: (e.target.value || undefined) as CertificateStatus | undefined })
            }
          >
            <option value="">{t('console.allStatuses')}</option>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`status.${s}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      {list.isPending ? <Loading /> : null}
      <ErrorAlert error={list.error} />
      {list.data ? (
        <div aria-busy={list.isFetching}>
          <p className="list-total" aria-live="polite">
            {t('console.total', { count: list.data.total, value: formatNumber(list.data.total) })}
          </p>
          {list.data.items.length ? (
            <div className="table-wrap">
              <table className="table table--cards">
                <thead>
                  <tr>
                    <th scope="col">{t('fields.serial')}</th>
                    <th scope="col">{t('fields.recipient')}</th>
                    <th scope="col">{t('fields.achievement')}</th>
                    <th scope="col">{t('console.place')}</th>
                    <th scope="col">{t('fields.issuedAt')}</th>
                    <th scope="col">{t('console.status')}</th>
                    <th scope="col">{t('console.how')}</th>
                    {canRevoke ? <th scope="col">{t('console.actions')}</th> : null}
                  </tr>
                </thead>
                <tbody>
                  {list.data.items.map((c) => (
                    <tr key={c.id}>
                      <td data-label={t('fields.serial')}>
                        <a href={c.verifyUrl}>{c.serial}</a>
                      </td>
                      <td className="table__primary" data-label={t('fields.recipient')}>
                        {c.recipientName}
                      </td>
                      <td data-label={t('fields.achievement')}>{c.title}</td>
                      <td data-label={t('console.place')}>
                        {[c.unitName, c.organisationName].filter(Boolean).join(' · ')}
                      </td>
                      <td data-label={t('fields.issuedAt')}>{formatDate(c.issuedAt)}</td>
                      <td data-label={t('console.status')}>
                        <StatusBadge status={c.status} />
                      </td>
                      <td data-label={t('console.how')} title={c.issueReason ?? undefined}>
                        {t(`console.issuedBy.${c.issuedBy}`)}
                      </td>
                      {canRevoke ? (
                        <td data-label={t('console.actions')}>
                          {c.status !== 'revoked' ? (
                            <button
                              type="button"
                              className="button button--small"
                              onClick={() => setRevoking(c)}
                            >
                              {t('console.revoke')}
                            </button>
                          ) : null}
                        </td>
                      ) : null}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ) : (
            <p className="empty">{t('console.empty')}</p>
          )}
          <Pagination
            page={list.data.page}
            pageSize={list.data.pageSize}
            total={list.data.total}
            onPageChange={setPage}
          />
        </div>
      ) : null}
      {revoking ? <RevokeDialog certificate={revoking} onClose={() => setRevoking(null)} /> : null}
      {canIssue && templates.data ? <IssueForm templates={templates.data.items} /> : null}
      {canIssue ? (
        <section className="card" aria-labelledby="reissue-title">
          <h2 id="reissue-title" className="section-title">
            {t('console.reissueTitle')}
          </h2>
          <p>{t('console.reissueIntro')}</p>
          {confirmReissue ? (
            <div className="form-actions">
              <button
                type="button"
                className="button button--primary"
                disabled={reissue.isPending}
                onClick={() =>
                  reissue.mutate(
                    { templateId: filters.templateId },
                    { onSuccess: () => setConfirmReissue(false) },
                  )
                }
              >
                {t('console.reissueConfirm', { count: list.data?.total ?? 0 })}
              </button>
              <button type="button" className="button" onClick={() => setConfirmReissue(false)}>
                {t('common:actions.cancel')}
              </button>
            </div>
          ) : (
            <button type="button" className="button" onClick={() => setConfirmReissue(true)}>
              {t('console.reissue')}
            </button>
          )}
          <ErrorAlert error={reissue.error} />
          {reissue.data ? (
            <Alert tone="success">{t('console.reissued', { count: reissue.data.reissued })}</Alert>
          ) : null}
        </section>
      ) : null}
    </>
  );
}
