import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ui/Alert';
import { Loading } from '../../../components/ui/Loading';
import { PageHeader } from '../../../components/ui/PageHeader';
import { SearchBox } from '../../../components/ui/SearchBox';
import { formatIsoDay, formatNumber } from '../../../lib/format';
import { unitQueryOptions } from '../api/get-unit';
import { UnitBreadcrumb } from '../components/UnitBreadcrumb';
import { UnitList } from '../components/UnitList';

const routeApi = getRouteApi('/_console/units/$unitId');
const PAGE_SIZE = 50;

export function UnitDetailPage() {
  const { t } = useTranslation('units');
  const { unitId } = routeApi.useParams();
  const search = routeApi.useSearch();
  const navigate = routeApi.useNavigate();
  const id = Number(unitId);
  const unit = useQuery(unitQueryOptions(id));

  if (unit.isPending) return <Loading />;
  if (unit.isError) return <ErrorAlert error={unit.error} />;
  const data = unit.data;
  const childrenTitle = search.q
    ? t('resultsWithinTitle', { q: search.q, name: data.fullName })
    : t('childrenTitle');

  return (
    <>
      <UnitBreadcrumb ancestors={data.ancestors} current={data.fullName} />
      <PageHeader
        title={data.fullName}
        subtitle={
          data.ancestors.length
            ? data.ancestors
                .map((a) => a.fullName)
                .reverse()
                .join(', ')
            : undefined
        }
      />
      <dl className="facts facts--inline card">
        <div>
          <dt>{t('columns.code')}</dt>
          <dd className="mono">{data.code}</dd>
        </div>
        <div>
          <dt>{t('columns.type')}</dt>
          <dd>{t(`common:unitType.${data.type}`)}</dd>
        </div>
        <div>
          <dt>{t('columns.children')}</dt>
          <dd>{formatNumber(data.childCount)}</dd>
        </div>
        <div>
          <dt>{t('validFrom')}</dt>
          <dd>{formatIsoDay(data.validFrom)}</dd>
        </div>
      </dl>
      {data.childCount > 0 ? (
        <>
          <SearchBox
            label={t('searchWithinLabel', { name: data.fullName })}
            placeholder={t('searchPlaceholder')}
            value={search.q ?? ''}
            onSearch={(q) => navigate({ search: { q: q || undefined } })}
          />
          <h2 className="section-title">{childrenTitle}</h2>
          <UnitList
            params={{ parentId: id, q: search.q, page: search.page ?? 1, pageSize: PAGE_SIZE }}
            caption={childrenTitle}
            onPageChange={(next) => navigate({ search: (prev) => ({ ...prev, page: next }) })}
          />
        </>
      ) : (
        <p className="empty">{t('noChildren')}</p>
      )}
    </>
  );
}
