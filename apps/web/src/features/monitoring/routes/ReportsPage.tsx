// "Báo cáo định kỳ": for a period (the current quarter by default), my unit's report — generate,
// download, submit — and where the units below stand with theirs.
import { useQuery } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { Alert, ErrorAlert } from '../../../components/ui/Alert';
import { Loading } from '../../../components/ui/Loading';
import { PageHeader } from '../../../components/ui/PageHeader';
import { SelectField } from '../../../components/ui/SelectField';
import { ApiError } from '../../../lib/api-error';
import { formatIsoDay } from '../../../lib/format';
import { hasPermission, useSession } from '../../../lib/session';
import { reportBoardQueryOptions } from '../api/get-report-board';
import { campaignsQueryOptions } from '../api/list-campaigns';
import type { CampaignSummary } from '../api/types';
import { ChildReportsTable } from '../components/ChildReportsTable';
import {
  type Period,
  parsePeriodKey,
  periodContaining,
  periodKey,
  periodLabel,
  todayIso,
} from '../components/calendar';
import { campaignName } from '../components/labels';
import { OwnReportCard } from '../components/OwnReportCard';
import { PeriodPicker } from '../components/PeriodPicker';
import '../../../styles/monitoring.css';

const routeApi = getRouteApi('/_console/monitoring/reports');

export function ReportsPage() {
  const { t, i18n } = useTranslation('monitoring');
  const search = routeApi.useSearch();
  const navigate = routeApi.useNavigate();
  const campaigns = useQuery(campaignsQueryOptions);
  const items = campaigns.data?.items ?? [];
  const campaign =
    items.find((c) => c.id === search.campaign) ?? items.find((c) => c.status === 'active') ?? items[0];
  const period = (search.period && parsePeriodKey(search.period)) || periodContaining('quarter', todayIso());

  return (
    <>
      <PageHeader
        title={t('reports.title')}
        subtitle={campaign ? campaignName(campaign, i18n.language) : undefined}
        actions={
          <Link
            to="/monitoring"
            search={{ campaign: search.campaign, unitId: search.unitId }}
            className="button button--ghost"
          >
            {t('reports.back')}
          </Link>
        }
      />
      <p className="muted">{t('reports.intro')}</p>
      {campaigns.isPending ? <Loading /> : null}
      <ErrorAlert error={campaigns.error} />
      {campaigns.data && !campaign ? <p className="empty">{t('noCampaigns')}</p> : null}
      {campaign ? (
        <>
          <div className="monitoring-toolbar">
            {items.length > 1 ? (
              <SelectField
                label={t('campaign')}
                value={campaign.id}
                onValueChange={(id) => void navigate({ search: (prev) => ({ ...prev, campaign: id }) })}
                options={items.map((c) => ({ value: c.id, label: campaignName(c, i18n.language) }))}
              />
            ) : null}
            <PeriodPicker
              period={period}
              years={campaignYears(campaign, period.year)}
              onChange={(next) =>
                void navigate({
                  search: (prev) => ({ ...prev, period: periodKey(next) }),
                  resetScroll: false,
                })
              }
            />
          </div>
          <Board campaign={campaign} period={period} unitId={search.unitId} />
        </>
      ) : null}
    </>
  );
}

/** The campaign's years, and the one shown even if outside them (a shared link). */
function campaignYears(campaign: CampaignSummary, shown: number): number[] {
  const first = Number(campaign.startsOn.slice(0, 4));
  const last = Number(campaign.endsOn.slice(0, 4));
  const years = new Set([shown]);
  for (let y = first; y <= last; y++) years.add(y);
  return [...years].sort((a, b) => a - b);
}

function Board({ campaign, period, unitId }: { campaign: CampaignSummary; period: Period; unitId?: number }) {
  const { t } = useTranslation('monitoring');
  const session = useSession();
  const key = periodKey(period);
  const board = useQuery(reportBoardQueryOptions(campaign.id, key, unitId));
  const name = periodLabel(t, period);
  if (board.isPending) return <Loading />;
  if (board.error) {
    return board.error instanceof ApiError && board.error.status === 403 ? (
      <Alert tone="info">{t('reports.orgForbidden')}</Alert>
    ) : (
      <ErrorAlert error={board.error} />
    );
  }
  const { own, children } = board.data;
  const p = board.data.period;
  return (
    <div aria-busy={board.isFetching}>
      <p className="report-period" aria-live="polite">
        <strong>{name}</strong>{' '}
        {t('reports.period.range', {
          start: formatIsoDay(p.start),
          end: formatIsoDay(p.end),
          due: formatIsoDay(p.dueOn),
        })}
      </p>
      {own ? (
        <OwnReportCard
          key={`${key}-${own.unitId}`}
          campaignId={campaign.id}
          period={key}
          periodName={name}
          unitId={unitId}
          entry={own}
          canSubmit={hasPermission(session, 'reports.submit')}
        />
      ) : null}
      {/* A commune has no units below it: nothing to list. */}
      {children.length ? <ChildReportsTable entries={children} periodName={key} /> : null}
    </div>
  );
}
