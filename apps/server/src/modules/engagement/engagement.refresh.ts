// Brings learners' engagement up to date from their learning records: minutes per day (Vietnam
// time) from the statements' durations, the daily goal, the streak with its freezes and repairs,
// the XP those days earn, badges, and where they count on boards. Run by the learner refresher
// for the people whose records changed, and for one learner when they open their progress.
import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { pgArray } from '../access/access.sql.ts';
import { listProgrammeCourses } from '../credentials/credentials.repository.ts';
import { addDays, vnDay } from '../monitoring/calendar.ts';
import { rowsOf } from '../monitoring/kpi.engine.ts';
import { moduleIdsOf } from '../monitoring/kpi.sql.ts';
import type { BadgeCriteriaT } from './engagement.schemas.ts';
import { notify } from './notifications.ts';
import { computeStreak, type Day } from './streak.ts';
import { type Award, awardXp, engagementConfig, moveInHistogram, placeKeys } from './xp.ts';

/** Days recounted from the statements on each refresh (late offline statements land in them). */
const WINDOW_DAYS = 7;

const run = async <T>(db: Db, q: ReturnType<typeof sql>) => rowsOf<T>(await db.execute(q));

async function recountDays(db: Db, ids: string[], from: string) {
  const start = new Date(Date.parse(`${from}T00:00:00Z`) - 7 * 3_600_000).toISOString();
  await db.execute(sql`
    insert into learner_days (person_id, day, seconds, goal_minutes, goal_met)
    select e.person_id, (e.timestamp at time zone 'Asia/Ho_Chi_Minh')::date,
           sum(coalesce((e.result->>'durationSeconds')::numeric, 0))::int, lp.daily_goal_minutes,
           sum(coalesce((e.result->>'durationSeconds')::numeric, 0)) >= lp.daily_goal_minutes * 60
    from learning_events e join learner_profiles lp on lp.person_id = e.person_id
    where e.person_id = any(${pgArray(ids)}::uuid[]) and e.timestamp >= ${start}::timestamptz
    group by e.person_id, 2, lp.daily_goal_minutes
    on conflict (person_id, day) do update set seconds = excluded.seconds, goal_minutes = excluded.goal_minutes,
      goal_met = excluded.goal_met`);
}

/**
 * Badges whose criteria a learner meets, from a few counts per learner. Also run by the mentoring
 * refresh for the mentors whose mentees passed (they are not in the batch of changed learners).
 */
export async function awardBadges(db: Db, ids: string[]) {
  const badges = await run<{ id: string; title: string; criteria: BadgeCriteriaT }>(
    db,
    sql`select id, title, criteria from badges order by position`,
  );
  if (badges.length === 0) return;
  const stats = await run<{
    person_id: string;
    modules: number;
    best: number;
    xp: number;
    right_first: number;
    goal_days: number;
    mentees_passed: number;
  }>(
    db,
    sql`select p.id as person_id,
        (select count(*)::int from module_progress mp where mp.person_id = p.id and mp.mastered) as modules,
        coalesce(s.streak_best, 0) as best, coalesce(s.xp, 0) as xp,
        (select count(*)::int from xp_events x where x.person_id = p.id and x.rule = 'question_right_first_time') as right_first,
        (select count(*)::int from learner_days d where d.person_id = p.id and d.goal_met) as goal_days,
        (select count(*)::int from mentorships ms where ms.mentor_id = p.id and ms.status = 'passed') as mentees_passed
      from unnest(${pgArray(ids)}::uuid[]) p(id) left join learner_stats s on s.person_id = p.id`,
  );
  const programmes = await listProgrammeCourses(db);
  for (const st of stats) {
    const earned: { id: string; title: string }[] = [];
    for (const b of badges) {
      const c = b.criteria;
      let ok = false;
      if (c.kind === 'modules') ok = st.modules >= c.count;
      else if (c.kind === 'streak') ok = st.best >= c.days;
      else if (c.kind === 'xp') ok = st.xp >= c.points;
      else if (c.kind === 'right_first_time') ok = st.right_first >= c.count;
      else if (c.kind === 'goal_days') ok = st.goal_days >= c.days;
      else if (c.kind === 'mentees_passed') ok = Number(st.mentees_passed) >= c.count;
      else if (c.kind === 'course') {
        const mods = moduleIdsOf({ course: c.course }, programmes);
        const [r] = await run<{ n: number }>(
          db,
          sql`select count(*)::int as n from module_progress where person_id = ${st.person_id} and mastered
            and module_id = any(${pgArray(mods)}::text[])`,
        );
        ok = mods.length > 0 && Number(r?.n) === mods.length;
      } else if (c.kind === 'certificate') {
        const [r] = await run<{ n: number }>(
          db,
          sql`select count(*)::int as n from certificates where person_id = ${st.person_id}
            and template_id = ${c.template} and revoked_at is null`,
        );
        ok = Number(r?.n) > 0;
      }
      if (ok) earned.push(b);
    }
    if (earned.length === 0) continue;
    const fresh = await run<{ badge_id: string }>(
      db,
      sql`insert into learner_badges (person_id, badge_id)
        select ${st.person_id}, unnest(${pgArray(earned.map((b) => b.id))}::text[])
        on conflict do nothing returning badge_id`,
    );
    for (const f of fresh) {
      const b = earned.find((x) => x.id === f.badge_id);
      await notify(db, st.person_id, 'badge', f.badge_id, { badgeId: f.badge_id, title: b?.title });
    }
  }
}

/** Learners who moved: their board rows and histogram counts follow them. */
async function resyncPlaces(db: Db, ids: string[]) {
  const moved = await run<{
    period: string;
    person_id: string;
    xp: number;
    old_p: number | null;
    old_u: number | null;
    old_o: string | null;
    p: number | null;
    u: number | null;
    o: string | null;
  }>(
    db,
    sql`select t.period, t.person_id, t.xp, t.province_id as old_p, t.unit_id as old_u, t.organisation_id as old_o,
        nullif(split_part(u.path, '/', 2), '')::int as p, pe.unit_id as u, pe.organisation_id as o
      from xp_totals t join people pe on pe.id = t.person_id left join units u on u.id = pe.unit_id
      where t.person_id = any(${pgArray(ids)}::uuid[])
        and (t.unit_id, t.organisation_id) is distinct from (pe.unit_id, pe.organisation_id)`,
  );
  for (const m of moved) {
    const before = placeKeys({ provinceId: m.old_p, unitId: m.old_u, organisationId: m.old_o });
    const after = placeKeys({ provinceId: m.p, unitId: m.u, organisationId: m.o });
    // Out of the old places' histograms, into the new ones'.
    for (const place of before.filter((k) => !after.includes(k)))
      await db.execute(sql`update xp_histogram set learners = learners - 1
        where period = ${m.period} and place = ${place} and xp = ${m.xp}`);
    await moveInHistogram(
      db,
      m.period,
      after.filter((k) => !before.includes(k)),
      null,
      m.xp,
    );
    await db.execute(sql`update xp_totals set province_id = ${m.p}, unit_id = ${m.u}, organisation_id = ${m.o}
      where period = ${m.period} and person_id = ${m.person_id}`);
  }
  if (moved.length) await db.execute(sql`delete from xp_histogram where learners <= 0`);
}

export async function refreshEngagement(db: Db, ids: string[], now = new Date()) {
  const config = await engagementConfig(db);
  if (!config || ids.length === 0) return;
  const today = vnDay(now);
  const from = addDays(today, -WINDOW_DAYS);
  await recountDays(db, ids, from);
  const days = await run<{ person_id: string; day: string; seconds: number; goal_minutes: number }>(
    db,
    sql`select person_id, day::text as day, seconds, goal_minutes from learner_days
      where person_id = any(${pgArray(ids)}::uuid[]) order by person_id, day`,
  );
  const byPerson = new Map<string, Day[]>();
  for (const d of days) {
    const list = byPerson.get(d.person_id) ?? [];
    list.push({ day: d.day, seconds: Number(d.seconds), goalMinutes: Number(d.goal_minutes) });
    byPerson.set(d.person_id, list);
  }
  const awarded = new Set(
    (
      await run<{ person_id: string; source_key: string }>(
        db,
        sql`select person_id, source_key from xp_events where person_id = any(${pgArray(ids)}::uuid[])
          and rule in ('daily_goal_met', 'streak_kept') and day >= ${from}::date`,
      )
    ).map((r) => `${r.person_id}|${r.source_key}`),
  );
  for (const [personId, list] of byPerson) {
    const s = computeStreak(list, today, config.streak);
    await db.execute(sql`insert into learner_stats (person_id, streak, streak_best, streak_day, freezes, freezes_used)
      values (${personId}, ${s.streak}, ${s.best}, ${s.streakDay}::date, ${s.freezes}, ${s.freezesUsed})
      on conflict (person_id) do update set streak = excluded.streak,
        streak_best = greatest(learner_stats.streak_best, excluded.streak_best), streak_day = excluded.streak_day,
        freezes = excluded.freezes, freezes_used = excluded.freezes_used, updated_at = now()`);
    const awards: Award[] = [
      ...s.goalDays.map((day) => ({ rule: 'daily_goal_met' as const, sourceKey: `day:${day}`, day })),
      ...s.keptDays.map((day) => ({ rule: 'streak_kept' as const, sourceKey: `streak:${day}`, day })),
    ].filter((a) => a.day >= from && !awarded.has(`${personId}|${a.sourceKey}`));
    if (awards.length) await awardXp(db, personId, awards);
  }
  await awardBadges(db, ids);
  await resyncPlaces(db, ids);
}
