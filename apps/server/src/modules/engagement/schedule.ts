// The engagement calendar, run beside the learner refresher and claimed by one server at a time:
// the weekly league rollover (Monday, for the week that ended) and, from 19:00 Vietnam time, the
// "your streak ends tonight" notifications.
import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { addDays, vnDay, weekOf } from '../monitoring/calendar.ts';
import { rowsOf } from '../monitoring/kpi.engine.ts';
import { closeEndedChallenges } from './challenges.close.ts';
import { rollOverLeagues } from './leagues.ts';
import { engagementConfig } from './xp.ts';

const EVENING_HOUR_VN = 19;

async function claim(db: Db, key: string, value: string): Promise<boolean> {
  const rows = rowsOf(
    await db.execute(sql`insert into system_settings (key, value) values (${key}, ${JSON.stringify(value)}::jsonb)
      on conflict (key) do update set value = excluded.value, updated_at = now()
      where system_settings.value is distinct from excluded.value returning key`),
  );
  return rows.length > 0;
}

export interface ScheduleSummary {
  leagues: { week: string; up: number; down: number } | null;
  streakWarnings: number;
  challengesClosed: number;
}

export async function runEngagementSchedule(db: Db, now = new Date()): Promise<ScheduleSummary> {
  const summary: ScheduleSummary = { leagues: null, streakWarnings: 0, challengesClosed: 0 };
  // Challenges end whatever the XP rules (modules and minutes need none): closed once, notified.
  summary.challengesClosed = await closeEndedChallenges(db, now);
  const config = await engagementConfig(db);
  if (!config) return summary;
  const today = vnDay(now);
  const lastWeek = addDays(weekOf(today), -7);
  await db.transaction(async (tx) => {
    if (!(await claim(tx as Db, 'engagement.leagues_closed', lastWeek))) return;
    summary.leagues = { week: lastWeek, ...(await rollOverLeagues(tx as Db, lastWeek, config)) };
  });
  const hourVn = (now.getUTCHours() + 7) % 24;
  if (hourVn >= EVENING_HOUR_VN) {
    await db.transaction(async (tx) => {
      if (!(await claim(tx as Db, 'engagement.streak_warnings', today))) return;
      const rows = rowsOf(
        await (tx as Db).execute(sql`insert into notifications (person_id, kind, dedupe_key, payload)
          select s.person_id, 'streak_at_risk', ${today}, jsonb_build_object('streak', s.streak)
          from learner_stats s
          where s.streak > 0 and s.freezes = 0 and s.streak_day = ${addDays(today, -1)}::date
            and not exists (select 1 from learner_days d where d.person_id = s.person_id and d.day = ${today}::date and d.goal_met)
            -- A study reminder needs the optional 'reminders' consent (modules/privacy), not withdrawn.
            and exists (select 1 from consents c where c.person_id = s.person_id and c.purpose = 'reminders' and c.withdrawn_at is null)
          on conflict do nothing returning 1`),
      );
      summary.streakWarnings = rows.length;
    });
  }
  return summary;
}
