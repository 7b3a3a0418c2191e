import { useTranslation } from 'react-i18next';
import type { FrameworkLevel } from '../api/types';

export function LevelsTable({ levels }: { levels: FrameworkLevel[] }) {
  const { t } = useTranslation('content');
  const hasTier = levels.some((level) => level.tier);
  const hasDescription = levels.some((level) => level.description);
  return (
    <section aria-labelledby="levels-title">
      <h2 id="levels-title" className="section-title">
        {t('framework.levels.title')}
      </h2>
      {levels.length === 0 ? (
        <p className="empty">{t('framework.levels.none')}</p>
      ) : (
        <ol className="level-list">
          {levels.map((level) => (
            <li key={level.code} className="level-list__item">
              <span className="level-list__name">{level.name}</span>
              {hasTier && level.tier ? <span className="badge badge--kind">{level.tier}</span> : null}
              {hasDescription && level.description ? (
                <span className="level-list__description">{level.description}</span>
              ) : null}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
