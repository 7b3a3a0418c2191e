// Queries for administrative units.
import { and, asc, eq, inArray, isNull, like, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { units } from '../../db/schema/index.ts';
import { escapeLike } from '../../lib/text.ts';

export type UnitRow = typeof units.$inferSelect;
const childCount = sql<number>`(select count(*)::int from units c where c.parent_id = "units"."id" and c.valid_to is null)`;

const columns = {
  id: units.id,
  code: units.code,
  name: units.name,
  nameEn: units.nameEn,
  fullName: units.fullName,
  type: units.type,
  parentId: units.parentId,
  path: units.path,
  validFrom: units.validFrom,
  validTo: units.validTo,
  childCount,
  parentName: sql<string | null>`(select p.full_name from units p where p.id = "units"."parent_id")`,
};

export interface UnitFilter {
  parentId?: number;
  parentPath?: string;
  folded?: string;
  type?: UnitRow['type'];
  includeHistoric?: boolean;
  limit: number;
  offset: number;
}

export async function listUnits(db: Db, f: UnitFilter) {
  const conds: SQL[] = [];
  if (!f.includeHistoric) conds.push(isNull(units.validTo));
  if (f.folded) {
    conds.push(like(units.searchText, `%${escapeLike(f.folded)}%`));
    if (f.parentPath) conds.push(like(units.path, `${escapeLike(f.parentPath)}%`));
  } else if (f.parentId) conds.push(eq(units.parentId, f.parentId));
  else if (!f.type) conds.push(isNull(units.parentId));
  if (f.type) conds.push(eq(units.type, f.type));
  const where = and(...conds);
  const [items, [count]] = await Promise.all([
    db
      .select(columns)
      .from(units)
      .where(where)
      .orderBy(asc(units.depth), asc(units.code))
      .limit(f.limit)
      .offset(f.offset),
    db.select({ n: sql<number>`count(*)::int` }).from(units).where(where),
  ]);
  return { items, total: count?.n ?? 0 };
}

export async function getUnit(db: Db, id: number) {
  const [row] = await db.select(columns).from(units).where(eq(units.id, id));
  return row;
}

export async function getUnitsByIds(db: Db, ids: number[]) {
  if (ids.length === 0) return [];
  return db
    .select({ id: units.id, name: units.name, fullName: units.fullName, type: units.type, path: units.path })
    .from(units)
    .where(inArray(units.id, ids));
}

export async function findUnitByCode(db: Db, code: string) {
  const [row] = await db
    .select({ id: units.id, path: units.path, fullName: units.fullName })
    .from(units)
    .where(and(eq(units.code, code), isNull(units.validTo)));
  return row;
}

export async function countUnits(db: Db) {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(units);
  return row?.n ?? 0;
}

/** The ids of a unit and every unit under it. */
export async function subtreeUnitIds(db: Db, unitId: number): Promise<number[]> {
  const rows = await db.execute(
    sql`select id from units where path like (select path from units where id = ${unitId}) || '%'`,
  );
  return ((rows as { rows?: { id: number }[] }).rows ?? (rows as unknown as { id: number }[])).map(
    (r) => r.id,
  );
}
