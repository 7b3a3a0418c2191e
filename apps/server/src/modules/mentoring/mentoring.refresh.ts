// Mentorships passed: run by the learner refresher (inside its transaction) for the people whose
// learning records changed. Those of them who are active mentees and now reach their mentor's level
// are marked passed — one statement per level — and each mentor earns the XP rule `mentee_helped`
// once per mentee (the source key is the mentee), is notified, and gets the badges that follow.
import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { pgArray } from '../access/access.sql.ts';
import { awardBadges } from '../engagement/engagement.refresh.ts';
import { notify } from '../engagement/notifications.ts';
import { awardXp } from '../engagement/xp.ts';
import { vnDay } from '../monitoring/calendar.ts';
import { rowsOf } from '../monitoring/kpi.engine.ts';
import { levelOf } from './mentoring.levels.ts';
import { levelReachedSql } from './mentoring.repository.ts';

export async function refreshMentorships(db: Db, personIds: string[], now: Date): Promise<void> {
  if (personIds.length === 0) return;
  const ids = sql`${pgArray(personIds)}::uuid[]`;
  const levels = rowsOf<{ level: string }>(
    await db.execute(sql`select distinct m.level from mentorships ms join mentors m on m.person_id = ms.mentor_id
      where ms.status = 'active' and ms.mentee_id = any(${ids})`),
  ).map((r) => r.level);
  if (levels.length === 0) return;
  const passed: { mentor_id: string; mentee_id: string; mentee_name: string; level: string }[] = [];
  for (const id of levels) {
    const level = await levelOf(db, id);
    const rows = rowsOf<{ mentor_id: string; mentee_id: string; mentee_name: string }>(
      await db.execute(sql`update mentorships ms set status = 'passed', passed_at = ${now.toISOString()}::timestamptz
        from mentors m, people p
        where m.person_id = ms.mentor_id and p.id = ms.mentee_id and m.level = ${id}
          and ms.status = 'active' and ms.mentee_id = any(${ids})
          and ${levelReachedSql(id, sql`ms.mentee_id`, level.modules)}
        returning ms.mentor_id, ms.mentee_id, p.full_name as mentee_name`),
    );
    for (const r of rows) passed.push({ ...r, level: level.title });
  }
  if (passed.length === 0) return;
  const day = vnDay(now);
  for (const p of passed) {
    await awardXp(db, p.mentor_id, [{ rule: 'mentee_helped', sourceKey: `mentee:${p.mentee_id}`, day }]);
    await notify(db, p.mentor_id, 'mentoring', `passed:${p.mentee_id}`, {
      event: 'mentee_passed',
      menteeId: p.mentee_id,
      menteeName: p.mentee_name,
      message: `${p.mentee_name} đã đạt “${p.level}” nhờ bạn hướng dẫn. Cảm ơn bạn!`,
      messageEn: `${p.mentee_name} reached “${p.level}” with your guidance. Thank you!`,
    });
  }
  await awardBadges(db, [...new Set(passed.map((p) => p.mentor_id))]);
}
