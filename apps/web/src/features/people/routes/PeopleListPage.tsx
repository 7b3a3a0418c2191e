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
import { peopleListQueryOptions } from '../api/list-people';
import { PeopleFilters } from '../components/PeopleFilters';
import { PeopleTable } from '../components/PeopleTable';
import { DEFAULT_PEOPLE_SORT, type PeopleSearch } from './people-search';

const routeApi = getRouteApi('/_console/people');
const PAGE_SIZE = 20;

export function PeopleListPage() {
  const { t } = useTranslation('people');
  const session = useSession();
  const search = routeApi.useSearch();
  const navigate = routeApi.useNavigate();
  const sort = search.sort ?? DEFAULT_PEOPLE_SORT;
  const page = search.page ?? 1;
  const list = useQuery(
    peopleListQueryOptions({
      q: search.q,
      unitId: search.unitId,
      targetGroup: search.targetGroup,
      vulnerability: search.vulnerability,
      sort,
      page,
      pageSize: PAGE_SIZE,
    }),
  );

  // Any change of criteria starts again from page 1.
  const update = (patch: Partial<PeopleSearch>) =>
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
                `/api/people/export${buildQuery({
                  q: search.q,
                  unitId: search.unitId,
                  targetGroup: search.targetGroup,
                  vulnerability: search.vulnerability,
                  sort,
                  format,
                })}`
              }
            />
            {hasPermission(session, 'people.create') ? (
              <Link to="/people/new" className="button button--primary">
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
      <PeopleFilters search={search} sort={sort} onChange={update} />
      {list.isPending ? <Loading /> : null}
      <ErrorAlert error={list.error} />
      {list.data ? (
        <div className={list.isPlaceholderData ? 'is-refreshing' : undefined} aria-busy={list.isFetching}>
          <p className="list-total" aria-live="polite">
            {t(list.data.totalCapped ? (search.q ? 'totalMoreSearch' : 'totalMore') : 'total', {
              count: list.data.total,
              value: formatNumber(list.data.total),
            })}
          </p>
          {list.data.items.length ? (
            <PeopleTable people={list.data.items} sort={sort} onSort={(next) => update({ sort: next })} />
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
