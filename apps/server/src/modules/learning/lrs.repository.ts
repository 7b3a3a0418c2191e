// The learning record store: append-only statements and the progress rows they move forward.
import { asc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { learningEvents, modules } from '../../db/schema/index.ts';

export type EventRow = typeof learningEvents.$inferInsert;

/** Inserts statements, skipping ids already stored; returns the ids that were new. */
export async function insertEvents(db: Db, rows: EventRow[]): Promise<Set<string>> {
  if (rows.length === 0) return new Set();
  const inserted = await db
    .insert(learningEvents)
    .values(rows)
    .onConflictDoNothing()
    .returning({ id: learningEvents.id });
  return new Set(inserted.map((r) => r.id));
}

export async function currentModuleVersions(db: Db, ids: string[]): Promise<Map<string, number>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({ id: modules.id, v: modules.currentVersion })
    .from(modules)
    .where(inArray(modules.id, ids));
  return new Map(rows.map((r) => [r.id, r.v]));
}

export async function listPersonEvents(db: Db, personId: string, limit: number, offset: number) {
  return db
    .select()
    .from(learningEvents)
    .where(eq(learningEvents.personId, personId))
    .orderBy(asc(learningEvents.timestamp), asc(learningEvents.id))
    .limit(limit)
    .offset(offset);
}
