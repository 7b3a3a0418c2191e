// A target by child unit: the province map (when the platform has its boundaries) and the communes
// ranked by share; a click on a commune — on the map, a bar or in either table — drills down.
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ChoroplethMap, type CommuneValue } from '../../../components/charts/ChoroplethMap';
import { RankedBarChart, type RankedBarRow } from '../../../components/charts/RankedBarChart';
import { ErrorAlert } from '../../../components/ui/Alert';
import { ExportLinks } from '../../../components/ui/ExportLinks';
import { Loading } from '../../../components/ui/Loading';
import { formatNumber } from '../../../lib/format';
import { type BreakdownParams, breakdownExportHref, breakdownQueryOptions } from '../api/get-breakdown';
import { communeMapQueryOptions } from '../api/get-commune-map';
import type { PlaceView, TargetOverview } from '../api/types';
import { useDashboardNav } from './dashboard-nav';
import { figuresText } from './labels';

interface Props {
  target: TargetOverview;
  place: PlaceView;
  params: BreakdownParams;
}

/** A province place (2-digit code) has a commune map; a district-era unit or a commune does not. */
const provinceCodeOf = (place: PlaceView) =>
  place.kind === 'unit' && place.code && /^\d{2}$/.test(place.code) ? place.code : null;

export function UnitBreakdown({ target, place, params }: Props) {
  const { t } = useTranslation('monitoring');
  const { drill } = useDashboardNav();
  const provinceCode = provinceCodeOf(place);
  const breakdown = useQuery(breakdownQueryOptions(target.id, params));
  const geo = useQuery({ ...communeMapQueryOptions(provinceCode ?? ''), enabled: provinceCode !== null });

  if (breakdown.isPending) return <Loading />;
  if (breakdown.error) return <ErrorAlert error={breakdown.error} />;

  const items = breakdown.data.items;
  const withData = items.filter((i) => i.value !== null);
  const openUnit = (key: string) => drill({ kind: 'unit', id: key });
  const byCode = new Map(items.map((i) => [i.code, i]));
  const values: Record<string, CommuneValue> = {};
  for (const i of withData) {
    if (i.code) values[i.code] = { value: i.value ?? 0, label: i.label, status: i.status };
  }
  const rows: RankedBarRow[] = withData.map((i) => ({
    key: i.key,
    label: i.label,
    value: i.value ?? 0,
    target: target.targetShare,
    status: i.status,
    detail: figuresText(t, i, target.subject),
  }));
  const without = items.length - withData.length;

  return (
    <div
      className={breakdown.isPlaceholderData ? 'is-refreshing' : undefined}
      aria-busy={breakdown.isFetching}
    >
      <div className={geo.data ? 'unit-breakdown unit-breakdown--map' : 'unit-breakdown'}>
        {provinceCode && geo.isPending ? <Loading label={t('units.mapLoading')} /> : null}
        {geo.data ? (
          <ChoroplethMap
            title={t('units.mapTitle')}
            summary={t('units.mapSummary')}
            provinceCode={provinceCode ?? ''}
            geojson={geo.data}
            values={values}
            valueLabel={t('organisations.value')}
            onSelect={(code) => {
              const item = byCode.get(code);
              if (item) openUnit(item.key);
            }}
          />
        ) : null}
        {rows.length ? (
          <RankedBarChart
            title={t('units.barsTitle')}
            summary={
              without > 0
                ? t('units.barsSummary', {
                    withData: formatNumber(rows.length),
                    without: formatNumber(without),
                  })
                : t('units.barsSummaryAll', { withData: formatNumber(rows.length) })
            }
            rows={rows}
            nameLabel={t('units.name')}
            onSelect={openUnit}
          />
        ) : (
          <p className="empty">{t('units.empty')}</p>
        )}
      </div>
      <ExportLinks
        href={(format) => breakdownExportHref(target.id, params, format)}
        context={t('detail.by.unit')}
      />
    </div>
  );
}
