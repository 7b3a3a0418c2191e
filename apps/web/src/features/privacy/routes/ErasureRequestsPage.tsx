import { useQuery } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ui/Alert';
import { Loading } from '../../../components/ui/Loading';
import { PageHeader } from '../../../components/ui/PageHeader';
import { Pagination } from '../../../components/ui/Pagination';
import { Tabs } from '../../../components/ui/Tabs';
import { formatDate, formatNumber } from '../../../lib/format';
import { erasureRequestsQueryOptions } from '../api/erasure-requests';
import { ERASURE_STATUSES, type ErasureRequestRow } from '../api/types';
import { ConfirmErasureDialog } from '../components/ConfirmErasureDialog';
import { RejectErasureDialog } from '../components/RejectErasureDialog';
import { StatusBadge } from '../components/StatusBadge';
import type { ErasureStatusFilter } from './erasure-search';
import '../privacy.css';

const routeApi = getRouteApi('/_console/erasure-requests');
const PAGE_SIZE = 20;
const FILTERS: readonly ErasureStatusFilter[] = [...ERASURE_STATUSES, 'all'];

/** "Yêu cầu xoá dữ liệu": requests in the officer's scope, pending first; confirm or reject. */
export function ErasureRequestsPage() {
  const { t } = useTranslation('privacy');
  const search = routeApi.useSearch();
  const navigate = routeApi.useNavigate();
  const status = search.status ?? 'pending';
  const page = search.page ?? 1;
  const list = useQuery(
    erasureRequestsQueryOptions({
      status: status === 'all' ? undefined : status,
      page,
      pageSize: PAGE_SIZE,
    }),
  );
  const [deciding, setDeciding] = useState<{ request: ErasureRequestRow; action: 'confirm' | 'reject' }>();

  return (
    <>
      <PageHeader title={t('requests.title')} subtitle={t('requests.subtitle')} />
      <Tabs
        label={t('requests.statusFilter')}
        tabs={FILTERS.map((key) => ({ key, label: key === 'all' ? t('requests.all') : t(`status.${key}`) }))}
        selected={status}
        onSelect={(key) =>
          void navigate({ search: { status: key === 'pending' ? undefined : key, page: undefined } })
        }
      >
        {list.isPending ? <Loading /> : null}
        <ErrorAlert error={list.error} />
        {list.data ? (
          list.data.items.length === 0 ? (
            <p className="empty">{t('requests.empty')}</p>
          ) : (
            <>
              <p className="list-total" aria-live="polite">
                {t('requests.total', { value: formatNumber(list.data.total) })}
              </p>
              <RequestsTable
                rows={list.data.items}
                onDecide={(request, action) => setDeciding({ request, action })}
              />
              <Pagination
                page={page}
                pageSize={PAGE_SIZE}
                total={list.data.total}
                onPageChange={(next) =>
                  void navigate({ search: (prev) => ({ ...prev, page: next > 1 ? next : undefined }) })
                }
              />
            </>
          )
        ) : null}
      </Tabs>
      {deciding?.action === 'confirm' ? (
        <ConfirmErasureDialog request={deciding.request} onClose={() => setDeciding(undefined)} />
      ) : null}
      {deciding?.action === 'reject' ? (
        <RejectErasureDialog request={deciding.request} onClose={() => setDeciding(undefined)} />
      ) : null}
    </>
  );
}

function RequestsTable({
  rows,
  onDecide,
}: {
  rows: ErasureRequestRow[];
  onDecide: (request: ErasureRequestRow, action: 'confirm' | 'reject') => void;
}) {
  const { t } = useTranslation('privacy');
  return (
    <div className="table-wrap">
      <table className="table">
        <thead>
          <tr>
            <th scope="col">{t('requests.colPerson')}</th>
            <th scope="col">{t('requests.colUnit')}</th>
            <th scope="col">{t('requests.colRequested')}</th>
            <th scope="col">{t('requests.colReason')}</th>
            <th scope="col">{t('requests.colStatus')}</th>
            <th scope="col">{t('requests.colDecision')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id}>
              <td>
                {row.personName ? (
                  <Link to="/people/$personId" params={{ personId: row.personId }} className="table__link">
                    {row.personName}
                  </Link>
                ) : (
                  t('erasedName')
                )}
              </td>
              <td>{row.unitName}</td>
              <td>
                {formatDate(row.requestedAt)}
                <span className="table__sub">{t(`requestedBy.${row.requestedBy}`)}</span>
              </td>
              <td>{row.reason}</td>
              <td>
                <StatusBadge status={row.status} />
              </td>
              <td>
                {row.status === 'pending' ? (
                  <div className="erasure-actions">
                    <button
                      type="button"
                      className="button button--danger button--small"
                      onClick={() => onDecide(row, 'confirm')}
                      aria-label={`${t('requests.confirm')}: ${row.personName ?? ''}`}
                    >
                      {t('requests.confirm')}
                    </button>
                    <button
                      type="button"
                      className="button button--small"
                      onClick={() => onDecide(row, 'reject')}
                      aria-label={`${t('requests.reject')}: ${row.personName ?? ''}`}
                    >
                      {t('requests.reject')}
                    </button>
                  </div>
                ) : (
                  <>
                    {row.decidedAt
                      ? t('requests.decidedBy', {
                          name: row.decidedByName ?? '',
                          date: formatDate(row.decidedAt),
                        })
                      : null}
                    {row.decisionNote ? <span className="table__sub">{row.decisionNote}</span> : null}
                  </>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
