// HTTP for reading the audit log (system administrators).
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../context.ts';
import { errors } from '../../errors.ts';
import { errorResponses } from '../../lib/http.ts';
import { offsetOf, Page, PageQuery } from '../../lib/paging.ts';
import { requireActor } from '../../plugins/auth.ts';
import { requirePermission } from '../access/access.policy.ts';
import { listAudit } from './audit.repository.ts';

const AuditQuery = PageQuery.extend({
  targetType: z.string().max(50).optional(),
  targetId: z.string().max(100).optional(),
  action: z.string().max(100).optional(),
}).strict();

const AuditEntryReply = z.object({
  id: z.number().int(),
  at: z.string(),
  actorAccountId: z.string().nullable(),
  action: z.string(),
  targetType: z.string(),
  targetId: z.string().nullable(),
  details: z.unknown(),
  ip: z.string().nullable(),
  requestId: z.string().nullable(),
});

export function auditRoutes(app: FastifyInstance, ctx: AppContext) {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/api/audit-log',
    {
      schema: {
        tags: ['audit'],
        summary: 'Audit log of administrative actions',
        querystring: AuditQuery,
        response: { 200: Page(AuditEntryReply), ...errorResponses },
      },
    },
    async (req) => {
      const scope = requirePermission(requireActor(req), 'audit.read');
      // Entries are not tied to units, so only a global scope may read them.
      if (!scope.all) throw errors.forbidden();
      const q = req.query;
      const r = await listAudit(ctx.db, { ...q, limit: q.pageSize, offset: offsetOf(q) });
      return {
        items: r.items.map((e) => ({ ...e, at: e.at.toISOString() })),
        total: r.total,
        page: q.page,
        pageSize: q.pageSize,
      };
    },
  );
}
