// Queries for challenges: the rows with their place, a learner's progress over a challenge's window
// (modules mastered, XP earned, minutes learned, in Vietnam days), the participants of a place, and
// the places below it in a contest. No rules here (see challenges.service.ts).
import { type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { pgArray } from '../access/access.sql.ts';
import { rowsOf } from '../monitoring/kpi.engine.ts';
import type { ChallengeGoalT } from './challenges.schemas.ts';

const run = async <T>(db: Db, q: SQL) => rowsOf<T>(await db.execute(q));

export interface ChallengeRow {
  id: string;
  title: string;
  description: string | null;
  unitId: number | null;
  organisationId: string | null;
  startsOn: string;
  endsOn: string;
  goal: ChallengeGoalT;
  contest: boolean;
  createdAt: string;
  closedAt: string | null;
  createdByName: string | null;
  placeName: string;
  /** The unit's path, or the organisation's. */
  placePath: string;
  /** The unit's path, or the path of the unit the organisation is located in. */
  unitPath: string;
}

const iso = (v: unknown) => (v === null || v === undefined ? null : new Date(v as string).toISOString());

const toRow = (r: Record<string, unknown>): ChallengeRow => ({
  id: String(r.id),
  title: String(r.title),
  description: (r.description as string | null) ?? null,
  unitId: r.unit_id === null ? null : Number(r.unit_id),
  organisationId: (r.organisation_id as string | null) ?? null,
  startsOn: String(r.starts_on),
  endsOn: String(r.ends_on),
  goal: (typeof r.goal === 'string' ? JSON.parse(r.goal) : r.goal) as ChallengeGoalT,
  contest: Boolean(r.contest),
  createdAt: iso(r.created_at) ?? '',
  closedAt: iso(r.closed_at),
  createdByName: (r.created_by_name as string | null) ?? null,
  placeName: String(r.place_name ?? ''),
  placePath: String(r.place_path ?? ''),
  unitPath: String(r.unit_path ?? ''),
});

const selectRows = (where: SQL, order: SQL = sql`c.created_at desc`, limit = 500) => sql`
  select c.id, c.title, c.description, c.unit_id, c.organisation_id, c.starts_on::text as starts_on,
    c.ends_on::text as ends_on, c.goal, c.contest, c.created_at, c.closed_at, cp.full_name as created_by_name,
    coalesce(u.name, o.name) as place_name, coalesce(u.path, o.path) as place_path,
    coalesce(u.path, ou.path) as unit_path
  from challenges c
    left join units u on u.id = c.unit_id
    left join organisations o on o.id = c.organisation_id
    left join units ou on ou.id = o.unit_id
    left join accounts a on a.id = c.created_by
    left join people cp on cp.id = a.person_id
  where ${where} order by ${order} limit ${limit}`;

export async function insertChallenge(
  db: Db,
  v: {
    title: string;
    description: string | null;
    unitId: number | null;
    organisationId: string | null;
    startsOn: string;
    endsOn: string;
    goal: ChallengeGoalT;
    contest: boolean;
    createdBy: string;
  },
): Promise<string> {
  const [row] = await run<{ id: string }>(
    db,
    sql`insert into challenges (title, description, unit_id, organisation_id, starts_on, ends_on, goal, contest, created_by)
      values (${v.title}, ${v.description}, ${v.unitId}, ${v.organisationId}, ${v.startsOn}::date, ${v.endsOn}::date,
        ${JSON.stringify(v.goal)}::jsonb, ${v.contest}, ${v.createdBy})
      returning id`,
  );
  return String(row?.id);
}

export async function getChallenge(db: Db, id: string): Promise<ChallengeRow | null> {
  const [row] = await run<Record<string, unknown>>(db, selectRows(sql`c.id = ${id}`));
  return row ? toRow(row) : null;
}

export async function deleteChallenge(db: Db, id: string) {
  await db.execute(sql`delete from challenges where id = ${id}`);
}

/**
 * Challenges an officer may see: `visible` says which (the place in their scope, or set above it);
 * `status` against `today`; running ones first, then upcoming, then ended, newest first.
 */
export async function listChallenges(
  db: Db,
  f: {
    visible: SQL;
    status: 'upcoming' | 'active' | 'ended' | 'all';
    today: string;
    /** Only challenges at this unit (or organisations located there) or organisation, or below it. */
    placePath?: { unit?: string; organisation?: string };
  },
): Promise<ChallengeRow[]> {
  const status = {
    upcoming: sql` and c.starts_on > ${f.today}::date`,
    active: sql` and c.starts_on <= ${f.today}::date and c.ends_on >= ${f.today}::date`,
    ended: sql` and c.ends_on < ${f.today}::date`,
    all: sql``,
  }[f.status];
  const place = f.placePath?.unit
    ? sql` and coalesce(u.path, ou.path) like ${`${f.placePath.unit}%`}`
    : f.placePath?.organisation
      ? sql` and o.path like ${`${f.placePath.organisation}%`}`
      : sql``;
  const rows = await run<Record<string, unknown>>(
    db,
    selectRows(
      sql`(${f.visible})${status}${place}`,
      sql`(c.ends_on < ${f.today}::date), (c.starts_on > ${f.today}::date), c.starts_on desc, c.created_at desc`,
      300,
    ),
  );
  return rows.map(toRow);
}

/** Active and lately ended challenges set for a unit above (or at) `unitPath` or an organisation above `orgPath`. */
export async function challengesOfPlaces(
  db: Db,
  p: { unitPath: string | null; organisationPath: string | null; from: string; today: string },
): Promise<ChallengeRow[]> {
  if (!p.unitPath && !p.organisationPath) return [];
  const rows = await run<Record<string, unknown>>(
    db,
    selectRows(
      sql`c.starts_on <= ${p.today}::date and c.ends_on >= ${p.from}::date
        and ((c.unit_id is not null and ${p.unitPath ?? ''} like u.path || '%')
          or (c.organisation_id is not null and ${p.organisationPath ?? ''} like o.path || '%'))`,
      sql`(c.ends_on < ${p.today}::date), c.ends_on, c.created_at desc`,
      50,
    ),
  );
  return rows.map(toRow);
}

/** A learner's value towards a goal over [startsOn, endsOn] (Vietnam days), as a scalar subquery. */
export function progressSql(
  goal: ChallengeGoalT,
  window: { startsOn: string; endsOn: string },
  person: SQL,
  moduleIds: string[] | null,
): SQL {
  const from = sql`${window.startsOn}::date`;
  const to = sql`${window.endsOn}::date`;
  if (goal.kind === 'xp')
    return sql`(select coalesce(sum(x.points), 0)::int from xp_events x
      where x.person_id = ${person} and x.day between ${from} and ${to})`;
  if (goal.kind === 'minutes')
    return sql`(select (coalesce(sum(d.seconds), 0) / 60)::int from learner_days d
      where d.person_id = ${person} and d.day between ${from} and ${to})`;
  const inSet = moduleIds ? sql` and mp.module_id = any(${pgArray(moduleIds)}::text[])` : sql``;
  return sql`(select count(*)::int from module_progress mp where mp.person_id = ${person} and mp.mastered
    and (coalesce(mp.completed_at, mp.updated_at) at time zone 'Asia/Ho_Chi_Minh')::date between ${from} and ${to}${inSet})`;
}

/** The learners (people with a learner profile) of a challenge's place, and where they count. */
export function participantsSql(c: ChallengeRow, restrict?: SQL): SQL {
  const place =
    c.unitId !== null
      ? sql`p.unit_id = any(array(select id from units where path like ${`${c.placePath}%`}))`
      : sql`p.organisation_id = any(array(select id from organisations where path like ${`${c.placePath}%`}))`;
  return sql`select p.id, p.full_name, p.unit_id, p.organisation_id from people p
    where exists (select 1 from learner_profiles lp where lp.person_id = p.id) and ${place}${
      restrict ? sql` and (${restrict})` : sql``
    }`;
}

export interface Scored {
  person_id: string;
  full_name: string;
  unit_name: string | null;
  organisation_name: string | null;
  value: number;
}

/** Participants with their values, best first; `done` keeps those at (or not at) the target. */
export async function scoredParticipants(
  db: Db,
  c: ChallengeRow,
  value: (person: SQL) => SQL,
  target: number,
  o: { restrict?: SQL; done?: boolean; limit: number; offset: number },
): Promise<Scored[]> {
  const done =
    o.done === undefined
      ? sql``
      : o.done
        ? sql` where s.value >= ${target}`
        : sql` where s.value < ${target}`;
  return run<Scored>(
    db,
    sql`select s.id as person_id, s.full_name, u.name as unit_name, org.name as organisation_name, s.value
      from (select part.*, ${value(sql`part.id`)} as value from (${participantsSql(c, o.restrict)}) part) s
        left join units u on u.id = s.unit_id left join organisations org on org.id = s.organisation_id${done}
      order by s.value desc, s.full_name, s.id limit ${o.limit} offset ${o.offset}`,
  );
}

/** How many participants, and how many reached the target. */
export async function participantCounts(
  db: Db,
  c: ChallengeRow,
  value: (person: SQL) => SQL,
  target: number,
  restrict?: SQL,
): Promise<{ participants: number; done: number }> {
  const [r] = await run<{ participants: number; done: number }>(
    db,
    sql`select count(*)::int as participants, count(*) filter (where s.value >= ${target})::int as done
      from (select part.id, ${value(sql`part.id`)} as value from (${participantsSql(c, restrict)}) part) s`,
  );
  return { participants: Number(r?.participants ?? 0), done: Number(r?.done ?? 0) };
}

export interface PlaceTally {
  id: string;
  name: string;
  path: string;
  learners: number;
  done: number;
  mean_progress: number | null;
}

/** For a contest: each unit (or organisation) right below the challenge's place, with its learners' results. */
export async function contestTallies(
  db: Db,
  c: ChallengeRow,
  value: (person: SQL) => SQL,
  target: number,
): Promise<PlaceTally[]> {
  const scored = sql`(select part.id, part.unit_id, part.organisation_id, ${value(sql`part.id`)} as value
    from (${participantsSql(c)}) part)`;
  const tally = sql`count(s.id)::int as learners, count(s.id) filter (where s.value >= ${target})::int as done,
    avg(least(s.value::float / ${target}, 1)) as mean_progress`;
  const rows =
    c.unitId !== null
      ? await run<PlaceTally>(
          db,
          sql`select ch.id::text as id, ch.name, ch.path, ${tally}
            from units ch left join units below on below.path like ch.path || '%'
              left join ${scored} s on s.unit_id = below.id
            where ch.parent_id = ${c.unitId} and ch.valid_to is null
            group by ch.id, ch.name, ch.path`,
        )
      : await run<PlaceTally>(
          db,
          sql`select ch.id::text as id, ch.name, ch.path, ${tally}
            from organisations ch left join organisations below on below.path like ch.path || '%'
              left join ${scored} s on s.organisation_id = below.id
            where ch.parent_id = ${c.organisationId}
            group by ch.id, ch.name, ch.path`,
        );
  return rows.map((r) => ({
    ...r,
    learners: Number(r.learners),
    done: Number(r.done),
    mean_progress: r.mean_progress === null ? null : Number(r.mean_progress),
  }));
}

/** The units (or organisations) right below a place: a contest needs some. */
export async function childPlaceCount(db: Db, place: { unitId?: number; organisationId?: string }) {
  const [r] = await run<{ n: number }>(
    db,
    place.unitId
      ? sql`select count(*)::int as n from units where parent_id = ${place.unitId} and valid_to is null`
      : sql`select count(*)::int as n from organisations where parent_id = ${place.organisationId ?? null}::uuid`,
  );
  return Number(r?.n ?? 0);
}

/** One ended challenge not closed yet, locked for this transaction (another server skips it). */
export async function claimEndedChallenge(db: Db, today: string): Promise<string | null> {
  const [row] = await run<{ id: string }>(
    db,
    sql`select id from challenges where closed_at is null and ends_on < ${today}::date
      order by ends_on, id limit 1 for update skip locked`,
  );
  return row?.id ?? null;
}

export async function markClosed(db: Db, id: string) {
  await db.execute(sql`update challenges set closed_at = now() where id = ${id}`);
}

/** The learners of a place in a contest (a commune below the province, or a sub-organisation). */
export async function learnersIn(db: Db, c: ChallengeRow, placePath: string): Promise<string[]> {
  const within =
    c.unitId !== null
      ? sql`part.unit_id = any(array(select id from units where path like ${`${placePath}%`}))`
      : sql`part.organisation_id = any(array(select id from organisations where path like ${`${placePath}%`}))`;
  const rows = await run<{ id: string }>(
    db,
    sql`select part.id from (${participantsSql(c)}) part where ${within}`,
  );
  return rows.map((r) => r.id);
}

/** The paths of a person's commune and organisation (where their challenges come from). */
export async function personPaths(db: Db, personId: string) {
  const [r] = await run<{ unit_path: string | null; organisation_path: string | null }>(
    db,
    sql`select u.path as unit_path, o.path as organisation_path from people p
      left join units u on u.id = p.unit_id left join organisations o on o.id = p.organisation_id
      where p.id = ${personId}`,
  );
  return { unitPath: r?.unit_path ?? null, organisationPath: r?.organisation_path ?? null };
}

/** The paths of the units the given organisations are located in. */
export async function unitPathsOfOrganisations(db: Db, organisationPaths: string[]): Promise<string[]> {
  if (organisationPaths.length === 0) return [];
  const rows = await run<{ path: string }>(
    db,
    sql`select u.path from organisations o join units u on u.id = o.unit_id
      where o.path = any(${pgArray(organisationPaths)}::text[])`,
  );
  return rows.map((r) => r.path);
}
