// XP: rules from the content pack applied to validated learning events. Each source (a question, a
// module, a day) earns once — a replayed or retried event finds its key taken — and each rule has
// a daily cap. An award moves the learner's totals for the week, the month and all time, and the
// score histograms of their province, commune and organisation that ranks are read from.
import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { pgArray } from '../access/access.sql.ts';
import { weekOf } from '../monitoring/calendar.ts';
import { rowsOf } from '../monitoring/kpi.engine.ts';
import { EngagementConfig, type EngagementConfigT, type XpRuleId } from './engagement.schemas.ts';
import { joinWeekLeague } from './leagues.ts';

export interface Award {
  rule: XpRuleId;
  sourceKey: string;
  /** The learning day (Vietnam) the event belongs to. */
  day: string;
}

// Per database (tests open several in one process), for 30 seconds.
const cache = new WeakMap<object, { at: number; value: EngagementConfigT | null }>();
const CONFIG_TTL_MS = 30_000;

/** The engagement rules of the content packs (null when no pack has engagement.yaml). */
export async function engagementConfig(db: Db): Promise<EngagementConfigT | null> {
  const key = (db as unknown as { session?: { client?: object } }).session?.client ?? db;
  const hit = cache.get(key);
  if (hit && Date.now() - hit.at < CONFIG_TTL_MS) return hit.value;
  const [row] = rowsOf<{ value: unknown }>(
    await db.execute(sql`select value from system_settings where key = 'engagement.config'`),
  );
  const parsed = row ? EngagementConfig.safeParse({ ...(row.value as object), badges: [] }) : null;
  const value = parsed?.success ? parsed.data : null;
  cache.set(key, { at: Date.now(), value });
  return value;
}

/** The periods an XP of a day counts in: all time, its week, its month. */
export const periodsOf = (day: string) => ['all', `w:${weekOf(day)}`, `m:${day.slice(0, 7)}`];

/** Where a learner counts on boards: their province, commune and organisation. */
export async function placesOf(db: Db, personId: string) {
  const [p] = rowsOf<{ province_id: number | null; unit_id: number | null; organisation_id: string | null }>(
    await db.execute(sql`select nullif(split_part(u.path, '/', 2), '')::int as province_id, p.unit_id, p.organisation_id
      from people p left join units u on u.id = p.unit_id where p.id = ${personId}`),
  );
  return {
    provinceId: p?.province_id === null || p?.province_id === undefined ? null : Number(p.province_id),
    unitId: p?.unit_id === null || p?.unit_id === undefined ? null : Number(p.unit_id),
    organisationId: p?.organisation_id ?? null,
  };
}

type Places = Awaited<ReturnType<typeof placesOf>>;

export const placeKeys = (p: Places) =>
  [
    p.provinceId !== null ? `p:${p.provinceId}` : null,
    p.unitId !== null ? `u:${p.unitId}` : null,
    p.organisationId ? `o:${p.organisationId}` : null,
  ].filter((x): x is string => x !== null);

/** Moves one learner in the histograms of a period: out of `from` (if any), into `to`. */
export async function moveInHistogram(
  db: Db,
  period: string,
  places: string[],
  from: number | null,
  to: number,
) {
  if (places.length === 0 || from === to) return;
  const keys = sql`${pgArray(places)}::text[]`;
  if (from !== null) {
    await db.execute(sql`update xp_histogram set learners = learners - 1
      where period = ${period} and place = any(${keys}) and xp = ${from}`);
    await db.execute(
      sql`delete from xp_histogram where period = ${period} and place = any(${keys}) and xp = ${from} and learners <= 0`,
    );
  }
  await db.execute(sql`insert into xp_histogram (period, place, xp, learners)
    select ${period}, k, ${to}, 1 from unnest(${keys}) k
    on conflict (period, place, xp) do update set learners = xp_histogram.learners + 1`);
}

/**
 * Awards XP for these events, each once (by rule and source) and within the rule's daily cap (an
 * event past the cap is recorded with 0 points, so it never earns later). Returns the points added.
 */
export async function awardXp(db: Db, personId: string, awards: Award[]): Promise<number> {
  const config = await engagementConfig(db);
  if (!config || awards.length === 0) return 0;
  const rules = new Map(config.xpRules.map((r) => [r.id, r]));
  const byDay = new Map<string, number>();
  for (const a of awards) {
    const rule = rules.get(a.rule);
    if (!rule) continue;
    let points = rule.points;
    if (rule.dailyCap !== undefined) {
      const [used] = rowsOf<{ n: number }>(
        await db.execute(sql`select coalesce(sum(points), 0)::int as n from xp_events
          where person_id = ${personId} and rule = ${a.rule} and day = ${a.day}::date`),
      );
      points = Math.max(0, Math.min(points, rule.dailyCap - Number(used?.n ?? 0)));
    }
    const inserted = rowsOf<{ points: number }>(
      await db.execute(sql`insert into xp_events (person_id, rule, source_key, points, day)
        values (${personId}, ${a.rule}, ${a.sourceKey}, ${points}, ${a.day}::date)
        on conflict (person_id, rule, source_key) do nothing returning points`),
    );
    if (inserted.length && points > 0) byDay.set(a.day, (byDay.get(a.day) ?? 0) + points);
  }
  const total = [...byDay.values()].reduce((n, p) => n + p, 0);
  if (total === 0) return 0;
  await db.execute(sql`insert into learner_stats (person_id, xp) values (${personId}, ${total})
    on conflict (person_id) do update set xp = learner_stats.xp + excluded.xp, updated_at = now()`);
  const places = await placesOf(db, personId);
  const perPeriod = new Map<string, number>();
  for (const [day, points] of byDay)
    for (const period of periodsOf(day)) perPeriod.set(period, (perPeriod.get(period) ?? 0) + points);
  for (const [period, points] of perPeriod) {
    const [row] = rowsOf<{ xp: number; inserted: boolean }>(
      await db.execute(sql`insert into xp_totals (period, person_id, xp, province_id, unit_id, organisation_id)
        values (${period}, ${personId}, ${points}, ${places.provinceId}, ${places.unitId}, ${places.organisationId})
        on conflict (period, person_id) do update set xp = xp_totals.xp + excluded.xp
        returning xp, (xmax = 0) as inserted`),
    );
    const now = Number(row?.xp ?? points);
    await moveInHistogram(db, period, placeKeys(places), row?.inserted ? null : now - points, now);
  }
  // Earning XP in a week puts the learner in that week's league.
  for (const week of new Set([...byDay.keys()].map(weekOf))) await joinWeekLeague(db, personId, week, config);
  return total;
}
