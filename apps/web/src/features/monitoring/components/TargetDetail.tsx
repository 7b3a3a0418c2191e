// The selected target at the place shown: its weekly trend against the target, then the target
// broken down by commune (map and ranking), by target group, or by organisation.
import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { TrendChart } from '../../../components/charts/TrendChart';
import { Tabs } from '../../../components/ui/Tabs';
import { formatPercent } from '../../../lib/format';
import type { BreakdownParams } from '../api/get-breakdown';
import type { BreakdownBy, PlaceParams, PlaceView, TargetOverview } from '../api/types';
import { GroupBreakdown } from './GroupBreakdown';
import { targetTitle } from './labels';
import { OrganisationBreakdown } from './OrganisationBreakdown';
import { UnitBreakdown } from './UnitBreakdown';

export const hasChildUnits = (place: PlaceView) => place.kind === 'unit' && place.children > 0;

/** The breakdowns that make sense at a place: by unit only where there are units below. */
export function breakdownsAt(place: PlaceView): BreakdownBy[] {
  if (place.kind === 'organisation') return ['group', 'organisation'];
  return hasChildUnits(place) ? ['unit', 'group', 'organisation'] : ['group', 'organisation'];
}

interface Props {
  target: TargetOverview;
  place: PlaceView;
  placeParams: PlaceParams;
  by: BreakdownBy;
  asOf: string | undefined;
  onBy: (by: BreakdownBy) => void;
  /** The heading takes focus when a target is picked from its card. */
  headingRef?: Ref<HTMLHeadingElement>;
}

export function TargetDetail({ target, place, placeParams, by, asOf, onBy, headingRef }: Props) {
  const { t, i18n } = useTranslation('monitoring');
  const points = target.trend.flatMap((p) => (p.value === null ? [] : [{ day: p.day, value: p.value }]));
  const tabs = breakdownsAt(place).map((key) => ({ key, label: t(`detail.by.${key}`) }));
  const params: BreakdownParams = { ...placeParams, by, asOf };
  return (
    <section className="target-detail" aria-labelledby="target-detail-title">
      <h2 className="section-title" id="target-detail-title" ref={headingRef} tabIndex={-1}>
        {t('detail.heading', { code: target.code, title: targetTitle(target, i18n.language) })}
      </h2>
      {points.length ? (
        <TrendChart
          title={t('detail.trendTitle')}
          summary={t('detail.trendSummary', { place: place.name, target: formatPercent(target.targetShare) })}
          series={[{ key: place.id, name: place.name, points }]}
          target={target.targetShare}
        />
      ) : (
        <p className="empty">{t('detail.noTrend')}</p>
      )}
      {place.kind === 'organisation' ? <p className="muted">{t('detail.orgPlaceNote')}</p> : null}
      <Tabs label={t('detail.tabs')} tabs={tabs} selected={by} onSelect={onBy}>
        {by === 'unit' ? (
          <UnitBreakdown target={target} place={place} params={params} />
        ) : by === 'group' ? (
          <GroupBreakdown target={target} params={params} />
        ) : (
          <OrganisationBreakdown key={`${target.id}-${place.id}`} target={target} params={params} />
        )}
      </Tabs>
    </section>
  );
}
