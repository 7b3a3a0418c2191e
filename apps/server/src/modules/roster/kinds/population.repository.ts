// SQL for official population figures (KPI denominators): one per (key, commune or organisation).
import { sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import { arr, rowsOf } from '../roster.repository.ts';

export interface FigureRef {
  id: string;
  key: string;
  unitId: number | null;
  organisationId: string | null;
  value: number;
  source: string;
  asOf: string;
}

export async function figuresFor(
  db: Db,
  keys: { key: string; unitId: number | null; organisationId: string | null }[],
) {
  if (!keys.length) return [];
  return rowsOf<FigureRef>(
    await db.execute(sql`
      select f.id, f.key, f.unit_id as "unitId", f.organisation_id as "organisationId", f.value, f.source,
        f.as_of::text as "asOf"
      from population_figures f
      join unnest(${arr(keys.map((k) => k.key))}::text[], ${arr(keys.map((k) => k.unitId))}::int[],
                  ${arr(keys.map((k) => k.organisationId))}::uuid[]) as k(key, unit_id, organisation_id)
        on f.key = k.key and f.unit_id is not distinct from k.unit_id
       and f.organisation_id is not distinct from k.organisation_id`),
  );
}

export interface FigureWriteRow {
  key: string;
  unitId: number | null;
  organisationId: string | null;
  value: number;
  source: string;
  asOf: string;
}

/** Inserts new figures and updates changed ones: one statement (the place's key is unique). */
export async function upsertFigures(db: Db, rows: FigureWriteRow[], by: string) {
  if (!rows.length) return;
  await db.execute(sql`
    insert into population_figures (key, unit_id, organisation_id, value, source, as_of, created_by)
    select key, unit_id, organisation_id, value, source, as_of, ${by}::uuid
    from unnest(${arr(rows.map((r) => r.key))}::text[], ${arr(rows.map((r) => r.unitId))}::int[],
      ${arr(rows.map((r) => r.organisationId))}::uuid[], ${arr(rows.map((r) => r.value))}::int[],
      ${arr(rows.map((r) => r.source))}::text[], ${arr(rows.map((r) => r.asOf))}::date[])
      as t(key, unit_id, organisation_id, value, source, as_of)
    on conflict (key, unit_id, organisation_id) do update
      set value = excluded.value, source = excluded.source, as_of = excluded.as_of, updated_at = now()`);
}
