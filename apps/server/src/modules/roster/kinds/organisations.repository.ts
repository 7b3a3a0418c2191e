// Set-based SQL for the organisations roster: a chunk inserted or updated in one statement each;
// an organisation that moves under another parent takes its whole subtree with it.
import { sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { arr } from '../roster.repository.ts';

export interface OrganisationWriteRow {
  id: string;
  name: string;
  searchText: string;
  type: string;
  unitId: number;
  parentId: string | null;
  path: string;
  taxCode: string | null;
  address: string | null;
  workerCount: number | null;
  industrialZone: string | null;
}

const unnested = (rows: OrganisationWriteRow[]) => sql`unnest(
    ${arr(rows.map((r) => r.id))}::uuid[], ${arr(rows.map((r) => r.name))}::text[],
    ${arr(rows.map((r) => r.searchText))}::text[], ${arr(rows.map((r) => r.type))}::text[],
    ${arr(rows.map((r) => r.unitId))}::int[], ${arr(rows.map((r) => r.parentId))}::uuid[],
    ${arr(rows.map((r) => r.path))}::text[], ${arr(rows.map((r) => r.taxCode))}::text[],
    ${arr(rows.map((r) => r.address))}::text[], ${arr(rows.map((r) => r.workerCount))}::int[],
    ${arr(rows.map((r) => r.industrialZone))}::text[])
  as t(id, name, search_text, type, unit_id, parent_id, path, tax_code, address, worker_count, industrial_zone)`;

export async function insertOrganisations(db: Db, rows: OrganisationWriteRow[]) {
  if (!rows.length) return;
  await db.execute(sql`
    insert into organisations (id, name, search_text, type, unit_id, parent_id, path, tax_code, address,
      worker_count, industrial_zone)
    select id, name, search_text, type::organisation_type, unit_id, parent_id, path, tax_code, address,
      worker_count, industrial_zone
    from ${unnested(rows)}`);
}

/** Re-roots the subtree of an organisation (itself included) at its new path. */
export async function moveSubtree(db: Db, id: string, newPath: string) {
  await db.execute(sql`
    update organisations o set path = ${newPath} || substr(o.path, length(c.path) + 1)
    from (select path from organisations where id = ${id}) c
    where o.path like c.path || '%'`);
}

export async function updateOrganisations(db: Db, rows: OrganisationWriteRow[]) {
  if (!rows.length) return;
  await db.execute(sql`
    update organisations o set name = t.name, search_text = t.search_text, type = t.type::organisation_type,
      unit_id = t.unit_id, parent_id = t.parent_id, path = t.path, tax_code = t.tax_code, address = t.address,
      worker_count = t.worker_count, industrial_zone = t.industrial_zone, updated_at = now()
    from ${unnested(rows)}
    where o.id = t.id`);
}
