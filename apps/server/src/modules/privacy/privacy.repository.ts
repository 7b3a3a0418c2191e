// Queries for consents and erasure requests.
import { and, asc, desc, eq, isNull, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { accounts, consents, erasureRequests, people, units } from '../../db/schema/index.ts';

export type ConsentRow = typeof consents.$inferSelect;
export type ErasureRequestRow = typeof erasureRequests.$inferSelect;

export function listConsents(db: Db, personId: string) {
  return db
    .select()
    .from(consents)
    .where(eq(consents.personId, personId))
    .orderBy(asc(consents.grantedAt), asc(consents.purpose));
}

export async function insertConsents(
  db: Db,
  rows: { personId: string; purpose: string; version: string; channel: string; ip: string | null }[],
) {
  if (rows.length) await db.insert(consents).values(rows);
}

/** Withdraws the person's live consents to these purposes (any notice version). */
export async function withdrawConsents(db: Db, personId: string, purposes: string[], at: Date) {
  for (const purpose of purposes)
    await db
      .update(consents)
      .set({ withdrawnAt: at })
      .where(
        and(eq(consents.personId, personId), eq(consents.purpose, purpose), isNull(consents.withdrawnAt)),
      );
}

export async function latestErasureRequest(db: Db, personId: string) {
  const [row] = await db
    .select()
    .from(erasureRequests)
    .where(eq(erasureRequests.personId, personId))
    .orderBy(desc(erasureRequests.requestedAt), desc(erasureRequests.id))
    .limit(1);
  return row;
}

export function listErasureRequestsOf(db: Db, personId: string) {
  return db
    .select()
    .from(erasureRequests)
    .where(eq(erasureRequests.personId, personId))
    .orderBy(asc(erasureRequests.requestedAt));
}

export async function pendingErasureRequest(db: Db, personId: string) {
  const [row] = await db
    .select()
    .from(erasureRequests)
    .where(and(eq(erasureRequests.personId, personId), eq(erasureRequests.status, 'pending')));
  return row;
}

export async function getErasureRequest(db: Db, id: string, forUpdate = false) {
  const q = db.select().from(erasureRequests).where(eq(erasureRequests.id, id));
  const [row] = forUpdate ? await q.for('update') : await q;
  return row;
}

export async function insertErasureRequest(db: Db, v: typeof erasureRequests.$inferInsert) {
  const [row] = await db.insert(erasureRequests).values(v).returning();
  if (!row) throw new Error('erasure request insert returned nothing');
  return row;
}

export async function updateErasureRequest(
  db: Db,
  id: string,
  v: Partial<typeof erasureRequests.$inferInsert>,
) {
  const [row] = await db.update(erasureRequests).set(v).where(eq(erasureRequests.id, id)).returning();
  if (!row) throw new Error('erasure request vanished');
  return row;
}

const decider = sql<
  string | null
>`(select dp.full_name from ${accounts} da join ${people} dp on dp.id = da.person_id where da.id = ${erasureRequests.decidedByAccountId})`;

const listColumns = {
  request: erasureRequests,
  personName: people.fullName,
  erasedAt: people.erasedAt,
  unitId: people.unitId,
  unitName: units.fullName,
  decidedByName: decider,
};

export type ErasureListRow = Awaited<ReturnType<typeof listErasureRequests>>['items'][number];

/** Requests of the people within `scope` (a condition on "people"), newest first. */
export async function listErasureRequests(
  db: Db,
  f: { scope?: SQL; status?: string; personId?: string; limit: number; offset: number },
) {
  const where = and(
    f.scope,
    f.status ? eq(erasureRequests.status, f.status) : undefined,
    f.personId ? eq(erasureRequests.personId, f.personId) : undefined,
  );
  const [items, [count]] = await Promise.all([
    db
      .select(listColumns)
      .from(erasureRequests)
      .innerJoin(people, eq(people.id, erasureRequests.personId))
      .leftJoin(units, eq(units.id, people.unitId))
      .where(where)
      .orderBy(desc(erasureRequests.requestedAt), desc(erasureRequests.id))
      .limit(f.limit)
      .offset(f.offset),
    db
      .select({ n: sql<number>`count(*)::int` })
      .from(erasureRequests)
      .innerJoin(people, eq(people.id, erasureRequests.personId))
      .where(where),
  ]);
  return { items, total: count?.n ?? 0 };
}

export async function erasureListRow(db: Db, id: string) {
  const [row] = await db
    .select(listColumns)
    .from(erasureRequests)
    .innerJoin(people, eq(people.id, erasureRequests.personId))
    .leftJoin(units, eq(units.id, people.unitId))
    .where(eq(erasureRequests.id, id));
  return row;
}
