// Turns a Scope into SQL conditions so list queries only ever return in-scope rows.
import { or, type SQL, sql } from 'drizzle-orm';
import { escapeLike } from '../../lib/text.ts';
import type { Scope } from './access.policy.ts';

const prefix = (p: string) => `${escapeLike(p)}%`;

/** `qualifiedColumn` (e.g. '"people"."unit_id"') holds a unit id: true when that unit lies in one of the scope's unit subtrees. */
export function unitColumnInScope(qualifiedColumn: string, scope: Scope): SQL[] {
  const column = sql.raw(qualifiedColumn);
  return scope.unitPaths.map((p) => sql`${column} in (select id from units where path like ${prefix(p)})`);
}

/** `column` holds an organisation id: true when that organisation is in scope (by unit or subtree). */
export function organisationColumnInScope(qualifiedColumn: string, scope: Scope): SQL[] {
  const column = sql.raw(qualifiedColumn);
  const byUnit = scope.unitPaths.map(
    (p) =>
      sql`${column} in (select o.id from organisations o join units u on u.id = o.unit_id where u.path like ${prefix(p)})`,
  );
  const byTree = scope.organisationPaths.map(
    (p) => sql`${column} in (select id from organisations where path like ${prefix(p)})`,
  );
  return [...byUnit, ...byTree];
}

/** Combine alternatives; an "all" scope needs no condition. */
export function anyOf(scope: Scope, parts: SQL[]): SQL | undefined {
  if (scope.all) return undefined;
  return parts.length ? or(...parts) : sql`false`;
}
