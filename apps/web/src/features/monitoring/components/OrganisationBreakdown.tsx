// A target by organisation located in the place, lowest share first, a page at a time; an
// organisation's name opens its own dashboard.
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { StatusText } from '../../../components/charts/StatusLegend';
import { ErrorAlert } from '../../../components/ui/Alert';
import { ExportLinks } from '../../../components/ui/ExportLinks';
import { Loading } from '../../../components/ui/Loading';
import { Pagination } from '../../../components/ui/Pagination';
import { formatNumber, formatPercent } from '../../../lib/format';
import { type BreakdownParams, breakdownExportHref, breakdownQueryOptions } from '../api/get-breakdown';
import type { TargetOverview } from '../api/types';
import { PlaceLink } from './dashboard-nav';
import { figuresText } from './labels';

const PAGE_SIZE = 20;

export function OrganisationBreakdown({
  target,
  params,
}: {
  target: TargetOverview;
  params: BreakdownParams;
}) {
  const { t } = useTranslation(['monitoring', 'charts']);
  const [page, setPage] = useState(1);
  const breakdown = useQuery(breakdownQueryOptions(target.id, { ...params, page, pageSize: PAGE_SIZE }));
  if (breakdown.isPending) return <Loading />;
  if (breakdown.error) return <ErrorAlert error={breakdown.error} />;
  const { items, total } = breakdown.data;
  const columns = {
    name: t('organisations.name'),
    unit: t('organisations.unit'),
    figures: t('organisations.figures'),
    value: t('organisations.value'),
    status: t('organisations.status'),
  };
  return (
    <div
      className={breakdown.isPlaceholderData ? 'is-refreshing' : undefined}
      aria-busy={breakdown.isFetching}
    >
      <h3 className="monitoring-subtitle">{t('organisations.title')}</h3>
      <p className="list-total" aria-live="polite">
        {t('organisations.total', { count: total, value: formatNumber(total) })}
      </p>
      {items.length ? (
        <div className="table-wrap">
          <table className="table table--cards">
            <caption className="visually-hidden">{t('organisations.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{columns.name}</th>
                <th scope="col">{columns.unit}</th>
                <th scope="col" className="num">
                  {columns.figures}
                </th>
                <th scope="col" className="num">
                  {columns.value}
                </th>
                <th scope="col">{columns.status}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((i) => (
                <tr key={i.key}>
                  <td className="table__primary" data-label={columns.name}>
                    {i.drill === 'organisation' ? (
                      <PlaceLink place={{ kind: 'organisation', id: i.key }}>{i.label}</PlaceLink>
                    ) : (
                      i.label
                    )}
                  </td>
                  <td data-label={columns.unit}>{i.detail}</td>
                  <td className="num" data-label={columns.figures}>
                    {figuresText(t, i, target.subject)}
                  </td>
                  <td className="num" data-label={columns.value}>
                    {i.value === null ? t('charts:noData') : formatPercent(i.value)}
                  </td>
                  <td data-label={columns.status}>
                    <StatusText status={i.status} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p className="empty">{t('organisations.empty')}</p>
      )}
      <Pagination page={page} pageSize={PAGE_SIZE} total={total} onPageChange={setPage} />
      <ExportLinks
        href={(format) => breakdownExportHref(target.id, params, format)}
        context={t('detail.by.organisation')}
      />
    </div>
  );
}
