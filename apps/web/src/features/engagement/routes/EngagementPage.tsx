// "Thi đua – khen thưởng": challenges set for the places in my scope and their results, the
// officers' leaderboards (full names) and the monthly honour roll for official commendation. The
// tab, the open challenge, the place, the period and the month live in the URL.
import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../components/ui/PageHeader';
import { Tabs } from '../../../components/ui/Tabs';
import { useSession } from '../../../lib/session';
import { BoardPanel } from '../components/BoardPanel';
import { ChallengesPanel } from '../components/ChallengesPanel';
import { HonourRollPanel } from '../components/HonourRollPanel';
import { defaultPlace, type PlaceChoice, samePlace } from '../components/labels';
import { lastCompleteMonth } from '../components/MonthPicker';
import type { EngagementSearch, EngagementTab } from './engagement-search';
import '../../../styles/engagement-console.css';

const routeApi = getRouteApi('/_console/engagement');

export function EngagementPage() {
  const { t } = useTranslation('engagement');
  const session = useSession();
  const search = routeApi.useSearch();
  const navigate = routeApi.useNavigate();
  // The name of a place picked here (a shared link shows the name the API answers with).
  const [picked, setPicked] = useState<PlaceChoice | null>(null);
  const update = (patch: Partial<EngagementSearch>) =>
    void navigate({ search: (prev) => ({ ...prev, ...patch }), resetScroll: false });

  const tab: EngagementTab = search.tab ?? 'challenges';
  const fallback = defaultPlace(session);
  const params =
    search.unitId || search.organisationId
      ? { unitId: search.unitId, organisationId: search.organisationId }
      : fallback?.params;
  const label =
    params && picked && samePlace(params, picked.params)
      ? picked.label
      : params && fallback && samePlace(params, fallback.params)
        ? fallback.label
        : '';
  const place: PlaceChoice | null = params ? { params, label } : null;
  const choosePlace = (next: PlaceChoice) => {
    setPicked(next);
    update({ unitId: next.params.unitId, organisationId: next.params.organisationId });
  };

  return (
    <>
      <PageHeader title={t('title')} subtitle={t('subtitle')} />
      <Tabs
        label={t('tabs.label')}
        tabs={[
          { key: 'challenges', label: t('tabs.challenges') },
          { key: 'board', label: t('tabs.board') },
          { key: 'honour', label: t('tabs.honour') },
        ]}
        selected={tab}
        onSelect={(key) => update({ tab: key === 'challenges' ? undefined : key })}
      >
        {tab === 'challenges' ? (
          <ChallengesPanel
            status={search.status ?? 'all'}
            open={search.challenge}
            onStatus={(status) => update({ status: status === 'all' ? undefined : status })}
            onOpen={(challenge) => update({ challenge })}
          />
        ) : tab === 'board' ? (
          <BoardPanel
            place={place}
            period={search.period ?? 'month'}
            onPlace={choosePlace}
            onPeriod={(period) => update({ period })}
          />
        ) : (
          <HonourRollPanel
            place={place}
            month={search.month ?? lastCompleteMonth()}
            onPlace={choosePlace}
            onMonth={(month) => update({ month })}
          />
        )}
      </Tabs>
    </>
  );
}
