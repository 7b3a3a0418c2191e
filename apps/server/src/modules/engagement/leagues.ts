// Weekly leagues (as Duolingo's): a learner who earns XP in a week joins a league of about `size`
// learners of their tier for that week (the tier they earned at the last rollover); at the
// rollover the top `promote` of each league move up a tier, the bottom `demote` (and whoever
// earned nothing) move down. Set-based SQL: a province's 800,000 learners roll over at once.
import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { pgArray } from '../access/access.sql.ts';
import { weekOf } from '../monitoring/calendar.ts';
import { rowsOf } from '../monitoring/kpi.engine.ts';
import type { EngagementConfigT } from './engagement.schemas.ts';

const run = async <T>(db: Db, q: ReturnType<typeof sql>) => rowsOf<T>(await db.execute(q));

/** The tier a learner starts a week in: last membership's tier moved by its outcome (0 for newcomers). */
async function tierFor(db: Db, personId: string, week: string, tiers: number): Promise<number> {
  const [last] = await run<{ tier: number; outcome: number | null }>(
    db,
    sql`select tier, outcome from league_members where person_id = ${personId} and week < ${week}::date
      order by week desc limit 1`,
  );
  if (!last) return 0;
  return Math.max(0, Math.min(tiers - 1, Number(last.tier) + Number(last.outcome ?? 0)));
}

/** Puts the learner in a league of this week if they are in none yet; returns the membership. */
export async function joinWeekLeague(db: Db, personId: string, day: string, config: EngagementConfigT) {
  const week = weekOf(day);
  const [mine] = await run<{ tier: number; league: number }>(
    db,
    sql`select tier, league from league_members where week = ${week}::date and person_id = ${personId}`,
  );
  if (mine) return { week, tier: Number(mine.tier), league: Number(mine.league) };
  const tier = await tierFor(db, personId, week, config.leagues.tiers.length);
  // The newest league of the tier while it has room, else a new one.
  const [latest] = await run<{ league: number; n: number }>(
    db,
    sql`select league, count(*)::int as n from league_members where week = ${week}::date and tier = ${tier}
      group by league order by league desc limit 1`,
  );
  const league =
    latest && Number(latest.n) < config.leagues.size
      ? Number(latest.league)
      : Number(latest?.league ?? 0) + 1;
  await db.execute(sql`insert into league_members (week, person_id, tier, league)
    values (${week}::date, ${personId}, ${tier}, ${league}) on conflict do nothing`);
  return { week, tier, league };
}

/** A league's table for its week: members by weekly XP. */
export async function leagueStandings(db: Db, week: string, tier: number, league: number) {
  return run<{
    person_id: string;
    full_name: string;
    display_name: string | null;
    public: boolean | null;
    xp: number;
  }>(
    db,
    sql`select m.person_id, p.full_name, s.display_name, s.public, coalesce(t.xp, 0) as xp
      from league_members m join people p on p.id = m.person_id
      left join learner_stats s on s.person_id = m.person_id
      left join xp_totals t on t.period = ${`w:${week}`} and t.person_id = m.person_id
      where m.week = ${week}::date and m.tier = ${tier} and m.league = ${league}
      order by coalesce(t.xp, 0) desc, m.person_id`,
  );
}

/**
 * Closes a week: ranks every league by its members' weekly XP, promotes the top, demotes the
 * bottom (and those with no XP), and notifies them. Returns how many moved up and down.
 */
export async function rollOverLeagues(db: Db, week: string, config: EngagementConfigT) {
  const top = config.leagues.tiers.length - 1;
  // A week of joins since the last look: plan the join of a whole province on true counts.
  await db.execute(sql`analyze league_members`);
  const moved = await run<{ up: number; down: number }>(
    db,
    sql`with ranked as (
        select m.person_id, m.tier, coalesce(t.xp, 0) as xp,
          row_number() over (partition by m.tier, m.league order by coalesce(t.xp, 0) desc, m.person_id) as pos,
          count(*) over (partition by m.tier, m.league) as size
        from league_members m
        left join xp_totals t on t.period = ${`w:${week}`} and t.person_id = m.person_id
        where m.week = ${week}::date),
      outcome as (
        select person_id,
          case when xp > 0 and pos <= ${config.leagues.promote} and tier < ${top} then 1
               when (xp = 0 or pos > size - ${config.leagues.demote}) and tier > 0 then -1
               else 0 end as outcome
        from ranked),
      done as (
        update league_members m set outcome = o.outcome from outcome o
        where m.week = ${week}::date and m.person_id = o.person_id and m.outcome is distinct from o.outcome
        returning m.person_id, m.tier, o.outcome),
      told as (
        insert into notifications (person_id, kind, dedupe_key, payload)
        select person_id, 'league', ${`week:${week}`},
          jsonb_build_object('week', ${week}::text, 'tier', tier + outcome, 'outcome', outcome,
            'tierTitle', (${pgArray(config.leagues.tiers.map((t) => t.title))}::text[])[tier + outcome + 1],
            'tierTitleEn', (${pgArray(config.leagues.tiers.map((t) => t.titleEn ?? t.title))}::text[])[tier + outcome + 1])
        from done where outcome <> 0
        on conflict do nothing returning 1)
      select count(*) filter (where outcome = 1)::int as up, count(*) filter (where outcome = -1)::int as down
      from done`,
  );
  return { up: Number(moved[0]?.up ?? 0), down: Number(moved[0]?.down ?? 0) };
}
