// Queries for organisations.
import { and, asc, desc, eq, like, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db } from '../../db/client.ts';
import { organisations, units } from '../../db/schema/index.ts';
import { escapeLike } from '../../lib/text.ts';

const parent = alias(organisations, 'parent');

const columns = {
  id: organisations.id,
  name: organisations.name,
  type: organisations.type,
  unitId: organisations.unitId,
  unitName: units.fullName,
  unitPath: units.path,
  parentId: organisations.parentId,
  parentName: parent.name,
  path: organisations.path,
  taxCode: organisations.taxCode,
  address: organisations.address,
  workerCount: organisations.workerCount,
  createdAt: organisations.createdAt,
  updatedAt: organisations.updatedAt,
};
export type OrganisationView = Awaited<ReturnType<typeof getOrganisation>> & {};

function base(db: Db) {
  return db
    .select(columns)
    .from(organisations)
    .innerJoin(units, eq(units.id, organisations.unitId))
    .leftJoin(parent, eq(parent.id, organisations.parentId));
}

export async function getOrganisation(db: Db, id: string) {
  const [row] = await base(db).where(eq(organisations.id, id));
  return row;
}

export interface OrganisationFilter {
  scope?: SQL;
  folded?: string;
  type?: (typeof organisations.$inferSelect)['type'];
  unitId?: number;
  parentId?: string;
  sort: 'name' | '-name' | 'createdAt' | '-createdAt';
  limit: number;
  offset: number;
}

const orderings = {
  name: [asc(organisations.name), asc(organisations.id)],
  '-name': [desc(organisations.name), asc(organisations.id)],
  createdAt: [asc(organisations.createdAt), asc(organisations.id)],
  '-createdAt': [desc(organisations.createdAt), asc(organisations.id)],
};

export async function listOrganisations(db: Db, f: OrganisationFilter) {
  const conds: (SQL | undefined)[] = [f.scope];
  if (f.folded) conds.push(like(organisations.searchText, `%${escapeLike(f.folded)}%`));
  if (f.type) conds.push(eq(organisations.type, f.type));
  if (f.unitId)
    conds.push(
      sql`"organisations"."unit_id" in (select id from units where path like (select path from units where id = ${f.unitId}) || '%')`,
    );
  if (f.parentId) conds.push(eq(organisations.parentId, f.parentId));
  const where = and(...conds);
  const [items, [count]] = await Promise.all([
    base(db)
      .where(where)
      .orderBy(...orderings[f.sort])
      .limit(f.limit)
      .offset(f.offset),
    db.select({ n: sql<number>`count(*)::int` }).from(organisations).where(where),
  ]);
  return { items, total: count?.n ?? 0 };
}

export async function insertOrganisation(db: Db, v: typeof organisations.$inferInsert) {
  const [row] = await db.insert(organisations).values(v).returning({ id: organisations.id });
  if (!row) throw new Error('organisation insert returned nothing');
  return row.id;
}

export async function updateOrganisation(db: Db, id: string, v: Partial<typeof organisations.$inferInsert>) {
  await db
    .update(organisations)
    .set({ ...v, updatedAt: new Date() })
    .where(eq(organisations.id, id));
}

/** Re-roots the paths of an organisation's whole subtree after it moves under a new parent. */
export async function rewriteSubtreePaths(db: Db, oldPath: string, newPath: string) {
  await db.execute(
    sql`update organisations set path = ${newPath} || substr(path, ${oldPath.length + 1}) where path like ${`${escapeLike(oldPath)}%`}`,
  );
}
