// Certificates (F6): automatic issuance when a learner meets a template's rule, issuance by an
// officer (in-person assessments, with the reason), revocation, bulk re-issue, and verification of a
// certificate id or of a pasted credential. Every certificate carries a signed Open Badges 3.0
// credential; the PDF is drawn on request from the stored record.
import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { AppContext } from '../../context.ts';
import type { Db } from '../../db/client.ts';
import { certificates, people } from '../../db/schema/index.ts';
import { errors } from '../../errors.ts';
import { type Actor, authorize, type Permission } from '../access/access.policy.ts';
import { recordAudit } from '../audit/audit.repository.ts';
import type { RequestMeta } from '../people/people.service.ts';
import { loadPerson, placementOf } from '../people/people.service.ts';
import { renderCertificatePdf } from './certificate.pdf.ts';
import {
  buildCredential,
  checkSignature,
  extractJwt,
  signCredential,
  type VerifyProblem,
  verifyUrl,
} from './credential.ts';
import * as repo from './credentials.repository.ts';
import { type IssuerKeyring, loadIssuerKeyring } from './keys.ts';
import { evaluateRule } from './rules.ts';

export type CertificateStatus = 'valid' | 'revoked' | 'expired';

const keyrings = new WeakMap<AppContext, Promise<IssuerKeyring>>();

/** The issuer keys, loaded once per app (after migrations: the public halves go to the database). */
export function keyring(ctx: AppContext): Promise<IssuerKeyring> {
  let k = keyrings.get(ctx);
  if (!k) {
    k = loadIssuerKeyring(ctx.db, { dataDir: ctx.env.dataDir, issuerKeyFile: ctx.env.issuerKeyFile });
    k.catch(() => keyrings.delete(ctx));
    keyrings.set(ctx, k);
  }
  return k;
}

const catalogCache = new WeakMap<
  Db,
  { at: number; value: Promise<[repo.TemplateRow[], Awaited<ReturnType<typeof repo.listProgrammeCourses>>]> }
>();

/** Templates and programme courses, cached for 30 s (they change only with a content import). */
function catalog(db: Db) {
  const hit = catalogCache.get(db);
  if (hit && Date.now() - hit.at < 30_000) return hit.value;
  const value = Promise.all([repo.listTemplates(db), repo.listProgrammeCourses(db)]);
  catalogCache.set(db, { at: Date.now(), value });
  return value;
}
export const clearCertificateCatalogCache = (db: Db) => catalogCache.delete(db);

export function statusOf(
  c: { revokedAt: Date | null; expiresAt: Date | null },
  now = new Date(),
): CertificateStatus {
  if (c.revokedAt) return 'revoked';
  if (c.expiresAt && c.expiresAt <= now) return 'expired';
  return 'valid';
}

const issuerNameOf = (ctx: AppContext, t: repo.TemplateRow) => t.issuerName ?? ctx.env.issuerName;

interface IssueItem {
  personId: string;
  recipientName: string;
  template: repo.TemplateRow;
  issuedBy: string | null;
  reason: string | null;
}

/** Signs and stores certificates in one statement; ones the person already holds are skipped. */
export async function issueCertificates(
  ctx: AppContext,
  items: IssueItem[],
  origin: string,
): Promise<repo.CertificateRow[]> {
  if (items.length === 0) return [];
  const keys = await keyring(ctx);
  const numbers = await repo.nextNumbers(ctx.db, items.length);
  const now = new Date();
  const rows = await Promise.all(
    items.map(async (it, i) => {
      const number = numbers[i] as number;
      const id = crypto.randomUUID();
      const t = it.template;
      const serial = `${t.serialPrefix}-${now.getUTCFullYear()}-${String(number).padStart(6, '0')}`;
      const expiresAt = t.validMonths
        ? new Date(new Date(now).setUTCMonth(now.getUTCMonth() + t.validMonths))
        : null;
      const issuerName = issuerNameOf(ctx, t);
      const vc = buildCredential({
        id,
        number,
        serial,
        origin,
        issuerName,
        template: {
          id: t.id,
          kind: t.kind,
          title: t.title,
          description: t.description,
          criteria: t.criteria,
        },
        recipientName: it.recipientName,
        issuedAt: now,
        expiresAt,
      });
      return {
        id,
        number,
        serial,
        templateId: t.id,
        personId: it.personId,
        title: t.title,
        recipientName: it.recipientName,
        issuerName,
        issuedAt: now,
        expiresAt,
        issuedBy: it.issuedBy,
        issueReason: it.reason,
        credentialJwt: await signCredential(vc, keys.signing),
        keyId: keys.signing.kid,
      };
    }),
  );
  // One transaction: a class is issued whole or not at all (a retry then skips nobody twice).
  const stored = new Set(await ctx.db.transaction((tx) => repo.insertCertificates(tx as Db, rows)));
  return rows
    .filter((r) => stored.has(r.id))
    .map((r) => ({ ...r, reissuedAt: null, revokedAt: null, revokedBy: null, revocationReason: null }));
}

/**
 * Issues every certificate whose rule the learner now meets and that they never held (a revoked
 * certificate is not issued again automatically). Safe to call after any learning write.
 */
export async function awardEarnedCertificates(ctx: AppContext, personId: string, origin: string) {
  const [templates, programmes] = await catalog(ctx.db);
  const candidates = templates.filter((t) => !t.rule.inPerson);
  if (candidates.length === 0) return [];
  const held = new Set((await repo.certificatesOf(ctx.db, personId)).map((c) => c.templateId));
  const open = candidates.filter((t) => !held.has(t.id));
  if (open.length === 0) return [];
  const record = await repo.learnerRecord(ctx.db, personId);
  const earned = open.filter((t) => evaluateRule(t.rule, programmes, record).met);
  if (earned.length === 0) return [];
  const person = await loadPerson(ctx.db, personId);
  return issueCertificates(
    ctx,
    earned.map((template) => ({
      personId,
      recipientName: person.fullName,
      template,
      issuedBy: null,
      reason: null,
    })),
    origin,
  );
}

export async function myCertificates(ctx: AppContext, personId: string, origin: string) {
  // Catch up on anything earned whose issuance did not run (a crash between the write and the award).
  await awardEarnedCertificates(ctx, personId, origin);
  const [[templates, programmes], held, record] = await Promise.all([
    catalog(ctx.db),
    repo.certificatesOf(ctx.db, personId),
    repo.learnerRecord(ctx.db, personId),
  ]);
  const liveTemplates = new Set(held.filter((c) => !c.revokedAt).map((c) => c.templateId));
  const progress = templates.map((t) => {
    const p = evaluateRule(t.rule, programmes, record);
    return {
      templateId: t.id,
      title: t.title,
      titleEn: t.titleEn,
      kind: t.kind,
      modulesDone: p.modulesDone,
      modulesTotal: p.modulesTotal,
      inPerson: !!t.rule.inPerson,
      held: liveTemplates.has(t.id),
    };
  });
  return { items: held, progress };
}

async function authorizeOnPerson(ctx: AppContext, actor: Actor, permission: Permission, personId: string) {
  const person = await loadPerson(ctx.db, personId);
  authorize(actor, permission, placementOf(person));
  return person;
}

export async function issueByOfficer(
  ctx: AppContext,
  actor: Actor,
  input: { personId: string; templateId: string; reason: string },
  meta: RequestMeta,
  origin: string,
) {
  const person = await authorizeOnPerson(ctx, actor, 'certificates.issue', input.personId);
  const template = await repo.getTemplate(ctx.db, input.templateId);
  if (!template) throw errors.notFound('CERTIFICATE_TEMPLATE_NOT_FOUND');
  const [issued] = await issueCertificates(
    ctx,
    [
      {
        personId: person.id,
        recipientName: person.fullName,
        template,
        issuedBy: actor.accountId,
        reason: input.reason,
      },
    ],
    origin,
  );
  if (!issued) throw errors.conflict('CERTIFICATE_ALREADY_HELD');
  await recordAudit(ctx.db, {
    actorAccountId: actor.accountId,
    action: 'certificate.issue',
    targetType: 'certificate',
    targetId: issued.id,
    details: { personId: person.id, templateId: template.id, serial: issued.serial, reason: input.reason },
    ...meta,
  });
  return issued;
}

/**
 * Issues one template to many people at once (a class after its in-person sessions): every person
 * must be in the officer's scope, or nothing is issued. People who already hold it are skipped.
 */
export async function issueBulkByOfficer(
  ctx: AppContext,
  actor: Actor,
  input: { personIds: string[]; templateId: string; reason: string; scope: repo.CertificateFilter['scope'] },
  meta: RequestMeta,
  origin: string,
) {
  const template = await repo.getTemplate(ctx.db, input.templateId);
  if (!template) throw errors.notFound('CERTIFICATE_TEMPLATE_NOT_FOUND');
  const unique = [...new Set(input.personIds)];
  const found = await repo.peopleInScope(ctx.db, unique, input.scope);
  if (found.length < unique.length) throw errors.outOfScope();
  const issued = await issueCertificates(
    ctx,
    found.map((p) => ({
      personId: p.id,
      recipientName: p.fullName,
      template,
      issuedBy: actor.accountId,
      reason: input.reason,
    })),
    origin,
  );
  await recordAudit(ctx.db, {
    actorAccountId: actor.accountId,
    action: 'certificate.issue_bulk',
    targetType: 'certificate',
    targetId: null,
    details: {
      templateId: template.id,
      requested: unique.length,
      issued: issued.length,
      reason: input.reason,
    },
    ...meta,
  });
  return { issued: issued.length, skipped: unique.length - issued.length };
}

export async function loadCertificate(db: Db, id: string) {
  const c = await repo.getCertificate(db, id);
  if (!c) throw errors.notFound('CERTIFICATE_NOT_FOUND');
  return c;
}

export async function revokeCertificate(
  ctx: AppContext,
  actor: Actor,
  id: string,
  reason: string,
  meta: RequestMeta,
) {
  const c = await loadCertificate(ctx.db, id);
  await authorizeOnPerson(ctx, actor, 'certificates.revoke', c.personId);
  if (c.revokedAt) return c;
  const [updated] = await ctx.db
    .update(certificates)
    .set({ revokedAt: new Date(), revokedBy: actor.accountId, revocationReason: reason })
    .where(and(eq(certificates.id, id), isNull(certificates.revokedAt)))
    .returning();
  await recordAudit(ctx.db, {
    actorAccountId: actor.accountId,
    action: 'certificate.revoke',
    targetType: 'certificate',
    targetId: id,
    details: { serial: c.serial, reason },
    ...meta,
  });
  return updated ?? (await loadCertificate(ctx.db, id));
}

/**
 * Signs the live certificates again with the current key and the holder's current name (after a
 * key rotation or a corrected name). Id, serial and QR code stay the same.
 */
export async function reissueCertificates(
  ctx: AppContext,
  actor: Actor,
  filter: { scope: repo.CertificateFilter['scope']; ids?: string[]; templateId?: string },
  meta: RequestMeta,
  origin: string,
) {
  if (filter.ids?.length) {
    // Named certificates must all be in the caller's scope: one outside refuses the whole request.
    const { total } = await repo.listCertificates(ctx.db, { scope: filter.scope, ids: filter.ids }, 1, 0);
    if (total < new Set(filter.ids).size) throw errors.outOfScope();
  }
  const keys = await keyring(ctx);
  const [templates] = await catalog(ctx.db);
  const byId = new Map(templates.map((t) => [t.id, t]));
  let reissued = 0;
  const batch = 500;
  for (let page = 0; ; page++) {
    const { items } = await repo.listCertificates(
      ctx.db,
      { scope: filter.scope, ids: filter.ids, templateId: filter.templateId, status: 'valid' },
      batch,
      page * batch,
    );
    if (items.length === 0) break;
    const names = new Map(
      (
        await ctx.db
          .select({ id: people.id, fullName: people.fullName })
          .from(people)
          .where(
            inArray(
              people.id,
              items.map((i) => i.certificate.personId),
            ),
          )
      ).map((p) => [p.id, p.fullName]),
    );
    const now = new Date();
    for (const { certificate: c } of items) {
      const t = byId.get(c.templateId);
      const recipientName = names.get(c.personId) ?? c.recipientName;
      const vc = buildCredential({
        id: c.id,
        number: c.number,
        serial: c.serial,
        origin,
        issuerName: c.issuerName,
        template: {
          id: c.templateId,
          kind: t?.kind ?? 'course',
          title: c.title,
          description: t?.description ?? null,
          criteria: t?.criteria ?? c.title,
        },
        recipientName,
        issuedAt: c.issuedAt,
        expiresAt: c.expiresAt,
      });
      await ctx.db
        .update(certificates)
        .set({
          credentialJwt: await signCredential(vc, keys.signing),
          keyId: keys.signing.kid,
          recipientName,
          reissuedAt: now,
        })
        .where(eq(certificates.id, c.id));
      reissued++;
    }
    if (items.length < batch) break;
  }
  await recordAudit(ctx.db, {
    actorAccountId: actor.accountId,
    action: 'certificate.reissue',
    targetType: 'certificate',
    targetId: filter.ids?.length === 1 ? (filter.ids[0] ?? null) : null,
    details: {
      count: reissued,
      templateId: filter.templateId ?? null,
      ids: filter.ids?.slice(0, 100) ?? null,
    },
    ...meta,
  });
  return { reissued };
}

export interface VerifyOutcome {
  valid: boolean;
  status: CertificateStatus | 'invalid';
  problem: VerifyProblem | null;
  certificate: repo.CertificateRow | null;
  checks: { signature: boolean; issuer: boolean; notRevoked: boolean; notExpired: boolean };
}

/** Verifies a pasted or uploaded credential: signature by our key, then the certificate's status. */
export async function verifyCredential(
  ctx: AppContext,
  input: unknown,
  origin: string,
): Promise<VerifyOutcome> {
  const fail = (problem: VerifyProblem): VerifyOutcome => ({
    valid: false,
    status: 'invalid',
    problem,
    certificate: null,
    checks: {
      signature: false,
      issuer: problem === 'SIGNATURE_INVALID',
      notRevoked: false,
      notExpired: false,
    },
  });
  const jwt = extractJwt(input);
  if (!jwt) return fail('MALFORMED');
  const check = await checkSignature(jwt, await keyring(ctx), origin);
  if (!check.ok) return fail(check.problem);
  const c = await repo.getCertificate(ctx.db, check.certificateId);
  if (!c) return fail('NOT_ISSUED_HERE');
  const status = statusOf(c);
  return {
    valid: status === 'valid',
    status,
    problem: null,
    certificate: c,
    checks: {
      signature: true,
      issuer: true,
      notRevoked: status !== 'revoked',
      notExpired: status !== 'expired',
    },
  };
}

export async function certificatePdf(ctx: AppContext, c: repo.CertificateRow, origin: string) {
  const t = await repo.getTemplate(ctx.db, c.templateId);
  return renderCertificatePdf({
    serial: c.serial,
    title: c.title,
    criteria: t?.criteria ?? '',
    recipientName: c.recipientName,
    issuerName: c.issuerName,
    issuedAt: c.issuedAt,
    expiresAt: c.expiresAt,
    verifyUrl: verifyUrl(origin, c.id),
    status: statusOf(c),
  });
}

export async function findTemplate(ctx: AppContext, templateId: string) {
  const [templates] = await catalog(ctx.db);
  return templates.find((t) => t.id === templateId);
}
