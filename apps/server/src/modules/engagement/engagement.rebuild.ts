// Rebuilds engagement from the learning records in set-based SQL (`lantoa engagement rebuild`): after
// importing a history of learning, or to recount a province. Days and goals from every statement;
// XP by the pack's rules with their daily caps — mastered modules, goal days, days that kept a
// streak, and questions right at the first attempt (a question answered once and right: the
// records keep no earlier attempts); streaks as runs of goal days (freezes and repairs are the
// live refresher's); totals, histograms and this week's leagues. The live paths then keep it up.
import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { vnDay, weekOf } from '../monitoring/calendar.ts';
import type { XpRuleId } from './engagement.schemas.ts';
import { engagementConfig } from './xp.ts';

const VN = sql.raw(`'Asia/Ho_Chi_Minh'`);

export async function rebuildEngagement(
  db: Db,
  now = new Date(),
  log: (step: string, ms: number) => void = () => {},
) {
  const config = await engagementConfig(db);
  if (!config) throw new Error('no engagement.yaml in the content packs');
  const step = async (name: string, q: ReturnType<typeof sql>) => {
    const t0 = performance.now();
    await db.execute(q);
    log(name, Math.round(performance.now() - t0));
  };
  const points = (rule: XpRuleId) => config.xpRules.find((r) => r.id === rule);
  /** Rows of one rule per person and day, with the daily cap applied in arrival order. */
  const award = (rule: XpRuleId, source: ReturnType<typeof sql>) => {
    const r = points(rule);
    if (!r) return null;
    const cap = r.dailyCap ?? 1_000_000_000;
    return sql`insert into xp_events (person_id, rule, source_key, points, day)
      select person_id, ${rule}, source_key,
        greatest(0, least(${r.points}, ${cap} - (row_number() over w - 1) * ${r.points}))::int, day
      from (${source}) s
      window w as (partition by person_id, day order by at, source_key)
      on conflict (person_id, rule, source_key) do nothing`;
  };

  // Badges and notifications already earned stay: they are the learner's, whatever is recounted.
  await step('clear', sql`truncate xp_events, learner_days, xp_totals, xp_histogram, league_members`);
  await step(
    'days',
    sql`insert into learner_days (person_id, day, seconds, goal_minutes, goal_met)
      select e.person_id, (e.timestamp at time zone ${VN})::date,
        sum(coalesce((e.result->>'durationSeconds')::numeric, 0))::int, lp.daily_goal_minutes,
        sum(coalesce((e.result->>'durationSeconds')::numeric, 0)) >= lp.daily_goal_minutes * 60
      from learning_events e join learner_profiles lp on lp.person_id = e.person_id
      group by e.person_id, 2, lp.daily_goal_minutes`,
  );
  const xp = [
    award(
      'module_mastered',
      sql`select person_id, 'module:' || module_id as source_key, coalesce(completed_at, updated_at) as at,
        (coalesce(completed_at, updated_at) at time zone ${VN})::date as day
        from module_progress where mastered`,
    ),
    award(
      'question_right_first_time',
      sql`select person_id, 'question:' || module_id || '/' || question_id as source_key, updated_at as at,
        (updated_at at time zone ${VN})::date as day
        from question_results where attempts = 1 and best_score >= 1`,
    ),
    award(
      'daily_goal_met',
      sql`select person_id, 'day:' || day as source_key, day::timestamptz as at, day from learner_days where goal_met`,
    ),
    award(
      'streak_kept',
      sql`select person_id, 'streak:' || day as source_key, day::timestamptz as at, day from (
        select person_id, day, row_number() over (partition by person_id, island order by day) as pos from (
          select person_id, day, day - (row_number() over (partition by person_id order by day))::int as island
          from learner_days where goal_met) g) r where pos >= 2`,
    ),
    // Mentors ("Đại sứ số"): a mentee who reached the mentor's level, once per mentee.
    award(
      'mentee_helped',
      sql`select mentor_id as person_id, 'mentee:' || mentee_id as source_key, passed_at as at,
        (passed_at at time zone ${VN})::date as day from mentorships where passed_at is not null`,
    ),
  ];
  for (const [i, q] of xp.entries()) if (q) await step(`xp_${i}`, q);
  await step(
    'stats',
    sql`insert into learner_stats (person_id, xp, streak, streak_best, streak_day)
      select p.person_id, coalesce(x.xp, 0), coalesce(s.current, 0), coalesce(s.best, 0), s.last_day
      from (select distinct person_id from learner_days union select distinct person_id from xp_events) p
      left join (select person_id, sum(points)::int as xp from xp_events group by person_id) x on x.person_id = p.person_id
      left join (
        select person_id, max(len) as best,
          max(len) filter (where last_day >= ${vnDay(now)}::date - 1) as current,
          max(last_day) filter (where last_day >= ${vnDay(now)}::date - 1) as last_day
        from (select person_id, island, count(*)::int as len, max(day) as last_day from (
          select person_id, day, day - (row_number() over (partition by person_id order by day))::int as island
          from learner_days where goal_met) g group by person_id, island) islands
        group by person_id) s on s.person_id = p.person_id
      on conflict (person_id) do update set xp = excluded.xp, streak = excluded.streak,
        streak_best = excluded.streak_best, streak_day = excluded.streak_day, updated_at = now()`,
  );
  await step(
    'totals',
    sql`insert into xp_totals (period, person_id, xp, province_id, unit_id, organisation_id)
      select t.period, t.person_id, t.xp, nullif(split_part(u.path, '/', 2), '')::int, pe.unit_id, pe.organisation_id
      from (
        select 'all' as period, person_id, sum(points)::int as xp from xp_events group by person_id
        union all
        select 'w:' || (day - ((extract(isodow from day)::int + 6) % 7))::text, person_id, sum(points)::int
          from xp_events group by 1, person_id
        union all
        select 'm:' || to_char(day, 'YYYY-MM'), person_id, sum(points)::int from xp_events group by 1, person_id
      ) t join people pe on pe.id = t.person_id left join units u on u.id = pe.unit_id
      where t.xp > 0`,
  );
  await step(
    'histograms',
    sql`insert into xp_histogram (period, place, xp, learners)
      select period, place, xp, count(*)::int from (
        select period, 'p:' || province_id as place, xp from xp_totals where province_id is not null
        union all select period, 'u:' || unit_id, xp from xp_totals where unit_id is not null
        union all select period, 'o:' || organisation_id, xp from xp_totals where organisation_id is not null) h
      group by period, place, xp`,
  );
  const week = weekOf(vnDay(now));
  await step(
    'leagues',
    sql`insert into league_members (week, person_id, tier, league)
      select ${week}::date, person_id, 0, ((row_number() over (order by xp desc, person_id) - 1) / ${config.leagues.size})::int + 1
      from xp_totals where period = ${`w:${week}`}`,
  );
  await step(
    'analyze',
    sql`analyze learner_days, xp_events, learner_stats, xp_totals, xp_histogram, league_members`,
  );
}
