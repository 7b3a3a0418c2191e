import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ui/Alert';
import { Loading } from '../../../components/ui/Loading';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { myMentoringQueryOptions } from '../api/get-my-mentoring';
import { InviteCard } from '../components/InviteCard';
import { MenteesSection } from '../components/MenteesList';
import { MyMentorCard } from '../components/MyMentorCard';
import { VolunteerCard } from '../components/VolunteerCard';
import '../../../styles/mentoring.css';

/**
 * "Đại sứ số": not a mentor yet — what it is and the levels I may volunteer for; a mentor — my
 * invite link and QR, my record (x/5) and my mentees with a nudge; and my own mentor, if I have one.
 */
export function MentoringPage() {
  const { t } = useTranslation('mentoring');
  const me = useQuery(myMentoringQueryOptions);
  useDocumentTitle(t('page.title'));
  if (me.isPending) return <Loading />;
  if (me.isError) return <ErrorAlert error={me.error} />;
  const { mentor, levels, myMentor } = me.data;
  return (
    <div className="learn-stack mentoring-page">
      <header className="learn-hero">
        <h1 className="learn-hero__title">{t('page.title')}</h1>
        <p className="learn-hero__sub">{mentor ? t('page.subtitleMentor') : t('page.subtitle')}</p>
      </header>
      {myMentor ? <MyMentorCard mentor={myMentor} /> : null}
      {mentor ? (
        <>
          <InviteCard mentor={mentor} />
          <MenteesSection />
        </>
      ) : (
        <VolunteerCard levels={levels} />
      )}
    </div>
  );
}
