// Leaderboards: the top learners of a place (commune, organisation, province) for a period (this
// week, this month, all time) from one index walk, and a learner's rank as one short sum over the
// place's score histogram — whatever the number of learners. A class's board (a few hundred members
// at most) reads its members' totals by key.
import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { vnDay, weekOf } from '../monitoring/calendar.ts';
import { rowsOf } from '../monitoring/kpi.engine.ts';

export type BoardPlace = 'commune' | 'organisation' | 'province';
export type AnyBoardPlace = BoardPlace | 'class';
export type BoardPeriod = 'week' | 'month' | 'all';

export function periodKey(period: BoardPeriod, now = new Date()): string {
  const day = vnDay(now);
  if (period === 'week') return `w:${weekOf(day)}`;
  if (period === 'month') return `m:${day.slice(0, 7)}`;
  return 'all';
}

const column = {
  commune: sql`unit_id`,
  organisation: sql`organisation_id`,
  province: sql`province_id`,
} as const;
const prefix = { commune: 'u', organisation: 'o', province: 'p' } as const;

/** "Nguyễn Thị Thu Hà" → "Nguyễn T. T. Hà": recognisable to neighbours, not a full name in public. */
export function shortName(fullName: string): string {
  const words = fullName.trim().split(/\s+/);
  if (words.length <= 2) return words.join(' ');
  return [words[0], ...words.slice(1, -1).map((w) => `${w.charAt(0)}.`), words.at(-1)].join(' ');
}

export interface BoardEntry {
  personId: string;
  name: string;
  xp: number;
  rank: number;
}

/**
 * The top `limit` of a place. `audience: 'public'` (learners) shows display names and leaves out
 * learners who opted out; `officer` shows full names.
 */
export async function topOfBoard(
  db: Db,
  period: string,
  place: BoardPlace,
  placeId: string | number,
  limit: number,
  audience: 'public' | 'officer',
): Promise<BoardEntry[]> {
  const hidden = audience === 'public' ? sql` and coalesce(s.public, true)` : sql``;
  const rows = rowsOf<{ person_id: string; full_name: string; display_name: string | null; xp: number }>(
    await db.execute(sql`select t.person_id, p.full_name, s.display_name, t.xp
      from xp_totals t join people p on p.id = t.person_id left join learner_stats s on s.person_id = t.person_id
      where t.period = ${period} and t.${column[place]} = ${placeId} and t.xp > 0${hidden}
      order by t.xp desc nulls last, t.person_id limit ${limit}`),
  );
  // Equal scores share a rank (1, 2, 2, 4…).
  let rank = 0;
  return rows.map((r, i) => {
    if (i === 0 || Number(r.xp) !== Number(rows[i - 1]?.xp)) rank = i + 1;
    return {
      personId: r.person_id,
      name: audience === 'public' ? (r.display_name ?? shortName(r.full_name)) : r.full_name,
      xp: Number(r.xp),
      rank,
    };
  });
}

/** A learner's score and rank on a place's board (1 + learners with more XP); null without XP. */
export async function rankOnBoard(
  db: Db,
  period: string,
  place: BoardPlace,
  placeId: string | number,
  personId: string,
) {
  const [mine] = rowsOf<{ xp: number }>(
    await db.execute(sql`select xp from xp_totals where period = ${period} and person_id = ${personId}`),
  );
  if (!mine || Number(mine.xp) <= 0) return null;
  const [above] = rowsOf<{ n: number; total: number }>(
    await db.execute(sql`select coalesce(sum(learners) filter (where xp > ${mine.xp}), 0)::int as n,
        coalesce(sum(learners) filter (where xp > 0), 0)::int as total
      from xp_histogram where period = ${period} and place = ${`${prefix[place]}:${placeId}`}`),
  );
  return { xp: Number(mine.xp), rank: Number(above?.n ?? 0) + 1, of: Number(above?.total ?? 0) };
}

/** The class a learner's class board shows: the one asked for if they are in it, else their latest. */
export async function classOfLearner(
  db: Db,
  personId: string,
  classId?: string,
): Promise<{ id: string; title: string } | null> {
  const only = classId ? sql` and c.id = ${classId}` : sql``;
  const [row] = rowsOf<{ id: string; title: string }>(
    await db.execute(sql`select c.id, c.title from class_members m join classes c on c.id = m.class_id
      where m.person_id = ${personId} and m.status = 'active' and c.status <> 'cancelled'${only}
      order by m.joined_at desc limit 1`),
  );
  return row ?? null;
}

/** The top of a class's board (its active members, as on public boards) and the learner's rank in it. */
export async function classBoard(db: Db, period: string, classId: string, personId: string, limit: number) {
  const members = sql`(select person_id from class_members where class_id = ${classId} and status = 'active')`;
  const rows = rowsOf<{ person_id: string; full_name: string; display_name: string | null; xp: number }>(
    await db.execute(sql`select t.person_id, p.full_name, s.display_name, t.xp
      from xp_totals t join people p on p.id = t.person_id left join learner_stats s on s.person_id = t.person_id
      where t.period = ${period} and t.person_id in ${members} and t.xp > 0 and coalesce(s.public, true)
      order by t.xp desc nulls last, t.person_id limit ${limit}`),
  );
  let rank = 0;
  const top: BoardEntry[] = rows.map((r, i) => {
    if (i === 0 || Number(r.xp) !== Number(rows[i - 1]?.xp)) rank = i + 1;
    return { personId: r.person_id, name: r.display_name ?? shortName(r.full_name), xp: Number(r.xp), rank };
  });
  const [mine] = rowsOf<{ xp: number; above: number; total: number }>(
    await db.execute(sql`select me.xp,
        (select count(*)::int from xp_totals t where t.period = ${period} and t.person_id in ${members} and t.xp > me.xp) as above,
        (select count(*)::int from xp_totals t where t.period = ${period} and t.person_id in ${members} and t.xp > 0) as total
      from xp_totals me where me.period = ${period} and me.person_id = ${personId} and me.xp > 0`),
  );
  const me = mine ? { xp: Number(mine.xp), rank: Number(mine.above) + 1, of: Number(mine.total) } : null;
  return { top, me };
}
