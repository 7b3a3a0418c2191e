import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ui/Alert';
import { Loading } from '../../../components/ui/Loading';
import { myEngagementQueryOptions } from '../../../lib/my-engagement';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { BadgeGrid } from '../components/BadgeGrid';
import { ChallengesCard } from '../components/ChallengesCard';
import { Leaderboards } from '../components/Leaderboards';
import { LeagueCard } from '../components/LeagueCard';
import { PrivacyForm } from '../components/PrivacyForm';
import { SummaryCard } from '../components/SummaryCard';
import '../../../styles/progress.css';

/**
 * "Thành tích": XP and streak with the last seven days, badges, this week's league, the boards of
 * my places, challenges, and how I appear on public boards.
 */
export function ProgressPage() {
  const { t } = useTranslation('progress');
  const me = useQuery(myEngagementQueryOptions);
  useDocumentTitle(t('page.title'));
  if (me.isPending) return <Loading />;
  if (me.isError) return <ErrorAlert error={me.error} />;
  const data = me.data;

  return (
    <div className="learn-stack progress-page">
      <header className="learn-hero">
        <h1 className="learn-hero__title">{t('page.title')}</h1>
        <p className="learn-hero__sub">{t('page.subtitle')}</p>
      </header>
      <SummaryCard me={data} />
      <BadgeGrid badges={data.badges} />
      <LeagueCard league={data.league} today={data.today.day} />
      <Leaderboards isPublic={data.profile.public} />
      <ChallengesCard />
      <PrivacyForm profile={data.profile} />
    </div>
  );
}
