// Who reaches which part of the network: holders of network.manage over a unit subtree (the
// campaign office over its province, a commune officer over the commune) or an organisation subtree
// (trainers among the organisation's people). Commune records (support people, teams, the cascade)
// need a unit scope.
import { type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { AppError, errors } from '../../errors.ts';
import { escapeLike } from '../../lib/text.ts';
import { type Actor, requirePermission, type Scope, scopeCovers } from '../access/access.policy.ts';
import { pgArray } from '../access/access.sql.ts';
import { rowsOf } from '../monitoring/kpi.engine.ts';
import { getUnit } from '../units/units.repository.ts';

export const networkScope = (actor: Actor): Scope => requirePermission(actor, 'network.manage');

/** The scope of commune records: a unit subtree (or everything); organisation officers have none. */
export function communeScope(actor: Actor): Scope {
  const scope = networkScope(actor);
  if (!scope.all && scope.unitPaths.length === 0) throw errors.forbidden();
  return scope;
}

const prefixes = (paths: string[]) => sql`${pgArray(paths.map((p) => `${escapeLike(p)}%`))}::text[]`;

/** Rows whose unit path column lies in the scope's unit subtrees. */
export function unitPathIn(scope: Scope, column: SQL): SQL {
  if (scope.all) return sql`true`;
  if (!scope.unitPaths.length) return sql`false`;
  return sql`${column} like any(${prefixes(scope.unitPaths)})`;
}

/** Rows whose organisation path column lies in the scope's organisation subtrees. */
export function organisationPathIn(scope: Scope, column: SQL): SQL {
  if (!scope.organisationPaths.length) return sql`false`;
  return sql`coalesce(${column}, '') like any(${prefixes(scope.organisationPaths)})`;
}

export interface RootUnit {
  id: number | null;
  name: string;
  path: string;
}

export const COMMUNE_TYPES = ['commune', 'ward', 'special_zone'] as const;

/**
 * The unit a summary is about: the one asked for (in scope), else the scope's first unit; an
 * administrator without a choice sees the whole country.
 */
export async function rootUnit(db: Db, scope: Scope, unitId?: number): Promise<RootUnit> {
  if (unitId) {
    const unit = await getUnit(db, unitId);
    if (!unit) throw errors.notFound('UNIT_NOT_FOUND');
    if (!scopeCovers(scope, { unitPaths: [unit.path] })) throw errors.outOfScope();
    return { id: unit.id, name: unit.fullName, path: unit.path };
  }
  if (scope.all || !scope.unitPaths[0]) return { id: null, name: 'Toàn quốc', path: '/' };
  const [unit] = rowsOf<{ id: number; full_name: string; path: string }>(
    await db.execute(sql`select id, full_name, path from units where path = ${scope.unitPaths[0]} limit 1`),
  );
  if (!unit) throw errors.notFound('UNIT_NOT_FOUND');
  return { id: unit.id, name: unit.full_name, path: unit.path };
}

/** A current commune (or ward) in the commune scope. */
export async function loadCommune(db: Db, scope: Scope, unitId: number) {
  const unit = await getUnit(db, unitId);
  if (!unit || unit.validTo) throw errors.notFound('UNIT_NOT_FOUND');
  if (!scopeCovers(scope, { unitPaths: [unit.path] })) throw errors.outOfScope();
  if (!(COMMUNE_TYPES as readonly string[]).includes(unit.type)) throw new AppError(400, 'NOT_A_COMMUNE');
  return unit;
}
