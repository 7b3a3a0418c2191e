// Import job → JSON in the caller's language (messages are stored as "Vietnamese|English").
import type { Lang } from '../../errors.ts';
import { iso } from '../../lib/http.ts';
import { pickMessage } from '../../plugins/errors.ts';
import type { JobView } from './roster.repository.ts';
import type { ImportKind } from './roster.types.ts';

type Status = 'queued' | 'running' | 'completed' | 'failed';

export function presentImportSummary(job: Omit<JobView, 'errors'>, lang: Lang) {
  return {
    id: job.id,
    kind: job.kind as ImportKind,
    status: job.status as Status,
    fileName: job.fileName,
    total: job.total,
    processed: job.processed,
    created: job.created,
    updated: job.updated,
    unchanged: job.unchanged,
    failed: job.failed,
    errorCount: job.errorCount,
    message: job.message ? pickMessage(job.message, lang) : null,
    createdAt: iso(job.createdAt),
    startedAt: job.startedAt ? iso(job.startedAt) : null,
    finishedAt: job.finishedAt ? iso(job.finishedAt) : null,
  };
}

export function presentImport(job: JobView, lang: Lang) {
  return {
    ...presentImportSummary(job, lang),
    errors: job.errors.map((e) => ({ row: e.row, column: e.column, message: pickMessage(e.message, lang) })),
  };
}
