// Where a roster row places its record: the commune by its official code, the organisation by
// its tax code — each looked up in bulk once per file — and whether that place is in the scope
// of the officer importing it.
import type { Db } from '../../db/client.ts';
import {
  type Actor,
  type Permission,
  type Placement,
  type Scope,
  scopeCovers,
  scopeOf,
} from '../access/access.policy.ts';
import { type Invalid, parseTaxCode, parseUnitCode, type RowReader } from './roster.cells.ts';
import {
  type CommuneRow,
  type OrganisationRef,
  organisationsByTaxCode,
  unitsByCode,
} from './roster.repository.ts';
import type { SourceRow } from './roster.types.ts';

export const OUT_OF_SCOPE = 'Ngoài phạm vi quản lý của bạn|Outside your scope';
const COMMUNE_LEVEL = new Set(['commune', 'ward', 'special_zone']);

/** The distinct values a parser accepts in one column of the file. */
function distinct(rows: SourceRow[], key: string, parse: (s: string) => string | Invalid): string[] {
  const out = new Set<string>();
  for (const r of rows) {
    const raw = r.cells[key];
    const v = raw ? parse(raw) : null;
    if (typeof v === 'string') out.add(v);
  }
  return [...out];
}

/** Units by code: the 5-digit commune codes, and the codes as written (a province's "19"). */
export async function loadUnits(db: Db, rows: SourceRow[], key: string): Promise<Map<string, CommuneRow>> {
  const asWritten = distinct(rows, key, (s) => s.trim());
  const units = await unitsByCode(db, [...new Set([...distinct(rows, key, parseUnitCode), ...asWritten])]);
  return new Map(units.map((u) => [u.code, u]));
}

export async function loadOrganisations(
  db: Db,
  rows: SourceRow[],
  keys: string[],
): Promise<Map<string, OrganisationRef[]>> {
  const codes = new Set(keys.flatMap((k) => distinct(rows, k, parseTaxCode)));
  const byCode = new Map<string, OrganisationRef[]>();
  for (const o of await organisationsByTaxCode(db, [...codes])) {
    byCode.set(o.taxCode as string, [...(byCode.get(o.taxCode as string) ?? []), o]);
  }
  return byCode;
}

/** The commune a row names (its code must be a current commune, ward or special zone). */
export function communeOf(
  r: RowReader,
  key: string,
  units: Map<string, CommuneRow>,
  required = true,
): CommuneRow | null {
  const code = r.get(key, parseUnitCode, required);
  if (!code) return null;
  const unit = units.get(code) ?? units.get(r.raw(key).trim());
  if (!unit) return r.fail(key, `Không có xã/phường mã ${code}|No commune or ward has the code ${code}`);
  if (!COMMUNE_LEVEL.has(unit.type))
    return r.fail(
      key,
      `Mã ${unit.code} là ${unit.fullName}, không phải xã/phường: cần mã xã/phường (5 chữ số)|${unit.code} is ${unit.fullName}, not a commune or ward`,
    );
  return unit;
}

/** The organisation a row names by tax code (it must exist, once). */
export function organisationOf(
  r: RowReader,
  key: string,
  byTaxCode: Map<string, OrganisationRef[]>,
): OrganisationRef | null {
  const code = r.get(key, parseTaxCode);
  if (!code) return null;
  const found = byTaxCode.get(code) ?? [];
  if (found.length > 1)
    return r.fail(
      key,
      `Có ${found.length} tổ chức cùng mã số thuế ${code}: hãy sửa trong danh sách tổ chức trước|${found.length} organisations share the tax code ${code}`,
    );
  return (
    found[0] ??
    r.fail(
      key,
      `Không có tổ chức nào mã số thuế ${code} (hãy nhập danh sách tổ chức trước)|No organisation has the tax code ${code} (import organisations first)`,
    )
  );
}

/** The actor's scope for each permission, computed once per file. */
export function scopes(actor: Actor) {
  const cache = new Map<Permission, Scope>();
  return (permission: Permission, place: Placement): boolean => {
    let scope = cache.get(permission);
    if (!scope) {
      scope = scopeOf(actor, permission);
      cache.set(permission, scope);
    }
    return scopeCovers(scope, place);
  };
}
export type ScopeCheck = ReturnType<typeof scopes>;
