import { useTranslation } from 'react-i18next';
import { formatIsoDay, formatNumber } from '../../../lib/format';
import type { EngagementDay } from '../../../lib/my-engagement';
import { weekdayOf } from './days';

/**
 * The last seven days, oldest first: a filled circle with a tick where the goal was met, an empty
 * dashed one where it was not (shape and text, not colour alone), minutes under each.
 */
export function WeekDays({ days, today }: { days: EngagementDay[]; today: string }) {
  const { t } = useTranslation('progress');
  const met = days.filter((d) => d.goalMet).length;
  return (
    <div className="week-days">
      <h3 className="progress-subtitle">
        {t('week.title')}{' '}
        <span className="week-days__count">
          · {t('week.count', { met: formatNumber(met), days: formatNumber(days.length) })}
        </span>
      </h3>
      <ol className="week-days__list">
        {days.map((d) => {
          const weekday = weekdayOf(d.day);
          const isToday = d.day === today;
          const status = d.goalMet ? t('week.met') : isToday ? t('week.today') : t('week.missed');
          return (
            <li
              key={d.day}
              className={`week-day week-day--${d.goalMet ? 'met' : 'missed'}${isToday ? ' week-day--today' : ''}`}
            >
              <span className="week-day__name" aria-hidden="true">
                {t(`week.short.${weekday}`)}
              </span>
              <span className="week-day__mark" aria-hidden="true">
                {d.goalMet ? '✓' : ''}
              </span>
              <span className="week-day__minutes" aria-hidden="true">
                {t('week.minutes', { value: formatNumber(d.minutes) })}
              </span>
              <span className="visually-hidden">
                {t('week.day', {
                  weekday: t(`week.long.${weekday}`),
                  date: formatIsoDay(d.day),
                  status,
                  minutes: formatNumber(d.minutes),
                })}
              </span>
            </li>
          );
        })}
      </ol>
      <p className="week-days__legend">{t('week.legend')}</p>
    </div>
  );
}
