// Queries for classes: the class rows with their place, trainer and next session, members with
// their attendance, sessions, announcements, people of a commune to enrol, and the counters the
// refresher keeps. No rules here (see classes.service.ts and its siblings).
import { type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { escapeLike } from '../../lib/text.ts';
import { pgArray } from '../access/access.sql.ts';
import { rowsOf } from '../monitoring/kpi.engine.ts';

export const run = async <T>(db: Db, q: SQL) => rowsOf<T>(await db.execute(q));
export const isoOf = (v: unknown) =>
  v === null || v === undefined ? null : new Date(v as string).toISOString();
export const uuidArray = (ids: string[]) => sql`${pgArray(ids)}::uuid[]`;
export const textArray = (ids: string[]) => sql`${pgArray(ids)}::text[]`;

export interface ClassRow {
  id: string;
  code: string;
  title: string;
  description: string | null;
  kind: 'standard' | 'tot';
  courseIds: string[];
  mode: 'online' | 'in_person' | 'blended';
  targetGroups: string[];
  vulnerabilities: string[];
  unitId: number;
  unitPath: string;
  unitName: string;
  organisationId: string | null;
  organisationName: string | null;
  organisationPath: string | null;
  teamId: string | null;
  venueKind: string | null;
  venue: string | null;
  capacity: number | null;
  closed: boolean;
  trainerId: string;
  trainerName: string;
  generation: number | null;
  rootId: string | null;
  status: 'open' | 'finished' | 'cancelled';
  startsOn: string;
  endsOn: string | null;
  membersCount: number;
  completedCount: number;
  pendingCount: number;
  nextSession: { id: string; startsAt: string; minutes: number; topic: string | null } | null;
}

const arr = (v: unknown): string[] => {
  if (Array.isArray(v)) return v as string[];
  if (typeof v === 'string' && v.startsWith('{'))
    return v === '{}'
      ? []
      : v
          .slice(1, -1)
          .split(',')
          .map((s) => s.replace(/^"|"$/g, ''));
  return [];
};

const toClass = (r: Record<string, unknown>): ClassRow => ({
  id: String(r.id),
  code: String(r.code),
  title: String(r.title),
  description: (r.description as string | null) ?? null,
  kind: r.kind as ClassRow['kind'],
  courseIds: arr(r.course_ids),
  mode: r.mode as ClassRow['mode'],
  targetGroups: arr(r.target_groups),
  vulnerabilities: arr(r.vulnerabilities),
  unitId: Number(r.unit_id),
  unitPath: String(r.unit_path),
  unitName: String(r.unit_name),
  organisationId: (r.organisation_id as string | null) ?? null,
  organisationName: (r.organisation_name as string | null) ?? null,
  organisationPath: (r.organisation_path as string | null) ?? null,
  teamId: (r.team_id as string | null) ?? null,
  venueKind: (r.venue_kind as string | null) ?? null,
  venue: (r.venue as string | null) ?? null,
  capacity: r.capacity === null ? null : Number(r.capacity),
  closed: Boolean(r.closed),
  trainerId: String(r.trainer_id),
  trainerName: String(r.trainer_name ?? ''),
  generation: r.generation === null ? null : Number(r.generation),
  rootId: (r.root_id as string | null) ?? null,
  status: r.status as ClassRow['status'],
  startsOn: String(r.starts_on),
  endsOn: r.ends_on === null ? null : String(r.ends_on),
  membersCount: Number(r.members_count),
  completedCount: Number(r.completed_count),
  pendingCount: Number(r.pending_count ?? 0),
  nextSession: r.next_id
    ? {
        id: String(r.next_id),
        startsAt: isoOf(r.next_starts_at) as string,
        minutes: Number(r.next_minutes),
        topic: (r.next_topic as string | null) ?? null,
      }
    : null,
});

const selectClasses = (where: SQL, now: Date, tail: SQL = sql``) => sql`
  select c.id, c.code, c.title, c.description, c.kind, c.course_ids, c.mode, c.target_groups,
    c.vulnerabilities, c.unit_id, c.unit_path, u.name as unit_name, c.organisation_id,
    o.name as organisation_name, o.path as organisation_path, c.team_id, c.venue_kind, c.venue, c.capacity,
    c.closed, c.trainer_id, tp.full_name as trainer_name, c.generation, c.root_id, c.status,
    c.starts_on::text as starts_on, c.ends_on::text as ends_on, c.members_count, c.completed_count,
    (select count(*)::int from class_members pm where pm.class_id = c.id and pm.status = 'pending') as pending_count,
    ns.id as next_id, ns.starts_at as next_starts_at, ns.minutes as next_minutes, ns.topic as next_topic
  from classes c
    join units u on u.id = c.unit_id
    join people tp on tp.id = c.trainer_id
    left join organisations o on o.id = c.organisation_id
    left join lateral (select s.id, s.starts_at, s.minutes, s.topic from class_sessions s
      where s.class_id = c.id and s.starts_at + s.minutes * interval '1 minute' >= ${now.toISOString()}::timestamptz
      order by s.starts_at limit 1) ns on true
  where ${where}${tail}`;

export async function getClass(db: Db, id: string, now = new Date()): Promise<ClassRow | undefined> {
  const [r] = await run<Record<string, unknown>>(db, selectClasses(sql`c.id = ${id}`, now));
  return r ? toClass(r) : undefined;
}

export async function getClassByCode(db: Db, code: string, now = new Date()) {
  const [r] = await run<Record<string, unknown>>(db, selectClasses(sql`c.code = ${code}`, now));
  return r ? toClass(r) : undefined;
}

export async function listClassRows(
  db: Db,
  where: SQL,
  page: { limit: number; offset: number },
  now = new Date(),
): Promise<{ rows: ClassRow[]; total: number }> {
  const [count] = await run<{ n: number }>(db, sql`select count(*)::int as n from classes c where ${where}`);
  const rows = await run<Record<string, unknown>>(
    db,
    selectClasses(
      where,
      now,
      sql` order by (c.status = 'open') desc, c.starts_on desc, c.created_at desc
        limit ${page.limit} offset ${page.offset}`,
    ),
  );
  return { rows: rows.map(toClass), total: Number(count?.n ?? 0) };
}

/** Inserts a class; null when its code is taken (the caller draws another). */
export async function insertClass(db: Db, v: Record<string, unknown>): Promise<string | null> {
  const [r] = await run<{ id: string }>(
    db,
    sql`insert into classes (code, title, description, kind, course_ids, mode, target_groups, vulnerabilities,
      unit_id, unit_path, organisation_id, team_id, venue_kind, venue, capacity, closed, trainer_id,
      generation, root_id, starts_on, ends_on, created_by)
    values (${v.code}, ${v.title}, ${v.description}, ${v.kind}, ${textArray(v.courseIds as string[])},
      ${v.mode}, ${textArray(v.targetGroups as string[])}, ${textArray(v.vulnerabilities as string[])},
      ${v.unitId}, ${v.unitPath}, ${v.organisationId}, ${v.teamId}, ${v.venueKind}, ${v.venue}, ${v.capacity},
      ${v.closed}, ${v.trainerId}, ${v.generation}, ${v.rootId}, ${v.startsOn}::date, ${v.endsOn}::date,
      ${v.createdBy}) on conflict (code) do nothing returning id`,
  );
  return r?.id ?? null;
}

const columnOf: Record<string, string> = {
  title: 'title',
  description: 'description',
  kind: 'kind',
  mode: 'mode',
  unitId: 'unit_id',
  unitPath: 'unit_path',
  organisationId: 'organisation_id',
  teamId: 'team_id',
  venueKind: 'venue_kind',
  venue: 'venue',
  capacity: 'capacity',
  closed: 'closed',
  trainerId: 'trainer_id',
  generation: 'generation',
  rootId: 'root_id',
  status: 'status',
};

export async function updateClassRow(db: Db, id: string, v: Record<string, unknown>) {
  const sets: SQL[] = [sql`updated_at = now()`];
  for (const [k, val] of Object.entries(v)) {
    if (val === undefined) continue;
    if (k === 'courseIds' || k === 'targetGroups' || k === 'vulnerabilities') {
      const col = {
        courseIds: 'course_ids',
        targetGroups: 'target_groups',
        vulnerabilities: 'vulnerabilities',
      }[k];
      sets.push(sql`${sql.identifier(col)} = ${textArray(val as string[])}`);
    } else if (k === 'startsOn' || k === 'endsOn') {
      sets.push(sql`${sql.identifier(k === 'startsOn' ? 'starts_on' : 'ends_on')} = ${val}::date`);
    } else if (columnOf[k]) {
      sets.push(sql`${sql.identifier(columnOf[k] as string)} = ${val}`);
    }
  }
  await db.execute(sql`update classes set ${sql.join(sets, sql`, `)} where id = ${id}`);
}

export async function trainerLine(db: Db, personId: string) {
  const [r] = await run<{ generation: number; root_id: string | null }>(
    db,
    sql`select generation, root_id from trainers where person_id = ${personId}`,
  );
  return r ? { generation: Number(r.generation), rootId: r.root_id } : null;
}

export async function personPlace(db: Db, personId: string) {
  const [r] = await run<{
    id: string;
    full_name: string;
    unit_path: string | null;
    org_path: string | null;
    org_unit_path: string | null;
  }>(
    db,
    sql`select p.id, p.full_name, u.path as unit_path, o.path as org_path, ou.path as org_unit_path
      from people p left join units u on u.id = p.unit_id left join organisations o on o.id = p.organisation_id
      left join units ou on ou.id = o.unit_id where p.id = ${personId}`,
  );
  return r;
}

/** People, with their places, among `ids` (for enrolment checks). */
export async function peoplePlaces(db: Db, ids: string[]) {
  return run<{ id: string; unit_path: string | null; org_path: string | null; org_unit_path: string | null }>(
    db,
    sql`select p.id, u.path as unit_path, o.path as org_path, ou.path as org_unit_path
      from people p left join units u on u.id = p.unit_id left join organisations o on o.id = p.organisation_id
      left join units ou on ou.id = o.unit_id where p.id = any(${uuidArray(ids)})`,
  );
}

// ---------------------------------------------------------------------------------------------
// Members

export async function membership(db: Db, classId: string, personId: string) {
  const [r] = await run<{ status: 'pending' | 'active' | 'removed'; source: string }>(
    db,
    sql`select status, source from class_members where class_id = ${classId} and person_id = ${personId}`,
  );
  return r;
}

/** Inserts or re-activates members; returns the ids whose status changed. */
export async function upsertMembers(
  db: Db,
  classId: string,
  personIds: string[],
  status: 'active' | 'pending',
  source: string,
  approvedBy: string | null,
): Promise<string[]> {
  if (personIds.length === 0) return [];
  const rows = await run<{ person_id: string }>(
    db,
    sql`insert into class_members (class_id, person_id, status, source, approved_by)
      select ${classId}, p, ${status}, ${source}, ${approvedBy} from unnest(${uuidArray(personIds)}) p
      on conflict (class_id, person_id) do update set status = excluded.status, source = excluded.source,
        approved_by = excluded.approved_by, joined_at = now()
        where class_members.status = 'removed' or (class_members.status = 'pending' and excluded.status = 'active')
      returning person_id`,
  );
  return rows.map((r) => r.person_id);
}

export async function setMemberStatus(
  db: Db,
  classId: string,
  personId: string,
  status: 'active' | 'removed',
  by: string | null,
) {
  await db.execute(sql`update class_members set status = ${status}, approved_by = coalesce(${by}, approved_by)
    where class_id = ${classId} and person_id = ${personId}`);
}

export async function memberRows(db: Db, classId: string, status?: string) {
  const filter = status ? sql` and m.status = ${status}` : sql``;
  return run<{
    person_id: string;
    full_name: string;
    phone: string | null;
    has_account: boolean;
    status: 'pending' | 'active' | 'removed';
    source: string;
    joined_at: string;
    modules_done: number;
    completed_at: string | null;
    last_active_at: string | null;
    attended: number;
  }>(
    db,
    sql`select m.person_id, p.full_name, p.phone, exists(select 1 from accounts ac where ac.person_id = m.person_id) as has_account,
        m.status, m.source, m.joined_at, m.modules_done, m.completed_at, m.last_active_at,
        coalesce(a.n, 0)::int as attended
      from class_members m join people p on p.id = m.person_id
        left join (select person_id, count(*) as n from class_attendance where class_id = ${classId} group by person_id) a
          on a.person_id = m.person_id
      where m.class_id = ${classId}${filter}
      order by (m.status = 'pending') desc, (m.status = 'removed'), p.search_text collate "C", m.person_id`,
  );
}

/** Recounts active members and those who completed, for the classes given. */
export async function recountClasses(db: Db, classIds: string[]) {
  if (classIds.length === 0) return;
  await db.execute(sql`update classes c set members_count = x.members, completed_count = x.completed
    from (select cl.id,
        (select count(*) from class_members m where m.class_id = cl.id and m.status = 'active')::int as members,
        (select count(*) from class_members m where m.class_id = cl.id and m.status = 'active'
          and m.completed_at is not null)::int as completed
      from classes cl where cl.id = any(${uuidArray(classIds)})) x
    where c.id = x.id and (c.members_count <> x.members or c.completed_count <> x.completed)`);
}

export async function candidates(db: Db, classId: string, unitPath: string, folded: string) {
  const byName = folded
    ? sql` and (p.search_text like ${`${escapeLike(folded)}%`} or p.search_text like ${`% ${escapeLike(folded)}%`})`
    : sql``;
  return run<{
    id: string;
    full_name: string;
    birth_year: number | null;
    phone: string | null;
    in_class: boolean;
  }>(
    db,
    sql`select p.id, p.full_name, p.birth_year, p.phone,
        exists(select 1 from class_members m where m.class_id = ${classId} and m.person_id = p.id and m.status <> 'removed') as in_class
      from people p join units u on u.id = p.unit_id
      where u.path like ${`${unitPath}%`}${byName}
      order by p.search_text collate "C", p.id limit 20`,
  );
}

export async function activeMemberIds(db: Db, classId: string) {
  const rows = await run<{ person_id: string }>(
    db,
    sql`select person_id from class_members where class_id = ${classId} and status = 'active'`,
  );
  return rows.map((r) => r.person_id);
}
