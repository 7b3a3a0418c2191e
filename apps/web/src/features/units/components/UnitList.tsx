import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ui/Alert';
import { Loading } from '../../../components/ui/Loading';
import { Pagination } from '../../../components/ui/Pagination';
import { formatNumber } from '../../../lib/format';
import { useClampPage } from '../../../lib/use-clamp-page';
import { type ListUnitsParams, unitListQueryOptions } from '../api/list-units';
import { UnitTable } from './UnitTable';

interface UnitListProps {
  params: ListUnitsParams & { page: number; pageSize: number };
  caption: string;
  onPageChange: (page: number) => void;
}

/** One page of units (children of a unit, the provinces, or search results) with paging. */
export function UnitList({ params, caption, onPageChange }: UnitListProps) {
  const { t, i18n } = useTranslation('units');
  const list = useQuery(unitListQueryOptions(params));
  useClampPage(list.data, params.page, () => onPageChange(1));
  if (list.isPending) return <Loading />;
  if (list.isError) return <ErrorAlert error={list.error} />;
  const { items, total, page, pageSize } = list.data;
  return (
    <div className={list.isPlaceholderData ? 'is-refreshing' : undefined} aria-busy={list.isFetching}>
      <p className="list-total" aria-live="polite">
        {params.q
          ? t('totalMatches', { count: total, value: formatNumber(total) })
          : t('total', { count: total, value: formatNumber(total) })}
      </p>
      {items.length ? (
        <UnitTable units={items} caption={caption} showEnglish={i18n.resolvedLanguage === 'en'} />
      ) : (
        <p className="empty">{params.q ? t('noMatches') : t('noChildren')}</p>
      )}
      <Pagination page={page} pageSize={pageSize} total={total} onPageChange={onPageChange} />
    </div>
  );
}
