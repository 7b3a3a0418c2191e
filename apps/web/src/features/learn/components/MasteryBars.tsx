import { useTranslation } from 'react-i18next';
import { formatPercent } from '../../../lib/format';
import type { Mastery } from '../api/types';

/** Mastery per competence area: the name and percentage are text; the bar only illustrates. */
export function MasteryBars({ mastery }: { mastery: Mastery }) {
  const { t } = useTranslation('learn');
  if (mastery.areas.length === 0) return <p className="muted">{t('home.masteryEmpty')}</p>;
  return (
    <ul className="mastery-list">
      {mastery.areas.map((area) => (
        <li key={area.area} className="mastery-list__item">
          <span className="mastery-list__row">
            <span className="mastery-list__name">{area.name}</span>
            <span className="mastery-list__value">{formatPercent(area.score)}</span>
          </span>
          <span className="mastery-bar" aria-hidden="true">
            <span
              className="mastery-bar__fill"
              style={{ width: `${Math.round(Math.max(0, Math.min(1, area.score)) * 100)}%` }}
            />
          </span>
        </li>
      ))}
    </ul>
  );
}
