// Roster import rules: who may import which kind, starting a job (answered at once, run in the
// background), and who may see a job afterwards — its creator and system administrators only.
import { createHash } from 'node:crypto';
import type { AppContext } from '../../context.ts';
import { errors } from '../../errors.ts';
import { type Actor, hasPermission, type Permission, requirePermission } from '../access/access.policy.ts';
import { importers } from './kinds/index.ts';
import { runImportJob } from './roster.job.ts';
import * as repo from './roster.repository.ts';
import type { ImportRunner } from './roster.runner.ts';
import type { ImportKind } from './roster.types.ts';

/** Any of these lets an officer open the imports page (and see their own jobs). */
const importPermissions: Permission[] = ['people.create', 'people.update', 'organisations.create'];

/** A job queued or running for longer than this was left by a server that stopped. */
const ABANDONED_AFTER_MS = 30 * 60_000;
const ABANDONED =
  'Việc nhập bị gián đoạn (máy chủ khởi động lại). Hãy nhập lại tệp: dòng đã có sẽ không bị ghi trùng|The import was interrupted (server restart). Import the file again: nothing is written twice';

export interface RequestMeta {
  ip: string | null;
  requestId: string | null;
}

export const isSystemAdmin = (actor: Actor) => actor.grants.some((g) => g.role === 'system_admin');

export function requireImportAccess(actor: Actor): void {
  if (!importPermissions.some((p) => hasPermission(actor, p))) throw errors.forbidden();
}

/** The kind's permission, anywhere: each row is then checked against the scope. */
export function requireKindPermission(actor: Actor, kind: ImportKind) {
  requirePermission(actor, importers[kind].permission);
}

export async function startImport(
  ctx: AppContext,
  runner: ImportRunner,
  actor: Actor,
  input: { kind: ImportKind; fileName: string; file: Buffer },
  meta: RequestMeta,
  log: { error: (o: object, m: string) => void },
) {
  requireKindPermission(actor, input.kind);
  const importer = importers[input.kind];
  const jobId = await repo.insertJob(ctx.db, {
    kind: input.kind,
    fileName: input.fileName,
    fileHash: createHash('sha256').update(input.file).digest('hex'),
    createdBy: actor.accountId,
  });
  const queued = await loadImport(ctx, actor, jobId);
  runner.enqueue(jobId, (signal) =>
    runImportJob(
      { ctx, actor, jobId },
      { importer, file: input.file, fileName: input.fileName, meta, log },
      signal,
    ),
  );
  return queued;
}

/** A job for its creator or a system administrator; anyone else is told it does not exist. */
export async function loadImport(ctx: AppContext, actor: Actor, id: string) {
  requireImportAccess(actor);
  const job = await repo.getJob(ctx.db, id);
  if (!job || (job.createdBy !== actor.accountId && !isSystemAdmin(actor)))
    throw errors.notFound('IMPORT_NOT_FOUND');
  return job;
}

export async function listMyImports(
  ctx: AppContext,
  runner: ImportRunner,
  actor: Actor,
  page: { limit: number; offset: number },
) {
  requireImportAccess(actor);
  await failAbandoned(ctx, runner);
  return repo.listJobs(ctx.db, { createdBy: actor.accountId, ...page });
}

export async function importProblems(ctx: AppContext, actor: Actor, id: string) {
  const job = await loadImport(ctx, actor, id);
  return { job, problems: await repo.jobProblems(ctx.db, id) };
}

/** Marks failed the jobs a stopped server left queued or running (this server's own are not). */
export function failAbandoned(ctx: AppContext, runner: ImportRunner) {
  return repo.failAbandonedJobs(ctx.db, new Date(Date.now() - ABANDONED_AFTER_MS), runner.jobIds, ABANDONED);
}
