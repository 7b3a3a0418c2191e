// A learner's challenges: the running (and lately ended) challenges of their commune and the units
// above it, and of their organisation and those above it, each with their progress and, for a
// contest, where their commune (or organisation) stands. Standings are shared by every learner of
// a contest, so they are computed once a minute per challenge, not on every request.
import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { addDays, vnDay } from '../monitoring/calendar.ts';
import { rowsOf } from '../monitoring/kpi.engine.ts';
import { type ChallengeRow, challengesOfPlaces, personPaths, progressSql } from './challenges.repository.ts';
import { standingsOf } from './challenges.results.ts';
import { goalTarget } from './challenges.schemas.ts';
import { goalModules, present, statusOf } from './challenges.service.ts';
import { refreshEngagement } from './engagement.refresh.ts';

/** Days an ended challenge stays on the learner's list. */
export const RECENT_DAYS = 7;
const STANDINGS_TTL_MS = 60_000;

type Standings = Awaited<ReturnType<typeof standingsOf>>;
// Per database (tests open several in one process).
const cache = new WeakMap<object, Map<string, { at: number; value: Standings }>>();

async function cachedStandings(db: Db, c: ChallengeRow, modules: string[] | null): Promise<Standings> {
  const key = (db as unknown as { session?: { client?: object } }).session?.client ?? db;
  const perDb = cache.get(key) ?? new Map<string, { at: number; value: Standings }>();
  cache.set(key, perDb);
  const hit = perDb.get(c.id);
  if (hit && Date.now() - hit.at < STANDINGS_TTL_MS) return hit.value;
  const value = await standingsOf(db, c, modules);
  perDb.set(c.id, { at: Date.now(), value });
  return value;
}

export async function myChallenges(db: Db, personId: string, now = new Date()) {
  const today = vnDay(now);
  const paths = await personPaths(db, personId);
  const rows = await challengesOfPlaces(db, { ...paths, from: addDays(today, -RECENT_DAYS), today });
  // Minutes and XP of today: what the refresher would count, for me alone, now.
  if (rows.some((c) => c.goal.kind !== 'modules' && statusOf(c, today) === 'active'))
    await refreshEngagement(db, [personId], now);
  const items = [];
  for (const c of rows) {
    const modules = await goalModules(db, c.goal);
    const [row] = rowsOf<{ value: number }>(
      await db.execute(sql`select ${progressSql(c.goal, c, sql`${personId}::uuid`, modules)} as value`),
    );
    const value = Number(row?.value ?? 0);
    const target = goalTarget(c.goal);
    let standing = null;
    if (c.contest) {
      const standings = await cachedStandings(db, c, modules);
      const mine = c.unitId !== null ? paths.unitPath : paths.organisationPath;
      const place = mine ? standings.find((s) => mine.startsWith(s.path)) : undefined;
      if (place) {
        const { path: _path, ...s } = place;
        standing = { ...s, of: standings.filter((x) => x.rank !== null).length };
      }
    }
    const { manageable: _m, createdBy: _c, ...view } = present(c, today, false);
    items.push({ ...view, progress: { value, target, done: value >= target }, standing });
  }
  return { items };
}
