// Queries for the cascade summary of a unit subtree. Everything is read from the trainers register
// and the classes' own counters (members_count, completed_count, kept by the class refresher) and
// grouped in SQL: no scan of class_members, so a province of 800,000 learners stays cheap.
import { type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { rowsOf } from '../monitoring/kpi.engine.ts';
import { COMMUNE_TYPES } from './network.scope.ts';

const run = async <T>(db: Db, q: SQL) => rowsOf<T>(await db.execute(q));
const communeTypes = sql.raw(COMMUNE_TYPES.map((t) => `'${t}'`).join(','));
const under = (column: SQL, path: string) => sql`${column} like ${`${path}%`}`;
const liveClasses = (path: string) => sql`${under(sql`c.unit_path`, path)} and c.status <> 'cancelled'`;

export interface GenerationRow {
  generation: number | null;
  trainers: number;
  classes: number;
  learners: number;
  completed: number;
  communes: number;
}

export async function generationFigures(db: Db, path: string): Promise<GenerationRow[]> {
  const rows = await run<Record<string, unknown>>(
    db,
    sql`with k as (
        select c.generation, count(*)::int as classes, coalesce(sum(c.members_count), 0)::int as learners,
          coalesce(sum(c.completed_count), 0)::int as completed, count(distinct c.unit_id)::int as communes
        from classes c where ${liveClasses(path)} group by c.generation),
      t as (select generation, count(*)::int as trainers from trainers where ${under(sql`unit_path`, path)}
        group by generation)
      select coalesce(k.generation, t.generation) as generation, coalesce(t.trainers, 0) as trainers,
        coalesce(k.classes, 0) as classes, coalesce(k.learners, 0) as learners,
        coalesce(k.completed, 0) as completed, coalesce(k.communes, 0) as communes
      from k full join t on t.generation = k.generation
      order by coalesce(k.generation, t.generation) nulls last`,
  );
  return rows.map((r) => ({
    generation: r.generation === null ? null : Number(r.generation),
    trainers: Number(r.trainers),
    classes: Number(r.classes),
    learners: Number(r.learners),
    completed: Number(r.completed),
    communes: Number(r.communes),
  }));
}

export interface CommuneRow {
  unitId: number;
  name: string;
  trainers: number;
  classes: number;
  learners: number;
  completed: number;
  supportPersons: number;
  teams: number;
}

/** Every current commune of the subtree, with its trainers, classes, support people and teams. */
export async function communeFigures(db: Db, path: string): Promise<CommuneRow[]> {
  const rows = await run<Record<string, unknown>>(
    db,
    sql`select u.id, u.full_name, coalesce(tr.n, 0)::int as trainers, coalesce(k.classes, 0)::int as classes,
        coalesce(k.learners, 0)::int as learners, coalesce(k.completed, 0)::int as completed,
        coalesce(sp.n, 0)::int as support, coalesce(tm.n, 0)::int as teams
      from units u
        left join (select c.unit_id, count(*) as classes, sum(c.members_count) as learners,
            sum(c.completed_count) as completed from classes c where ${liveClasses(path)} group by c.unit_id) k
          on k.unit_id = u.id
        left join (select unit_id, count(*) as n from trainers where ${under(sql`unit_path`, path)}
          group by unit_id) tr on tr.unit_id = u.id
        left join (select s.unit_id, count(*) as n from support_persons s group by s.unit_id) sp on sp.unit_id = u.id
        left join (select unit_id, count(*) as n from community_teams where ${under(sql`unit_path`, path)}
          group by unit_id) tm on tm.unit_id = u.id
      where u.valid_to is null and u.type in (${communeTypes}) and ${under(sql`u.path`, path)}
      order by coalesce(k.learners, 0) desc, u.name`,
  );
  return rows.map((r) => ({
    unitId: Number(r.id),
    name: String(r.full_name),
    trainers: Number(r.trainers),
    classes: Number(r.classes),
    learners: Number(r.learners),
    completed: Number(r.completed),
    supportPersons: Number(r.support),
    teams: Number(r.teams),
  }));
}

/** Core members by classes opened: two or more (met), one, none. */
export async function coreStatusCounts(db: Db, path: string) {
  const [r] = await run<{ total: number; met: number; one: number; none: number }>(
    db,
    sql`select count(*)::int as total, count(*) filter (where coalesce(k.n, 0) >= 2)::int as met,
        count(*) filter (where k.n = 1)::int as one, count(*) filter (where k.n is null)::int as none
      from trainers t
        left join lateral (select nullif(count(*), 0) as n from classes c
          where c.trainer_id = t.person_id and c.status <> 'cancelled') k on true
      where t.tier = 'core' and ${under(sql`t.unit_path`, path)}`,
  );
  return r ?? { total: 0, met: 0, one: 0, none: 0 };
}

export async function teamTotals(db: Db, path: string) {
  const [r] = await run<{ teams: number; members: number; classes: number; learners: number }>(
    db,
    sql`select (select count(*)::int from community_teams tm where ${under(sql`tm.unit_path`, path)}) as teams,
        (select count(*)::int from community_team_members m join community_teams tm on tm.id = m.team_id
          where ${under(sql`tm.unit_path`, path)}) as members,
        (select count(*)::int from classes c where c.team_id is not null and ${liveClasses(path)}) as classes,
        (select coalesce(sum(c.members_count), 0)::int from classes c
          where c.team_id is not null and ${liveClasses(path)}) as learners`,
  );
  return r ?? { teams: 0, members: 0, classes: 0, learners: 0 };
}

export interface TreeTrainer {
  personId: string;
  name: string;
  generation: number;
  trainedBy: string | null;
  classes: number;
  learners: number;
}

export interface TreeClass {
  id: string;
  trainerId: string;
  title: string;
  learners: number;
}

/**
 * The trainers of the subtree with their classes' totals, and each trainer's `topClasses` largest
 * classes (the rest are summed by the caller from the totals).
 */
export async function treeRows(db: Db, path: string, topClasses: number) {
  const trainers = await run<Record<string, unknown>>(
    db,
    sql`select t.person_id, p.full_name, t.generation, t.trained_by, coalesce(k.classes, 0)::int as classes,
        coalesce(k.learners, 0)::int as learners
      from trainers t join people p on p.id = t.person_id
        left join (select c.trainer_id, count(*) as classes, sum(c.members_count) as learners
          from classes c where ${liveClasses(path)} group by c.trainer_id) k on k.trainer_id = t.person_id
      where ${under(sql`t.unit_path`, path)}`,
  );
  const classes = await run<Record<string, unknown>>(
    db,
    sql`select id, trainer_id, title, members_count from (
        select c.id, c.trainer_id, c.title, c.members_count,
          row_number() over (partition by c.trainer_id order by c.members_count desc, c.starts_on desc, c.id) as rn
        from classes c where ${liveClasses(path)}) x
      where rn <= ${topClasses}`,
  );
  return {
    trainers: trainers.map(
      (r): TreeTrainer => ({
        personId: String(r.person_id),
        name: String(r.full_name),
        generation: Number(r.generation),
        trainedBy: (r.trained_by as string | null) ?? null,
        classes: Number(r.classes),
        learners: Number(r.learners),
      }),
    ),
    classes: classes.map(
      (r): TreeClass => ({
        id: String(r.id),
        trainerId: String(r.trainer_id),
        title: String(r.title),
        learners: Number(r.members_count),
      }),
    ),
  };
}
