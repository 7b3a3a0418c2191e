import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ui/Alert';
import { formatDate } from '../../../lib/format';
import { useLeaveMentor } from '../api/end-mentorship';
import type { MyMentoring } from '../api/types';
import { levelTitle } from '../api/types';

/** Who guides me, for which level, since when. */
export function MyMentorCard({ mentor }: { mentor: NonNullable<MyMentoring['myMentor']> }) {
  const { t, i18n } = useTranslation('mentoring');
  const leave = useLeaveMentor();
  return (
    <section className="learn-card" aria-labelledby="mentoring-my-mentor-title">
      <h2 id="mentoring-my-mentor-title" className="learn-section-title">
        {t('myMentor.title')}
      </h2>
      <p className="mentoring-my-mentor">
        <strong>{mentor.name}</strong>
        <span>
          {t('myMentor.detail', {
            level: levelTitle(mentor.level, i18n.language),
            date: formatDate(mentor.since),
          })}
        </span>
      </p>
      <p className="mentoring-note">{t('myMentor.hint')}</p>
      <ErrorAlert error={leave.error} />
      <button
        type="button"
        className="button button--ghost"
        disabled={leave.isPending}
        onClick={() => leave.mutate()}
      >
        {t('myMentor.leave')}
      </button>
    </section>
  );
}
