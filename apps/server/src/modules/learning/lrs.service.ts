// Ingests batches of client statements: stored once by id, and progress moved forward in the same
// transaction, counting only statements that were new (a retried batch changes nothing).
import type { Db } from '../../db/client.ts';
import * as repo from './lrs.repository.ts';
import type { ClientStatementT } from './statements.schemas.ts';

export async function ingestStatements(db: Db, personId: string, statements: ClientStatementT[]) {
  return db.transaction(async (txx) => {
    const tx = txx as Db;
    const moduleIds = [
      ...new Set(statements.map((s) => s.context?.moduleId).filter((x): x is string => !!x)),
    ];
    const versions = await repo.currentModuleVersions(tx, moduleIds);
    const rows: repo.EventRow[] = statements.map((s) => {
      const moduleId = s.context?.moduleId && versions.has(s.context.moduleId) ? s.context.moduleId : null;
      return {
        id: s.id,
        personId,
        verb: s.verb,
        objectType: s.object.type,
        objectId: s.object.id,
        moduleId,
        moduleVersion: moduleId ? (s.context?.moduleVersion ?? versions.get(moduleId) ?? null) : null,
        result: s.result ?? null,
        context: s.context ?? null,
        timestamp: new Date(s.timestamp),
      };
    });
    const fresh = await repo.insertEvents(tx, rows);
    const deltas = new Map<string, repo.ProgressDelta>();
    for (const r of rows) {
      if (!fresh.has(r.id) || !r.moduleId) continue;
      const ctx = r.context as ClientStatementT['context'];
      const blockIndex = ctx?.blockIndex;
      if (blockIndex === undefined && r.verb !== 'launched') continue;
      const d = deltas.get(r.moduleId) ?? {
        personId,
        moduleId: r.moduleId,
        moduleVersion: r.moduleVersion ?? 1,
        blockIndex: 0,
        secondsSpent: 0,
      };
      d.blockIndex = Math.max(d.blockIndex, blockIndex ?? 0);
      d.secondsSpent += Math.round((r.result as { durationSeconds?: number } | null)?.durationSeconds ?? 0);
      deltas.set(r.moduleId, d);
    }
    await repo.advanceProgress(tx, [...deltas.values()]);
    return { stored: fresh.size, duplicates: statements.length - fresh.size };
  });
}
