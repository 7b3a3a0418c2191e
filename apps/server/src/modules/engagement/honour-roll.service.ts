// Honour roll (vinh danh) of a month for a place: its top learners by the month's XP (from the
// leaderboard totals, period "m:YYYY-MM"), with their goal days and the badges they earned that
// month, and the places right below it (a province's communes, an organisation's sub-organisations)
// ranked by the mean monthly XP of their active learners — those who earned XP that month; and its
// mentors ("Đại sứ số") by the mentees who reached their level that month.
import { type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { errors } from '../../errors.ts';
import { type Actor, authorize } from '../access/access.policy.ts';
import { addDays, startOfVnDay, vnDay } from '../monitoring/calendar.ts';
import { rowsOf } from '../monitoring/kpi.engine.ts';
import { getOrganisation } from '../organisations/organisations.repository.ts';
import { getUnit } from '../units/units.repository.ts';

/** A learner who met their daily goal on at least this many days of the month is counted apart. */
export const GOAL_DAYS = 10;

const run = async <T>(db: Db, q: SQL) => rowsOf<T>(await db.execute(q));
const byName = new Intl.Collator('vi');

/** The month before the current one (Vietnam time): the last complete month. */
export function lastCompleteMonth(now = new Date()): string {
  return addDays(`${vnDay(now).slice(0, 7)}-01`, -1).slice(0, 7);
}

export function monthRange(month: string) {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const to = new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
  return { from: `${month}-01`, to };
}

interface HonourPlace {
  kind: 'unit' | 'organisation';
  id: string;
  name: string;
  path: string;
  province: boolean;
}

/** The place asked for; the caller must read people there (the roll has full names). */
async function placeFor(db: Db, actor: Actor, q: { unitId?: number; organisationId?: string }) {
  if (q.organisationId) {
    const org = await getOrganisation(db, q.organisationId);
    if (!org) throw errors.notFound('ORGANISATION_NOT_FOUND');
    authorize(actor, 'people.read', { unitPaths: [org.unitPath], organisationPath: org.path });
    return {
      kind: 'organisation',
      id: org.id,
      name: org.name,
      path: org.path,
      province: false,
    } as HonourPlace;
  }
  const unit = await getUnit(db, q.unitId as number);
  if (!unit) throw errors.notFound('UNIT_NOT_FOUND');
  authorize(actor, 'people.read', { unitPaths: [unit.path] });
  return {
    kind: 'unit',
    id: String(unit.id),
    name: unit.name,
    path: unit.path,
    province: unit.parentId === null,
  } as HonourPlace;
}

/** Equal scores share a rank (1, 2, 2, 4…). */
function ranked<T>(items: T[], score: (x: T) => number): (T & { rank: number })[] {
  let rank = 0;
  return items.map((x, i) => {
    const prev = items[i - 1];
    if (!prev || score(prev) !== score(x)) rank = i + 1;
    return { ...x, rank };
  });
}

async function topLearners(db: Db, place: HonourPlace, month: string, limit: number) {
  const { from, to } = monthRange(month);
  const where =
    place.kind === 'organisation'
      ? sql`t.organisation_id = any(array(select id from organisations where path like ${`${place.path}%`}))`
      : place.province
        ? sql`t.province_id = ${Number(place.id)}`
        : sql`t.unit_id = any(array(select id from units where path like ${`${place.path}%`}))`;
  const rows = await run<{
    person_id: string;
    full_name: string;
    unit_name: string | null;
    organisation_name: string | null;
    xp: number;
    goal_days: number;
    badges: string[] | string | null;
    public: boolean | null;
  }>(
    db,
    sql`select t.person_id, p.full_name, u.name as unit_name, o.name as organisation_name, t.xp,
        (select count(*)::int from learner_days d where d.person_id = t.person_id and d.goal_met
          and d.day between ${from}::date and ${to}::date) as goal_days,
        (select coalesce(array_agg(b.title order by lb.awarded_at), '{}') from learner_badges lb
          join badges b on b.id = lb.badge_id where lb.person_id = t.person_id
          and lb.awarded_at >= ${startOfVnDay(from).toISOString()}::timestamptz
          and lb.awarded_at < ${startOfVnDay(addDays(to, 1)).toISOString()}::timestamptz) as badges,
        s.public
      from (select t.person_id, t.xp from xp_totals t where t.period = ${`m:${month}`} and t.xp > 0 and ${where}
        order by t.xp desc, t.person_id limit ${limit}) t
        join people p on p.id = t.person_id
        left join units u on u.id = p.unit_id
        left join organisations o on o.id = p.organisation_id
        left join learner_stats s on s.person_id = t.person_id
      order by t.xp desc, p.full_name, t.person_id`,
  );
  return ranked(
    rows.map((r) => ({
      personId: r.person_id,
      name: r.full_name,
      unitName: r.unit_name,
      organisationName: r.organisation_name,
      xp: Number(r.xp),
      goalDays: Number(r.goal_days),
      badges: Array.isArray(r.badges) ? r.badges : parsePgArray(r.badges),
      public: r.public !== false,
    })),
    (x) => x.xp,
  );
}

/** node-postgres parses text[]; some drivers hand back the literal ("{a,"b c"}"). */
function parsePgArray(v: string | null): string[] {
  if (!v || v === '{}') return [];
  return [...v.slice(1, -1).matchAll(/"((?:[^"\\]|\\.)*)"|([^,]+)/g)].map((m) =>
    m[1] !== undefined ? m[1].replace(/\\(.)/g, '$1') : (m[2] ?? ''),
  );
}

/** Mentors ("Đại sứ số") of the place by their mentees who reached the level during the month. */
async function topMentors(db: Db, place: HonourPlace, month: string, limit: number) {
  const { from, to } = monthRange(month);
  const where =
    place.kind === 'organisation'
      ? sql`o.path like ${`${place.path}%`}`
      : sql`m.unit_path like ${`${place.path}%`}`;
  const rows = await run<{
    person_id: string;
    full_name: string;
    unit_name: string | null;
    organisation_name: string | null;
    passed: number;
    passed_total: number;
    public: boolean | null;
  }>(
    db,
    sql`select ms.mentor_id as person_id, p.full_name, u.name as unit_name, o.name as organisation_name,
        count(*)::int as passed,
        (select count(*)::int from mentorships x where x.mentor_id = ms.mentor_id and x.status = 'passed') as passed_total,
        s.public
      from mentorships ms join mentors m on m.person_id = ms.mentor_id join people p on p.id = ms.mentor_id
        left join units u on u.id = m.unit_id
        left join organisations o on o.id = p.organisation_id
        left join learner_stats s on s.person_id = ms.mentor_id
      where ms.passed_at >= ${startOfVnDay(from).toISOString()}::timestamptz
        and ms.passed_at < ${startOfVnDay(addDays(to, 1)).toISOString()}::timestamptz and ${where}
      group by ms.mentor_id, p.full_name, u.name, o.name, s.public
      order by count(*) desc, p.full_name, ms.mentor_id limit ${limit}`,
  );
  return ranked(
    rows.map((r) => ({
      personId: r.person_id,
      name: r.full_name,
      unitName: r.unit_name,
      organisationName: r.organisation_name,
      passed: Number(r.passed),
      passedTotal: Number(r.passed_total),
      public: r.public !== false,
    })),
    (x) => x.passed,
  );
}

async function topPlaces(db: Db, place: HonourPlace, month: string) {
  const { from, to } = monthRange(month);
  const period = `m:${month}`;
  const goalDays = sql`(select count(*) from learner_days d where d.person_id = t.person_id and d.goal_met
    and d.day between ${from}::date and ${to}::date)`;
  const tally = sql`count(t.person_id)::int as active, coalesce(sum(t.xp), 0)::int as total,
    (count(t.person_id) filter (where ${goalDays} >= ${GOAL_DAYS}))::int as goal_learners`;
  const rows = await run<{ id: string; name: string; active: number; total: number; goal_learners: number }>(
    db,
    place.kind === 'unit'
      ? sql`select ch.id::text as id, ch.name, ${tally}
          from units ch left join units below on below.path like ch.path || '%'
            left join xp_totals t on t.period = ${period} and t.unit_id = below.id and t.xp > 0
          where ch.parent_id = ${Number(place.id)} and ch.valid_to is null group by ch.id, ch.name`
      : sql`select ch.id::text as id, ch.name, ${tally}
          from organisations ch left join organisations below on below.path like ch.path || '%'
            left join xp_totals t on t.period = ${period} and t.organisation_id = below.id and t.xp > 0
          where ch.parent_id = ${place.id}::uuid group by ch.id, ch.name`,
  );
  if (rows.length === 0) return null;
  const items = rows
    .map((r) => {
      const active = Number(r.active);
      return {
        id: r.id,
        name: r.name,
        activeLearners: active,
        totalXp: Number(r.total),
        meanXp: active > 0 ? Math.round((Number(r.total) / active) * 10) / 10 : null,
        goalLearners: Number(r.goal_learners),
      };
    })
    .sort(
      (a, b) =>
        (b.meanXp ?? -1) - (a.meanXp ?? -1) ||
        b.activeLearners - a.activeLearners ||
        byName.compare(a.name, b.name),
    );
  const withLearners = ranked(
    items.filter((x) => x.meanXp !== null),
    (x) => x.meanXp ?? 0,
  );
  return {
    kind: place.kind,
    items: [...withLearners, ...items.filter((x) => x.meanXp === null).map((x) => ({ ...x, rank: null }))],
  };
}

export async function honourRoll(
  db: Db,
  actor: Actor,
  q: { month?: string; unitId?: number; organisationId?: string; top: number },
  now = new Date(),
) {
  const place = await placeFor(db, actor, q);
  const month = q.month ?? lastCompleteMonth(now);
  const current = vnDay(now).slice(0, 7);
  if (month > current)
    throw errors.validation([{ path: 'month', message: 'Tháng chưa tới|The month has not come yet' }]);
  const { from, to } = monthRange(month);
  const [learners, places, mentors] = await Promise.all([
    topLearners(db, place, month, q.top),
    topPlaces(db, place, month),
    topMentors(db, place, month, q.top),
  ]);
  return {
    month,
    from,
    to,
    complete: month < current,
    goalDays: GOAL_DAYS,
    place: { kind: place.kind, id: place.id, name: place.name },
    learners,
    places,
    mentors,
  };
}
