// Drill-down and laggard lists: the subjects of a target in a place (who has not reached it yet),
// the child units and organisations furthest behind, and the learners who stopped learning.
import { type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { pgArray } from '../access/access.sql.ts';
import { addDays } from './calendar.ts';
import { rowsOf } from './kpi.engine.ts';
import { combine, listCampaignTargets, type TargetRow } from './kpi.service.ts';
import { targetStatus } from './kpi.status.ts';
import * as repo from './monitoring.repository.ts';
import { type CampaignRow, type ResolvedPlace, subtreeUnitIds } from './place.ts';

const run = async <T>(db: Db, q: SQL) => rowsOf<T>(await db.execute(q));
const iso = (d: unknown) => (d ? new Date(d as string).toISOString() : null);

/** A single unit (a commune) as `=`, so a walk in name order uses its (unit, name) index. */
function placeCondition(place: ResolvedPlace, alias: string): SQL {
  const a = sql.raw(alias);
  const p = place.place;
  if (p.kind === 'unit')
    return p.unitIds.length === 1
      ? sql`${a}.unit_id = ${p.unitIds[0]}::int`
      : sql`${a}.unit_id = any(${pgArray(p.unitIds)}::int[])`;
  return p.organisationIds.length === 1
    ? sql`${a}.organisation_id = ${p.organisationIds[0]}::uuid`
    : sql`${a}.organisation_id = any(${pgArray(p.organisationIds)}::uuid[])`;
}

/** Up to this many matching subjects a page sorts them; beyond, it walks the place's names. */
const SORT_MAX = 5_000;
const WALK_CHUNK = 1_000;

function subjectName(subject: TargetRow['subject']) {
  if (subject === 'person')
    return {
      join: sql`join people s on s.id = k.subject_id`,
      col: sql`s.full_name`,
      sort: sql`s.search_text collate "C"`,
    };
  if (subject === 'household')
    return {
      join: sql`join households s on s.id = k.subject_id`,
      col: sql`coalesce(s.head_name, s.code, '')`,
      sort: sql`coalesce(s.code, '')`,
    };
  return {
    join: sql`join organisations s on s.id = k.subject_id`,
    col: sql`s.name`,
    sort: sql`s.search_text`,
  };
}

/**
 * A page of people of a place who are subjects in the wanted state, in name order, by walking the
 * place's names (the commune's name index) a chunk at a time and keeping the subjects: a page of a
 * large commune reads a few chunks, never the whole commune, whatever the planner estimates.
 */
async function walkPeople(
  db: Db,
  target: TargetRow,
  place: ResolvedPlace,
  state: SQL,
  limit: number,
  offset: number,
): Promise<string[]> {
  const out: string[] = [];
  let skipped = 0;
  let after: { name: string; id: string } | null = null;
  for (;;) {
    const from: SQL = after
      ? sql` and (p.search_text collate "C" > ${after.name} or (p.search_text collate "C" = ${after.name} and p.id > ${after.id}::uuid))`
      : sql``;
    const chunk = await run<{ id: string; name: string }>(
      db,
      sql`select p.id, p.search_text as name from people p where ${placeCondition(place, 'p')}${from}
        order by p.search_text collate "C", p.id limit ${WALK_CHUNK}`,
    );
    if (chunk.length === 0) return out;
    const hits = new Set(
      (
        await run<{ id: string }>(
          db,
          sql`select k.subject_id as id from kpi_subjects k where k.target_id = ${target.id}
            and k.subject_id = any(${pgArray(chunk.map((c) => c.id))}::uuid[])${state}`,
        )
      ).map((r) => r.id),
    );
    for (const c of chunk) {
      if (!hits.has(c.id)) continue;
      if (skipped < offset) skipped++;
      else out.push(c.id);
      if (out.length === limit) return out;
    }
    const last = chunk[chunk.length - 1] as { id: string; name: string };
    after = { name: last.name, id: last.id };
  }
}

/** Subjects of a target in a place, reached or not, by name; the total comes from the rollups. */
export async function targetSubjects(
  db: Db,
  target: TargetRow,
  place: ResolvedPlace,
  achieved: boolean | undefined,
  limit: number,
  offset: number,
  sortMax = SORT_MAX,
) {
  const state =
    achieved === undefined
      ? sql``
      : achieved
        ? sql` and k.achieved_at is not null`
        : sql` and k.achieved_at is null`;
  const counts = await repo.currentCounts(db, [target.id], place.place);
  const total = counts.reduce(
    (n, c) => n + (achieved === undefined ? c.population : achieved ? c.achieved : c.population - c.achieved),
    0,
  );
  if (total <= offset) return { items: [], total };
  const name = subjectName(target.subject);
  // Few matches (or households and organisations): sort them. Many people: walk the names.
  const ids =
    target.subject === 'person' && total > sortMax
      ? await walkPeople(db, target, place, state, limit, offset)
      : (
          await run<{ id: string }>(
            db,
            sql`select k.subject_id as id from kpi_subjects k ${name.join}
              where k.target_id = ${target.id} and ${placeCondition(place, 'k')}${state}
              order by ${name.sort}, k.subject_id limit ${limit} offset ${offset}`,
          )
        ).map((r) => r.id);
  if (ids.length === 0) return { items: [], total };
  const lastActive =
    target.subject === 'person'
      ? sql`(select lp.last_active_at from learner_profiles lp where lp.person_id = k.subject_id)`
      : sql`null::timestamptz`;
  const rows = await run<Record<string, unknown>>(
    db,
    sql`select k.subject_id as id, ${name.col} as name, u.name as unit_name, o.name as organisation_name,
          k.target_group, k.achieved_at, ${lastActive} as last_active_at
        from kpi_subjects k ${name.join}
        left join units u on u.id = k.unit_id left join organisations o on o.id = k.organisation_id
        where k.target_id = ${target.id} and k.subject_id = any(${pgArray(ids)}::uuid[])
        order by ${name.sort}, k.subject_id`,
  );
  return {
    items: rows.map((r) => ({
      id: String(r.id),
      name: String(r.name ?? ''),
      unitName: (r.unit_name as string | null) ?? null,
      organisationName: (r.organisation_name as string | null) ?? null,
      targetGroup: String(r.target_group ?? ''),
      achievedAt: iso(r.achieved_at),
      lastActiveAt: iso(r.last_active_at),
    })),
    total,
  };
}

interface Laggard {
  id: string;
  name: string;
  detail: string | null;
  behind: number | null;
  meanValue: number | null;
  lastActiveAt: string | null;
}

const byLag = (a: Laggard, b: Laggard) =>
  (b.behind ?? 0) - (a.behind ?? 0) ||
  (a.meanValue ?? 0) - (b.meanValue ?? 0) ||
  a.name.localeCompare(b.name, 'vi');

/** Child units of a unit place, the most targets behind first. */
async function laggardUnits(
  db: Db,
  campaign: CampaignRow,
  place: ResolvedPlace,
  today: string,
): Promise<Laggard[]> {
  if (place.kind !== 'unit') return [];
  const targets = await listCampaignTargets(db, campaign.id);
  const children = await run<{ id: number; name: string; code: string; path: string }>(
    db,
    sql`select id, name, code, path from units where parent_id = ${place.unitId} and valid_to is null`,
  );
  const subtrees = await Promise.all(children.map((c) => subtreeUnitIds(db, c.path)));
  const all = subtrees.flat();
  const counts = await repo.currentCounts(
    db,
    targets.map((t) => t.id),
    { kind: 'unit', unitIds: all },
  );
  const keys = [...new Set(targets.map((t) => t.denominatorKey).filter((k): k is string => !!k))];
  const official = await repo.populationFigures(db, keys, { kind: 'unit', unitIds: all });
  return children.map((c, i) => {
    const ids = new Set(subtrees[i]);
    let behind = 0;
    let sum = 0;
    let n = 0;
    for (const t of targets) {
      const f = combine(
        counts.filter((x) => x.targetId === t.id && x.unitId !== null && ids.has(x.unitId)),
        t.denominatorKey ? official.get(t.denominatorKey) : undefined,
        String(c.id),
        subtrees[i] ?? [],
      );
      const s = targetStatus({
        value: f.value,
        target: t.targetShare,
        startsOn: campaign.startsOn,
        dueOn: t.dueOn,
        today,
      });
      if (s === 'behind' || s === 'at_risk') behind++;
      if (f.value !== null) {
        sum += f.value;
        n++;
      }
    }
    return {
      id: String(c.id),
      name: c.name,
      detail: c.code,
      behind,
      meanValue: n ? sum / n : null,
      lastActiveAt: null,
    };
  });
}

/** Organisations located in the place, the lowest mean share of their people's targets first. */
async function laggardOrganisations(db: Db, campaign: CampaignRow, place: ResolvedPlace): Promise<Laggard[]> {
  const orgs =
    place.place.kind === 'unit'
      ? sql`array(select o.id from organisations o where o.unit_id = any(${pgArray(place.place.unitIds)}::int[]))`
      : sql`${pgArray(place.place.organisationIds)}::uuid[]`;
  const rows = await run<{ id: string; name: string; unit_name: string; mean: number; targets: number }>(
    db,
    sql`with per as (
        select k.organisation_id, k.target_id, sum(k.achieved)::float / nullif(sum(k.population), 0) as share
        from kpi_organisation_counts k join campaign_targets t on t.id = k.target_id
        where t.campaign_id = ${campaign.id} and t.subject = 'person'
          and k.organisation_id = any(${orgs})
        group by 1, 2 having sum(k.population) > 0)
      select o.id::text as id, o.name, u.name as unit_name, avg(per.share) as mean, count(*)::int as targets
      from per join organisations o on o.id = per.organisation_id join units u on u.id = o.unit_id
      group by o.id, o.name, u.name`,
  );
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    detail: r.unit_name,
    behind: null,
    meanValue: r.mean === null ? null : Number(r.mean),
    lastActiveAt: null,
  }));
}

/** Learners of the place who learned before but not in the last `days` days, the most recent first. */
async function stoppedLearners(
  db: Db,
  place: ResolvedPlace,
  today: string,
  days: number,
  limit: number,
  offset: number,
) {
  const cut = addDays(today, -days);
  const where = sql`lp.last_active_at < ${cut}::date and ${placeCondition(place, 'p')}`;
  const rows = await run<{ id: string; name: string; unit_name: string | null; last_active_at: string }>(
    db,
    sql`select p.id, p.full_name as name, u.name as unit_name, lp.last_active_at
      from learner_profiles lp join people p on p.id = lp.person_id left join units u on u.id = p.unit_id
      where ${where} order by lp.last_active_at desc, p.id limit ${limit} offset ${offset}`,
  );
  const [c] = await run<{ n: number }>(
    db,
    sql`select count(*)::int as n from (select 1 from learner_profiles lp join people p on p.id = lp.person_id
      where ${where} limit 10000) x`,
  );
  return {
    items: rows.map((r) => ({
      id: String(r.id),
      name: r.name,
      detail: r.unit_name,
      behind: null,
      meanValue: null,
      lastActiveAt: iso(r.last_active_at),
    })),
    total: Number(c?.n ?? 0),
  };
}

export async function laggards(
  db: Db,
  campaign: CampaignRow,
  place: ResolvedPlace,
  q: {
    kind: 'units' | 'organisations' | 'people';
    days: number;
    limit: number;
    offset: number;
    today: string;
  },
): Promise<{ items: Laggard[]; total: number }> {
  if (q.kind === 'people') return stoppedLearners(db, place, q.today, q.days, q.limit, q.offset);
  const all =
    q.kind === 'units'
      ? await laggardUnits(db, campaign, place, q.today)
      : await laggardOrganisations(db, campaign, place);
  all.sort(byLag);
  return { items: all.slice(q.offset, q.offset + q.limit), total: all.length };
}
