// Classes: the rules for opening one (where, for which catalogue courses, by whom: a trainer for
// themself, an officer for any trainer), changing it, finding it, and what the console lists.
// Members are classes.members.ts; sessions and attendance, classes.sessions.ts; the dashboard,
// classes.dashboard.ts.
import { randomBytes, randomInt } from 'node:crypto';
import { type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { type ErrorDetail, errors } from '../../errors.ts';
import { escapeLike, foldVietnamese } from '../../lib/text.ts';
import type { Actor, Placement } from '../access/access.policy.ts';
import { recordAudit } from '../audit/audit.repository.ts';
import { getOrganisation } from '../organisations/organisations.repository.ts';
import { getUnit } from '../units/units.repository.ts';
import { type Catalogue, loadCatalogue } from './classes.catalog.ts';
import { authorizeRun, openingScope, roleIn, roleToOpen, visibleClassesSql } from './classes.policy.ts';
import { presentClass } from './classes.presenter.ts';
import {
  type ClassRow,
  getClass,
  insertClass,
  listClassRows,
  personPlace,
  run,
  trainerLine,
  updateClassRow,
} from './classes.repository.ts';
import type {
  ClassViewT,
  CreateClassBodyT,
  ListClassesQueryT,
  SessionInputT,
  UpdateClassBodyT,
} from './classes.schemas.ts';
import { insertSession } from './sessions.repository.ts';

export interface Meta {
  ip: string | null;
  requestId: string | null;
}

/** Join codes: no 0/O, 1/I/L, so a code read aloud or off a poster is typed right. */
export const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const newClassCode = () =>
  Array.from({ length: 6 }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]).join('');
export const newCheckinSecret = () => randomBytes(32).toString('base64url');

export async function loadClass(db: Db, id: string, now = new Date()): Promise<ClassRow> {
  const c = await getClass(db, id, now);
  if (!c) throw errors.notFound('CLASS_NOT_FOUND');
  return c;
}

export async function viewOf(db: Db, actor: Actor, id: string, origin: string, cat?: Catalogue) {
  const c = await loadClass(db, id);
  return presentClass(c, (cat ?? (await loadCatalogue(db))).courses, origin, roleIn(actor, c) !== null);
}

/** A class as its trainer, an officer of its place or one of its active members sees it. */
export async function getClassFor(db: Db, actor: Actor, id: string, origin: string): Promise<ClassViewT> {
  const c = await loadClass(db, id);
  const role = roleIn(actor, c);
  if (!role) {
    const [m] = await run<{ status: string }>(
      db,
      sql`select status from class_members where class_id = ${id} and person_id = ${actor.personId}`,
    );
    if (m?.status !== 'active') authorizeRun(actor, c);
  }
  return presentClass(c, (await loadCatalogue(db)).courses, origin, role !== null);
}

export async function listClasses(db: Db, actor: Actor, q: ListClassesQueryT, origin: string) {
  const parts = [visibleClassesSql(actor)];
  if (q.status) parts.push(sql`c.status = ${q.status}`);
  if (q.mode) parts.push(sql`c.mode = ${q.mode}`);
  if (q.kind) parts.push(sql`c.kind = ${q.kind}`);
  if (q.unitId) {
    const unit = await getUnit(db, q.unitId);
    if (!unit) throw errors.notFound('UNIT_NOT_FOUND');
    parts.push(sql`c.unit_path like ${`${escapeLike(unit.path)}%`}`);
  }
  if (q.q) {
    const code = q.q.toUpperCase();
    parts.push(sql`(c.code = ${code} or lower(c.title) like ${`%${escapeLike(q.q.toLowerCase())}%`})`);
  }
  const { rows, total } = await listClassRows(db, sql.join(parts, sql` and `), {
    limit: q.pageSize,
    offset: (q.page - 1) * q.pageSize,
  });
  const cat = await loadCatalogue(db);
  return { items: rows.map((c) => presentClass(c, cat.courses, origin, roleIn(actor, c) !== null)), total };
}

// ---------------------------------------------------------------------------------------------
// Opening and changing a class

interface Where {
  unit: { id: number; path: string };
  organisationId: string | null;
  place: Placement;
}

async function resolvePlace(db: Db, unitId: number, organisationId: string | null): Promise<Where> {
  const unit = await getUnit(db, unitId);
  if (!unit || unit.validTo) throw errors.notFound('UNIT_NOT_FOUND');
  let orgPath: string | null = null;
  if (organisationId) {
    const org = await getOrganisation(db, organisationId);
    if (!org) throw errors.notFound('ORGANISATION_NOT_FOUND');
    orgPath = org.path;
  }
  return { unit, organisationId, place: { unitPaths: [unit.path], organisationPath: orgPath } };
}

async function checkDetails(
  db: Db,
  cat: Catalogue,
  b: { courseIds?: string[]; teamId?: string | null },
): Promise<ErrorDetail[]> {
  const details: ErrorDetail[] = [];
  (b.courseIds ?? []).forEach((id, i) => {
    if (!cat.courses.has(id))
      details.push({
        path: `courseIds.${i}`,
        message: 'Không có khóa học này trong học liệu|There is no such course in the catalogue',
      });
  });
  if (b.teamId) {
    const [team] = await run(db, sql`select 1 from community_teams where id = ${b.teamId}`);
    if (!team) details.push({ path: 'teamId', message: 'Không tìm thấy tổ công nghệ số|Team not found' });
  }
  return details;
}

/** The trainer of a new class: the caller, or (officers only) the person they name. */
async function trainerFor(db: Db, actor: Actor, role: 'officer' | 'trainer', personId?: string) {
  if (!personId || personId === actor.personId) return actor.personId;
  if (role !== 'officer') throw errors.forbidden();
  if (!(await personPlace(db, personId))) throw errors.notFound('PERSON_NOT_FOUND');
  return personId;
}

export async function addSessions(db: Db, classId: string, sessions: SessionInputT[]) {
  const ids: string[] = [];
  for (const s of sessions)
    ids.push(
      await insertSession(db, {
        classId,
        startsAt: s.startsAt,
        minutes: s.minutes,
        topic: s.topic?.length ? s.topic : null,
        inPerson: s.inPerson,
        secret: newCheckinSecret(),
      }),
    );
  return ids;
}

export async function createClass(
  db: Db,
  actor: Actor,
  b: CreateClassBodyT,
  meta: Meta,
  origin: string,
): Promise<ClassViewT> {
  const where = await resolvePlace(db, b.unitId, b.organisationId ?? null);
  const role = roleToOpen(actor, where.place);
  const trainerId = await trainerFor(db, actor, role, b.trainerPersonId);
  const cat = await loadCatalogue(db);
  const details = await checkDetails(db, cat, b);
  if (details.length) throw errors.validation(details);
  // The trainer's place in the cascade when the class opens (null outside the register).
  const line = await trainerLine(db, trainerId);
  const id = await db.transaction(async (tx) => {
    const d = tx as Db;
    let created: string | null = null;
    for (let attempt = 0; !created; attempt++) {
      if (attempt >= 20) throw errors.conflict();
      created = await insertClass(d, {
        code: newClassCode(),
        title: b.title,
        description: b.description?.length ? b.description : null,
        kind: b.kind,
        courseIds: b.courseIds,
        mode: b.mode,
        targetGroups: b.targetGroups,
        vulnerabilities: b.vulnerabilities,
        unitId: where.unit.id,
        unitPath: where.unit.path,
        organisationId: where.organisationId,
        teamId: b.teamId ?? null,
        venueKind: b.venueKind ?? null,
        venue: b.venue?.length ? b.venue : null,
        capacity: b.capacity ?? null,
        closed: b.closed,
        trainerId,
        generation: line?.generation ?? null,
        rootId: line?.rootId ?? null,
        startsOn: b.startsOn,
        endsOn: b.endsOn ?? null,
        createdBy: actor.accountId,
      });
    }
    await addSessions(d, created, b.sessions);
    await recordAudit(d, {
      actorAccountId: actor.accountId,
      action: 'class.create',
      targetType: 'class',
      targetId: created,
      details: {
        title: b.title,
        unitId: b.unitId,
        trainerId,
        courseIds: b.courseIds,
        sessions: b.sessions.length,
      },
      ...meta,
    });
    return created;
  });
  return presentClass(await loadClass(db, id), cat.courses, origin, true);
}

export async function updateClass(
  db: Db,
  actor: Actor,
  id: string,
  b: UpdateClassBodyT,
  meta: Meta,
  origin: string,
): Promise<ClassViewT> {
  const c = await loadClass(db, id);
  const role = authorizeRun(actor, c);
  const changes: Record<string, unknown> = { ...b };
  delete changes.trainerPersonId;
  if (b.unitId !== undefined || b.organisationId !== undefined) {
    const where = await resolvePlace(
      db,
      b.unitId ?? c.unitId,
      b.organisationId === undefined ? c.organisationId : b.organisationId,
    );
    // The new place must be one the caller may open classes in too.
    roleToOpen(actor, where.place);
    changes.unitId = where.unit.id;
    changes.unitPath = where.unit.path;
    changes.organisationId = where.organisationId;
  }
  if (b.trainerPersonId && b.trainerPersonId !== c.trainerId) {
    if (role !== 'officer') throw errors.forbidden();
    if (!(await personPlace(db, b.trainerPersonId))) throw errors.notFound('PERSON_NOT_FOUND');
    const line = await trainerLine(db, b.trainerPersonId);
    Object.assign(changes, {
      trainerId: b.trainerPersonId,
      generation: line?.generation ?? null,
      rootId: line?.rootId ?? null,
    });
  }
  const startsOn = b.startsOn ?? c.startsOn;
  const endsOn = b.endsOn === undefined ? c.endsOn : b.endsOn;
  const cat = await loadCatalogue(db);
  const details = await checkDetails(db, cat, b);
  if (endsOn && endsOn < startsOn)
    details.push({
      path: 'endsOn',
      message: 'Ngày kết thúc phải từ ngày bắt đầu trở đi|The end date must be on or after the start date',
    });
  if (details.length) throw errors.validation(details);
  await db.transaction(async (tx) => {
    await updateClassRow(tx as Db, id, changes);
    await recordAudit(tx as Db, {
      actorAccountId: actor.accountId,
      action: 'class.update',
      targetType: 'class',
      targetId: id,
      details: { changes: b },
      ...meta,
    });
  });
  const after = await loadClass(db, id);
  return presentClass(after, cat.courses, origin, roleIn(actor, after) !== null);
}

// ---------------------------------------------------------------------------------------------
// What a class form offers

const COMMUNE_TYPES = sql`u.type in ('commune', 'ward', 'special_zone')`;

export async function classOptions(db: Db, actor: Actor, q: string | undefined) {
  const scope = openingScope(actor);
  if (!scope.all && scope.unitPaths.length === 0 && scope.organisationPaths.length === 0)
    throw errors.forbidden();
  const like = (paths: string[]) =>
    sql.join(
      paths.map((p) => sql`u.path like ${`${escapeLike(p)}%`}`),
      sql` or `,
    );
  const places: SQL[] = [];
  if (scope.all) places.push(sql`true`);
  if (scope.unitPaths.length) places.push(sql`(${like(scope.unitPaths)})`);
  if (scope.organisationPaths.length)
    places.push(
      sql`u.id in (select o.unit_id from organisations o where ${sql.join(
        scope.organisationPaths.map((p) => sql`o.path like ${`${escapeLike(p)}%`}`),
        sql` or `,
      )})`,
    );
  const folded = q ? foldVietnamese(q) : '';
  const byName = folded ? sql` and u.search_text like ${`%${escapeLike(folded)}%`}` : sql``;
  const units = await run<{ id: number; name: string; path: string }>(
    db,
    sql`select u.id, u.name, u.path from units u where u.valid_to is null and ${COMMUNE_TYPES}
      and (${sql.join(places, sql` or `)})${byName} order by u.name limit 500`,
  );
  const teams = await run<{ id: string; name: string; unit_id: number }>(
    db,
    sql`select t.id, t.name, t.unit_id from community_teams t join units u on u.id = t.unit_id
      where (${sql.join(places, sql` or `)}) order by t.name limit 500`,
  );
  const cat = await loadCatalogue(db);
  return {
    courses: [...cat.courses.values()].map((c) => ({
      id: c.id,
      title: c.title,
      programmeTitle: c.programmeTitle,
    })),
    units: units.map((u) => ({ id: Number(u.id), name: u.name })),
    teams: teams.map((t) => ({ id: t.id, name: t.name, unitId: Number(t.unit_id) })),
  };
}
