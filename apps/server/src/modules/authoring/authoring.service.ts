// Writing and reviewing modules in the console: an author saves a draft (checked with the same
// parser as content packs, problems by line), submits it; a different person with the reviewer
// role approves it — which publishes a new version learners get — or sends it back with a note.
import { createHash } from 'node:crypto';
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { AppContext } from '../../context.ts';
import type { Db } from '../../db/client.ts';
import { competences, moduleDrafts, modules, moduleVersions } from '../../db/schema/index.ts';
import { AppError, errors } from '../../errors.ts';
import { type Actor, authorize, scopeOf } from '../access/access.policy.ts';
import { recordAudit } from '../audit/audit.repository.ts';
import { parseModuleMarkdown } from '../catalog/module-markdown.ts';
import { publishModuleVersion } from '../catalog/pack.import.ts';
import type { Problem } from '../catalog/yaml-source.ts';

interface Meta {
  ip: string | null;
  requestId: string | null;
}

const everywhere = { unitPaths: [] };

/** Parses a draft and checks what only the database knows (competences exist, id matches). */
export async function checkDraft(db: Db, moduleId: string, source: string) {
  const file = `${moduleId}.md`;
  const r = parseModuleMarkdown(file, source);
  const problems: Problem[] = [...r.problems];
  if (r.module) {
    const h = r.module.header;
    if (h.id !== moduleId)
      problems.push({
        file,
        line: r.module.headerSource.lineOf(['id']),
        message: `mã "${h.id}" phải là "${moduleId}"`,
      });
    const known = new Set(
      (
        await db
          .select({ id: competences.id })
          .from(competences)
          .where(inArray(competences.id, h.competences))
      ).map((c) => c.id),
    );
    h.competences.forEach((c, i) => {
      if (!known.has(c))
        problems.push({
          file,
          line: r.module?.headerSource.lineOf(['competences', i]) ?? 1,
          message: `năng lực "${c}" không có trong hệ thống`,
        });
    });
  }
  return { module: problems.length ? undefined : r.module, problems };
}

function problemsError(problems: Problem[]) {
  return new AppError(
    400,
    'CONTENT_INVALID',
    problems.map((p) => ({ path: `line:${p.line}`, message: p.message })),
  );
}

export async function listAuthoring(ctx: AppContext, actor: Actor) {
  const canAuthor = scopeOf(actor, 'content.author').all;
  const canReview = scopeOf(actor, 'content.review').all;
  if (!canAuthor && !canReview) throw errors.forbidden();
  const mods = await ctx.db.select().from(modules).orderBy(asc(modules.title));
  const drafts = await ctx.db.select().from(moduleDrafts);
  const byId = new Map(drafts.map((d) => [d.moduleId, d]));
  const published = mods.map((m) => ({
    id: m.id,
    title: m.title,
    version: m.currentVersion,
    packId: m.packId,
    draft: byId.get(m.id) ?? null,
  }));
  const fresh = drafts
    .filter((d) => !mods.some((m) => m.id === d.moduleId))
    .map((d) => ({ id: d.moduleId, title: null, version: null, packId: null, draft: d }));
  return [...fresh, ...published].map((x) => ({
    id: x.id,
    title: x.title,
    version: x.version,
    packId: x.packId,
    draftStatus: (x.draft?.status ?? null) as 'draft' | 'in_review' | 'rejected' | null,
    draftUpdatedAt: x.draft?.updatedAt.toISOString() ?? null,
  }));
}

export async function getAuthoringModule(ctx: AppContext, actor: Actor, moduleId: string) {
  if (!scopeOf(actor, 'content.author').all && !scopeOf(actor, 'content.review').all)
    throw errors.forbidden();
  const [mod] = await ctx.db.select().from(modules).where(eq(modules.id, moduleId));
  const [draft] = await ctx.db.select().from(moduleDrafts).where(eq(moduleDrafts.moduleId, moduleId));
  if (!mod && !draft) throw errors.notFound('MODULE_NOT_FOUND');
  const versions = mod
    ? await ctx.db
        .select({ version: moduleVersions.version, source: moduleVersions.source })
        .from(moduleVersions)
        .where(eq(moduleVersions.moduleId, moduleId))
    : [];
  const current = versions.find((v) => v.version === mod?.currentVersion);
  return {
    id: moduleId,
    title: mod?.title ?? null,
    version: mod?.currentVersion ?? null,
    publishedSource: current?.source ?? null,
    draft: draft
      ? {
          source: draft.source,
          status: draft.status as 'draft' | 'in_review' | 'rejected',
          authorAccountId: draft.authorAccountId,
          reviewNote: draft.reviewNote,
          updatedAt: draft.updatedAt.toISOString(),
        }
      : null,
  };
}

export async function saveDraft(ctx: AppContext, actor: Actor, moduleId: string, source: string, meta: Meta) {
  authorize(actor, 'content.author', everywhere);
  const [existing] = await ctx.db.select().from(moduleDrafts).where(eq(moduleDrafts.moduleId, moduleId));
  if (existing?.status === 'in_review') throw errors.conflict('DRAFT_IN_REVIEW');
  const { problems } = await checkDraft(ctx.db, moduleId, source);
  if (problems.length) throw problemsError(problems);
  const [mod] = await ctx.db
    .select({ v: modules.currentVersion })
    .from(modules)
    .where(eq(modules.id, moduleId));
  const row = {
    moduleId,
    source,
    status: 'draft',
    authorAccountId: actor.accountId,
    reviewerAccountId: null,
    reviewNote: null,
    baseVersion: mod?.v ?? null,
    updatedAt: new Date(),
  };
  await ctx.db
    .insert(moduleDrafts)
    .values(row)
    .onConflictDoUpdate({ target: moduleDrafts.moduleId, set: row });
  await recordAudit(ctx.db, {
    actorAccountId: actor.accountId,
    action: 'content.draft.save',
    targetType: 'module',
    targetId: moduleId,
    ...meta,
  });
}

export async function submitDraft(ctx: AppContext, actor: Actor, moduleId: string, meta: Meta) {
  authorize(actor, 'content.author', everywhere);
  const [draft] = await ctx.db.select().from(moduleDrafts).where(eq(moduleDrafts.moduleId, moduleId));
  if (!draft) throw errors.notFound('DRAFT_NOT_FOUND');
  if (draft.status === 'in_review') return;
  await ctx.db
    .update(moduleDrafts)
    .set({ status: 'in_review', updatedAt: new Date() })
    .where(eq(moduleDrafts.moduleId, moduleId));
  await recordAudit(ctx.db, {
    actorAccountId: actor.accountId,
    action: 'content.draft.submit',
    targetType: 'module',
    targetId: moduleId,
    ...meta,
  });
}

export async function reviewDraft(
  ctx: AppContext,
  actor: Actor,
  moduleId: string,
  input: { decision: 'approve' | 'reject'; note?: string | null },
  meta: Meta,
) {
  authorize(actor, 'content.review', everywhere);
  return ctx.db.transaction(async (txx) => {
    const tx = txx as Db;
    const [draft] = await tx
      .select()
      .from(moduleDrafts)
      .where(eq(moduleDrafts.moduleId, moduleId))
      .for('update');
    if (!draft) throw errors.notFound('DRAFT_NOT_FOUND');
    if (draft.status !== 'in_review') throw errors.conflict('DRAFT_NOT_IN_REVIEW');
    // Four eyes: nobody approves their own writing.
    if (draft.authorAccountId === actor.accountId) throw errors.forbidden();
    if (input.decision === 'reject') {
      await tx
        .update(moduleDrafts)
        .set({
          status: 'rejected',
          reviewerAccountId: actor.accountId,
          reviewNote: input.note ?? null,
          updatedAt: new Date(),
        })
        .where(eq(moduleDrafts.moduleId, moduleId));
      await recordAudit(tx, {
        actorAccountId: actor.accountId,
        action: 'content.review.reject',
        targetType: 'module',
        targetId: moduleId,
        details: { note: input.note ?? null },
        ...meta,
      });
      return { published: null };
    }
    const { module, problems } = await checkDraft(tx, moduleId, draft.source);
    if (!module) throw problemsError(problems);
    const [existing] = await tx
      .select({ packId: modules.packId })
      .from(modules)
      .where(eq(modules.id, moduleId));
    await publishModuleVersion(tx, existing?.packId ?? 'console', {
      header: module.header,
      blocks: module.blocks,
      checksum: createHash('sha256')
        .update(JSON.stringify([module.header, module.blocks]))
        .digest('hex'),
      questionCount: module.blocks.reduce((n, b) => n + (b.type === 'quiz' ? b.questions.length : 0), 0),
      file: `console:${moduleId}`,
      source: draft.source,
    });
    const [mod] = await tx
      .select({ v: modules.currentVersion })
      .from(modules)
      .where(eq(modules.id, moduleId));
    await tx
      .update(moduleVersions)
      .set({ reviewed: true })
      .where(and(eq(moduleVersions.moduleId, moduleId), eq(moduleVersions.version, mod?.v ?? 0)));
    await tx.delete(moduleDrafts).where(eq(moduleDrafts.moduleId, moduleId));
    await recordAudit(tx, {
      actorAccountId: actor.accountId,
      action: 'content.review.approve',
      targetType: 'module',
      targetId: moduleId,
      details: { version: mod?.v },
      ...meta,
    });
    return { published: mod?.v ?? null };
  });
}
