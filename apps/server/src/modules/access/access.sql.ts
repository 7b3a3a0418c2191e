// Turns a Scope into SQL conditions so list queries only ever return in-scope rows.
import { or, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { escapeLike } from '../../lib/text.ts';
import type { Scope } from './access.policy.ts';

const prefix = (p: string) => `${escapeLike(p)}%`;

/**
 * A scope resolved to concrete ids, so the planner can use plain index lookups: the units of the
 * unit subtrees, and the organisations of the organisation subtrees. The organisations located in
 * those units are in scope too; the condition finds them through the unit ids (a province has
 * thousands, too many to pass as a literal list on every query).
 */
export interface ResolvedScope {
  all: boolean;
  unitIds: number[];
  organisationIds: string[];
}

const rowsOf = <T>(r: unknown): T[] => ((r as { rows?: T[] }).rows ?? (r as T[])) as T[];

export async function resolveScope(db: Db, scope: Scope): Promise<ResolvedScope> {
  if (scope.all) return { all: true, unitIds: [], organisationIds: [] };
  const unitPrefixes = scope.unitPaths.map(prefix);
  const orgPrefixes = scope.organisationPaths.map(prefix);
  const units = unitPrefixes.length
    ? rowsOf<{ id: number }>(
        await db.execute(sql`select id from units where path like any(${pgArray(unitPrefixes)}::text[])`),
      )
    : [];
  const orgs = orgPrefixes.length
    ? rowsOf<{ id: string }>(
        await db.execute(
          sql`select id from organisations where path like any(${pgArray(orgPrefixes)}::text[])`,
        ),
      )
    : [];
  return { all: false, unitIds: units.map((u) => u.id), organisationIds: orgs.map((o) => o.id) };
}

/** A PostgreSQL array literal passed as one parameter (no per-element parameters). */
export function pgArray(values: (string | number)[]): string {
  return `{${values.map((v) => (typeof v === 'number' ? String(v) : `"${String(v).replace(/["\\]/g, '\\$&')}"`)).join(',')}}`;
}

/** Rows whose unit or organisation column is in the resolved scope. */
export function resolvedScopeCondition(
  s: ResolvedScope,
  unitColumn: string,
  orgColumn: string,
): SQL | undefined {
  if (s.all) return undefined;
  const parts: SQL[] = [];
  if (s.unitIds.length) {
    const unitIds = sql`${pgArray(s.unitIds)}::int[]`;
    // One unit (a commune officer's) as `=`, so its (unit, name) index can serve the order.
    parts.push(
      s.unitIds.length === 1
        ? sql`${sql.raw(unitColumn)} = ${s.unitIds[0]}::int`
        : sql`${sql.raw(unitColumn)} = any(${unitIds})`,
    );
    // An array built once per query: indexable (so a commune's lists combine both indexes) and,
    // unlike a literal list, not weighed element by element when the query is planned.
    parts.push(
      sql`${sql.raw(orgColumn)} = any(array(select o.id from organisations o where o.unit_id = any(${unitIds})))`,
    );
  }
  if (s.organisationIds.length)
    parts.push(sql`${sql.raw(orgColumn)} = any(${pgArray(s.organisationIds)}::uuid[])`);
  return parts.length ? or(...parts) : sql`false`;
}
