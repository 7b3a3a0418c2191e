import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ui/Alert';
import { formatNumber } from '../../../lib/format';
import type { MyMentoring } from '../api/types';
import { levelTitle } from '../api/types';
import { useVolunteer } from '../api/volunteer';

/** Not a mentor yet: what being one means, and the levels I may (or may not yet) guide. */
export function VolunteerCard({ levels }: { levels: MyMentoring['levels'] }) {
  const { t, i18n } = useTranslation('mentoring');
  const volunteer = useVolunteer();
  const reached = levels.filter((l) => l.reached);
  const notYet = levels.filter((l) => !l.reached);
  return (
    <section className="learn-card" aria-labelledby="mentoring-volunteer-title">
      <h2 id="mentoring-volunteer-title" className="learn-section-title">
        {t('volunteer.title')}
      </h2>
      <p>{t('volunteer.what')}</p>
      <ul className="mentoring-points">
        <li>{t('volunteer.point1')}</li>
        <li>{t('volunteer.point2')}</li>
        <li>{t('volunteer.point3')}</li>
      </ul>
      <ErrorAlert error={volunteer.error} />
      {reached.length ? (
        <>
          <h3 className="mentoring-subtitle">{t('volunteer.reachedTitle')}</h3>
          <ul className="mentoring-levels">
            {reached.map((l) => (
              <li key={l.id} className="mentoring-level">
                <span className="mentoring-level__title">
                  {levelTitle(l, i18n.language)}
                  {l.programme ? <span className="mentoring-level__sub">{l.programme}</span> : null}
                </span>
                <button
                  type="button"
                  className="button button--primary"
                  disabled={volunteer.isPending}
                  onClick={() => volunteer.mutate(l.id)}
                  aria-label={`${t('volunteer.button')}: ${levelTitle(l, i18n.language)}`}
                >
                  {t('volunteer.button')}
                </button>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p className="mentoring-note">{t('volunteer.noneYet')}</p>
      )}
      {notYet.length ? (
        <details className="mentoring-details">
          <summary>{t('volunteer.notYetTitle', { count: notYet.length })}</summary>
          <ul className="mentoring-levels mentoring-levels--plain">
            {notYet.map((l) => (
              <li key={l.id} className="mentoring-level">
                <span className="mentoring-level__title">
                  {levelTitle(l, i18n.language)}
                  <span className="mentoring-level__sub">
                    {l.kind === 'attainment'
                      ? t('volunteer.whyAttainment')
                      : t('volunteer.whyCourse', {
                          done: formatNumber(l.done),
                          total: formatNumber(l.total),
                        })}
                  </span>
                </span>
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </section>
  );
}
