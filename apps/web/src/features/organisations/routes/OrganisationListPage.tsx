import { useQuery } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ui/Alert';
import { ExportLinks } from '../../../components/ui/ExportLinks';
import { Loading } from '../../../components/ui/Loading';
import { PageHeader } from '../../../components/ui/PageHeader';
import { Pagination } from '../../../components/ui/Pagination';
import { SearchBox } from '../../../components/ui/SearchBox';
import { buildQuery } from '../../../lib/api-client';
import { formatNumber } from '../../../lib/format';
import { hasPermission, useSession } from '../../../lib/session';
import { useClampPage } from '../../../lib/use-clamp-page';
import { organisationListQueryOptions } from '../api/list-organisations';
import { OrganisationFilters } from '../components/OrganisationFilters';
import { OrganisationTable } from '../components/OrganisationTable';
import { DEFAULT_ORGANISATION_SORT, type OrganisationsSearch } from './organisations-search';

const routeApi = getRouteApi('/_console/organisations');
const PAGE_SIZE = 20;

export function OrganisationListPage() {
  const { t } = useTranslation('organisations');
  const session = useSession();
  const search = routeApi.useSearch();
  const navigate = routeApi.useNavigate();
  const sort = search.sort ?? DEFAULT_ORGANISATION_SORT;
  const list = useQuery(
    organisationListQueryOptions({
      q: search.q,
      type: search.type,
      unitId: search.unitId,
      sort,
      page: search.page ?? 1,
      pageSize: PAGE_SIZE,
    }),
  );

  // Any change of criteria starts again from page 1.
  const update = (patch: Partial<OrganisationsSearch>) =>
    navigate({ search: (prev) => ({ ...prev, ...patch, page: undefined }) });

  useClampPage(list.data, search.page ?? 1, () => {
    void navigate({ search: (prev) => ({ ...prev, page: undefined }), replace: true });
  });

  return (
    <>
      <PageHeader
        title={t('title')}
        subtitle={t('subtitle')}
        actions={
          <>
            <ExportLinks
              href={(format) =>
                `/api/organisations/export${buildQuery({ q: search.q, type: search.type, unitId: search.unitId, sort, format })}`
              }
            />
            {hasPermission(session, 'organisations.create') ? (
              <Link to="/organisations/new" className="button button--primary">
                {t('add')}
              </Link>
            ) : null}
          </>
        }
      />
      <SearchBox
        label={t('searchLabel')}
        placeholder={t('searchPlaceholder')}
        value={search.q ?? ''}
        onSearch={(q) => update({ q: q || undefined })}
      />
      <OrganisationFilters search={search} sort={sort} onChange={update} />
      {list.isPending ? <Loading /> : null}
      <ErrorAlert error={list.error} />
      {list.data ? (
        <div className={list.isPlaceholderData ? 'is-refreshing' : undefined} aria-busy={list.isFetching}>
          <p className="list-total" aria-live="polite">
            {t('total', { count: list.data.total, value: formatNumber(list.data.total) })}
          </p>
          {list.data.items.length ? (
            <OrganisationTable
              organisations={list.data.items}
              sort={sort}
              onSort={(next) => update({ sort: next })}
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
