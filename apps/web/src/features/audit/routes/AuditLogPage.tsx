// "Nhật ký hệ thống": the audit log for system administrators — search, filters, paging, the
// details of each entry, and the same entries as CSV or Excel.
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ui/Alert';
import { ExportLinks } from '../../../components/ui/ExportLinks';
import { Loading } from '../../../components/ui/Loading';
import { PageHeader } from '../../../components/ui/PageHeader';
import { Pagination } from '../../../components/ui/Pagination';
import { SearchBox } from '../../../components/ui/SearchBox';
import { formatNumber } from '../../../lib/format';
import { useClampPage } from '../../../lib/use-clamp-page';
import { auditExportHref, auditListQueryOptions } from '../api/list-audit';
import type { AuditFilters as Filters } from '../api/types';
import { AuditFilters } from '../components/AuditFilters';
import { AuditTable } from '../components/AuditTable';
import type { AuditSearch } from './audit-search';
import '../audit.css';

const routeApi = getRouteApi('/_console/audit');
const PAGE_SIZE = 25;

export function AuditLogPage() {
  const { t } = useTranslation('audit');
  const search = routeApi.useSearch();
  const navigate = routeApi.useNavigate();
  const filters: Filters = {
    q: search.q,
    action: search.action,
    actorAccountId: search.actorAccountId,
    targetType: search.targetType,
    targetId: search.targetId,
    from: search.from,
    to: search.to,
  };
  const list = useQuery(auditListQueryOptions({ ...filters, page: search.page ?? 1, pageSize: PAGE_SIZE }));

  // Any change of criteria starts again from page 1.
  const update = (patch: Partial<AuditSearch>) =>
    navigate({ search: (prev) => ({ ...prev, ...patch, page: undefined }) });

  useClampPage(list.data, search.page ?? 1, () => {
    void navigate({ search: (prev) => ({ ...prev, page: undefined }), replace: true });
  });

  const first = list.data?.items[0];
  const actorName =
    search.actorAccountId && first?.actorAccountId === search.actorAccountId ? first.actorName : null;
  const targetName = search.targetId && first?.targetId === search.targetId ? first.targetName : null;

  return (
    <>
      <PageHeader
        title={t('title')}
        subtitle={t('subtitle')}
        actions={
          <ExportLinks context={t('exportContext')} href={(format) => auditExportHref(filters, format)} />
        }
      />
      <SearchBox
        label={t('searchLabel')}
        placeholder={t('searchPlaceholder')}
        value={search.q ?? ''}
        onSearch={(q) => update({ q: q || undefined })}
      />
      <AuditFilters search={search} actorName={actorName} targetName={targetName} onChange={update} />
      {list.isPending ? <Loading /> : null}
      <ErrorAlert error={list.error} />
      {list.data ? (
        <div className={list.isPlaceholderData ? 'is-refreshing' : undefined} aria-busy={list.isFetching}>
          <p className="list-total" aria-live="polite">
            {t('total', { count: list.data.total, value: formatNumber(list.data.total) })}
            <span className="audit-note">{t('exportNote')}</span>
          </p>
          {list.data.items.length ? (
            <AuditTable
              entries={list.data.items}
              onActor={(actorAccountId) => update({ actorAccountId })}
              onTarget={(targetType, targetId) => update({ targetType, targetId })}
            />
          ) : (
            <p className="empty">{t('empty')}</p>
          )}
          <Pagination
            page={list.data.page}
            pageSize={list.data.pageSize}
            total={list.data.total}
            onPageChange={(next) => navigate({ search: (prev) => ({ ...prev, page: next }) })}
          />
        </div>
      ) : null}
    </>
  );
}
