// "Theo dõi chỉ tiêu": every target of a campaign at a place (the province, a commune, an
// organisation), the selected target's trend and breakdowns, the people behind it, and the
// laggards. The place, target, tab and day live in the URL, so each drill-down can be shared and
// the back button climbs back up.
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { type RefObject, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ui/Alert';
import { Loading } from '../../../components/ui/Loading';
import { PageHeader } from '../../../components/ui/PageHeader';
import { SelectField } from '../../../components/ui/SelectField';
import { formatIsoDay, formatNumber } from '../../../lib/format';
import { hasPermission, useSession } from '../../../lib/session';
import { overviewQueryOptions } from '../api/get-overview';
import { campaignsQueryOptions } from '../api/list-campaigns';
import type { CampaignSummary, LaggardKind, Overview, PlaceParams } from '../api/types';
import { AsOfForm } from '../components/AsOfForm';
import { useDashboardNav } from '../components/dashboard-nav';
import { LaggardsPanel } from '../components/LaggardsPanel';
import { campaignName } from '../components/labels';
import { PlaceBreadcrumb } from '../components/PlaceBreadcrumb';
import { SubjectsPanel } from '../components/SubjectsPanel';
import { TargetCard } from '../components/TargetCard';
import { breakdownsAt, hasChildUnits, TargetDetail } from '../components/TargetDetail';
import '../../../styles/monitoring.css';

export function MonitoringPage() {
  const { t } = useTranslation('monitoring');
  const campaigns = useQuery(campaignsQueryOptions);
  const { search } = useDashboardNav();
  if (campaigns.isPending || campaigns.error) {
    return (
      <>
        <PageHeader title={t('title')} />
        {campaigns.isPending ? <Loading /> : <ErrorAlert error={campaigns.error} />}
      </>
    );
  }
  const items = campaigns.data.items;
  const campaign =
    items.find((c) => c.id === search.campaign) ?? items.find((c) => c.status === 'active') ?? items[0];
  if (!campaign) {
    return (
      <>
        <PageHeader title={t('title')} />
        <p className="empty">{t('noCampaigns')}</p>
      </>
    );
  }
  return <Dashboard campaigns={items} campaign={campaign} />;
}

function Dashboard({ campaigns, campaign }: { campaigns: CampaignSummary[]; campaign: CampaignSummary }) {
  const { t, i18n } = useTranslation('monitoring');
  const { search, update } = useDashboardNav();
  const placeParams: PlaceParams = { unitId: search.unitId, organisationId: search.organisationId };
  const overview = useQuery(overviewQueryOptions(campaign.id, placeParams, search.asOf));
  const detailHeading = useRef<HTMLHeadingElement>(null);
  const [focusDetail, setFocusDetail] = useState(false);

  // After a target is picked from its card, take the reader to its detail.
  useEffect(() => {
    if (!focusDetail || !detailHeading.current) return;
    detailHeading.current.focus({ preventScroll: true });
    detailHeading.current.scrollIntoView({ block: 'start', behavior: 'smooth' });
    setFocusDetail(false);
  });

  const data = overview.data;
  const placeId = overview.isPlaceholderData ? null : (data?.place.id ?? null);
  const shownPlace = useRef<string | null>(null);
  // After a drill-down (the control clicked is gone), keyboard and screen-reader users start again
  // at the new place's targets, as after opening a page.
  useEffect(() => {
    if (!placeId) return;
    if (shownPlace.current && shownPlace.current !== placeId) {
      document.getElementById('targets-title')?.focus({ preventScroll: true });
    }
    shownPlace.current = placeId;
  }, [placeId]);
  const requested = search.organisationId ?? (search.unitId ? String(search.unitId) : null);
  // Figures of the place we came from, shown dimmed while the new place loads: no detail from them.
  const placeChanged = overview.isPlaceholderData && (requested === null || requested !== data?.place.id);

  return (
    <>
      <PageHeader
        title={t('title')}
        subtitle={campaignName(campaign, i18n.language)}
        actions={
          data?.place.kind === 'unit' ? (
            <>
              <Link
                to="/monitoring/population"
                search={{ unitId: search.unitId }}
                className="button button--secondary"
              >
                {t('population.link')}
              </Link>
              <Link
                to="/monitoring/reports"
                search={{ campaign: search.campaign, unitId: search.unitId }}
                className="button button--secondary"
              >
                {t('reportsLink')}
              </Link>
            </>
          ) : null
        }
      />
      <div className="monitoring-toolbar">
        {campaigns.length > 1 ? (
          <SelectField
            label={t('campaign')}
            value={campaign.id}
            onValueChange={(id) =>
              update({
                campaign: id,
                unitId: undefined,
                organisationId: undefined,
                target: undefined,
                by: undefined,
              })
            }
            options={campaigns.map((c) => ({ value: c.id, label: campaignName(c, i18n.language) }))}
          />
        ) : null}
        <AsOfForm
          asOf={search.asOf}
          campaignStart={campaign.startsOn}
          onChange={(asOf) => update({ asOf })}
        />
      </div>
      {search.asOf ? (
        <p className="alert alert--info monitoring-note">
          {t('asOf.pastNote', { date: formatIsoDay(search.asOf) })}
        </p>
      ) : null}
      {data ? <PlaceBreadcrumb place={data.place} /> : null}
      <p className="monitoring-pending" aria-live="polite">
        {data?.pending ? t('pending', { count: data.pending, value: formatNumber(data.pending) }) : ''}
      </p>
      {overview.isPending ? <Loading /> : null}
      <ErrorAlert error={overview.error} />
      {data ? (
        <div
          className={overview.isPlaceholderData ? 'is-refreshing' : undefined}
          aria-busy={overview.isFetching}
        >
          <TargetGrid
            overview={data}
            selected={search.target}
            onSelect={(id) => {
              const picking = id !== search.target;
              void update({ target: picking ? id : undefined });
              setFocusDetail(picking);
            }}
          />
          {placeChanged ? (
            <Loading />
          ) : (
            <PlaceDetail overview={data} placeParams={placeParams} headingRef={detailHeading} />
          )}
        </div>
      ) : null}
    </>
  );
}

interface PlaceDetailProps {
  overview: Overview;
  placeParams: PlaceParams;
  headingRef: RefObject<HTMLHeadingElement | null>;
}

/** The selected target, its people and the laggards, at the place the overview is of. */
function PlaceDetail({ overview, placeParams, headingRef }: PlaceDetailProps) {
  const session = useSession();
  const { search, update } = useDashboardNav();
  const target = overview.targets.find((x) => x.id === search.target);
  const available = breakdownsAt(overview.place);
  const by = search.by && available.includes(search.by) ? search.by : (available[0] ?? 'group');
  const canReadPeople = hasPermission(session, 'people.read');
  const laggardKinds: LaggardKind[] = [
    ...(hasChildUnits(overview.place) ? (['units'] as const) : []),
    // An organisation place lists its own sub-organisations (the server keeps to them).
    ...(['organisations'] as const),
    ...(canReadPeople ? (['people'] as const) : []),
  ];
  return (
    <>
      {target ? (
        <TargetDetail
          target={target}
          place={overview.place}
          placeParams={placeParams}
          by={by}
          asOf={search.asOf}
          onBy={(next) => void update({ by: next })}
          headingRef={headingRef}
        />
      ) : null}
      {target && canReadPeople ? (
        <SubjectsPanel
          key={`${target.id}-${overview.place.id}`}
          target={target}
          place={overview.place}
          placeParams={placeParams}
        />
      ) : null}
      <LaggardsPanel
        key={overview.place.id}
        campaignId={overview.campaign.id}
        placeParams={placeParams}
        kinds={laggardKinds}
      />
    </>
  );
}

function TargetGrid({
  overview,
  selected,
  onSelect,
}: {
  overview: Overview;
  selected: string | undefined;
  onSelect: (id: string) => void;
}) {
  const { t } = useTranslation('monitoring');
  return (
    <section aria-labelledby="targets-title">
      <h2 className="section-title monitoring-focus" id="targets-title" tabIndex={-1}>
        {t('targets.title', { place: overview.place.name })}
      </h2>
      <p className="muted">
        {t('asOf.showing', { date: formatIsoDay(overview.day) })} {t('targets.intro')}
      </p>
      {overview.targets.length ? (
        <ul className="target-grid">
          {overview.targets.map((target) => (
            <li key={target.id}>
              <TargetCard
                target={target}
                selected={target.id === selected}
                onSelect={() => onSelect(target.id)}
              />
            </li>
          ))}
        </ul>
      ) : (
        <p className="empty">{t('targets.empty')}</p>
      )}
    </section>
  );
}
