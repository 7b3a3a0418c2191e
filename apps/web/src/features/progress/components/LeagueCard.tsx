import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ui/Alert';
import { Loading } from '../../../components/ui/Loading';
import { formatIsoDay, formatNumber } from '../../../lib/format';
import { type EngagementLeague, localTitle } from '../../../lib/my-engagement';
import { leagueQueryOptions } from '../api/get-league';
import type { BoardEntry } from '../api/types';
import { daysBetween } from './days';

type Zone = 'up' | 'down' | null;

/** Where a row ends up at the rollover, by the server's rule (no promotion without XP; tier 0 never drops). */
function zoneOf(entry: BoardEntry, league: EngagementLeague, members: number): Zone {
  if (entry.xp > 0 && entry.rank <= league.promote) return 'up';
  if (league.tier > 0 && (entry.xp === 0 || entry.rank > members - league.demote)) return 'down';
  return null;
}

/** My league this week: tier, rank, days left, the rules in words and the table with my row marked. */
export function LeagueCard({ league, today }: { league: EngagementLeague | null; today: string }) {
  const { t, i18n } = useTranslation('progress');
  const table = useQuery({ ...leagueQueryOptions, enabled: league !== null });
  const tier = league
    ? localTitle({ title: league.tierTitle, titleEn: league.tierTitleEn }, i18n.language)
    : '';
  return (
    <section className="learn-card" aria-labelledby="progress-league-title">
      <h2 id="progress-league-title" className="learn-section-title">
        {t('league.title')}
      </h2>
      {league ? (
        <LeagueBody league={league} today={today} tier={tier}>
          {table.isPending ? <Loading /> : null}
          <ErrorAlert error={table.error} />
          {table.data ? <LeagueTable league={league} members={table.data.members} tier={tier} /> : null}
        </LeagueBody>
      ) : (
        <p className="progress-lead">{t('league.none')}</p>
      )}
    </section>
  );
}

function LeagueBody({
  league,
  today,
  tier,
  children,
}: {
  league: EngagementLeague;
  today: string;
  tier: string;
  children: ReactNode;
}) {
  const { t } = useTranslation('progress');
  const left = Math.max(0, daysBetween(today, league.endsOn));
  return (
    <>
      <div className="league-head">
        <span className={`league-medal league-medal--${Math.min(league.tier, 4)}`} aria-hidden="true">
          {league.tier + 1}
        </span>
        <div>
          <p className="league-head__tier">{t('league.tier', { tier })}</p>
          <p className="league-head__rank">
            {t('league.rank', { rank: formatNumber(league.rank), members: formatNumber(league.members) })}
            {' · '}
            {left > 0
              ? t('league.daysLeft', { count: left, value: formatNumber(left) })
              : t('league.lastDay')}
          </p>
        </div>
      </div>
      <ul className="league-rules">
        <li>
          <span className="league-rules__icon league-rules__icon--up" aria-hidden="true">
            ▲
          </span>
          {t('league.promote', { value: formatNumber(league.promote), date: formatIsoDay(league.endsOn) })}
        </li>
        <li>
          <span className="league-rules__icon league-rules__icon--down" aria-hidden="true">
            ▼
          </span>
          {league.tier > 0
            ? t('league.demote', { value: formatNumber(league.demote) })
            : t('league.noDemote')}
        </li>
      </ul>
      {children}
    </>
  );
}

function LeagueTable({
  league,
  members,
  tier,
}: {
  league: EngagementLeague;
  members: BoardEntry[];
  tier: string;
}) {
  const { t } = useTranslation('progress');
  return (
    <table className="rank-table">
      <caption className="visually-hidden">{t('league.caption', { tier })}</caption>
      <thead>
        <tr>
          <th scope="col">{t('league.rankCol')}</th>
          <th scope="col">{t('league.nameCol')}</th>
          <th scope="col" className="rank-table__xp">
            {t('league.xpCol')}
          </th>
        </tr>
      </thead>
      <tbody>
        {members.map((m) => {
          const zone = zoneOf(m, league, members.length);
          return (
            <tr
              key={m.personId}
              className={`rank-row${m.me ? ' rank-row--me' : ''}${zone ? ` rank-row--${zone}` : ''}`}
              aria-current={m.me ? 'true' : undefined}
            >
              <td className="rank-table__rank">
                {formatNumber(m.rank)}
                {zone ? (
                  <span className={`rank-zone rank-zone--${zone}`}>
                    <span aria-hidden="true">{zone === 'up' ? ' ▲' : ' ▼'}</span>
                    <span className="visually-hidden">
                      {', '}
                      {zone === 'up' ? t('league.zoneUp') : t('league.zoneDown')}
                    </span>
                  </span>
                ) : null}
              </td>
              <td className="rank-table__name">
                {m.name}
                {m.me ? <span className="rank-you"> ({t('league.you')})</span> : null}
              </td>
              <td className="rank-table__xp">{formatNumber(m.xp)}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
