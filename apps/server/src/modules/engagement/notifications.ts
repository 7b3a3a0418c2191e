// In-app notifications (streak at risk, badge earned, league promotion, challenge results), each
// at most once per kind and key. Other channels (push, SMS, Zalo) plug in as deliverers: every new
// notification is handed to them after it is stored; a failing channel never loses the in-app one.
import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { pgArray } from '../access/access.sql.ts';
import { rowsOf } from '../monitoring/kpi.engine.ts';

export type NotificationKind =
  | 'streak_at_risk'
  | 'badge'
  | 'league'
  | 'challenge'
  // A class announcement, a join approved (classes); a mentor's nudge, a mentee paired or passed
  // (mentoring); a trainer certified through a ToT class (network).
  | 'class'
  | 'mentoring'
  | 'trainer';

export interface NotificationChannel {
  name: string;
  deliver(n: { personId: string; kind: NotificationKind; payload: Record<string, unknown> }): Promise<void>;
}

const channels: NotificationChannel[] = [];

/** Adds a delivery channel (push, SMS, Zalo…) beside the in-app list. */
export function registerNotificationChannel(channel: NotificationChannel) {
  channels.push(channel);
}

export async function notify(
  db: Db,
  personId: string,
  kind: NotificationKind,
  dedupeKey: string,
  payload: Record<string, unknown>,
): Promise<boolean> {
  const rows = rowsOf<{ id: string }>(
    await db.execute(sql`insert into notifications (person_id, kind, dedupe_key, payload)
      values (${personId}, ${kind}, ${dedupeKey}, ${JSON.stringify(payload)}::jsonb)
      on conflict (person_id, kind, dedupe_key) do nothing returning id`),
  );
  if (rows.length === 0) return false;
  for (const c of channels) {
    c.deliver({ personId, kind, payload }).catch(() => {
      // The in-app notification is stored; the channel retries on its own terms.
    });
  }
  return true;
}

/** The same kind and key to many learners at once (thousands: one statement per 5,000). */
export async function notifyMany(
  db: Db,
  kind: NotificationKind,
  dedupeKey: string,
  items: { personId: string; payload: Record<string, unknown> }[],
): Promise<number> {
  let stored = 0;
  for (let i = 0; i < items.length; i += 5000) {
    const part = items.slice(i, i + 5000);
    const rows = rowsOf<{ person_id: string; payload: Record<string, unknown> }>(
      await db.execute(sql`insert into notifications (person_id, kind, dedupe_key, payload)
        select p, ${kind}, ${dedupeKey}, j from unnest(${pgArray(part.map((x) => x.personId))}::uuid[],
          ${pgArray(part.map((x) => JSON.stringify(x.payload)))}::jsonb[]) as t(p, j)
        on conflict (person_id, kind, dedupe_key) do nothing returning person_id, payload`),
    );
    stored += rows.length;
    for (const r of rows)
      for (const c of channels)
        c.deliver({ personId: r.person_id, kind, payload: r.payload }).catch(() => {});
  }
  return stored;
}

export async function listNotifications(db: Db, personId: string, limit = 30) {
  return rowsOf<{
    id: string;
    kind: NotificationKind;
    payload: Record<string, unknown>;
    created_at: string;
    read_at: string | null;
  }>(
    await db.execute(sql`select id, kind, payload, created_at, read_at from notifications
      where person_id = ${personId} order by created_at desc limit ${limit}`),
  );
}

export async function markRead(db: Db, personId: string, ids: string[] | 'all') {
  if (ids === 'all')
    await db.execute(
      sql`update notifications set read_at = now() where person_id = ${personId} and read_at is null`,
    );
  else
    await db.execute(sql`update notifications set read_at = now()
      where person_id = ${personId} and read_at is null and id = any(${pgArray(ids)}::uuid[])`);
}
