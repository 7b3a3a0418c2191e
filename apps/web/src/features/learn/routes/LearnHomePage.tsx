import { useQuery } from '@tanstack/react-query';
import { Link, Navigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ui/Alert';
import { Loading } from '../../../components/ui/Loading';
import { formatNumber } from '../../../lib/format';
import { useSession } from '../../../lib/session';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { certificateSummaryQueryOptions } from '../api/get-certificate-summary';
import { masteryQueryOptions } from '../api/get-mastery';
import { isProfileRequired } from '../api/get-profile';
import { todayQueryOptions } from '../api/get-today';
import { MasteryBars } from '../components/MasteryBars';
import { ProgressStrip } from '../components/ProgressStrip';
import { TodayPlanList } from '../components/TodayPlanList';

/** Vietnamese names put the given name last: "Nguyễn Văn Ba" is greeted as "Ba". */
function givenName(fullName: string): string {
  return fullName.trim().split(/\s+/).pop() ?? fullName;
}

export function LearnHomePage() {
  const { t } = useTranslation('learn');
  const session = useSession();
  const today = useQuery(todayQueryOptions);
  const mastery = useQuery(masteryQueryOptions); // in parallel: every round trip counts on 3G
  const certificates = useQuery(certificateSummaryQueryOptions);
  useDocumentTitle(t('home.title'));

  if (isProfileRequired(today.error)) return <Navigate to="/learn/onboarding" replace />;
  if (today.isPending) return <Loading />;
  if (today.isError) return <ErrorAlert error={today.error} />;

  const plan = today.data;
  const first = plan.items[0];

  return (
    <div className="learn-stack">
      <header className="learn-hero">
        <h1 className="learn-hero__title">
          {t('home.greeting', { name: givenName(session.person.fullName) })}
        </h1>
        {plan.track ? (
          <p className="learn-hero__sub">{t('home.track', { title: plan.track.title })}</p>
        ) : null}
      </header>

      {/* Streak, today's minutes against the goal, XP: the figures of "Thành tích" at a glance. */}
      <ProgressStrip />

      <section className="learn-card" aria-labelledby="today-title">
        <h2 id="today-title" className="learn-section-title">
          {t('home.todayTitle')}
        </h2>
        {first ? (
          <>
            <Link
              to="/learn/modules/$moduleId"
              params={{ moduleId: first.moduleId }}
              className="button button--primary button--block button--huge learn-continue"
            >
              <span>{first.reason === 'continue' ? t('home.continue') : t('home.start')}</span>
              <span className="learn-continue__title">{first.title}</span>
            </Link>
            <TodayPlanList items={plan.items} />
          </>
        ) : (
          <p className="learn-empty">{t('home.nothingToday')}</p>
        )}
      </section>

      {plan.placed ? null : (
        <section className="learn-card learn-card--invite" aria-labelledby="placement-invite-title">
          <h2 id="placement-invite-title" className="learn-section-title">
            {t('home.placementTitle')}
          </h2>
          <p>{t('home.placementBody')}</p>
          <Link to="/learn/placement" className="button button--secondary button--block">
            {t('home.placementAction')}
          </Link>
        </section>
      )}

      <section className="learn-card" aria-labelledby="mastery-title">
        <h2 id="mastery-title" className="learn-section-title">
          {t('home.masteryTitle')}
        </h2>
        {mastery.isPending ? <Loading /> : null}
        <ErrorAlert error={mastery.error} />
        {mastery.data ? <MasteryBars mastery={mastery.data} /> : null}
      </section>

      <p className="learn-card learn-certificates">
        <Link to="/learn/certificates">
          {certificates.data?.items.length
            ? t('certificates:mine.homeCount', {
                count: certificates.data.items.length,
                value: formatNumber(certificates.data.items.length),
              })
            : t('certificates:mine.homeNone')}
        </Link>
      </p>

      <p className="learn-links">
        <Link to="/learn/onboarding">{t('home.changeGoal')}</Link>
        {plan.placed ? <Link to="/learn/placement">{t('home.retakePlacement')}</Link> : null}
      </p>
    </div>
  );
}
