// The learner refresher: a loop in every app server that drains the queue of people whose learning
// records changed (kpi_dirty) in batches — their engagement (days, streak, XP, badges), then their
// campaign KPIs —
// each batch in one transaction with its removal from the queue (a crash re-queues it; several
// servers take different batches through SKIP LOCKED). At a new week one server claims the
// rollover and recomputes the targets that depend on last week's learning time.

import { sql } from 'drizzle-orm';
import type { FastifyBaseLogger } from 'fastify';
import type { AppContext } from '../../context.ts';
import type { Db } from '../../db/client.ts';
import { pgArray } from '../access/access.sql.ts';
import { refreshClassMembers } from '../classes/classes.refresh.ts';
import { refreshEngagement } from '../engagement/engagement.refresh.ts';
import { runEngagementSchedule } from '../engagement/schedule.ts';
import { refreshMentorships } from '../mentoring/mentoring.refresh.ts';
import { lastCompleteWeek, vnDay } from './calendar.ts';
import {
  compileContext,
  fillHistoryGaps,
  isWeekly,
  type LoadedTarget,
  loadTargets,
  rebuildTarget,
  refreshSubjects,
  rowsOf,
  writeHistory,
} from './kpi.engine.ts';
import type { CompileContext } from './kpi.sql.ts';
import { generateScheduledReports } from './reports.service.ts';

const BATCH = 2000;
const WEEK_SETTING = 'kpi.week';
const DAY_SETTING = 'kpi.history_day';
const HOUR_SETTING = 'kpi.organisations_hour';
const REPORTS_SETTING = 'reports.scheduled_day';

export interface RefreshSummary {
  people: number;
  batches: number;
  weekRolled: boolean;
}

/** Sets a setting to `value` unless it already holds it; true for the one caller that changed it. */
async function claimSetting(db: Db, key: string, value: string): Promise<boolean> {
  const json = JSON.stringify(value);
  const rows = rowsOf<{ key: string }>(
    await db.execute(sql`insert into system_settings (key, value) values (${key}, ${json}::jsonb)
      on conflict (key) do update set value = excluded.value, updated_at = now()
      where system_settings.value is distinct from excluded.value
      returning key`),
  );
  return rows.length > 0;
}

/** One batch: people off the queue, their subjects recomputed for every target, in one transaction. */
async function refreshBatch(db: Db, targets: LoadedTarget[], c: CompileContext, now: Date): Promise<number> {
  return db.transaction(async (tx) => {
    const d = tx as Db;
    const people = rowsOf<{ person_id: string }>(
      await d.execute(sql`delete from kpi_dirty where person_id in (
        select person_id from kpi_dirty order by marked_at limit ${BATCH} for update skip locked)
        returning person_id`),
    ).map((r) => r.person_id);
    if (people.length === 0) return 0;
    // Their days, streaks, XP and badges (engagement), then their campaign KPIs.
    await refreshEngagement(d, people, now);
    // Their classes' progress, and the mentorships they passed (the mentor's record and XP).
    await refreshClassMembers(d, people, now);
    await refreshMentorships(d, people, now);
    if (targets.length === 0) return people.length;
    const ids = sql`${pgArray(people)}::uuid[]`;
    const touched = new Set<string>();
    const byKind = (k: string) => targets.filter((t) => t.spec.subject === k);
    for (const t of byKind('person')) {
      if ((await refreshSubjects(d, t, c, people)).size) touched.add(t.id);
    }
    if (byKind('household').length) {
      const hh = rowsOf<{ id: string }>(
        await d.execute(
          sql`select distinct household_id as id from people where id = any(${ids}) and household_id is not null`,
        ),
      ).map((r) => r.id);
      for (const t of byKind('household')) if ((await refreshSubjects(d, t, c, hh)).size) touched.add(t.id);
    }
    if (byKind('organisation').length) {
      // An organisation's weekly status moves at the week's rollover and its roster is recounted
      // every hour (refreshKpis); here only the organisations a target has not counted yet.
      for (const t of byKind('organisation')) {
        const unseen = rowsOf<{ id: string }>(
          await d.execute(sql`select distinct p.organisation_id as id from people p
            where p.id = any(${ids}) and p.organisation_id is not null
              and not exists (select 1 from kpi_subjects k where k.target_id = ${t.id} and k.subject_id = p.organisation_id)`),
        ).map((r) => r.id);
        if ((await refreshSubjects(d, t, c, unseen)).size) touched.add(t.id);
      }
    }
    // Laggard lists: when each learner was last active.
    await d.execute(sql`update learner_profiles lp set last_active_at = a.at
      from (select person_id, max(updated_at) as at from module_progress where person_id = any(${ids}) group by person_id) a
      where lp.person_id = a.person_id and lp.last_active_at is distinct from a.at`);
    await writeHistory(d, [...touched], vnDay(now));
    return people.length;
  });
}

/**
 * Brings every KPI up to date now: the week rollover if one is due, a history row for a new day,
 * then the dirty queue until it is empty (or `maxBatches`).
 */
export async function refreshKpis(
  ctx: Pick<AppContext, 'db'>,
  opts: { now?: Date; maxBatches?: number } = {},
) {
  const db = ctx.db;
  const now = opts.now ?? new Date();
  const targets = await loadTargets(db);
  const summary: RefreshSummary = { people: 0, batches: 0, weekRolled: false };
  const week = lastCompleteWeek(now).key;
  const c = await compileContext(db, now);
  await db.transaction(async (tx) => {
    // The claim's row lock is held until the rebuild commits: other servers wait, then skip.
    if (!(await claimSetting(tx as Db, WEEK_SETTING, week))) return;
    for (const t of targets.filter((x) => isWeekly(x.spec)))
      await rebuildTarget(tx as Db, t, c, { backfill: false, now });
    summary.weekRolled = true;
  });
  // Organisations' rosters, hourly: one server recounts the organisation targets.
  const hour = now.toISOString().slice(0, 13);
  await db.transaction(async (tx) => {
    // (A week's rollover has just recounted them.)
    if (!(await claimSetting(tx as Db, HOUR_SETTING, hour)) || summary.weekRolled) return;
    for (const t of targets.filter((x) => x.spec.subject === 'organisation'))
      await rebuildTarget(tx as Db, t, c, { backfill: false, now });
  });
  const day = vnDay(now);
  await db.transaction(async (tx) => {
    if (await claimSetting(tx as Db, DAY_SETTING, day)) {
      const ids = targets.map((t) => t.id);
      await fillHistoryGaps(tx as Db, ids, day);
      await writeHistory(tx as Db, ids, day);
    }
  });
  const max = opts.maxBatches ?? Number.POSITIVE_INFINITY;
  while (summary.batches < max) {
    const n = await refreshBatch(db, targets, c, now);
    if (n === 0) break;
    summary.people += n;
    summary.batches++;
  }
  return summary;
}

/** Once a day (one server claims it), after the figures are current: the reports falling due. */
export async function runScheduledReports(ctx: Pick<AppContext, 'db'>, now = new Date()): Promise<number> {
  const day = vnDay(now);
  let claimed = false;
  await ctx.db.transaction(async (tx) => {
    claimed = await claimSetting(tx as Db, REPORTS_SETTING, day);
  });
  return claimed ? generateScheduledReports(ctx.db, now) : 0;
}

/**
 * Starts the refresher loop (and, unless `reports` is false, the daily report scheduler); returns
 * a stop function.
 */
export function startKpiRefresher(
  ctx: AppContext,
  logger: FastifyBaseLogger,
  everySeconds: number,
  opts: { reports?: boolean } = {},
) {
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  let running: Promise<void> = Promise.resolve();
  const tick = async () => {
    try {
      const s = await refreshKpis(ctx);
      if (s.people || s.weekRolled) logger.info(s, 'KPIs refreshed');
      const e = await runEngagementSchedule(ctx.db);
      if (e.leagues || e.streakWarnings) logger.info(e, 'engagement calendar');
      if (opts.reports !== false) {
        const reports = await runScheduledReports(ctx);
        if (reports) logger.info({ reports }, 'scheduled reports generated');
      }
    } catch (err) {
      logger.error({ err }, 'KPI refresh failed; it will be retried');
    }
  };
  const schedule = () => {
    if (stopped) return;
    timer = setTimeout(() => {
      running = tick().finally(schedule);
    }, everySeconds * 1000);
    timer.unref();
  };
  schedule();
  return async () => {
    stopped = true;
    if (timer) clearTimeout(timer);
    await running;
  };
}
