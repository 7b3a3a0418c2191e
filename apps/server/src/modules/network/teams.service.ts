// Community digital technology teams (tổ công nghệ số cộng đồng): an officer of the commune (or
// above) creates a team, adds people of the commune as members (one or more leaders), logs what the
// team did; a team's classes (classes.team_id) count in the cascade. Audited.
import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { errors } from '../../errors.ts';
import { type Actor, scopeCovers } from '../access/access.policy.ts';
import { recordAudit } from '../audit/audit.repository.ts';
import type { PersonView } from '../people/people.repository.ts';
import { loadPerson, type RequestMeta } from '../people/people.service.ts';
import type { CreateActivityBodyT } from './network.schemas.ts';
import { communeScope, loadCommune, rootUnit, unitPathIn } from './network.scope.ts';
import * as repo from './teams.repository.ts';

/** A person of the commune: living there, or working for an organisation located there. */
export function inCommune(person: PersonView, unitPath: string) {
  return [person.unitPath, person.organisationUnitPath].some((p) => !!p && p.startsWith(unitPath));
}

export async function listTeamsFor(db: Db, actor: Actor, unitId?: number) {
  const scope = communeScope(actor);
  const root = await rootUnit(db, scope, unitId);
  const where = sql`${unitPathIn(scope, sql`tm.unit_path`)} and tm.unit_path like ${`${root.path}%`}`;
  return repo.listTeams(db, where);
}

async function loadTeamFor(db: Db, actor: Actor, id: string) {
  const scope = communeScope(actor);
  const team = await repo.getTeam(db, id);
  if (!team) throw errors.notFound('TEAM_NOT_FOUND');
  if (!scopeCovers(scope, { unitPaths: [team.unitPath] })) throw errors.outOfScope();
  return team;
}

export async function getTeamFor(db: Db, actor: Actor, id: string) {
  const team = await loadTeamFor(db, actor, id);
  const detail = await repo.teamDetail(db, team.id);
  if (!detail) throw errors.notFound('TEAM_NOT_FOUND');
  return detail;
}

export async function createTeam(
  db: Db,
  actor: Actor,
  b: { unitId: number; name: string },
  meta: RequestMeta,
) {
  const unit = await loadCommune(db, communeScope(actor), b.unitId);
  const id = await db.transaction(async (tx) => {
    const created = await repo.insertTeam(tx as Db, {
      unitId: unit.id,
      unitPath: unit.path,
      name: b.name,
      createdBy: actor.accountId,
    });
    await recordAudit(tx as Db, {
      actorAccountId: actor.accountId,
      action: 'team.create',
      targetType: 'community_team',
      targetId: created,
      details: { unitId: unit.id, name: b.name },
      ...meta,
    });
    return created;
  });
  return getTeamFor(db, actor, id);
}

export async function removeTeam(db: Db, actor: Actor, id: string, meta: RequestMeta) {
  const team = await loadTeamFor(db, actor, id);
  await db.transaction(async (tx) => {
    await repo.deleteTeam(tx as Db, team.id);
    await recordAudit(tx as Db, {
      actorAccountId: actor.accountId,
      action: 'team.delete',
      targetType: 'community_team',
      targetId: team.id,
      details: { unitId: team.unitId, name: team.name },
      ...meta,
    });
  });
}

export async function addTeamMember(
  db: Db,
  actor: Actor,
  id: string,
  b: { personId: string; role: 'leader' | 'member' },
  meta: RequestMeta,
) {
  const team = await loadTeamFor(db, actor, id);
  const person = await loadPerson(db, b.personId);
  if (!inCommune(person, team.unitPath)) throw errors.conflict('PERSON_NOT_IN_COMMUNE');
  await db.transaction(async (tx) => {
    await repo.upsertMember(tx as Db, team.id, person.id, b.role);
    await recordAudit(tx as Db, {
      actorAccountId: actor.accountId,
      action: 'team.member_add',
      targetType: 'community_team',
      targetId: team.id,
      details: { personId: person.id, role: b.role },
      ...meta,
    });
  });
  return getTeamFor(db, actor, team.id);
}

export async function removeTeamMember(
  db: Db,
  actor: Actor,
  id: string,
  personId: string,
  meta: RequestMeta,
) {
  const team = await loadTeamFor(db, actor, id);
  await db.transaction(async (tx) => {
    if (!(await repo.deleteMember(tx as Db, team.id, personId))) throw errors.notFound('PERSON_NOT_FOUND');
    await recordAudit(tx as Db, {
      actorAccountId: actor.accountId,
      action: 'team.member_remove',
      targetType: 'community_team',
      targetId: team.id,
      details: { personId },
      ...meta,
    });
  });
}

export async function logActivity(
  db: Db,
  actor: Actor,
  id: string,
  b: CreateActivityBodyT,
  meta: RequestMeta,
) {
  const team = await loadTeamFor(db, actor, id);
  const activityId = await db.transaction(async (tx) => {
    const created = await repo.insertActivity(tx as Db, team.id, b, actor.accountId);
    await recordAudit(tx as Db, {
      actorAccountId: actor.accountId,
      action: 'team.activity_add',
      targetType: 'community_team',
      targetId: team.id,
      details: { activityId: created, day: b.day, kind: b.kind, title: b.title },
      ...meta,
    });
    return created;
  });
  return { id: activityId };
}

export async function removeActivity(
  db: Db,
  actor: Actor,
  id: string,
  activityId: string,
  meta: RequestMeta,
) {
  const team = await loadTeamFor(db, actor, id);
  await db.transaction(async (tx) => {
    if (!(await repo.deleteActivity(tx as Db, team.id, activityId)))
      throw errors.notFound('TEAM_ACTIVITY_NOT_FOUND');
    await recordAudit(tx as Db, {
      actorAccountId: actor.accountId,
      action: 'team.activity_delete',
      targetType: 'community_team',
      targetId: team.id,
      details: { activityId },
      ...meta,
    });
  });
}
