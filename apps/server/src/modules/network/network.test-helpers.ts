// Test fixtures for the network: classes, sessions, members and attendance written straight to
// the classes tables (owned by the classes module), with the counters its refresher keeps.
import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { rowsOf } from '../monitoring/kpi.engine.ts';

export async function addClass(
  db: Db,
  v: {
    kind?: 'standard' | 'tot';
    unitId: number;
    trainerId: string;
    generation?: number | null;
    rootId?: string | null;
    teamId?: string | null;
    title?: string;
    members?: number;
    completed?: number;
    status?: 'open' | 'finished' | 'cancelled';
  },
): Promise<string> {
  const code = randomBytes(4).toString('hex').toUpperCase();
  const [row] = rowsOf<{ id: string }>(
    await db.execute(sql`insert into classes (code, title, kind, course_ids, mode, unit_id, unit_path, team_id,
        trainer_id, generation, root_id, status, starts_on, members_count, completed_count)
      select ${code}, ${v.title ?? `Lớp thử ${code}`}, ${v.kind ?? 'standard'}, '{co-ban/an-toan}'::text[], 'in_person',
        u.id, u.path, ${v.teamId ?? null}, ${v.trainerId}, ${v.generation ?? null}, ${v.rootId ?? null},
        ${v.status ?? 'open'}, '2026-11-01'::date, ${v.members ?? 0}, ${v.completed ?? 0}
      from units u where u.id = ${v.unitId} returning id`),
  );
  return String(row?.id);
}

export async function addSession(db: Db, classId: string, startsAt: Date, inPerson: boolean) {
  const [row] = rowsOf<{ id: string }>(
    await db.execute(sql`insert into class_sessions (class_id, starts_at, in_person, checkin_secret)
      values (${classId}, ${startsAt.toISOString()}::timestamptz, ${inPerson}, ${randomBytes(16).toString('hex')})
      returning id`),
  );
  return String(row?.id);
}

export async function addMember(
  db: Db,
  classId: string,
  personId: string,
  v: { completed: boolean; attended: string[]; status?: 'active' | 'pending' | 'removed' },
) {
  await db.execute(sql`insert into class_members (class_id, person_id, status, source, completed_at)
    values (${classId}, ${personId}, ${v.status ?? 'active'}, 'roster', ${v.completed ? new Date().toISOString() : null}::timestamptz)`);
  for (const s of v.attended)
    await db.execute(sql`insert into class_attendance (session_id, person_id, class_id, method)
      values (${s}, ${personId}, ${classId}, 'trainer')`);
}
