import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ui/Alert';
import { Loading } from '../../../components/ui/Loading';
import { formatDate, formatNumber } from '../../../lib/format';
import { useEndMentorship } from '../api/end-mentorship';
import { menteesQueryOptions } from '../api/get-mentees';
import { useNudgeMentee } from '../api/nudge-mentee';
import type { Mentee } from '../api/types';
import { RecordCard } from './RecordCard';

/** My record, then my mentees: progress towards my level, their week, and a nudge. */
export function MenteesSection() {
  const { t } = useTranslation('mentoring');
  const mentees = useQuery(menteesQueryOptions);
  if (mentees.isPending) return <Loading />;
  if (mentees.isError) return <ErrorAlert error={mentees.error} />;
  return (
    <>
      <RecordCard record={mentees.data.record} />
      <section className="learn-card" aria-labelledby="mentoring-mentees-title">
        <h2 id="mentoring-mentees-title" className="learn-section-title">
          {t('mentees.title')}
        </h2>
        {mentees.data.items.length === 0 ? <p className="mentoring-note">{t('mentees.empty')}</p> : null}
        <ul className="mentee-list">
          {mentees.data.items.map((m) => (
            <MenteeItem key={m.personId} mentee={m} />
          ))}
        </ul>
      </section>
    </>
  );
}

function MenteeItem({ mentee: m }: { mentee: Mentee }) {
  const { t } = useTranslation('mentoring');
  const nudge = useNudgeMentee();
  const end = useEndMentorship();
  const [confirming, setConfirming] = useState(false);
  const amount = t('mentees.progress', {
    done: formatNumber(m.progress.done),
    total: formatNumber(m.progress.total),
  });
  const nudgedToday = !m.canNudge && m.status === 'active';
  return (
    <li className={`mentee${m.status === 'passed' ? ' mentee--passed' : ''}`}>
      <div className="mentee__head">
        <h3 className="mentee__name">{m.name}</h3>
        <span className={`mentee__status mentee__status--${m.status}`}>
          {t(`mentees.status.${m.status}`)}
        </span>
      </div>
      <p className="mentee__meta">
        {m.unitName ? `${m.unitName} · ` : ''}
        {t('mentees.since', { date: formatDate(m.startedAt) })}
        {m.passedAt ? ` · ${t('mentees.passedOn', { date: formatDate(m.passedAt) })}` : ''}
      </p>
      <div className="mentee__progress">
        <progress
          max={Math.max(1, m.progress.total)}
          value={m.progress.done}
          aria-label={t('mentees.progressLabel', { name: m.name })}
          aria-valuetext={amount}
        />
        <span>{amount}</span>
      </div>
      <dl className="mentoring-stats mentoring-stats--small">
        <div>
          <dt>{t('mentees.lastActive')}</dt>
          <dd>{m.lastActiveAt ? formatDate(m.lastActiveAt) : t('mentees.never')}</dd>
        </div>
        <div>
          <dt>{t('mentees.minutes')}</dt>
          <dd>{formatNumber(m.minutesThisWeek)}</dd>
        </div>
        <div>
          <dt>{t('mentees.streak')}</dt>
          <dd>{t('mentees.days', { count: m.streak, value: formatNumber(m.streak) })}</dd>
        </div>
      </dl>
      {m.status === 'active' ? (
        <div className="mentoring-actions">
          <button
            type="button"
            className="button button--primary"
            disabled={!m.canNudge || nudge.isPending}
            onClick={() => nudge.mutate(m.personId)}
            aria-label={`${t('mentees.nudge')}: ${m.name}`}
          >
            {t('mentees.nudge')}
          </button>
          {confirming ? (
            <>
              <button
                type="button"
                className="button button--danger"
                disabled={end.isPending}
                onClick={() => end.mutate(m.personId)}
              >
                {t('mentees.endConfirm')}
              </button>
              <button type="button" className="button button--ghost" onClick={() => setConfirming(false)}>
                {t('mentees.keep')}
              </button>
            </>
          ) : (
            <button
              type="button"
              className="button button--ghost"
              onClick={() => setConfirming(true)}
              aria-label={`${t('mentees.end')}: ${m.name}`}
            >
              {t('mentees.end')}
            </button>
          )}
        </div>
      ) : null}
      <p className="mentoring-status" role="status">
        {nudge.isSuccess ? t('mentees.nudged') : nudgedToday ? t('mentees.nudgedToday') : ''}
      </p>
      <ErrorAlert error={nudge.error ?? end.error} />
    </li>
  );
}
