import { useTranslation } from 'react-i18next';
import { formatDate, formatNumber } from '../../../lib/format';
import { type EngagementBadge, localTitle } from '../../../lib/my-engagement';

/** Every badge of the campaign: earned ones in colour with their date, the others greyed with what earns them. */
export function BadgeGrid({ badges }: { badges: EngagementBadge[] }) {
  const { t, i18n } = useTranslation('progress');
  const earned = badges.filter((b) => b.earnedAt).length;
  return (
    <section className="learn-card" aria-labelledby="progress-badges-title" id="badges">
      <h2 id="progress-badges-title" className="learn-section-title">
        {t('badges.title')}
      </h2>
      {badges.length === 0 ? (
        <p className="muted">{t('badges.empty')}</p>
      ) : (
        <>
          <p className="progress-lead">
            {t('badges.count', { earned: formatNumber(earned), total: formatNumber(badges.length) })}
          </p>
          <ul className="badge-grid">
            {badges.map((b) => {
              const title = localTitle(b, i18n.language);
              return (
                <li key={b.id} className={`badge-tile badge-tile--${b.earnedAt ? 'earned' : 'locked'}`}>
                  <img
                    className="badge-tile__art"
                    src={b.artworkUrl}
                    alt={title}
                    width={56}
                    height={56}
                    loading="lazy"
                  />
                  <span className="badge-tile__title">{title}</span>
                  {b.earnedAt ? (
                    <span className="badge-tile__status">
                      <span aria-hidden="true">✓ </span>
                      {t('badges.earnedOn', { date: formatDate(b.earnedAt) })}
                    </span>
                  ) : (
                    <>
                      <span className="badge-tile__status">{t('badges.notYet')}</span>
                      <span className="badge-tile__desc">{b.description}</span>
                    </>
                  )}
                </li>
              );
            })}
          </ul>
        </>
      )}
    </section>
  );
}
