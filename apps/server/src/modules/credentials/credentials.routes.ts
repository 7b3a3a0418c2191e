// HTTP for certificates: the learner's own (list, PDF, credential file), officers' lists in scope
// (search, export, issue, revoke, bulk re-issue), and the public side without an account
// (verification by id or by credential, issuer profile, achievements, status lists, JWKS).
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../context.ts';
import { errors } from '../../errors.ts';
import { errorResponses, originOf, requestMeta } from '../../lib/http.ts';
import { offsetOf, Page } from '../../lib/paging.ts';
import { csvCell } from '../../lib/table-export.ts';
import { foldVietnamese } from '../../lib/text.ts';
import { requireActor } from '../../plugins/auth.ts';
import { requirePermission } from '../access/access.policy.ts';
import { resolvedScopeCondition, resolveScope } from '../access/access.sql.ts';
import { credentialFile, issuerId, STATUS_LIST_SIZE, signCredential } from './credential.ts';
import { presentCertificate, presentOfficerCertificate, presentPublic } from './credentials.presenter.ts';
import * as repo from './credentials.repository.ts';
import {
  BulkIssueBody,
  CertificateParams,
  CertificatesExportQuery,
  CertificatesQuery,
  IssueCertificateBody,
  MyCertificatesReply,
  OfficerCertificateView,
  ReissueBody,
  RevokeCertificateBody,
  TemplatesReply,
  VerifyBody,
  VerifyByIdReply,
  VerifyReply,
} from './credentials.schemas.ts';
import * as service from './credentials.service.ts';
import { encodeStatusList, statusListCredential } from './status-list.ts';

const templateMap = async (ctx: AppContext) =>
  new Map((await repo.listTemplates(ctx.db)).map((t) => [t.id, t]));

const vnDate = (d: Date | null) =>
  d
    ? new Intl.DateTimeFormat('vi-VN', {
        timeZone: 'Asia/Ho_Chi_Minh',
        day: '2-digit',
        month: '2-digit',
        year: 'numeric',
      }).format(d)
    : '';

export function credentialRoutes(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  // ---- learner ----
  r.get(
    '/api/learning/certificates',
    {
      schema: {
        tags: ['certificates'],
        summary: 'My certificates and my progress towards the others',
        response: { 200: MyCertificatesReply, ...errorResponses },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      const origin = originOf(ctx, req);
      const mine = await service.myCertificates(ctx, actor.personId, origin);
      const templates = await templateMap(ctx);
      return {
        items: mine.items.map((c) => presentCertificate(c, origin, templates.get(c.templateId))),
        progress: mine.progress,
      };
    },
  );

  const ownCertificate = async (req: FastifyRequest, id: string) => {
    const actor = requireActor(req);
    const c = await repo.getCertificate(ctx.db, id);
    // Someone else's certificate is "not found" here: the owner routes reveal nothing.
    if (!c || c.personId !== actor.personId) throw errors.notFound('CERTIFICATE_NOT_FOUND');
    return c;
  };

  r.get(
    '/api/learning/certificates/:id/pdf',
    {
      schema: {
        tags: ['certificates'],
        summary: 'Download my certificate as PDF',
        params: CertificateParams,
      },
    },
    async (req, reply) => {
      const c = await ownCertificate(req, req.params.id);
      const pdf = await service.certificatePdf(ctx, c, originOf(ctx, req));
      return reply
        .type('application/pdf')
        .header('content-disposition', `attachment; filename="chung-nhan-${c.serial}.pdf"`)
        .send(pdf);
    },
  );

  r.get(
    '/api/learning/certificates/:id/credential',
    {
      schema: {
        tags: ['certificates'],
        summary: 'Download my Open Badges 3.0 credential (enveloped VC-JWT)',
        params: CertificateParams,
      },
    },
    async (req, reply) => {
      const c = await ownCertificate(req, req.params.id);
      return reply
        .type('application/json')
        .header('content-disposition', `attachment; filename="chung-nhan-${c.serial}.json"`)
        .send(JSON.stringify(credentialFile(c.credentialJwt), null, 2));
    },
  );

  // ---- officers ----
  r.get(
    '/api/certificates/templates',
    {
      schema: {
        tags: ['certificates'],
        summary: 'Certificate templates',
        response: { 200: TemplatesReply, ...errorResponses },
      },
    },
    async (req) => {
      requireActor(req);
      const items = await repo.listTemplates(ctx.db);
      return {
        items: items.map((t) => ({
          id: t.id,
          title: t.title,
          titleEn: t.titleEn,
          kind: t.kind,
          inPerson: !!t.rule.inPerson,
          description: t.description,
        })),
      };
    },
  );

  const scopedFilter = async (
    req: FastifyRequest,
    q: z.infer<typeof CertificatesExportQuery>,
  ): Promise<repo.CertificateFilter> => {
    const scope = requirePermission(requireActor(req), 'certificates.read');
    const resolved = await resolveScope(ctx.db, scope);
    const serial = q.q && /^[A-Z0-9]{2,8}-\d{4}-\d{6,}$/i.test(q.q) ? q.q.toUpperCase() : undefined;
    return {
      scope: resolvedScopeCondition(resolved, '"people"."unit_id"', '"people"."organisation_id"'),
      serial,
      folded: q.q && !serial ? foldVietnamese(q.q) : undefined,
      templateId: q.templateId,
      status: q.status,
    };
  };

  r.get(
    '/api/certificates',
    {
      schema: {
        tags: ['certificates'],
        summary: 'List and search certificates in my scope',
        querystring: CertificatesQuery,
        response: { 200: Page(OfficerCertificateView), ...errorResponses },
      },
    },
    async (req) => {
      const q = req.query;
      const filter = await scopedFilter(req, q);
      const origin = originOf(ctx, req);
      const [result, templates] = await Promise.all([
        repo.listCertificates(ctx.db, filter, q.pageSize, offsetOf(q)),
        templateMap(ctx),
      ]);
      return {
        items: result.items.map((row) =>
          presentOfficerCertificate(row, origin, templates.get(row.certificate.templateId)),
        ),
        total: result.total,
        page: q.page,
        pageSize: q.pageSize,
      };
    },
  );

  r.get(
    '/api/certificates/export.csv',
    {
      schema: {
        tags: ['certificates'],
        summary: 'Export the certificates in my scope as CSV (UTF-8, Excel-ready)',
        querystring: CertificatesExportQuery,
      },
    },
    async (req, reply) => {
      const filter = await scopedFilter(req, req.query);
      const origin = originOf(ctx, req);
      const lines = [
        [
          'Số hiệu',
          'Họ và tên',
          'Chứng nhận',
          'Đơn vị hành chính',
          'Cơ quan, tổ chức',
          'Ngày cấp',
          'Hết hạn',
          'Trạng thái',
          'Cách cấp',
          'Lý do',
          'Địa chỉ kiểm tra',
        ]
          .map(csvCell)
          .join(','),
      ];
      const statusVi = { valid: 'Còn hiệu lực', revoked: 'Đã thu hồi', expired: 'Hết hạn' };
      for (let page = 0; page < 200; page++) {
        const { items } = await repo.listCertificates(ctx.db, filter, 1000, page * 1000);
        for (const row of items) {
          const c = row.certificate;
          lines.push(
            [
              c.serial,
              c.recipientName,
              c.title,
              row.unitName,
              row.organisationName,
              vnDate(c.issuedAt),
              vnDate(c.expiresAt),
              statusVi[service.statusOf(c)],
              c.issuedBy ? 'Cán bộ cấp' : 'Tự động',
              c.revocationReason ?? c.issueReason,
              `${origin}/verify/${c.id}`,
            ]
              .map(csvCell)
              .join(','),
          );
        }
        if (items.length < 1000) break;
      }
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', 'attachment; filename="chung-nhan.csv"')
        .send(`\uFEFF${lines.join('\r\n')}\r\n`);
    },
  );

  r.post(
    '/api/certificates',
    {
      schema: {
        tags: ['certificates'],
        summary: 'Issue a certificate (in-person assessment; the reason is recorded)',
        body: IssueCertificateBody,
        response: { 201: OfficerCertificateView, ...errorResponses },
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      const origin = originOf(ctx, req);
      const c = await service.issueByOfficer(ctx, actor, req.body, requestMeta(req), origin);
      const [row] = (await repo.listCertificates(ctx.db, { scope: undefined, ids: [c.id] }, 1, 0)).items;
      const templates = await templateMap(ctx);
      return reply
        .status(201)
        .send(
          presentOfficerCertificate(
            row ?? { certificate: c, unitName: null, organisationName: null },
            origin,
            templates.get(c.templateId),
          ),
        );
    },
  );

  r.post(
    '/api/certificates/bulk',
    {
      schema: {
        tags: ['certificates'],
        summary: 'Issue one certificate to many people (all in my scope, or none); holders are skipped',
        body: BulkIssueBody,
        response: {
          200: z.object({ issued: z.number().int(), skipped: z.number().int() }),
          ...errorResponses,
        },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      const resolved = await resolveScope(ctx.db, requirePermission(actor, 'certificates.issue'));
      return service.issueBulkByOfficer(
        ctx,
        actor,
        {
          ...req.body,
          scope: resolvedScopeCondition(resolved, '"people"."unit_id"', '"people"."organisation_id"'),
        },
        requestMeta(req),
        originOf(ctx, req),
      );
    },
  );

  r.post(
    '/api/certificates/:id/revoke',
    {
      schema: {
        tags: ['certificates'],
        summary: 'Revoke a certificate with a reason',
        params: CertificateParams,
        body: RevokeCertificateBody,
        response: { 200: OfficerCertificateView, ...errorResponses },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      const origin = originOf(ctx, req);
      const c = await service.revokeCertificate(ctx, actor, req.params.id, req.body.reason, requestMeta(req));
      const [row] = (await repo.listCertificates(ctx.db, { scope: undefined, ids: [c.id] }, 1, 0)).items;
      const templates = await templateMap(ctx);
      return presentOfficerCertificate(
        row ?? { certificate: c, unitName: null, organisationName: null },
        origin,
        templates.get(c.templateId),
      );
    },
  );

  r.post(
    '/api/certificates/reissue',
    {
      schema: {
        tags: ['certificates'],
        summary: 'Re-sign live certificates in my scope (current key and name); id and serial stay',
        body: ReissueBody,
        response: { 200: z.object({ reissued: z.number().int() }), ...errorResponses },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      const scope = requirePermission(actor, 'certificates.issue');
      const resolved = await resolveScope(ctx.db, scope);
      return service.reissueCertificates(
        ctx,
        actor,
        {
          scope: resolvedScopeCondition(resolved, '"people"."unit_id"', '"people"."organisation_id"'),
          ids: req.body.ids,
          templateId: req.body.templateId,
        },
        requestMeta(req),
        originOf(ctx, req),
      );
    },
  );

  // ---- public ----
  r.get(
    '/api/verify/:id',
    {
      schema: {
        tags: ['verification'],
        summary: 'Check a certificate by its id (from the QR code); no account needed',
        security: [],
        params: CertificateParams,
        response: { 200: VerifyByIdReply, 404: errorResponses[404] },
      },
    },
    async (req) => {
      const c = await service.loadCertificate(ctx.db, req.params.id);
      const t = await service.findTemplate(ctx, c.templateId);
      return { status: service.statusOf(c), certificate: presentPublic(c, t) };
    },
  );

  r.post(
    '/api/verify',
    {
      config: { csrf: false },
      schema: {
        tags: ['verification'],
        summary:
          'Verify a credential (compact JWT or credential JSON): signature, issuer, revocation, expiry',
        security: [],
        body: VerifyBody,
        response: { 200: VerifyReply, 400: errorResponses[400] },
      },
    },
    async (req) => {
      const out = await service.verifyCredential(ctx, req.body.credential, originOf(ctx, req));
      const t = out.certificate ? await service.findTemplate(ctx, out.certificate.templateId) : undefined;
      return { ...out, certificate: out.certificate ? presentPublic(out.certificate, t) : null };
    },
  );

  r.get(
    '/api/credentials/issuer',
    { schema: { tags: ['verification'], summary: 'Issuer profile (Open Badges 3.0 Profile)', security: [] } },
    async (req) => {
      const origin = originOf(ctx, req);
      return {
        '@context': [
          'https://www.w3.org/ns/credentials/v2',
          'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json',
        ],
        id: issuerId(origin),
        type: ['Profile'],
        name: ctx.env.issuerName,
        url: origin,
        description: 'Nền tảng Lantỏa — phong trào "Bình dân học vụ số", "Bình dân học AI".',
        jwks: `${origin}/.well-known/jwks.json`,
      };
    },
  );

  r.get(
    '/api/credentials/achievements/:id',
    {
      schema: {
        tags: ['verification'],
        summary: 'An achievement (certificate template) as Open Badges 3.0 Achievement',
        security: [],
        params: z.object({ id: z.string().max(100) }).strict(),
      },
    },
    async (req) => {
      const t = await service.findTemplate(ctx, req.params.id);
      if (!t) throw errors.notFound('CERTIFICATE_TEMPLATE_NOT_FOUND');
      return {
        '@context': [
          'https://www.w3.org/ns/credentials/v2',
          'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json',
        ],
        id: `${originOf(ctx, req)}/api/credentials/achievements/${t.id}`,
        type: ['Achievement'],
        achievementType: t.kind === 'trainer' ? 'License' : 'Certificate',
        name: t.title,
        description: t.description ?? t.criteria,
        criteria: { narrative: t.criteria },
      };
    },
  );

  r.get(
    '/api/credentials/status/:list',
    {
      schema: {
        tags: ['verification'],
        summary: 'Revocation status list (BitstringStatusListCredential; JWT with ?format=jwt)',
        security: [],
        params: z.object({ list: z.coerce.number().int().min(0).max(100_000) }).strict(),
        querystring: z.object({ format: z.enum(['json', 'jwt']).default('json') }).strict(),
      },
    },
    async (req, reply) => {
      const origin = originOf(ctx, req);
      const from = req.params.list * STATUS_LIST_SIZE;
      const revoked = await repo.revokedNumbers(ctx.db, from, from + STATUS_LIST_SIZE);
      const vc = statusListCredential(
        origin,
        req.params.list,
        { id: issuerId(origin), name: ctx.env.issuerName },
        encodeStatusList(revoked.map((n) => n - from)),
      );
      reply.header('cache-control', 'public, max-age=60');
      if (req.query.format === 'jwt')
        return reply
          .type('application/vc+jwt')
          .send(await signCredential(vc, (await service.keyring(ctx)).signing));
      return vc;
    },
  );

  r.get(
    '/.well-known/jwks.json',
    {
      schema: {
        tags: ['verification'],
        summary: 'Public keys of the certificate issuer (JWKS)',
        security: [],
      },
    },
    async (_req, reply) => {
      reply.header('cache-control', 'public, max-age=300');
      return (await service.keyring(ctx)).jwks();
    },
  );
}
