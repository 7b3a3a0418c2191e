// Set-based SQL for households: found by (commune code, household code), written a chunk at a time.
import { sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { arr, rowsOf } from '../roster.repository.ts';

export interface HouseholdRef {
  id: string;
  unitId: number;
  unitCode: string;
  code: string;
  headName: string | null;
  address: string | null;
}

export async function householdsByCode(db: Db, keys: { unitCode: string; code: string }[]) {
  const unique = [...new Map(keys.map((k) => [`${k.unitCode}|${k.code}`, k])).values()];
  if (!unique.length) return [];
  return rowsOf<HouseholdRef>(
    await db.execute(sql`
      select h.id, h.unit_id as "unitId", u.code as "unitCode", h.code, h.head_name as "headName", h.address
      from unnest(${arr(unique.map((k) => k.unitCode))}::text[], ${arr(unique.map((k) => k.code))}::text[]) as k(unit_code, code)
      join units u on u.code = k.unit_code and u.valid_to is null
      join households h on h.unit_id = u.id and h.code = k.code`),
  );
}

export interface HouseholdWriteRow {
  id: string | null;
  unitId: number;
  code: string;
  headName: string | null;
  address: string | null;
}

export async function insertHouseholds(db: Db, rows: HouseholdWriteRow[]) {
  if (!rows.length) return;
  await db.execute(sql`
    insert into households (unit_id, code, head_name, address)
    select * from unnest(${arr(rows.map((r) => r.unitId))}::int[], ${arr(rows.map((r) => r.code))}::text[],
      ${arr(rows.map((r) => r.headName))}::text[], ${arr(rows.map((r) => r.address))}::text[])`);
}

export async function updateHouseholds(db: Db, rows: HouseholdWriteRow[]) {
  if (!rows.length) return;
  await db.execute(sql`
    update households h set head_name = t.head_name, address = t.address
    from unnest(${arr(rows.map((r) => r.id))}::uuid[], ${arr(rows.map((r) => r.headName))}::text[],
      ${arr(rows.map((r) => r.address))}::text[]) as t(id, head_name, address)
    where h.id = t.id`);
}
