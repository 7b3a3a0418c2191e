// Where the campaign lags, over all its targets: the communes with the most targets behind, the
// organisations with the lowest mean share, and the learners who stopped learning (7, 14 or 30
// days). Communes and organisations open their own dashboard.
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ui/Alert';
import { ExportLinks } from '../../../components/ui/ExportLinks';
import { Loading } from '../../../components/ui/Loading';
import { Pagination } from '../../../components/ui/Pagination';
import { SelectField } from '../../../components/ui/SelectField';
import { Tabs } from '../../../components/ui/Tabs';
import { formatDate, formatNumber, formatPercent } from '../../../lib/format';
import { type LaggardsParams, laggardsExportHref, laggardsQueryOptions } from '../api/list-laggards';
import type { Laggard, LaggardKind, PlaceParams } from '../api/types';
import { PlaceLink } from './dashboard-nav';

const PAGE_SIZE = 20;
const DAY_CHOICES = [7, 14, 30] as const;

export function LaggardsPanel({
  campaignId,
  placeParams,
  kinds,
}: {
  campaignId: string;
  placeParams: PlaceParams;
  /** The lists that make sense at this place and for this session. */
  kinds: LaggardKind[];
}) {
  const { t } = useTranslation('monitoring');
  const [chosen, setChosen] = useState<LaggardKind | null>(null);
  const [page, setPage] = useState(1);
  const [days, setDays] = useState<number>(14);
  const kind = chosen && kinds.includes(chosen) ? chosen : kinds[0];
  if (!kind) return null;
  const params: LaggardsParams = { ...placeParams, kind, days: kind === 'people' ? days : undefined };

  return (
    <section className="monitoring-section" aria-labelledby="laggards-title">
      <h2 className="section-title" id="laggards-title">
        {t('laggards.title')}
      </h2>
      <p className="muted">{t('laggards.intro')}</p>
      <Tabs
        label={t('laggards.tabs')}
        tabs={kinds.map((k) => ({ key: k, label: t(`laggards.${k}`) }))}
        selected={kind}
        onSelect={(k) => {
          setChosen(k);
          setPage(1);
        }}
      >
        {kind === 'people' ? (
          <div className="laggards-days">
            <SelectField
              label={t('laggards.days')}
              value={String(days)}
              onValueChange={(v) => {
                setDays(Number(v));
                setPage(1);
              }}
              options={DAY_CHOICES.map((d) => ({
                value: String(d),
                label: t('laggards.daysOption', { count: d }),
              }))}
            />
          </div>
        ) : null}
        <LaggardList campaignId={campaignId} params={params} page={page} onPage={setPage} />
        <ExportLinks
          href={(format) => laggardsExportHref(campaignId, params, format)}
          context={t(`laggards.${kind}`)}
        />
      </Tabs>
    </section>
  );
}

function LaggardList({
  campaignId,
  params,
  page,
  onPage,
}: {
  campaignId: string;
  params: LaggardsParams;
  page: number;
  onPage: (page: number) => void;
}) {
  const { t } = useTranslation('monitoring');
  const list = useQuery(laggardsQueryOptions(campaignId, { ...params, page, pageSize: PAGE_SIZE }));
  if (list.isPending) return <Loading />;
  if (list.error) return <ErrorAlert error={list.error} />;
  const { items, total } = list.data;
  return (
    <div className={list.isPlaceholderData ? 'is-refreshing' : undefined} aria-busy={list.isFetching}>
      <p className="list-total" aria-live="polite">
        {t('laggards.total', { count: total, value: formatNumber(total) })}
      </p>
      {items.length ? (
        <LaggardTable kind={params.kind} items={items} />
      ) : (
        <p className="empty">{t('laggards.empty')}</p>
      )}
      <Pagination page={list.data.page} pageSize={list.data.pageSize} total={total} onPageChange={onPage} />
    </div>
  );
}

function LaggardTable({ kind, items }: { kind: LaggardKind; items: Laggard[] }) {
  const { t } = useTranslation(['monitoring', 'charts']);
  const name = t(
    kind === 'units'
      ? 'laggards.unitName'
      : kind === 'organisations'
        ? 'laggards.organisationName'
        : 'laggards.personName',
  );
  const second = kind === 'units' ? t('laggards.code') : t('laggards.unitName');
  const mean = t('laggards.meanValue');
  return (
    <div className="table-wrap">
      <table className="table table--cards">
        <caption className="visually-hidden">{t(`laggards.${kind}`)}</caption>
        <thead>
          <tr>
            <th scope="col">{name}</th>
            <th scope="col">{second}</th>
            {kind === 'units' ? (
              <th scope="col" className="num">
                {t('laggards.behind')}
              </th>
            ) : null}
            {kind === 'people' ? (
              <th scope="col">{t('laggards.lastActiveAt')}</th>
            ) : (
              <th scope="col" className="num">
                {mean}
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {items.map((row) => (
            <tr key={row.id}>
              <td className="table__primary" data-label={name}>
                {kind === 'people' ? (
                  <Link to="/people/$personId" params={{ personId: row.id }} className="table__link">
                    {row.name}
                  </Link>
                ) : (
                  <PlaceLink place={{ kind: kind === 'units' ? 'unit' : 'organisation', id: row.id }}>
                    {row.name}
                  </PlaceLink>
                )}
              </td>
              <td data-label={second}>{row.detail}</td>
              {kind === 'units' ? (
                <td className="num" data-label={t('laggards.behind')}>
                  {formatNumber(row.behind)}
                </td>
              ) : null}
              {kind === 'people' ? (
                <td data-label={t('laggards.lastActiveAt')}>{formatDate(row.lastActiveAt)}</td>
              ) : (
                <td className="num" data-label={mean}>
                  {row.meanValue === null ? t('charts:noData') : formatPercent(row.meanValue)}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
