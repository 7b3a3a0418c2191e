// One import job, start to end: read the file, check every row, store the problems, then write
// the valid rows in chunks — each chunk and its progress in one transaction, so the counters
// always describe what is committed and no chunk is ever half written. A job that cannot go on is
// marked failed with the reason; what earlier chunks wrote stays (importing again is harmless).
import type { Db } from '../../db/client.ts';
import { recordAudit } from '../audit/audit.repository.ts';
import { FileProblem, mapColumns, readTable, sourceRows } from './roster.parsing.ts';
import { addProgress, getJob, updateJob } from './roster.repository.ts';
import { breathe, type StopSignal } from './roster.runner.ts';
import { type ImportEnv, type Importer, Problems } from './roster.types.ts';

/** Rows written per transaction. */
export const CHUNK_ROWS = 5_000;
/** Problems kept per job (the first ones, by row); beyond that the message says so. */
export const MAX_PROBLEMS = 100_000;

export const INTERRUPTED =
  'Máy chủ dừng khi đang nhập. Những phần đã ghi được giữ lại; hãy nhập lại tệp (dòng đã có sẽ không bị ghi trùng)|The server stopped during the import. What was written is kept; import the file again (nothing is written twice)';
const CONCURRENT =
  'Một lần nhập khác vừa ghi cùng những bản ghi này. Những phần đã ghi được giữ lại; hãy nhập lại tệp|Another import has just written the same records. What was written is kept; import the file again';
const INTERNAL =
  'Lỗi hệ thống khi nhập; những phần đã ghi được giữ lại. Hãy thử lại sau|A system error stopped the import; what was written is kept. Try again later';

class Stopped extends Error {}

export interface JobInput {
  importer: Importer;
  file: Buffer;
  fileName: string;
  meta: { ip: string | null; requestId: string | null };
  log: { error: (o: object, m: string) => void };
}

export async function runImportJob(env: ImportEnv, input: JobInput, signal: StopSignal): Promise<void> {
  const { ctx, jobId } = env;
  try {
    if (signal.stopped) throw new Stopped();
    await updateJob(ctx.db, jobId, { status: 'running', startedAt: new Date() });
    const note = await importFile(env, input, signal);
    await finish(env, input, { status: 'completed', message: note });
  } catch (e) {
    const message =
      e instanceof FileProblem
        ? e.message
        : e instanceof Stopped
          ? INTERRUPTED
          : isUniqueViolation(e)
            ? CONCURRENT
            : INTERNAL;
    if (message === INTERNAL) input.log.error({ err: e, jobId }, 'import job failed');
    await finish(env, input, { status: 'failed', message }).catch((err) =>
      input.log.error({ err, jobId }, 'import job could not be marked failed'),
    );
  }
}

/** A unique key taken between the checks and the write (two imports of the same rows at once). */
function isUniqueViolation(e: unknown): boolean {
  const err = e as { code?: string; cause?: { code?: string } } | null;
  return err?.code === '23505' || err?.cause?.code === '23505';
}

/** The job's final state and its audit entry, together. */
async function finish(env: ImportEnv, input: JobInput, end: { status: string; message: string | null }) {
  await env.ctx.db.transaction(async (tx) => {
    const db = tx as Db;
    await updateJob(db, env.jobId, { ...end, finishedAt: new Date() });
    const job = await getJob(db, env.jobId, 0);
    await recordAudit(db, {
      actorAccountId: env.actor.accountId,
      action: 'roster.import',
      targetType: 'import_job',
      targetId: env.jobId,
      details: {
        kind: input.importer.kind,
        fileName: input.fileName,
        status: end.status,
        total: job?.total,
        created: job?.created,
        updated: job?.updated,
        unchanged: job?.unchanged,
        failed: job?.failed,
      },
      ...input.meta,
    });
  });
}

/** Reads, checks and writes the file; returns the note for the job (ignored columns, cut lists). */
async function importFile(env: ImportEnv, input: JobInput, signal: StopSignal): Promise<string | null> {
  const { ctx, jobId } = env;
  const { importer } = input;
  const table = await readTable(input.file);
  const columns = mapColumns(table.headers, importer.columns);
  const rows = sourceRows(table, columns);
  await updateJob(ctx.db, jobId, { total: rows.length });
  const problems = new Problems(Object.fromEntries(importer.columns.map((c) => [c.key, c.header])));
  const plan = await importer.plan(env, rows, problems);
  const list = problems.list();
  await updateJob(ctx.db, jobId, {
    errors: list.slice(0, MAX_PROBLEMS),
    failed: problems.failedRows,
    unchanged: plan.unchanged,
    processed: problems.failedRows + plan.unchanged,
  });
  for (let i = 0; i < plan.writes.length; i += CHUNK_ROWS) {
    await breathe();
    if (signal.stopped) throw new Stopped();
    const chunk = plan.writes.slice(i, i + CHUNK_ROWS);
    await ctx.db.transaction(async (tx) => {
      await importer.write(tx as Db, env, chunk);
      const created = chunk.filter((w) => w.op === 'create').length;
      await addProgress(tx as Db, jobId, {
        processed: chunk.length,
        created,
        updated: chunk.length - created,
      });
    });
  }
  const notes: string[] = [];
  if (columns.unknown.length)
    notes.push(
      `Đã bỏ qua các cột không dùng: ${columns.unknown.join(', ')}|Ignored columns: ${columns.unknown.join(', ')}`,
    );
  if (list.length > MAX_PROBLEMS)
    notes.push(
      `Có ${list.length} lỗi; báo cáo lỗi chỉ giữ ${MAX_PROBLEMS} lỗi đầu tiên|${list.length} problems; the report keeps the first ${MAX_PROBLEMS}`,
    );
  return joinNotes(notes);
}

/** "vi1|en1" + "vi2|en2" → "vi1. vi2|en1. en2". */
function joinNotes(notes: string[]): string | null {
  if (!notes.length) return null;
  const parts = notes.map((n) => n.split('|'));
  return `${parts.map((p) => p[0]).join('. ')}|${parts.map((p) => p[1] ?? p[0]).join('. ')}`;
}
