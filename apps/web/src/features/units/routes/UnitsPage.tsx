import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../components/ui/PageHeader';
import { SearchBox } from '../../../components/ui/SearchBox';
import { UnitList } from '../components/UnitList';

const routeApi = getRouteApi('/_console/units');
// All 34 provinces fit on one page; searches page by 50.
const PAGE_SIZE = 50;

export function UnitsPage() {
  const { t } = useTranslation('units');
  const search = routeApi.useSearch();
  const navigate = routeApi.useNavigate();
  const page = search.page ?? 1;

  return (
    <>
      <PageHeader title={t('title')} subtitle={t('subtitle')} />
      <SearchBox
        label={t('searchLabel')}
        placeholder={t('searchPlaceholder')}
        value={search.q ?? ''}
        onSearch={(q) => navigate({ search: { q: q || undefined } })}
      />
      <h2 className="section-title">{search.q ? t('resultsTitle', { q: search.q }) : t('provincesTitle')}</h2>
      <UnitList
        params={{ q: search.q, page, pageSize: PAGE_SIZE }}
        caption={search.q ? t('resultsTitle', { q: search.q }) : t('provincesTitle')}
        onPageChange={(next) => navigate({ search: (prev) => ({ ...prev, page: next }) })}
      />
    </>
  );
}
