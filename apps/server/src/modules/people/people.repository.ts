// Queries for people.
import { and, arrayContains, asc, desc, eq, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { organisations, people, personNameTails, units } from '../../db/schema/index.ts';
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
  erasedAt: people.erasedAt,
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
  /**
   * Set when the scope is exactly these few units and the organisations located in them (a
   * commune officer's): a search then counts from the units' and organisations' own name indexes.
   */
  scopeUnits?: number[];
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

/**
 * Names sort by their folded form in byte order ("Đặng" among the D's, "Ánh" among the A's), which
 * is also what the prefix search walks: one index, `(search_text collate "C", id)`, serves both.
 */
const nameKey = sql`"people"."search_text" collate "C"`;

const orderings = {
  fullName: [asc(nameKey), asc(people.id)],
  '-fullName': [desc(nameKey), desc(people.id)],
  createdAt: [asc(people.createdAt), asc(people.id)],
  '-createdAt': [desc(people.createdAt), desc(people.id)],
};

/**
 * Few text matches: sort them instead of walking an index in order hoping for an early match (slow
 * when the matches sort late). The no-op expressions keep the sort indexes out of the plan.
 */
const sortedOrderings = {
  fullName: [asc(sql`("people"."search_text" || '') collate "C"`), asc(people.id)],
  '-fullName': [desc(sql`("people"."search_text" || '') collate "C"`), desc(people.id)],
  createdAt: [asc(sql`"people"."created_at" + interval '0'`), asc(people.id)],
  '-createdAt': [desc(sql`"people"."created_at" + interval '0'`), desc(people.id)],
};

/**
 * Erased people (modules/privacy) keep their row for the campaign figures but leave every list:
 * their folded name is '', so this is a range condition on the name that the name indexes serve.
 */
const notErased = sql`${nameKey} > ''`;

export async function listPeople(db: Db, f: PeopleFilter) {
  const filters: (SQL | undefined)[] = [notErased];
  if (f.phone) filters.push(eq(people.phone, f.phone));
  if (f.nationalIdHash) filters.push(eq(people.nationalIdHash, f.nationalIdHash));
  if (f.unitIds) filters.push(unitCondition(f.unitIds));
  if (f.organisationId)
    filters.push(
      sql`"people"."organisation_id" in (select id from organisations where path like (select path from organisations where id = ${f.organisationId}) || '%')`,
    );
  if (f.targetGroup) filters.push(arrayContains(people.targetGroups, [f.targetGroup]));
  if (f.vulnerability) filters.push(arrayContains(people.vulnerabilities, [f.vulnerability]));
  if (f.folded) return searchPeople(db, f, f.folded, filters);
  const where = and(f.scope, ...filters);
  // Counting stops at COUNT_CAP: a province of a million people needs "more than 10,000", not a
  // full scan on every page.
  // A commune officer's scope counts from the commune's own indexes (residents, then the people of
  // its organisations living elsewhere), filters included, without a bitmap over the whole table.
  const n = f.scopeUnits
    ? await countInUnits(db, f.scopeUnits, filters, COUNT_CAP)
    : await cappedCount(db, where, COUNT_CAP);
  const items = await page(db, where, orderings[f.sort], f.limit, f.offset);
  return { items, total: Math.min(n, COUNT_CAP), totalCapped: n > COUNT_CAP };
}

/**
 * A name search: the folded text is matched at the start of the name or at the start of a later
 * word ("hong" finds "Hồng Thị Mai" and "Lê Thị Hồng", not "Bùi Công Phong"). Sorted by name, the
 * names that start with it come first — most searches are typed from the family name, and those
 * names lie together in the name index, so a page of "nguyen van" costs a short index range however
 * many match — then the names where a later word starts with it, found through the name tails.
 * Matches are counted up to SEARCH_COUNT_CAP.
 */
async function searchPeople(db: Db, f: PeopleFilter, folded: string, filters: (SQL | undefined)[]) {
  const cap = SEARCH_COUNT_CAP;
  const conds = [f.scope, ...filters];
  const prefix = prefixCondition(nameKey, folded);
  const tailRange = prefixCondition(sql`t.tail collate "C"`, folded);
  const prefixWhere = and(...conds, prefix);
  const prefixN = await cappedCount(db, prefixWhere, cap);
  // How many name tails start with the text decides how the rest is found. Up to DENSE_TAILS, their
  // people are looked up by id (counting stops at the cap); beyond, a later word of one name in a
  // hundred starts with it, and scanning names finds the counted matches sooner.
  // (Past the cap, only the names that start with the text are listed: no need to count tails.)
  const tails =
    prefixN > cap
      ? DENSE_TAILS + 1
      : await cappedCount(db, tailRange, DENSE_TAILS, sql`${personNameTails} t`);
  // In a commune's scope the tails carry the place, so only the commune's matches are looked up.
  const units = f.scopeUnits ? sql`${pgArray(f.scopeUnits)}::int[]` : null;
  const tailScope = units
    ? sql` and (t.unit_id = any(${units}) or t.organisation_id = any(array(select o.id from organisations o where o.unit_id = any(${units}))))`
    : sql``;
  const byId = sql`"people"."id" = any(array(select t.person_id from ${personNameTails} t where ${tailRange}${tailScope}))`;
  const byLike = sql`("people"."search_text" like ${`% ${escapeLike(folded)}%`})`;
  const notPrefix = sql`not ${prefix}`;
  const insideWhere = and(...conds, tails <= DENSE_TAILS ? byId : byLike, notPrefix);
  // A commune's scope with many tails: the commune's own name indexes are scanned.
  const insideN =
    prefixN > cap
      ? 0
      : f.scopeUnits && tails > DENSE_TAILS
        ? await countInUnits(db, f.scopeUnits, [...filters, byLike, notPrefix], cap - prefixN)
        : await cappedCount(db, insideWhere, cap - prefixN);
  // A page: up to SORT_MAX tails (up to DENSE_TAILS in a commune's scope, where only the commune's
  // are looked up), sort their people; beyond, walk the name index (which holds the name and the
  // scope columns, so the walk never reads the table) until a page is found.
  const sparse = tails <= (f.scopeUnits ? DENSE_TAILS : SORT_MAX);
  const inside = sparse ? byId : byLike;
  const n = prefixN + insideN;
  const result = (items: PersonView[]) => ({ items, total: Math.min(n, cap), totalCapped: n > cap });
  if (f.sort === 'createdAt' || f.sort === '-createdAt') {
    const few = sparse && prefixN <= cap;
    const where = and(...conds, sql`(${prefix} or ${inside})`);
    return result(await page(db, where, (few ? sortedOrderings : orderings)[f.sort], f.limit, f.offset));
  }
  const items =
    f.offset < prefixN || prefixN > cap
      ? await page(db, prefixWhere, orderings[f.sort], f.limit, f.offset)
      : [];
  if (items.length < f.limit && insideN > 0 && prefixN <= cap) {
    const where = and(...conds, inside, notPrefix);
    const ordering = (sparse ? sortedOrderings : orderings)[f.sort];
    items.push(...(await page(db, where, ordering, f.limit - items.length, Math.max(0, f.offset - prefixN))));
  }
  return result(items);
}

/**
 * Counts (up to `cap`) the people of a few units' scope who match `conds`, in two disjoint parts
 * that each read one index without the table: the units' residents through `(unit_id, name)`, and
 * the people of the units' organisations who live elsewhere through `(organisation_id, name,
 * unit_id)`. One pass over the scope's own names, however rare or common the name is elsewhere.
 */
async function countInUnits(db: Db, unitIds: number[], conds: (SQL | undefined)[], cap: number) {
  const units = sql`${pgArray(unitIds)}::int[]`;
  const residents = await cappedCount(db, and(unitCondition(unitIds), ...conds), cap);
  if (residents > cap) return residents;
  const elsewhere = and(
    sql`"people"."organisation_id" = any(array(select o.id from organisations o where o.unit_id = any(${units})))`,
    sql`not coalesce("people"."unit_id" = any(${units}), false)`,
    ...conds,
  );
  return residents + (await cappedCount(db, elsewhere, cap - residents));
}

/**
 * People living in these units. One unit (a commune) is written as `=`: the planner can then walk
 * the `(unit_id, name)` index in name order and estimate the commune's size from its statistics.
 */
function unitCondition(unitIds: number[]): SQL {
  return unitIds.length === 1
    ? sql`"people"."unit_id" = ${unitIds[0]}::int`
    : sql`"people"."unit_id" = any(${pgArray(unitIds)}::int[])`;
}

/** Up to this many name tails, a search page sorts their people; beyond, it walks the name index. */
const SORT_MAX = 1_000;
/** Up to this many name tails, a search counts their people by id; beyond, it scans names. */
const DENSE_TAILS = 20_000;

/** Values of `column` (in byte order) that start with `folded`, as an index range. */
function prefixCondition(column: SQL, folded: string): SQL {
  const last = folded.charCodeAt(folded.length - 1);
  const upper = folded.slice(0, -1) + String.fromCharCode(last + 1);
  return sql`(${column} >= ${folded} and ${column} < ${upper})`;
}

async function cappedCount(db: Db, where: SQL | undefined, cap: number, from: SQL = sql`${people}`) {
  const [count] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(sql`(select 1 from ${from} where ${where} limit ${cap + 1}) as capped`);
  return count?.n ?? 0;
}

/**
 * One page: the ids are picked first, from the sort index alone where it holds every column the
 * conditions read (a walk past thousands of non-matching names then never visits the table), and
 * only the page's rows are read in full.
 */
function page(db: Db, where: SQL | undefined, ordering: SQL[], limit: number, offset: number) {
  const ids = sql`select "people"."id" from ${people} where ${where ?? sql`true`} order by ${sql.join(ordering, sql`, `)} limit ${limit} offset ${offset}`;
  return base(db)
    .where(sql`"people"."id" in (${ids})`)
    .orderBy(...ordering);
}

/** Lists count matches exactly up to this many; beyond it they say "more than". */
export const COUNT_CAP = 10_000;
/** Name searches count up to this many: past a thousand, typing more of the name is quicker. */
export const SEARCH_COUNT_CAP = 1_000;

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
