// SQL for course enrolments by roster: the catalogue's courses, enrolments already there, inserts.
import { sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { arr, rowsOf } from '../roster.repository.ts';

/** Every course of the published programmes (course ids are unique across programmes). */
export async function catalogueCourses(db: Db) {
  return rowsOf<{ id: string; title: string }>(
    await db.execute(sql`
      select c->>'id' as id, c->>'title' as title
      from programmes p cross join lateral jsonb_array_elements(p.courses) as c`),
  );
}

export async function existingEnrolments(db: Db, pairs: { personId: string; courseId: string }[]) {
  if (!pairs.length) return [];
  return rowsOf<{ personId: string; courseId: string }>(
    await db.execute(sql`
      select e.person_id as "personId", e.course_id as "courseId" from enrolments e
      join unnest(${arr(pairs.map((p) => p.personId))}::uuid[], ${arr(pairs.map((p) => p.courseId))}::text[])
        as k(person_id, course_id) on e.person_id = k.person_id and e.course_id = k.course_id`),
  );
}

export async function insertEnrolments(
  db: Db,
  rows: { personId: string; courseId: string }[],
  enrolledBy: string,
) {
  if (!rows.length) return;
  await db.execute(sql`
    insert into enrolments (person_id, course_id, source, enrolled_by)
    select person_id, course_id, 'import', ${enrolledBy}::uuid
    from unnest(${arr(rows.map((r) => r.personId))}::uuid[], ${arr(rows.map((r) => r.courseId))}::text[])
      as t(person_id, course_id)
    on conflict (person_id, course_id) do nothing`);
}
