// Reads of the KPI rollups, their history and the official population figures. A unit's figures
// count the people living in its subtree; an organisation's count its own people.
import { type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { pgArray } from '../access/access.sql.ts';
import { rowsOf } from './kpi.engine.ts';

const run = async <T>(db: Db, q: SQL) => rowsOf<T>(await db.execute(q));
const ints = (xs: number[]) => sql`${pgArray(xs)}::int[]`;
const texts = (xs: string[]) => sql`${pgArray(xs)}::text[]`;
const uuids = (xs: string[]) => sql`${pgArray(xs)}::uuid[]`;

/** Where KPIs are counted: the units of a subtree (residents), or organisations (their people). */
export type Place = { kind: 'unit'; unitIds: number[] } | { kind: 'organisation'; organisationIds: string[] };

/** The rollup a place reads, and its condition: communes of residence, or organisations. */
const rollup = (p: Place) =>
  p.kind === 'unit'
    ? { table: sql`kpi_counts`, where: sql`unit_id = any(${ints(p.unitIds)})`, unit: sql`unit_id` }
    : {
        table: sql`kpi_organisation_counts`,
        where: sql`organisation_id = any(${uuids(p.organisationIds)})`,
        unit: sql`null::int`,
      };

export interface UnitCount {
  targetId: string;
  unitId: number | null;
  achieved: number;
  population: number;
}

/** Current rollups per target and unit (unit places) or per target (organisation places). */
export async function currentCounts(db: Db, targetIds: string[], place: Place): Promise<UnitCount[]> {
  if (targetIds.length === 0) return [];
  const r = rollup(place);
  const rows = await run<{ target_id: string; unit_id: number | null; achieved: number; population: number }>(
    db,
    sql`select target_id, ${r.unit} as unit_id, sum(achieved)::int as achieved, sum(population)::int as population
      from ${r.table} where target_id = any(${texts(targetIds)}) and ${r.where}
      group by 1, 2`,
  );
  return rows.map((r) => ({
    targetId: r.target_id,
    unitId: r.unit_id === null ? null : Number(r.unit_id),
    achieved: Number(r.achieved),
    population: Number(r.population),
  }));
}

/** Per target and unit as at the end of `day` (history rows are dense: one per unit and day). */
export async function historyCounts(
  db: Db,
  targetIds: string[],
  unitIds: number[],
  day: string,
): Promise<UnitCount[]> {
  if (targetIds.length === 0 || unitIds.length === 0) return [];
  const rows = await run<{ target_id: string; unit_id: number; achieved: number; population: number }>(
    db,
    sql`select target_id, unit_id, achieved, population from kpi_history
      where target_id = any(${texts(targetIds)}) and unit_id = any(${ints(unitIds)}) and day = ${day}::date`,
  );
  return rows.map((r) => ({
    targetId: r.target_id,
    unitId: Number(r.unit_id),
    achieved: Number(r.achieved),
    population: Number(r.population),
  }));
}

/** Totals per target at each of `days` (history of unit places), for trend lines. */
export async function historySeries(db: Db, targetIds: string[], unitIds: number[], days: string[]) {
  if (targetIds.length === 0 || unitIds.length === 0 || days.length === 0) return [];
  const rows = await run<{ day: string; target_id: string; achieved: number; population: number }>(
    db,
    sql`select day::text as day, target_id, sum(achieved)::int as achieved, sum(population)::int as population
      from kpi_history
      where target_id = any(${texts(targetIds)}) and unit_id = any(${ints(unitIds)})
        and day = any(${pgArray(days)}::date[])
      group by 1, 2`,
  );
  return rows.map((r) => ({
    day: r.day,
    targetId: r.target_id,
    achieved: Number(r.achieved),
    population: Number(r.population),
  }));
}

/** Achieved-by-day series for organisation places, straight from the subjects (an organisation is small). */
export async function subjectSeries(db: Db, targetIds: string[], organisationIds: string[], days: string[]) {
  if (targetIds.length === 0 || days.length === 0) return [];
  const rows = await run<{ day: string; target_id: string; achieved: number; population: number }>(
    db,
    sql`select s.day::text as day, k.target_id,
        count(*) filter (where k.achieved_at < (s.day + 1)::timestamp at time zone 'Asia/Ho_Chi_Minh')::int as achieved,
        count(*)::int as population
      from unnest(${pgArray(days)}::date[]) as s(day)
      cross join kpi_subjects k
      where k.target_id = any(${texts(targetIds)}) and k.organisation_id = any(${uuids(organisationIds)})
      group by 1, 2`,
  );
  return rows.map((r) => ({
    day: r.day,
    targetId: r.target_id,
    achieved: Number(r.achieved),
    population: Number(r.population),
  }));
}

/** Official figures of these keys for these units (or organisations): key → place id → value. */
export async function populationFigures(db: Db, keys: string[], place: Place) {
  const out = new Map<string, Map<string, { value: number; source: string; asOf: string }>>();
  if (keys.length === 0) return out;
  const cond =
    place.kind === 'unit'
      ? sql`unit_id = any(${ints(place.unitIds)}) and organisation_id is null`
      : sql`organisation_id = any(${uuids(place.organisationIds)})`;
  const rows = await run<{ key: string; place: string; value: number; source: string; as_of: string }>(
    db,
    sql`select key, coalesce(organisation_id::text, unit_id::text) as place, value, source, as_of::text as as_of
      from population_figures where key = any(${texts(keys)}) and ${cond}`,
  );
  for (const r of rows) {
    const m = out.get(r.key) ?? new Map();
    m.set(r.place, { value: Number(r.value), source: r.source, asOf: r.as_of });
    out.set(r.key, m);
  }
  return out;
}

/** Current rollups of one target by the subjects' first target group (or organisation type). */
export async function countsByGroup(db: Db, targetId: string, place: Place) {
  const r = rollup(place);
  return run<{ key: string; achieved: number; population: number }>(
    db,
    sql`select target_group as key, sum(achieved)::int as achieved, sum(population)::int as population
      from ${r.table} where target_id = ${targetId} and ${r.where}
      group by 1 order by 3 desc`,
  );
}

/**
 * Current rollups of one target per organisation (lowest share first): those located in a unit
 * place's units, or those of an organisation place (the organisation and its sub-organisations).
 */
export async function countsByOrganisation(
  db: Db,
  targetId: string,
  place: Place,
  limit: number,
  offset: number,
) {
  const orgs =
    place.kind === 'unit'
      ? sql`array(select o.id from organisations o where o.unit_id = any(${ints(place.unitIds)}))`
      : uuids(place.organisationIds);
  const rows = await run<{
    key: string;
    label: string;
    unit_name: string;
    achieved: number;
    population: number;
    total: number;
  }>(
    db,
    sql`with per as (
        select k.organisation_id, sum(k.achieved)::int as achieved, sum(k.population)::int as population
        from kpi_organisation_counts k
        where k.target_id = ${targetId} and k.organisation_id = any(${orgs})
        group by 1 having sum(k.population) > 0)
      select per.organisation_id::text as key, o.name as label, u.name as unit_name, per.achieved, per.population,
             count(*) over ()::int as total
      from per join organisations o on o.id = per.organisation_id join units u on u.id = o.unit_id
      order by per.achieved::float / per.population, per.population desc, o.name
      limit ${limit} offset ${offset}`,
  );
  return rows.map((r) => ({ ...r, achieved: Number(r.achieved), population: Number(r.population) }));
}

export async function pendingChanges(db: Db): Promise<number> {
  const [r] = await run<{ n: number }>(db, sql`select count(*)::int as n from kpi_dirty`);
  return Number(r?.n ?? 0);
}
