import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { formatPercent } from '../../../lib/format';
import type { PlanItem } from '../api/types';

/** Today's modules as big tappable cards: title, minutes, why it is planned, score so far. */
export function TodayPlanList({ items }: { items: PlanItem[] }) {
  const { t } = useTranslation('learn');
  return (
    <ol className="plan-list">
      {items.map((item) => (
        <li key={item.moduleId}>
          <Link to="/learn/modules/$moduleId" params={{ moduleId: item.moduleId }} className="plan-card">
            <span className="plan-card__title">{item.title}</span>
            <span className="plan-card__meta">
              <span className={`learn-badge learn-badge--${item.reason}`}>
                {t(`plan.reason.${item.reason}`)}
              </span>
              <span>{t('plan.minutes', { count: item.minutes })}</span>
              {item.mastered ? (
                <span className="plan-card__mastered">{t('plan.mastered')}</span>
              ) : item.score > 0 ? (
                <span>{t('plan.score', { score: formatPercent(item.score) })}</span>
              ) : null}
            </span>
          </Link>
        </li>
      ))}
    </ol>
  );
}
