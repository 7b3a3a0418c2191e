// Queries for mentors ("Đại sứ số") and mentorships: whether people reached a level (as SQL, so a
// batch is checked in one statement), mentors with their record, a mentor's mentees with their
// progress, and the writes. No rules here (see mentoring.service.ts).
import { type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { escapeLike } from '../../lib/text.ts';
import { pgArray } from '../access/access.sql.ts';
import { rowsOf } from '../monitoring/kpi.engine.ts';

const run = async <T>(db: Db, q: SQL) => rowsOf<T>(await db.execute(q));
const iso = (v: unknown) => (v === null || v === undefined ? null : new Date(v as string).toISOString());

/** A live certificate (not revoked, not expired) of the person column. */
const liveCertificate = (person: SQL, template: SQL) => sql`exists (select 1 from certificates c
  join certificate_templates ct on ct.id = c.template_id
  where c.person_id = ${person} and c.revoked_at is null and (c.expires_at is null or c.expires_at > now())
    and ${template})`;

/** Modules of the level the person column mastered (0 for attainment). */
export function modulesDoneSql(person: SQL, modules: string[]): SQL {
  if (modules.length === 0) return sql`0`;
  return sql`(select count(*)::int from module_progress mp where mp.person_id = ${person} and mp.mastered
    and mp.module_id = any(${pgArray(modules)}::text[]))`;
}

/**
 * True when the person column reached the level: attainment (a row in attainments, or a live
 * "đạt phổ cập" certificate), or a course (every module mastered, or the course's certificate).
 */
export function levelReachedSql(level: string, person: SQL, modules: string[]): SQL {
  if (level === 'attainment')
    return sql`(exists (select 1 from attainments a where a.person_id = ${person})
      or ${liveCertificate(person, sql`ct.kind = 'attainment'`)})`;
  const all = modules.length > 0 ? sql`${modulesDoneSql(person, modules)} = ${modules.length}` : sql`false`;
  return sql`(${all} or ${liveCertificate(person, sql`ct.rule->>'course' = ${level}`)})`;
}

export interface MentorRow {
  personId: string;
  name: string;
  level: string;
  unitId: number;
  unitPath: string;
  unitName: string | null;
  organisationName: string | null;
  organisationPath: string | null;
  inviteCode: string;
  source: 'volunteer' | 'appointed';
  status: 'active' | 'paused';
  since: string;
  helped: number;
  active: number;
  passed: number;
}

const toMentor = (r: Record<string, unknown>): MentorRow => ({
  personId: String(r.person_id),
  name: String(r.full_name),
  level: String(r.level),
  unitId: Number(r.unit_id),
  unitPath: String(r.unit_path),
  unitName: (r.unit_name as string | null) ?? null,
  organisationName: (r.organisation_name as string | null) ?? null,
  organisationPath: (r.organisation_path as string | null) ?? null,
  inviteCode: String(r.invite_code),
  source: r.source as MentorRow['source'],
  status: r.status as MentorRow['status'],
  since: iso(r.since) ?? '',
  helped: Number(r.helped ?? 0),
  active: Number(r.active ?? 0),
  passed: Number(r.passed ?? 0),
});

const selectMentors = (where: SQL, limit = 1) => sql`
  select m.person_id, p.full_name, m.level, m.unit_id, m.unit_path, u.name as unit_name,
    o.name as organisation_name, o.path as organisation_path, m.invite_code, m.source, m.status, m.since,
    coalesce(r.helped, 0) as helped, coalesce(r.active, 0) as active, coalesce(r.passed, 0) as passed
  from mentors m join people p on p.id = m.person_id
    left join units u on u.id = m.unit_id
    left join organisations o on o.id = p.organisation_id
    left join lateral (select count(*)::int as helped,
        (count(*) filter (where ms.status = 'active'))::int as active,
        (count(*) filter (where ms.status = 'passed'))::int as passed
      from mentorships ms where ms.mentor_id = m.person_id) r on true
  where ${where}
  order by coalesce(r.passed, 0) desc, p.full_name, m.person_id limit ${limit}`;

export async function getMentor(db: Db, personId: string): Promise<MentorRow | null> {
  const [r] = await run<Record<string, unknown>>(db, selectMentors(sql`m.person_id = ${personId}`));
  return r ? toMentor(r) : null;
}

export async function getMentorByCode(db: Db, code: string): Promise<MentorRow | null> {
  const [r] = await run<Record<string, unknown>>(db, selectMentors(sql`m.invite_code = ${code}`));
  return r ? toMentor(r) : null;
}

/** Mentors whose place is `visible` (SQL over m, p, o), optionally below a unit and by name. */
export async function listMentors(
  db: Db,
  f: { visible: SQL; unitPath?: string; folded?: string },
): Promise<MentorRow[]> {
  const parts = [f.visible];
  if (f.unitPath) parts.push(sql`m.unit_path like ${`${f.unitPath}%`}`);
  if (f.folded) parts.push(sql`p.search_text like ${`%${escapeLike(f.folded)}%`}`);
  const rows = await run<Record<string, unknown>>(
    db,
    selectMentors(
      sql.join(
        parts.map((p) => sql`(${p})`),
        sql` and `,
      ),
      5000,
    ),
  );
  return rows.map(toMentor);
}

/** Adds the mentor; false when the person is a mentor already. */
export async function insertMentor(
  db: Db,
  v: {
    personId: string;
    level: string;
    unitId: number;
    unitPath: string;
    inviteCode: string;
    source: 'volunteer' | 'appointed';
    appointedBy: string | null;
  },
): Promise<boolean> {
  const rows = await run<{ person_id: string }>(
    db,
    sql`insert into mentors (person_id, level, unit_id, unit_path, invite_code, source, appointed_by)
      values (${v.personId}, ${v.level}, ${v.unitId}, ${v.unitPath}, ${v.inviteCode}, ${v.source}, ${v.appointedBy})
      on conflict do nothing returning person_id`,
  );
  return rows.length > 0;
}

export async function inviteCodeTaken(db: Db, code: string): Promise<boolean> {
  const rows = await run<{ n: number }>(db, sql`select 1 as n from mentors where invite_code = ${code}`);
  return rows.length > 0;
}

export interface MentorshipRow {
  mentorId: string;
  menteeId: string;
  mentorName: string;
  level: string;
  status: 'active' | 'passed' | 'ended';
  source: 'invite' | 'officer';
  startedAt: string;
  lastNudgedAt: string | null;
}

const toMentorship = (r: Record<string, unknown>): MentorshipRow => ({
  mentorId: String(r.mentor_id),
  menteeId: String(r.mentee_id),
  mentorName: String(r.mentor_name),
  level: String(r.level),
  status: r.status as MentorshipRow['status'],
  source: r.source as MentorshipRow['source'],
  startedAt: iso(r.started_at) ?? '',
  lastNudgedAt: iso(r.last_nudged_at),
});

const selectMentorships = (where: SQL) => sql`
  select ms.mentor_id, ms.mentee_id, p.full_name as mentor_name, m.level, ms.status, ms.source,
    ms.started_at, ms.last_nudged_at
  from mentorships ms join mentors m on m.person_id = ms.mentor_id join people p on p.id = ms.mentor_id
  where ${where} order by ms.started_at desc limit 1`;

/** The mentee's active mentorship (one at a time), or null. */
export async function activeMentorshipOf(db: Db, menteeId: string): Promise<MentorshipRow | null> {
  const [r] = await run<Record<string, unknown>>(
    db,
    selectMentorships(sql`ms.mentee_id = ${menteeId} and ms.status = 'active'`),
  );
  return r ? toMentorship(r) : null;
}

export async function getMentorship(db: Db, mentorId: string, menteeId: string) {
  const [r] = await run<Record<string, unknown>>(
    db,
    selectMentorships(sql`ms.mentor_id = ${mentorId} and ms.mentee_id = ${menteeId}`),
  );
  return r ? toMentorship(r) : null;
}

/** Serialises pairings of one mentee (one active mentor at a time) inside the transaction. */
export async function lockPerson(db: Db, personId: string) {
  await db.execute(sql`select id from people where id = ${personId} for update`);
}

/** Starts the mentorship, or restarts an ended one between the same two people. */
export async function upsertMentorship(
  db: Db,
  v: { mentorId: string; menteeId: string; source: 'invite' | 'officer'; pairedBy: string | null; now: Date },
) {
  await db.execute(sql`insert into mentorships (mentor_id, mentee_id, source, paired_by, started_at)
    values (${v.mentorId}, ${v.menteeId}, ${v.source}, ${v.pairedBy}, ${v.now.toISOString()}::timestamptz)
    on conflict (mentor_id, mentee_id) do update set status = 'active', source = excluded.source,
      paired_by = excluded.paired_by, started_at = excluded.started_at, ended_at = null, last_nudged_at = null
    where mentorships.status = 'ended'`);
}

/** Marks the nudge unless one was sent since `dayStart`; true when this call may send it. */
export async function claimNudge(db: Db, mentorId: string, menteeId: string, now: Date, dayStart: Date) {
  const rows = await run<{ mentee_id: string }>(
    db,
    sql`update mentorships set last_nudged_at = ${now.toISOString()}::timestamptz
      where mentor_id = ${mentorId} and mentee_id = ${menteeId} and status = 'active'
        and (last_nudged_at is null or last_nudged_at < ${dayStart.toISOString()}::timestamptz)
      returning mentee_id`,
  );
  return rows.length > 0;
}

export async function endMentorship(db: Db, mentorId: string, menteeId: string, now: Date) {
  const rows = await run<{ mentee_id: string }>(
    db,
    sql`update mentorships set status = 'ended', ended_at = ${now.toISOString()}::timestamptz
      where mentor_id = ${mentorId} and mentee_id = ${menteeId} and status = 'active' returning mentee_id`,
  );
  return rows.length > 0;
}

export interface MenteeRow {
  personId: string;
  name: string;
  unitName: string | null;
  status: 'active' | 'passed';
  source: 'invite' | 'officer';
  startedAt: string;
  passedAt: string | null;
  done: number;
  reached: boolean;
  lastActiveAt: string | null;
  seconds: number;
  streak: number;
  lastNudgedAt: string | null;
}

/** A mentor's active and passed mentees with their progress towards the level and their week. */
export async function listMentees(
  db: Db,
  mentor: { personId: string; level: string },
  modules: string[],
  weekStart: string,
): Promise<MenteeRow[]> {
  const person = sql`ms.mentee_id`;
  const rows = await run<Record<string, unknown>>(
    db,
    sql`select ms.mentee_id, p.full_name, u.name as unit_name, ms.status, ms.source, ms.started_at, ms.passed_at,
        ms.last_nudged_at, ${modulesDoneSql(person, modules)} as done,
        ${levelReachedSql(mentor.level, person, modules)} as reached,
        greatest(lp.last_active_at, (select max(mp.updated_at) from module_progress mp where mp.person_id = ms.mentee_id)) as last_active_at,
        (select coalesce(sum(d.seconds), 0)::int from learner_days d where d.person_id = ms.mentee_id
          and d.day >= ${weekStart}::date) as seconds,
        coalesce(s.streak, 0) as streak
      from mentorships ms join people p on p.id = ms.mentee_id
        left join units u on u.id = p.unit_id
        left join learner_profiles lp on lp.person_id = ms.mentee_id
        left join learner_stats s on s.person_id = ms.mentee_id
      where ms.mentor_id = ${mentor.personId} and ms.status in ('active', 'passed')
      order by (ms.status = 'passed'), p.full_name, ms.mentee_id`,
  );
  return rows.map((r) => ({
    personId: String(r.mentee_id),
    name: String(r.full_name),
    unitName: (r.unit_name as string | null) ?? null,
    status: r.status as MenteeRow['status'],
    source: r.source as MenteeRow['source'],
    startedAt: iso(r.started_at) ?? '',
    passedAt: iso(r.passed_at),
    done: Number(r.done ?? 0),
    reached: r.reached === true || r.reached === 't',
    lastActiveAt: iso(r.last_active_at),
    seconds: Number(r.seconds ?? 0),
    streak: Number(r.streak ?? 0),
    lastNudgedAt: iso(r.last_nudged_at),
  }));
}

/** Whether each person reached the level, and the level's modules they mastered. */
export async function levelStanding(
  db: Db,
  personId: string,
  level: string,
  modules: string[],
): Promise<{ reached: boolean; done: number }> {
  const person = sql`${personId}::uuid`;
  const [r] = await run<{ reached: boolean | string; done: number }>(
    db,
    sql`select ${levelReachedSql(level, person, modules)} as reached, ${modulesDoneSql(person, modules)} as done`,
  );
  return { reached: r?.reached === true || r?.reached === 't', done: Number(r?.done ?? 0) };
}

/** The account of a person, if they have one. */
export async function accountOf(db: Db, personId: string): Promise<string | null> {
  const [r] = await run<{ id: string }>(
    db,
    sql`select id from accounts where person_id = ${personId} limit 1`,
  );
  return r?.id ?? null;
}

/** Programmes with their courses' titles and modules (the levels a mentor may guide). */
export async function listCourses(db: Db) {
  const rows = await run<{ id: string; title: string; courses: unknown }>(
    db,
    sql`select id, title, courses from programmes order by position, id`,
  );
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    courses: (typeof r.courses === 'string' ? JSON.parse(r.courses) : r.courses) as {
      id: string;
      title?: string;
      titleEn?: string;
      modules: string[];
    }[],
  }));
}
