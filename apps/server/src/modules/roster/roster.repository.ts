// Queries for roster imports: the import_jobs rows (progress, counts, problems) and the bulk
// look-ups every kind shares (communes by code, organisations by tax code).
import { desc, eq, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { importJobs } from '../../db/schema/index.ts';
import type { RowProblem } from './roster.types.ts';

export const rowsOf = <T>(r: unknown): T[] => ((r as { rows?: T[] }).rows ?? (r as T[])) as T[];

/** An array passed as one parameter (unnest / = any), on both drivers. */
export const arr = (values: unknown[]) => sql.param(values);

export type JobRow = typeof importJobs.$inferSelect;
export type JobView = Omit<JobRow, 'errors'> & { errors: RowProblem[]; errorCount: number };

export async function insertJob(db: Db, v: typeof importJobs.$inferInsert) {
  const [row] = await db.insert(importJobs).values(v).returning({ id: importJobs.id });
  if (!row) throw new Error('import job insert returned nothing');
  return row.id;
}

const summaryColumns = {
  id: importJobs.id,
  kind: importJobs.kind,
  status: importJobs.status,
  fileName: importJobs.fileName,
  fileHash: importJobs.fileHash,
  total: importJobs.total,
  processed: importJobs.processed,
  created: importJobs.created,
  updated: importJobs.updated,
  unchanged: importJobs.unchanged,
  failed: importJobs.failed,
  message: importJobs.message,
  createdBy: importJobs.createdBy,
  createdAt: importJobs.createdAt,
  startedAt: importJobs.startedAt,
  finishedAt: importJobs.finishedAt,
  errorCount: sql<number>`jsonb_array_length(${importJobs.errors})`,
};

/** A job with its first `firstErrors` problems (the whole list can be large). */
export async function getJob(db: Db, id: string, firstErrors = 200): Promise<JobView | undefined> {
  const [row] = await db
    .select({
      ...summaryColumns,
      errors: sql<
        RowProblem[]
      >`coalesce((select jsonb_agg(e order by n) from jsonb_array_elements(${importJobs.errors}) with ordinality as x(e, n) where n <= ${firstErrors}), '[]'::jsonb)`,
    })
    .from(importJobs)
    .where(eq(importJobs.id, id));
  return row;
}

export async function jobProblems(db: Db, id: string): Promise<RowProblem[]> {
  const [row] = await db.select({ errors: importJobs.errors }).from(importJobs).where(eq(importJobs.id, id));
  return (row?.errors as RowProblem[] | undefined) ?? [];
}

export async function listJobs(db: Db, f: { createdBy?: string; limit: number; offset: number }) {
  const where: SQL | undefined = f.createdBy ? eq(importJobs.createdBy, f.createdBy) : undefined;
  const [items, [count]] = await Promise.all([
    db
      .select(summaryColumns)
      .from(importJobs)
      .where(where)
      .orderBy(desc(importJobs.createdAt), desc(importJobs.id))
      .limit(f.limit)
      .offset(f.offset),
    db.select({ n: sql<number>`count(*)::int` }).from(importJobs).where(where),
  ]);
  return { items, total: count?.n ?? 0 };
}

export async function updateJob(db: Db, id: string, v: Partial<typeof importJobs.$inferInsert>) {
  await db.update(importJobs).set(v).where(eq(importJobs.id, id));
}

/** Moves a job's counters on; called in the transaction of the chunk it counts. */
export async function addProgress(
  db: Db,
  id: string,
  d: { processed: number; created: number; updated: number },
) {
  await db
    .update(importJobs)
    .set({
      processed: sql`${importJobs.processed} + ${d.processed}`,
      created: sql`${importJobs.created} + ${d.created}`,
      updated: sql`${importJobs.updated} + ${d.updated}`,
    })
    .where(eq(importJobs.id, id));
}

/** Jobs still queued or running that were left by a server that stopped (none of ours). */
export async function failAbandonedJobs(db: Db, olderThan: Date, exceptIds: string[], message: string) {
  await db.execute(sql`
    update import_jobs set status = 'failed', message = ${message}, finished_at = now()
    where status in ('queued', 'running') and coalesce(started_at, created_at) < ${olderThan.toISOString()}::timestamptz
      and not (id = any(${arr(exceptIds)}::uuid[]))`);
}

export interface CommuneRow {
  id: number;
  code: string;
  path: string;
  type: string;
  fullName: string;
}

/** Current units with these codes (any level: the caller checks it is a commune). */
export async function unitsByCode(db: Db, codes: string[]): Promise<CommuneRow[]> {
  if (!codes.length) return [];
  return rowsOf<CommuneRow>(
    await db.execute(sql`
      select id, code, path, type::text as type, full_name as "fullName" from units
      where valid_to is null and code = any(${arr(codes)}::text[])`),
  );
}

export interface OrganisationRef {
  id: string;
  name: string;
  searchText: string;
  type: string;
  unitId: number;
  unitPath: string;
  parentId: string | null;
  path: string;
  taxCode: string | null;
  address: string | null;
  workerCount: number | null;
  industrialZone: string | null;
}

const orgColumns = sql`o.id, o.name, o.search_text as "searchText", o.type::text as type, o.unit_id as "unitId",
  u.path as "unitPath", o.parent_id as "parentId", o.path, o.tax_code as "taxCode", o.address,
  o.worker_count as "workerCount", o.industrial_zone as "industrialZone"`;

export async function organisationsByTaxCode(db: Db, taxCodes: string[]): Promise<OrganisationRef[]> {
  if (!taxCodes.length) return [];
  return rowsOf<OrganisationRef>(
    await db.execute(sql`
      select ${orgColumns} from organisations o join units u on u.id = o.unit_id
      where o.tax_code = any(${arr(taxCodes)}::text[])`),
  );
}

/** Organisations by (unit, folded name, type): how rows without a tax code find theirs again. */
export async function organisationsByName(
  db: Db,
  keys: { unitId: number; searchText: string; type: string }[],
): Promise<OrganisationRef[]> {
  const unique = [...new Map(keys.map((k) => [`${k.unitId}|${k.type}|${k.searchText}`, k])).values()];
  if (!unique.length) return [];
  keys = unique;
  return rowsOf<OrganisationRef>(
    await db.execute(sql`
      select ${orgColumns} from organisations o join units u on u.id = o.unit_id
      join unnest(${arr(keys.map((k) => k.unitId))}::int[], ${arr(keys.map((k) => k.searchText))}::text[],
                  ${arr(keys.map((k) => k.type))}::text[]) as k(unit_id, search_text, type)
        on o.unit_id = k.unit_id and o.search_text = k.search_text and o.type::text = k.type`),
  );
}
