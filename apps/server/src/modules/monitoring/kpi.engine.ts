// Keeps the KPIs current. A full rebuild computes one target for its whole campaign in set-based
// SQL (new campaigns, `lantoa kpi rebuild`); the refresher then takes the people the triggers
// marked dirty, a batch at a time, recomputes only their subjects, and moves the rollup counts by
// the difference. Page views read the rollups, never the learning records.
import { type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { pgArray } from '../access/access.sql.ts';
import { listProgrammeCourses } from '../credentials/credentials.repository.ts';
import { lastCompleteWeek, vnDay } from './calendar.ts';
import { type CampaignPlace, type CompileContext, subjectsQuery } from './kpi.sql.ts';
import { type PersonAchievementT, TemplateTarget, type TemplateTargetT } from './targets.schemas.ts';

export interface LoadedTarget {
  id: string;
  campaignId: string;
  startsOn: string;
  spec: TemplateTargetT;
  place: CampaignPlace;
}

interface SubjectRow {
  subject_id: string;
  unit_id: number | null;
  organisation_id: string | null;
  target_group: string;
  achieved_at: Date | string | null;
}

export const rowsOf = <T>(r: unknown): T[] => ((r as { rows?: T[] }).rows ?? (r as T[])) as T[];
const run = async <T>(db: Db, q: SQL) => rowsOf<T>(await db.execute(q));

/** The typed target spec of a campaign_targets row. */
export function specOf(row: {
  code: string;
  title: string;
  titleEn: string | null;
  subject: string;
  population: unknown;
  achievement: unknown;
  targetShare: number;
  dueOn: string;
  denominatorKey: string | null;
}): TemplateTargetT {
  return TemplateTarget.parse({
    code: row.code,
    title: row.title,
    ...(row.titleEn ? { titleEn: row.titleEn } : {}),
    subject: row.subject,
    population: row.population,
    achievement: row.achievement,
    share: row.targetShare,
    due: row.dueOn,
    ...(row.denominatorKey ? { denominator: row.denominatorKey } : {}),
  });
}

/** Targets of the active campaigns (or of one campaign), with the units of each campaign's place. */
export async function loadTargets(db: Db, campaignId?: string): Promise<LoadedTarget[]> {
  const rows = await run<{
    id: string;
    campaign_id: string;
    starts_on: string;
    code: string;
    title: string;
    title_en: string | null;
    subject: string;
    population: unknown;
    achievement: unknown;
    target_share: number;
    due_on: string;
    denominator_key: string | null;
    unit_ids: number[];
  }>(
    db,
    sql`select t.*, c.starts_on::text as starts_on, t.due_on::text as due_on,
          array(select u.id from units u where u.path like cu.path || '%') as unit_ids
        from campaign_targets t join campaigns c on c.id = t.campaign_id join units cu on cu.id = c.unit_id
        where ${campaignId ? sql`c.id = ${campaignId}` : sql`c.status = 'active'`}
        order by t.campaign_id, t.position`,
  );
  return rows.map((r) => ({
    id: r.id,
    campaignId: r.campaign_id,
    startsOn: r.starts_on,
    place: { unitIds: r.unit_ids.map(Number) },
    spec: specOf({
      code: r.code,
      title: r.title,
      titleEn: r.title_en,
      subject: r.subject,
      population: r.population,
      achievement: r.achievement,
      targetShare: Number(r.target_share),
      dueOn: r.due_on,
      denominatorKey: r.denominator_key,
    }),
  }));
}

export async function compileContext(db: Db, now = new Date()): Promise<CompileContext> {
  return {
    programmes: await listProgrammeCourses(db),
    week: lastCompleteWeek(now),
    year: Number(vnDay(now).slice(0, 4)),
  };
}

const usesWeek = (a: PersonAchievementT): boolean =>
  a.kind === 'weekly_minutes' || ((a.kind === 'any' || a.kind === 'all') && a.of.some(usesWeek));

/** True when the target's value changes with the week even if nobody does anything. */
export function isWeekly(t: TemplateTargetT): boolean {
  if (t.subject === 'organisation') return true;
  if (t.subject === 'household') return usesWeek(t.achievement.member);
  return usesWeek(t.achievement);
}

/**
 * Recomputes a target from scratch in one transaction: its subjects, its rollups, and (with
 * `backfill`) its daily history per commune from the dates subjects reached it.
 */
export async function rebuildTarget(
  db: Db,
  t: LoadedTarget,
  c: CompileContext,
  opts: { backfill: boolean; now?: Date } = { backfill: true },
) {
  const today = vnDay(opts.now ?? new Date());
  await db.transaction(async (tx) => {
    const d = tx as Db;
    await d.execute(sql`delete from kpi_subjects where target_id = ${t.id}`);
    await d.execute(sql`insert into kpi_subjects (target_id, subject_id, unit_id, organisation_id, target_group, achieved_at)
      select ${t.id}, s.subject_id, s.unit_id, s.organisation_id, s.target_group, s.achieved_at
      from (${subjectsQuery(t.spec, t.place, c)}) s`);
    await d.execute(sql`delete from kpi_counts where target_id = ${t.id}`);
    await d.execute(sql`insert into kpi_counts (target_id, unit_id, target_group, achieved, population)
      select target_id, unit_id, target_group, count(achieved_at), count(*)
      from kpi_subjects where target_id = ${t.id} group by target_id, unit_id, target_group`);
    await d.execute(sql`delete from kpi_organisation_counts where target_id = ${t.id}`);
    await d.execute(sql`insert into kpi_organisation_counts (target_id, organisation_id, target_group, achieved, population)
      select target_id, organisation_id, target_group, count(achieved_at), count(*)
      from kpi_subjects where target_id = ${t.id} and organisation_id is not null
      group by target_id, organisation_id, target_group`);
    if (opts.backfill) {
      await d.execute(sql`delete from kpi_history where target_id = ${t.id}`);
      // Every day from the campaign's start: subjects achieved by the end of that day, per commune.
      await d.execute(sql`
        with pop as (
          select unit_id, count(*)::int as n from kpi_subjects
          where target_id = ${t.id} and unit_id is not null group by unit_id),
        ach as (
          select unit_id, greatest((achieved_at at time zone 'Asia/Ho_Chi_Minh')::date, ${t.startsOn}::date) as day,
                 count(*)::int as n
          from kpi_subjects where target_id = ${t.id} and unit_id is not null and achieved_at is not null
          group by 1, 2),
        grid as (
          select pop.unit_id, d::date as day, pop.n as population
          from pop cross join generate_series(${t.startsOn}::date, greatest(${today}::date, ${t.startsOn}::date), '1 day') d)
        insert into kpi_history (target_id, day, unit_id, achieved, population)
        select ${t.id}, g.day, g.unit_id,
               (sum(coalesce(a.n, 0)) over (partition by g.unit_id order by g.day))::int, g.population
        from grid g left join ach a on a.unit_id = g.unit_id and a.day = g.day`);
    } else {
      await writeHistory(d, [t.id], today);
    }
  });
}

interface Move {
  place: string | number | null;
  group: string;
  pop: number;
  ach: number;
}
type Delta = Map<string, Move>;

function addDelta(delta: Delta, place: string | number | null, r: SubjectRow, sign: 1 | -1) {
  const key = `${place}|${r.target_group}`;
  const d = delta.get(key) ?? { place, group: r.target_group, pop: 0, ach: 0 };
  d.pop += sign;
  if (r.achieved_at !== null) d.ach += sign;
  delta.set(key, d);
}

/** The moves that change something, sorted so concurrent batches lock rollup rows in one order. */
const movesOf = (delta: Delta) =>
  [...delta.entries()]
    .filter(([, d]) => d.pop !== 0 || d.ach !== 0)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([, d]) => d);

const moveArrays = (moves: Move[]) => ({
  groups: sql`${pgArray(moves.map((m) => m.group))}::text[]`,
  pops: sql`${pgArray(moves.map((m) => m.pop))}::int[]`,
  achs: sql`${pgArray(moves.map((m) => m.ach))}::int[]`,
});

/**
 * Recomputes the given subjects of a target and moves its rollups by the difference. A subject
 * that still meets the target keeps the date it first did. Returns the communes touched.
 */
export async function refreshSubjects(
  db: Db,
  t: LoadedTarget,
  c: CompileContext,
  subjectIds: string[],
): Promise<Set<number>> {
  if (subjectIds.length === 0) return new Set();
  const ids = sql`${pgArray(subjectIds)}::uuid[]`;
  const old = await run<SubjectRow>(
    db,
    sql`delete from kpi_subjects where target_id = ${t.id} and subject_id = any(${ids})
      returning subject_id, unit_id, organisation_id, target_group, achieved_at`,
  );
  const kept = old.filter((o) => o.achieved_at !== null);
  const keptAt = kept.map((o) => new Date(o.achieved_at as string | Date).toISOString());
  const fresh = await run<SubjectRow>(
    db,
    sql`insert into kpi_subjects (target_id, subject_id, unit_id, organisation_id, target_group, achieved_at)
      select ${t.id}, s.subject_id, s.unit_id, s.organisation_id, s.target_group,
             case when s.achieved_at is null then null else coalesce(o.at, s.achieved_at) end
      from (${subjectsQuery(t.spec, t.place, c, subjectIds)}) s
      left join unnest(${pgArray(kept.map((o) => o.subject_id))}::uuid[], ${pgArray(keptAt)}::timestamptz[]) as o(id, at)
        on o.id = s.subject_id
      returning subject_id, unit_id, organisation_id, target_group, achieved_at`,
  );
  const byUnit: Delta = new Map();
  const byOrganisation: Delta = new Map();
  for (const [rows, sign] of [
    [old, -1],
    [fresh, 1],
  ] as const) {
    for (const r of rows) {
      addDelta(byUnit, r.unit_id === null ? null : Number(r.unit_id), r, sign);
      if (r.organisation_id) addDelta(byOrganisation, r.organisation_id, r, sign);
    }
  }
  const unitMoves = movesOf(byUnit);
  if (unitMoves.length) {
    const a = moveArrays(unitMoves);
    await db.execute(sql`
      insert into kpi_counts (target_id, unit_id, target_group, population, achieved)
      select ${t.id}, nullif(m.unit_id, -1), m.grp, m.pop, m.ach
      from unnest(${pgArray(unitMoves.map((m) => (m.place === null ? -1 : Number(m.place))))}::int[],
                  ${a.groups}, ${a.pops}, ${a.achs}) as m(unit_id, grp, pop, ach)
      on conflict on constraint kpi_counts_place_key do update set
        population = kpi_counts.population + excluded.population,
        achieved = kpi_counts.achieved + excluded.achieved`);
  }
  const orgMoves = movesOf(byOrganisation);
  if (orgMoves.length) {
    const a = moveArrays(orgMoves);
    await db.execute(sql`
      insert into kpi_organisation_counts (target_id, organisation_id, target_group, population, achieved)
      select ${t.id}, m.org_id, m.grp, m.pop, m.ach
      from unnest(${pgArray(orgMoves.map((m) => String(m.place)))}::uuid[], ${a.groups}, ${a.pops}, ${a.achs})
        as m(org_id, grp, pop, ach)
      on conflict (target_id, organisation_id, target_group) do update set
        population = kpi_organisation_counts.population + excluded.population,
        achieved = kpi_organisation_counts.achieved + excluded.achieved`);
  }
  const touched = new Set<number>();
  for (const m of unitMoves) if (m.place !== null) touched.add(Number(m.place));
  return touched;
}

/**
 * Keeps the history dense (one row per target, commune and day): the days since a target's last
 * row — when no server ran — carry its last values forward.
 */
export async function fillHistoryGaps(db: Db, targetIds: string[], day: string) {
  if (targetIds.length === 0) return;
  await db.execute(sql`
    insert into kpi_history (target_id, day, unit_id, achieved, population)
    select h.target_id, d::date, h.unit_id, h.achieved, h.population
    from (select distinct on (target_id, unit_id) target_id, unit_id, day, achieved, population
          from kpi_history where target_id = any(${pgArray(targetIds)}::text[])
          order by target_id, unit_id, day desc) h
    cross join lateral generate_series(h.day + 1, ${day}::date - 1, '1 day') d
    on conflict (target_id, unit_id, day) do nothing`);
}

/** Today's value per commune of these targets, from the rollups (the last refresh of a day wins). */
export async function writeHistory(db: Db, targetIds: string[], day: string) {
  if (targetIds.length === 0) return;
  await db.execute(sql`
    insert into kpi_history (target_id, day, unit_id, achieved, population)
    select target_id, ${day}::date, unit_id, sum(achieved)::int, sum(population)::int
    from kpi_counts where target_id = any(${pgArray(targetIds)}::text[]) and unit_id is not null
    group by target_id, unit_id
    on conflict (target_id, unit_id, day) do update set achieved = excluded.achieved, population = excluded.population`);
}
