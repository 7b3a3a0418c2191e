import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { flameState, StreakFlame } from '../../../components/StreakFlame';
import { formatNumber } from '../../../lib/format';
import { myEngagementQueryOptions } from '../../../lib/my-engagement';
import '../../../styles/progress.css';

/** Today's minutes against the goal as a ring; the sentence beside it is what is announced. */
function GoalRing({ minutes, goal }: { minutes: number; goal: number }) {
  const share = goal > 0 ? Math.max(0, Math.min(1, minutes / goal)) : 0;
  const radius = 26;
  const length = 2 * Math.PI * radius;
  const met = share >= 1;
  return (
    <span className={`goal-ring${met ? ' goal-ring--met' : ''}`} aria-hidden="true">
      <svg viewBox="0 0 64 64" width="64" height="64" aria-hidden="true" focusable="false">
        <circle className="goal-ring__track" cx="32" cy="32" r={radius} />
        {/* Nothing yet: no fill at all (a zero-length round cap would still draw a dot). */}
        {share > 0 ? (
          <circle
            className="goal-ring__fill"
            cx="32"
            cy="32"
            r={radius}
            strokeDasharray={`${share * length} ${length}`}
            transform="rotate(-90 32 32)"
          />
        ) : null}
      </svg>
      <span className="goal-ring__text">{met ? '✓' : `${formatNumber(minutes)}/${formatNumber(goal)}`}</span>
    </span>
  );
}

/**
 * The learner home's header strip: streak, today's goal, XP and the way to "Thành tích". It shows
 * nothing until the figures arrive (or if they cannot), so the plan below is never held up.
 */
export function ProgressStrip() {
  const { t } = useTranslation(['progress', 'learn']);
  const me = useQuery(myEngagementQueryOptions).data;
  if (!me) return null;
  const { streak, today } = me;
  const goal = formatNumber(today.goalMinutes);
  const streakText =
    streak.days === 0
      ? t('strip.streakStart', { goal })
      : streak.atRisk
        ? t('strip.streakAtRisk', { value: formatNumber(streak.days), goal })
        : t('strip.streak', { count: streak.days, value: formatNumber(streak.days) });

  return (
    <section className="learn-card progress-strip" aria-label={t('strip.label')}>
      <p className={`progress-strip__streak progress-strip__streak--${flameState(streak)}`}>
        <StreakFlame state={flameState(streak)} />
        <span>{streakText}</span>
      </p>
      <GoalRing minutes={today.minutes} goal={today.goalMinutes} />
      <p className="progress-strip__goal">
        {t('learn:home.minutesToday', { done: formatNumber(today.minutes), goal })}
        {today.goalMet ? (
          <strong className="progress-strip__met">{t('learn:home.goalReached')}</strong>
        ) : null}
      </p>
      <p className="progress-strip__foot">
        <span className="xp-chip">
          <span aria-hidden="true">★</span>
          <span className="visually-hidden">{t('strip.xpLabel', { value: formatNumber(me.xp) })}</span>
          <span aria-hidden="true">{t('strip.xp', { value: formatNumber(me.xp) })}</span>
        </span>
        <Link to="/learn/progress" className="progress-strip__link">
          {t('strip.link')}
          <span aria-hidden="true">→</span>
        </Link>
      </p>
    </section>
  );
}
