import { useTranslation } from 'react-i18next';
import { flameState, StreakFlame } from '../../../components/StreakFlame';
import { formatNumber } from '../../../lib/format';
import type { EngagementMe } from '../../../lib/my-engagement';
import { WeekDays } from './WeekDays';

/** XP, the streak (longest too), freezes held and the last seven days. */
export function SummaryCard({ me }: { me: EngagementMe }) {
  const { t } = useTranslation('progress');
  const { streak } = me;
  return (
    <section className="learn-card" aria-labelledby="progress-summary-title">
      <h2 id="progress-summary-title" className="learn-section-title">
        {t('summary.title')}
      </h2>
      <dl className="progress-figures">
        <div className="progress-figure progress-figure--xp">
          <dt>{t('summary.xp')}</dt>
          <dd>
            <span className="progress-figure__icon" aria-hidden="true">
              ★
            </span>
            <span className="progress-figure__value">{t('strip.xp', { value: formatNumber(me.xp) })}</span>
          </dd>
        </div>
        <div className="progress-figure">
          <dt>{t('summary.streak')}</dt>
          <dd>
            <StreakFlame state={flameState(streak)} />
            <span className="progress-figure__value">
              {t('summary.days', { count: streak.days, value: formatNumber(streak.days) })}
            </span>
          </dd>
          <dd className="progress-figure__note">{t('summary.best', { value: formatNumber(streak.best) })}</dd>
        </div>
      </dl>
      {streak.atRisk ? (
        <p className="progress-risk">
          {t('strip.streakAtRisk', {
            value: formatNumber(streak.days),
            goal: formatNumber(me.today.goalMinutes),
          })}
        </p>
      ) : null}
      <div className="progress-freezes">
        <span className="progress-freezes__icon" aria-hidden="true">
          ❄
        </span>
        <div>
          <p className="progress-freezes__count">
            {streak.freezes > 0
              ? t('summary.freezes', { count: streak.freezes, value: formatNumber(streak.freezes) })
              : t('summary.freezesNone')}
          </p>
          <p className="progress-freezes__hint">
            {t('summary.freezesHint')}
            {streak.freezesUsed > 0
              ? ` ${t('summary.freezesUsed', { value: formatNumber(streak.freezesUsed) })}`
              : ''}
          </p>
        </div>
      </div>
      <WeekDays days={me.week} today={me.today.day} />
    </section>
  );
}
