// Queries for people.
import { and, arrayContains, asc, desc, eq, like, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { organisations, people, units } from '../../db/schema/index.ts';
import { escapeLike } from '../../lib/text.ts';
import { pgArray } from '../access/access.sql.ts';

const orgUnit = sql`(select u.path from units u where u.id = "organisations"."unit_id")`;

const columns = {
  id: people.id,
  fullName: people.fullName,
  birthDate: people.birthDate,
  birthYear: people.birthYear,
  gender: people.gender,
  phone: people.phone,
  email: people.email,
  nationalIdLast4: people.nationalIdLast4,
  unitId: people.unitId,
  unitName: units.fullName,
  unitPath: units.path,
  organisationId: people.organisationId,
  organisationName: organisations.name,
  organisationPath: organisations.path,
  organisationUnitPath: sql<string | null>`${orgUnit}`,
  householdId: people.householdId,
  targetGroups: people.targetGroups,
  vulnerabilities: people.vulnerabilities,
  hasAccount: sql<boolean>`exists (select 1 from accounts a where a.person_id = "people"."id")`,
  createdAt: people.createdAt,
  updatedAt: people.updatedAt,
};

function base(db: Db) {
  return db
    .select(columns)
    .from(people)
    .leftJoin(units, eq(units.id, people.unitId))
    .leftJoin(organisations, eq(organisations.id, people.organisationId));
}

export type PersonView = NonNullable<Awaited<ReturnType<typeof getPerson>>>;

export async function getPerson(db: Db, id: string) {
  const [row] = await base(db).where(eq(people.id, id));
  return row;
}

export interface PeopleFilter {
  scope?: SQL;
  folded?: string;
  phone?: string;
  nationalIdHash?: string;
  /** The requested unit's subtree, resolved to ids. */
  unitIds?: number[];
  organisationId?: string;
  targetGroup?: string;
  vulnerability?: string;
  sort: 'fullName' | '-fullName' | 'createdAt' | '-createdAt';
  limit: number;
  offset: number;
}

const orderings = {
  fullName: [asc(people.fullName), asc(people.id)],
  '-fullName': [desc(people.fullName), asc(people.id)],
  createdAt: [asc(people.createdAt), asc(people.id)],
  '-createdAt': [desc(people.createdAt), asc(people.id)],
};

/**
 * With a text search, sort the trigram matches instead of walking the name index: the planner
 * otherwise scans names in order hoping for an early match, which is slow for names that sort
 * late ("Đặng …"). The no-op expression keeps the index out of the plan.
 */
const searchOrderings = {
  fullName: [asc(sql`"people"."full_name" || ''`), asc(people.id)],
  '-fullName': [desc(sql`"people"."full_name" || ''`), asc(people.id)],
  createdAt: [asc(sql`"people"."created_at" + interval '0'`), asc(people.id)],
  '-createdAt': [desc(sql`"people"."created_at" + interval '0'`), asc(people.id)],
};

export async function listPeople(db: Db, f: PeopleFilter) {
  const conds: (SQL | undefined)[] = [f.scope];
  let dense = false;
  if (f.folded) {
    const pattern = `%${escapeLike(f.folded)}%`;
    // A common name matches so many rows that scanning in name order finds a page — and the first
    // 10,000 for the count — sooner than the trigram index builds its bitmap of every match; the
    // no-op expression keeps that index out of the plan. Rare names use the index.
    dense = (await estimatedMatches(db, pattern)) > COUNT_CAP;
    conds.push(
      dense ? sql`("people"."search_text" || '') like ${pattern}` : like(people.searchText, pattern),
    );
  }
  if (f.phone) conds.push(eq(people.phone, f.phone));
  if (f.nationalIdHash) conds.push(eq(people.nationalIdHash, f.nationalIdHash));
  if (f.unitIds) conds.push(sql`"people"."unit_id" = any(${pgArray(f.unitIds)}::int[])`);
  if (f.organisationId)
    conds.push(
      sql`"people"."organisation_id" in (select id from organisations where path like (select path from organisations where id = ${f.organisationId}) || '%')`,
    );
  if (f.targetGroup) conds.push(arrayContains(people.targetGroups, [f.targetGroup]));
  if (f.vulnerability) conds.push(arrayContains(people.vulnerabilities, [f.vulnerability]));
  const where = and(...conds);
  // Counting stops at COUNT_CAP: a province of a million people needs "more than 10,000", not a
  // full scan on every page. The capped count also tells how dense a text search's matches are.
  const [count] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(sql`(select 1 from ${people} where ${where} limit ${COUNT_CAP + 1}) as capped`);
  const n = count?.n ?? 0;
  // Few matches: sort them. Many: walk the sort index, the next match is always near.
  const ordering = f.folded && !dense && n <= COUNT_CAP ? searchOrderings : orderings;
  const items = await base(db)
    .where(where)
    .orderBy(...ordering[f.sort])
    .limit(f.limit)
    .offset(f.offset);
  return { items, total: Math.min(n, COUNT_CAP), totalCapped: n > COUNT_CAP };
}

/** The planner's estimate of how many people a name pattern matches (no rows are read). */
async function estimatedMatches(db: Db, pattern: string): Promise<number> {
  const res = await db.execute(
    sql`explain (format json) select 1 from ${people} where ${people.searchText} like ${pattern}`,
  );
  const rows =
    (res as { rows?: Record<string, unknown>[] }).rows ?? (res as unknown as Record<string, unknown>[]);
  const plan = rows[0]?.['QUERY PLAN'];
  const parsed = (typeof plan === 'string' ? JSON.parse(plan) : plan) as
    | { Plan?: { 'Plan Rows'?: number } }[]
    | undefined;
  return parsed?.[0]?.Plan?.['Plan Rows'] ?? 0;
}

/** Lists count matches exactly up to this many; beyond it they say "more than". */
export const COUNT_CAP = 10_000;

export async function insertPerson(db: Db, v: typeof people.$inferInsert) {
  const [row] = await db.insert(people).values(v).returning({ id: people.id });
  if (!row) throw new Error('person insert returned nothing');
  return row;
}

export async function insertPeople(db: Db, rows: (typeof people.$inferInsert)[]) {
  if (rows.length) await db.insert(people).values(rows);
}

export async function updatePerson(db: Db, id: string, v: Partial<typeof people.$inferInsert>) {
  await db
    .update(people)
    .set({ ...v, updatedAt: new Date() })
    .where(eq(people.id, id));
}
