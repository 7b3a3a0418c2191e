// Challenges: the rules. Who may set one where (engagement.manage over the place) and who sees it
// (the place in scope, or set above it: read only), what a goal may ask for (courses and
// programmes of the catalogue), how a learner's progress is counted (over the challenge's Vietnam
// days), cancelling. Results are challenges.results.ts; closing, challenges.close.ts.
import { type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { type ErrorDetail, errors } from '../../errors.ts';
import { escapeLike } from '../../lib/text.ts';
import {
  type Actor,
  authorize,
  type Placement,
  requirePermission,
  type Scope,
  scopeCovers,
} from '../access/access.policy.ts';
import { pgArray } from '../access/access.sql.ts';
import { recordAudit } from '../audit/audit.repository.ts';
import { listProgrammeCourses } from '../credentials/credentials.repository.ts';
import { daysBetween, vnDay } from '../monitoring/calendar.ts';
import { moduleIdsOf } from '../monitoring/kpi.sql.ts';
import { getOrganisation } from '../organisations/organisations.repository.ts';
import { getUnit } from '../units/units.repository.ts';
import {
  type ChallengeRow,
  childPlaceCount,
  deleteChallenge,
  getChallenge,
  insertChallenge,
  listChallenges,
  progressSql,
  unitPathsOfOrganisations,
} from './challenges.repository.ts';
import {
  type ChallengeGoalT,
  type ChallengeViewT,
  type CreateChallengeBodyT,
  goalTarget,
  MAX_CHALLENGE_DAYS,
} from './challenges.schemas.ts';

type Meta = { ip: string | null; requestId: string | null };

export const placementOf = (c: ChallengeRow): Placement =>
  c.unitId !== null
    ? { unitPaths: [c.unitPath] }
    : { unitPaths: [c.unitPath], organisationPath: c.placePath };

export function statusOf(c: Pick<ChallengeRow, 'startsOn' | 'endsOn'>, today: string) {
  if (c.startsOn > today) return 'upcoming' as const;
  return c.endsOn < today ? ('ended' as const) : ('active' as const);
}

export function present(c: ChallengeRow, today: string, manageable: boolean): ChallengeViewT {
  return {
    id: c.id,
    title: c.title,
    description: c.description,
    place: {
      kind: c.unitId !== null ? 'unit' : 'organisation',
      id: String(c.unitId ?? c.organisationId),
      name: c.placeName,
    },
    startsOn: c.startsOn,
    endsOn: c.endsOn,
    goal: c.goal,
    target: goalTarget(c.goal),
    contest: c.contest,
    status: statusOf(c, today),
    closedAt: c.closedAt,
    createdAt: c.createdAt,
    createdBy: c.createdByName,
    manageable,
  };
}

/** The modules a goal counts (a course's or a programme's), or null for any module. */
export async function goalModules(db: Db, goal: ChallengeGoalT): Promise<string[] | null> {
  if (goal.kind !== 'modules' || !goal.of) return null;
  return moduleIdsOf(goal.of, await listProgrammeCourses(db));
}

/** A learner's value towards the challenge, as SQL for a person id column. */
export const progressOf = (c: ChallengeRow, modules: string[] | null) => (person: SQL) =>
  progressSql(c.goal, c, person, modules);

// ---------------------------------------------------------------------------------------------
// Who sees what

export interface Viewer {
  scope: Scope;
  /** The unit paths of the scope, and of the units its organisations are located in. */
  anchors: string[];
}

export async function viewerOf(db: Db, actor: Actor): Promise<Viewer> {
  const scope = requirePermission(actor, 'engagement.manage');
  return {
    scope,
    anchors: [...scope.unitPaths, ...(await unitPathsOfOrganisations(db, scope.organisationPaths))],
  };
}

/**
 * `manage`: the place is in my scope. `read`: it is set above my scope (the province's challenge
 * for a commune officer), so I follow my own learners in it. Otherwise nothing.
 */
export function accessTo(v: Viewer, c: ChallengeRow): 'manage' | 'read' | null {
  if (scopeCovers(v.scope, placementOf(c))) return 'manage';
  if (c.unitId !== null && v.anchors.some((p) => p.startsWith(c.placePath))) return 'read';
  if (c.organisationId !== null && v.scope.organisationPaths.some((p) => p.startsWith(c.placePath)))
    return 'read';
  return null;
}

/** The SQL twin of accessTo (manage or read), over the challenge row aliases c, u, o, ou. */
function visibleSql(v: Viewer): SQL {
  if (v.scope.all) return sql`true`;
  const prefixes = (paths: string[]) => sql`${pgArray(paths.map((p) => `${escapeLike(p)}%`))}::text[]`;
  const parts: SQL[] = [sql`false`];
  if (v.scope.unitPaths.length)
    parts.push(sql`coalesce(u.path, ou.path) like any(${prefixes(v.scope.unitPaths)})`);
  if (v.scope.organisationPaths.length)
    parts.push(sql`o.path like any(${prefixes(v.scope.organisationPaths)})`);
  if (v.anchors.length)
    parts.push(sql`(c.unit_id is not null and exists (select 1 from unnest(${pgArray(v.anchors)}::text[]) a(p)
      where a.p like u.path || '%'))`);
  if (v.scope.organisationPaths.length)
    parts.push(sql`(c.organisation_id is not null and exists (select 1
      from unnest(${pgArray(v.scope.organisationPaths)}::text[]) a(p) where a.p like o.path || '%'))`);
  return sql.join(parts, sql` or `);
}

export async function listForOfficer(
  db: Db,
  actor: Actor,
  q: { status: 'upcoming' | 'active' | 'ended' | 'all'; unitId?: number; organisationId?: string },
  now = new Date(),
): Promise<ChallengeViewT[]> {
  const v = await viewerOf(db, actor);
  const today = vnDay(now);
  let placePath: { unit?: string; organisation?: string } | undefined;
  if (q.unitId) {
    const unit = await getUnit(db, q.unitId);
    if (!unit) throw errors.notFound('UNIT_NOT_FOUND');
    placePath = { unit: unit.path };
  } else if (q.organisationId) {
    const org = await getOrganisation(db, q.organisationId);
    if (!org) throw errors.notFound('ORGANISATION_NOT_FOUND');
    placePath = { organisation: org.path };
  }
  const rows = await listChallenges(db, { visible: visibleSql(v), status: q.status, today, placePath });
  return rows.map((c) => present(c, today, accessTo(v, c) === 'manage'));
}

export async function loadChallenge(db: Db, id: string): Promise<ChallengeRow> {
  const c = await getChallenge(db, id);
  if (!c) throw errors.notFound('CHALLENGE_NOT_FOUND');
  return c;
}

// ---------------------------------------------------------------------------------------------
// Setting one up

async function checkGoal(db: Db, goal: ChallengeGoalT): Promise<ErrorDetail[]> {
  if (goal.kind !== 'modules' || !goal.of) return [];
  const modules = await goalModules(db, goal);
  const ref = 'course' in goal.of ? 'course' : 'programme';
  if (!modules?.length)
    return [
      {
        path: `goal.of.${ref}`,
        message:
          ref === 'course'
            ? 'Không có khóa học này trong học liệu|There is no such course in the catalogue'
            : 'Không có chương trình này trong học liệu|There is no such programme in the catalogue',
      },
    ];
  if (goal.count > modules.length)
    return [
      {
        path: 'goal.count',
        message: `Chỉ có ${modules.length} học phần để đạt|There are only ${modules.length} modules to master`,
      },
    ];
  return [];
}

export async function createChallenge(
  db: Db,
  actor: Actor,
  b: CreateChallengeBodyT,
  meta: Meta,
  now = new Date(),
): Promise<ChallengeViewT> {
  if (b.organisationId) {
    const org = await getOrganisation(db, b.organisationId);
    if (!org) throw errors.notFound('ORGANISATION_NOT_FOUND');
    authorize(actor, 'engagement.manage', { unitPaths: [org.unitPath], organisationPath: org.path });
  } else {
    const unit = await getUnit(db, b.unitId as number);
    if (!unit || unit.validTo) throw errors.notFound('UNIT_NOT_FOUND');
    authorize(actor, 'engagement.manage', { unitPaths: [unit.path] });
  }
  const today = vnDay(now);
  const details: ErrorDetail[] = [];
  if (b.endsOn < today)
    details.push({ path: 'endsOn', message: 'Ngày kết thúc đã qua|The end date has passed' });
  if (daysBetween(b.startsOn, b.endsOn) >= MAX_CHALLENGE_DAYS)
    details.push({
      path: 'endsOn',
      message: `Thử thách dài tối đa ${MAX_CHALLENGE_DAYS} ngày|A challenge lasts at most ${MAX_CHALLENGE_DAYS} days`,
    });
  details.push(...(await checkGoal(db, b.goal)));
  if (b.contest && (await childPlaceCount(db, b)) === 0)
    details.push({
      path: 'contest',
      message:
        'Thi đua cần các đơn vị hoặc tổ chức trực thuộc để so sánh|A contest needs units or organisations below the place',
    });
  if (details.length) throw errors.validation(details);
  const id = await db.transaction(async (tx) => {
    const created = await insertChallenge(tx as Db, {
      title: b.title,
      description: b.description?.length ? b.description : null,
      unitId: b.unitId ?? null,
      organisationId: b.organisationId ?? null,
      startsOn: b.startsOn,
      endsOn: b.endsOn,
      goal: b.goal,
      contest: b.contest,
      createdBy: actor.accountId,
    });
    await recordAudit(tx as Db, {
      actorAccountId: actor.accountId,
      action: 'challenge.create',
      targetType: 'challenge',
      targetId: created,
      details: {
        title: b.title,
        unitId: b.unitId ?? null,
        organisationId: b.organisationId ?? null,
        startsOn: b.startsOn,
        endsOn: b.endsOn,
        goal: b.goal,
        contest: b.contest,
      },
      ...meta,
    });
    return created;
  });
  return present(await loadChallenge(db, id), today, true);
}

/** Cancels a challenge that has not been closed (its results not announced yet). */
export async function cancelChallenge(db: Db, actor: Actor, id: string, meta: Meta) {
  const c = await loadChallenge(db, id);
  authorize(actor, 'engagement.manage', placementOf(c));
  if (c.closedAt) throw errors.conflict('CHALLENGE_CLOSED');
  await db.transaction(async (tx) => {
    await deleteChallenge(tx as Db, c.id);
    await recordAudit(tx as Db, {
      actorAccountId: actor.accountId,
      action: 'challenge.delete',
      targetType: 'challenge',
      targetId: c.id,
      details: { title: c.title, startsOn: c.startsOn, endsOn: c.endsOn, goal: c.goal, place: c.placeName },
      ...meta,
    });
  });
}
