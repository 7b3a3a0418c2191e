import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ui/Alert';
import { Loading } from '../../../components/ui/Loading';
import { ApiError } from '../../../lib/api-error';
import { formatIsoDay, formatNumber } from '../../../lib/format';
import { challengesQueryOptions } from '../api/get-challenges';
import type { Challenge } from '../api/types';

/** The challenges of my commune and workplace (and the places above them), each with my progress. */
export function ChallengesCard() {
  const { t } = useTranslation('progress');
  const challenges = useQuery(challengesQueryOptions);
  // A server without challenges yet: nothing to show rather than an error.
  if (challenges.error instanceof ApiError && challenges.error.status === 404) return null;
  return (
    <section className="learn-card" aria-labelledby="progress-challenges-title">
      <h2 id="progress-challenges-title" className="learn-section-title">
        {t('challenges.title')}
      </h2>
      {challenges.isPending ? <Loading /> : null}
      <ErrorAlert error={challenges.error} />
      {challenges.data?.items.length === 0 ? <p className="progress-lead">{t('challenges.empty')}</p> : null}
      {challenges.data?.items.length ? (
        <ul className="challenge-list">
          {challenges.data.items.map((c) => (
            <ChallengeItem key={c.id} challenge={c} />
          ))}
        </ul>
      ) : null}
    </section>
  );
}

function ChallengeItem({ challenge: c }: { challenge: Challenge }) {
  const { t } = useTranslation('progress');
  const { value, target, done } = c.progress;
  const shown = Math.min(value, target);
  const amount = t(`challenges.progressUnit.${c.goal.kind}`, {
    value: formatNumber(shown),
    target: formatNumber(target),
  });
  return (
    <li className={`challenge${done ? ' challenge--done' : ''}`}>
      <h3 className="challenge__title">{c.title}</h3>
      <p className="challenge__meta">
        {c.place.name} ·{' '}
        {t('challenges.dates', { from: formatIsoDay(c.startsOn), to: formatIsoDay(c.endsOn) })}
        {c.status === 'ended' ? ` · ${t('challenges.ended')}` : ''}
      </p>
      {c.description ? <p className="challenge__desc">{c.description}</p> : null}
      <div className="challenge__progress">
        <progress max={Math.max(1, target)} value={shown} aria-label={c.title} aria-valuetext={amount} />
        <span className="challenge__amount">{amount}</span>
      </div>
      {done ? (
        <p className="challenge__done">
          <span aria-hidden="true">✓ </span>
          {t('challenges.done')}
        </p>
      ) : null}
      {c.contest && c.standing?.rank ? (
        <p className="challenge__standing">
          {t('challenges.standing', {
            name: c.standing.name,
            rank: formatNumber(c.standing.rank),
            of: formatNumber(c.standing.of),
          })}
        </p>
      ) : null}
    </li>
  );
}
