// Ingests batches of client statements in ONE SQL statement: the events are inserted (ids already
// stored are skipped) and only the new ones move progress forward, atomically — a retried batch
// changes nothing. Module versions come from a short-lived cache, not a query per batch.
import { type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import * as repo from './lrs.repository.ts';
import type { ClientStatementT } from './statements.schemas.ts';

const versionCache = new Map<string, { version: number | null; until: number }>();
const VERSION_TTL_MS = 30_000;

async function moduleVersions(db: Db, ids: string[]): Promise<Map<string, number | null>> {
  const now = Date.now();
  const out = new Map<string, number | null>();
  const missing: string[] = [];
  for (const id of ids) {
    const hit = versionCache.get(id);
    if (hit && hit.until > now) out.set(id, hit.version);
    else missing.push(id);
  }
  if (missing.length) {
    const found = await repo.currentModuleVersions(db, missing);
    for (const id of missing) {
      const version = found.get(id) ?? null;
      out.set(id, version);
      versionCache.set(id, { version, until: now + VERSION_TTL_MS });
    }
  }
  return out;
}

/** Forget cached versions (after a content import in this process). */
export const clearModuleVersionCache = () => versionCache.clear();

export async function ingestStatements(db: Db, personId: string, statements: ClientStatementT[]) {
  const moduleIds = [...new Set(statements.map((s) => s.context?.moduleId).filter((x): x is string => !!x))];
  const versions = await moduleVersions(db, moduleIds);
  const rows: SQL[] = statements.map((s) => {
    const known = s.context?.moduleId && versions.get(s.context.moduleId) ? s.context.moduleId : null;
    const version = known ? (s.context?.moduleVersion ?? versions.get(known) ?? null) : null;
    return sql`(${s.id}::uuid, ${personId}::uuid, ${s.verb}, ${s.object.type}, ${s.object.id}, ${known}::text, ${version}::int,
      ${s.result ? JSON.stringify(s.result) : null}::jsonb, ${s.context ? JSON.stringify(s.context) : null}::jsonb, ${s.timestamp}::timestamptz)`;
  });
  const result = await db.execute(sql`
    with data (id, person_id, verb, object_type, object_id, module_id, module_version, result, context, ts) as (
      values ${sql.join(rows, sql`, `)}
    ),
    ins as (
      insert into learning_events (id, person_id, verb, object_type, object_id, module_id, module_version, result, context, timestamp)
      select * from data
      on conflict (id) do nothing
      returning module_id, module_version, verb, context, result
    ),
    moved as (
      insert into module_progress (person_id, module_id, module_version, block_index, blocks_done, seconds_spent, updated_at)
      select ${personId}::uuid, module_id, min(module_version), max(coalesce((context->>'blockIndex')::int, 0)),
             max(coalesce((context->>'blockIndex')::int, 0)) + 1,
             coalesce(sum(round(coalesce((result->>'durationSeconds')::numeric, 0))), 0)::int, now()
      from ins
      where module_id is not null and (context ? 'blockIndex' or verb = 'launched')
      group by module_id
      on conflict (person_id, module_id) do update set
        block_index = greatest(module_progress.block_index, excluded.block_index),
        blocks_done = greatest(module_progress.blocks_done, excluded.blocks_done),
        seconds_spent = module_progress.seconds_spent + excluded.seconds_spent,
        updated_at = now()
      returning 1
    )
    select (select count(*)::int from ins) as stored, (select count(*)::int from moved) as moved`);
  const row = ((result as { rows?: { stored: number }[] }).rows ??
    (result as unknown as { stored: number }[]))[0];
  const stored = Number(row?.stored ?? 0);
  return { stored, duplicates: statements.length - stored };
}
