// Queries for class sessions, attendance and announcements. No rules here (see
// classes.sessions.ts and classes.dashboard.ts).
import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { run, uuidArray } from './classes.repository.ts';

// ---------------------------------------------------------------------------------------------
// Sessions

export interface SessionRow {
  id: string;
  classId: string;
  startsAt: Date;
  minutes: number;
  topic: string | null;
  inPerson: boolean;
  checkinSecret: string;
  attended: number;
}

const toSession = (r: Record<string, unknown>): SessionRow => ({
  id: String(r.id),
  classId: String(r.class_id),
  startsAt: new Date(r.starts_at as string),
  minutes: Number(r.minutes),
  topic: (r.topic as string | null) ?? null,
  inPerson: Boolean(r.in_person),
  checkinSecret: String(r.checkin_secret),
  attended: Number(r.attended ?? 0),
});

export async function listSessions(db: Db, classId: string): Promise<SessionRow[]> {
  const rows = await run<Record<string, unknown>>(
    db,
    sql`select s.*, (select count(*)::int from class_attendance a where a.session_id = s.id) as attended
      from class_sessions s where s.class_id = ${classId} order by s.starts_at`,
  );
  return rows.map(toSession);
}

export async function getSession(db: Db, id: string): Promise<SessionRow | undefined> {
  const [r] = await run<Record<string, unknown>>(
    db,
    sql`select s.* from class_sessions s where s.id = ${id}`,
  );
  return r ? toSession(r) : undefined;
}

export async function insertSession(
  db: Db,
  v: {
    classId: string;
    startsAt: string;
    minutes: number;
    topic: string | null;
    inPerson: boolean;
    secret: string;
  },
) {
  const [r] = await run<{ id: string }>(
    db,
    sql`insert into class_sessions (class_id, starts_at, minutes, topic, in_person, checkin_secret)
      values (${v.classId}, ${v.startsAt}::timestamptz, ${v.minutes}, ${v.topic}, ${v.inPerson}, ${v.secret})
      returning id`,
  );
  return (r as { id: string }).id;
}

export async function deleteSession(db: Db, id: string) {
  await db.execute(sql`delete from class_sessions where id = ${id}`);
}

// ---------------------------------------------------------------------------------------------
// Attendance and announcements

export async function markAttendance(
  db: Db,
  v: { sessionId: string; personId: string; classId: string; method: 'qr' | 'trainer'; by: string | null },
): Promise<boolean> {
  const rows = await run(
    db,
    sql`insert into class_attendance (session_id, person_id, class_id, method, marked_by)
      values (${v.sessionId}, ${v.personId}, ${v.classId}, ${v.method}, ${v.by})
      on conflict (session_id, person_id) do nothing returning person_id`,
  );
  return rows.length > 0;
}

export async function unmarkAttendance(db: Db, sessionId: string, personId: string) {
  await db.execute(
    sql`delete from class_attendance where session_id = ${sessionId} and person_id = ${personId}`,
  );
}

export async function attendanceRows(db: Db, classId: string, sessionId: string) {
  return run<{ person_id: string; full_name: string; has_account: boolean; method: 'qr' | 'trainer' | null }>(
    db,
    sql`select m.person_id, p.full_name, exists(select 1 from accounts ac where ac.person_id = m.person_id) as has_account,
        a.method
      from class_members m join people p on p.id = m.person_id
        left join class_attendance a on a.session_id = ${sessionId} and a.person_id = m.person_id
      where m.class_id = ${classId} and (m.status = 'active' or a.person_id is not null)
      order by p.search_text collate "C", m.person_id`,
  );
}

export async function insertAnnouncement(db: Db, classId: string, authorId: string, body: string) {
  const [r] = await run<{ id: string; created_at: string }>(
    db,
    sql`insert into class_announcements (class_id, author_id, body) values (${classId}, ${authorId}, ${body})
      returning id, created_at`,
  );
  return r as { id: string; created_at: string };
}

export async function announcements(db: Db, classIds: string[], perClass: number) {
  if (classIds.length === 0) return [];
  return run<{ id: string; class_id: string; body: string; created_at: string; author_name: string | null }>(
    db,
    sql`select x.id, x.class_id, x.body, x.created_at, x.author_name from (
        select a.id, a.class_id, a.body, a.created_at, p.full_name as author_name,
          row_number() over (partition by a.class_id order by a.created_at desc, a.id) as rn
        from class_announcements a left join people p on p.id = a.author_id
        where a.class_id = any(${uuidArray(classIds)})) x
      where x.rn <= ${perClass} order by x.created_at desc`,
  );
}
