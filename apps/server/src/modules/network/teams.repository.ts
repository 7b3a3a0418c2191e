// Queries for community digital technology teams (tổ công nghệ số cộng đồng): the teams of a
// subtree with their members, activities and classes (classes.team_id), one team in full, writes.
import { type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { rowsOf } from '../monitoring/kpi.engine.ts';
import type { CreateActivityBodyT, TeamDetailT, TeamSummaryT } from './network.schemas.ts';

const run = async <T>(db: Db, q: SQL) => rowsOf<T>(await db.execute(q));

export interface TeamRow {
  id: string;
  name: string;
  unitId: number;
  unitPath: string;
}

export async function getTeam(db: Db, id: string): Promise<TeamRow | null> {
  const [r] = await run<{ id: string; name: string; unit_id: number; unit_path: string }>(
    db,
    sql`select id, name, unit_id, unit_path from community_teams where id = ${id}`,
  );
  return r ? { id: r.id, name: r.name, unitId: Number(r.unit_id), unitPath: r.unit_path } : null;
}

const summarySql = (where: SQL) => sql`
  select tm.id, tm.name, tm.unit_id, u.full_name as unit_name,
    (select count(*)::int from community_team_members m where m.team_id = tm.id) as members,
    (select p.full_name from community_team_members m join people p on p.id = m.person_id
      where m.team_id = tm.id and m.role = 'leader' order by m.joined_at limit 1) as leader_name,
    (select count(*)::int from community_team_activities a where a.team_id = tm.id) as activities,
    (select max(a.day)::text from community_team_activities a where a.team_id = tm.id) as last_activity_on,
    (select count(*)::int from classes c where c.team_id = tm.id and c.status <> 'cancelled') as classes,
    (select coalesce(sum(c.members_count), 0)::int from classes c
      where c.team_id = tm.id and c.status <> 'cancelled') as learners
  from community_teams tm join units u on u.id = tm.unit_id
  where ${where}`;

const toSummary = (r: Record<string, unknown>): TeamSummaryT => ({
  id: String(r.id),
  name: String(r.name),
  unitId: Number(r.unit_id),
  unitName: String(r.unit_name),
  members: Number(r.members),
  leaderName: (r.leader_name as string | null) ?? null,
  activities: Number(r.activities),
  lastActivityOn: (r.last_activity_on as string | null) ?? null,
  classes: Number(r.classes),
  learners: Number(r.learners),
});

export async function listTeams(db: Db, where: SQL): Promise<TeamSummaryT[]> {
  const rows = await run<Record<string, unknown>>(
    db,
    sql`${summarySql(where)} order by u.full_name, tm.name limit 1000`,
  );
  return rows.map(toSummary);
}

export async function teamDetail(db: Db, id: string): Promise<TeamDetailT | null> {
  const [r] = await run<Record<string, unknown>>(db, summarySql(sql`tm.id = ${id}`));
  if (!r) return null;
  const members = await run<{ person_id: string; full_name: string; role: string; joined_at: string }>(
    db,
    sql`select m.person_id, p.full_name, m.role, m.joined_at from community_team_members m
      join people p on p.id = m.person_id where m.team_id = ${id}
      order by (m.role = 'leader') desc, p.search_text collate "C"`,
  );
  const activities = await run<Record<string, unknown>>(
    db,
    sql`select id, day::text as day, kind, title, participants, notes from community_team_activities
      where team_id = ${id} order by day desc, created_at desc limit 200`,
  );
  return {
    ...toSummary(r),
    memberList: members.map((m) => ({
      personId: m.person_id,
      name: m.full_name,
      role: m.role as 'leader' | 'member',
      joinedAt: new Date(m.joined_at).toISOString(),
    })),
    activityList: activities.map((a) => ({
      id: String(a.id),
      day: String(a.day),
      kind: a.kind as 'support' | 'communication' | 'class' | 'other',
      title: String(a.title),
      participants: Number(a.participants),
      notes: (a.notes as string | null) ?? null,
    })),
  };
}

export async function insertTeam(
  db: Db,
  v: { unitId: number; unitPath: string; name: string; createdBy: string },
): Promise<string> {
  const [r] = await run<{ id: string }>(
    db,
    sql`insert into community_teams (unit_id, unit_path, name, created_by)
      values (${v.unitId}, ${v.unitPath}, ${v.name}, ${v.createdBy}) returning id`,
  );
  return String(r?.id);
}

export async function deleteTeam(db: Db, id: string) {
  await db.execute(sql`delete from community_teams where id = ${id}`);
}

/** Adds a member or changes their role (a retry changes nothing). */
export async function upsertMember(db: Db, teamId: string, personId: string, role: 'leader' | 'member') {
  await db.execute(sql`insert into community_team_members (team_id, person_id, role)
    values (${teamId}, ${personId}, ${role})
    on conflict (team_id, person_id) do update set role = excluded.role`);
}

export async function deleteMember(db: Db, teamId: string, personId: string): Promise<boolean> {
  const rows = await run<{ person_id: string }>(
    db,
    sql`delete from community_team_members where team_id = ${teamId} and person_id = ${personId} returning person_id`,
  );
  return rows.length > 0;
}

export async function insertActivity(db: Db, teamId: string, v: CreateActivityBodyT, createdBy: string) {
  const [r] = await run<{ id: string }>(
    db,
    sql`insert into community_team_activities (team_id, day, kind, title, participants, notes, created_by)
      values (${teamId}, ${v.day}::date, ${v.kind}, ${v.title}, ${v.participants}, ${v.notes ?? null}, ${createdBy})
      returning id`,
  );
  return String(r?.id);
}

export async function deleteActivity(db: Db, teamId: string, id: string): Promise<boolean> {
  const rows = await run<{ id: string }>(
    db,
    sql`delete from community_team_activities where team_id = ${teamId} and id = ${id} returning id`,
  );
  return rows.length > 0;
}
