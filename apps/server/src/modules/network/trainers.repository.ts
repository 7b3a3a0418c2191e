// Queries for the trainer register: one trainer with their place, the register with each
// trainer's classes, learners reached and completions (read from the classes' counters), the
// writes, and what ToT certification reads of a class and its member.
import { type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { escapeLike } from '../../lib/text.ts';
import { rowsOf } from '../monitoring/kpi.engine.ts';
import type { TrainerTierT, TrainerViewT } from './network.schemas.ts';

const run = async <T>(db: Db, q: SQL) => rowsOf<T>(await db.execute(q));
const iso = (v: unknown) => new Date(v as string).toISOString();

export interface TrainerRow {
  personId: string;
  tier: TrainerTierT;
  generation: number;
  unitId: number;
  unitPath: string;
  rootId: string | null;
  teamId: string | null;
}

export async function getTrainer(db: Db, personId: string): Promise<TrainerRow | null> {
  const [r] = await run<Record<string, unknown>>(
    db,
    sql`select person_id, tier, generation, unit_id, unit_path, root_id, team_id from trainers where person_id = ${personId}`,
  );
  if (!r) return null;
  return {
    personId: String(r.person_id),
    tier: r.tier as TrainerTierT,
    generation: Number(r.generation),
    unitId: Number(r.unit_id),
    unitPath: String(r.unit_path),
    rootId: (r.root_id as string | null) ?? null,
    teamId: (r.team_id as string | null) ?? null,
  };
}

export interface NewTrainer {
  personId: string;
  tier: TrainerTierT;
  generation: number;
  unitId: number;
  unitPath: string;
  teamId: string | null;
  trainedInClass: string | null;
  trainedBy: string | null;
  rootId: string | null;
  appointedBy: string | null;
}

/** Inserts the trainer; false when the person is already in the register. */
export async function insertTrainer(db: Db, v: NewTrainer): Promise<boolean> {
  const rows = await run<{ person_id: string }>(
    db,
    sql`insert into trainers (person_id, tier, generation, unit_id, unit_path, team_id, trained_in_class,
        trained_by, root_id, appointed_by)
      values (${v.personId}, ${v.tier}, ${v.generation}, ${v.unitId}, ${v.unitPath}, ${v.teamId},
        ${v.trainedInClass}, ${v.trainedBy}, ${v.rootId}, ${v.appointedBy})
      on conflict (person_id) do nothing returning person_id`,
  );
  return rows.length > 0;
}

export async function updateTrainer(
  db: Db,
  personId: string,
  v: { tier: TrainerTierT; generation: number; unitId: number; unitPath: string; teamId: string | null },
) {
  await db.execute(sql`update trainers set tier = ${v.tier}, generation = ${v.generation}, unit_id = ${v.unitId},
    unit_path = ${v.unitPath}, team_id = ${v.teamId} where person_id = ${personId}`);
}

export async function setTrainerCertificate(db: Db, personId: string, certificateId: string) {
  await db.execute(sql`update trainers set certificate_id = ${certificateId} where person_id = ${personId}`);
}

export async function deleteTrainer(db: Db, personId: string) {
  await db.execute(sql`delete from trainers where person_id = ${personId}`);
}

export interface TrainerFilter {
  visible: SQL;
  tier?: TrainerTierT;
  unitPath?: string;
  folded?: string;
  coreStatus?: 'met' | 'one' | 'none';
  limit: number;
  offset: number;
}

const coreStatusSql = sql`case when t.tier <> 'core' then null when coalesce(k.classes, 0) >= 2 then 'met'
  when coalesce(k.classes, 0) = 1 then 'one' else 'none' end`;

/** The register, with each trainer's classes (not cancelled) and their members and completions. */
export async function listTrainers(
  db: Db,
  f: TrainerFilter,
): Promise<{ items: TrainerViewT[]; total: number }> {
  const conds: SQL[] = [f.visible];
  if (f.tier) conds.push(sql`t.tier = ${f.tier}`);
  if (f.unitPath) conds.push(sql`t.unit_path like ${`${f.unitPath}%`}`);
  if (f.folded) conds.push(sql`p.search_text like ${`%${escapeLike(f.folded)}%`}`);
  if (f.coreStatus) conds.push(sql`t.tier = 'core' and ${coreStatusSql} = ${f.coreStatus}`);
  const where = sql.join(conds, sql` and `);
  const rows = await run<Record<string, unknown>>(
    db,
    sql`select t.person_id, p.full_name, t.tier, t.generation, t.unit_id, u.full_name as unit_name, t.team_id,
        tm.name as team_name, t.trained_by, tb.full_name as trained_by_name, t.trained_in_class, t.certificate_id,
        exists (select 1 from accounts a where a.person_id = t.person_id) as has_account, t.since,
        coalesce(k.classes, 0)::int as classes, coalesce(k.learners, 0)::int as learners,
        coalesce(k.completed, 0)::int as completed, ${coreStatusSql} as core_status,
        count(*) over ()::int as total
      from trainers t
        join people p on p.id = t.person_id
        join units u on u.id = t.unit_id
        left join organisations o on o.id = p.organisation_id
        left join community_teams tm on tm.id = t.team_id
        left join people tb on tb.id = t.trained_by
        left join lateral (select count(*) as classes, sum(c.members_count) as learners,
            sum(c.completed_count) as completed
          from classes c where c.trainer_id = t.person_id and c.status <> 'cancelled') k on true
      where ${where}
      order by t.generation, p.search_text collate "C", t.person_id
      limit ${f.limit} offset ${f.offset}`,
  );
  return {
    total: rows.length ? Number(rows[0]?.total) : 0,
    items: rows.map((r) => ({
      personId: String(r.person_id),
      name: String(r.full_name),
      tier: r.tier as TrainerTierT,
      generation: Number(r.generation),
      unitId: Number(r.unit_id),
      unitName: String(r.unit_name),
      teamId: (r.team_id as string | null) ?? null,
      teamName: (r.team_name as string | null) ?? null,
      trainedById: (r.trained_by as string | null) ?? null,
      trainedByName: (r.trained_by_name as string | null) ?? null,
      trainedInClass: (r.trained_in_class as string | null) ?? null,
      certificateId: (r.certificate_id as string | null) ?? null,
      hasAccount: Boolean(r.has_account),
      since: iso(r.since),
      classesOpened: Number(r.classes),
      learnersReached: Number(r.learners),
      completed: Number(r.completed),
      coreStatus: (r.core_status as 'met' | 'one' | 'none' | null) ?? null,
    })),
  };
}

/** The trainer grant of a person's account, for the role that comes with the register. */
export async function accountOf(db: Db, personId: string): Promise<string | null> {
  const [r] = await run<{ id: string }>(
    db,
    sql`select id from accounts where person_id = ${personId} limit 1`,
  );
  return r?.id ?? null;
}

export async function deleteTrainerGrant(db: Db, accountId: string, unitId: number) {
  await db.execute(
    sql`delete from role_assignments where account_id = ${accountId} and role = 'trainer' and unit_id = ${unitId}`,
  );
}

export interface TotClass {
  id: string;
  title: string;
  kind: string;
  unitId: number;
  unitPath: string;
  organisationPath: string | null;
  trainerId: string;
  generation: number | null;
  rootId: string | null;
}

export async function getClassForCertify(db: Db, id: string): Promise<TotClass | null> {
  const [r] = await run<Record<string, unknown>>(
    db,
    sql`select c.id, c.title, c.kind, c.unit_id, c.unit_path, o.path as organisation_path, c.trainer_id, c.generation,
        c.root_id from classes c left join organisations o on o.id = c.organisation_id where c.id = ${id}`,
  );
  if (!r) return null;
  return {
    id: String(r.id),
    title: String(r.title),
    kind: String(r.kind),
    unitId: Number(r.unit_id),
    unitPath: String(r.unit_path),
    organisationPath: (r.organisation_path as string | null) ?? null,
    trainerId: String(r.trainer_id),
    generation: r.generation === null ? null : Number(r.generation),
    rootId: (r.root_id as string | null) ?? null,
  };
}

/**
 * A member's standing for certification: active, completed, and how many in-person sessions held
 * so far they missed.
 */
export async function memberStanding(db: Db, classId: string, personId: string, now: Date) {
  const [r] = await run<{ status: string; completed: boolean; missed: number }>(
    db,
    sql`select m.status, m.completed_at is not null as completed,
        (select count(*)::int from class_sessions s where s.class_id = m.class_id and s.in_person
          and s.starts_at <= ${now.toISOString()}::timestamptz
          and not exists (select 1 from class_attendance a where a.session_id = s.id and a.person_id = m.person_id)
        ) as missed
      from class_members m where m.class_id = ${classId} and m.person_id = ${personId}`,
  );
  return r ?? null;
}
