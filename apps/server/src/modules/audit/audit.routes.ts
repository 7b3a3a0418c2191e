// HTTP for reading, searching and exporting the audit log (system administrators only).
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../context.ts';
import { errors } from '../../errors.ts';
import { errorResponses, requestMeta } from '../../lib/http.ts';
import { offsetOf } from '../../lib/paging.ts';
import { sendTable } from '../../lib/table-export.ts';
import { requireActor } from '../../plugins/auth.ts';
import { requirePermission } from '../access/access.policy.ts';
import { AUDIT_EXPORT_CAP, auditColumns, auditTableRow } from './audit.export.ts';
import { type AuditRow, auditForExport, listAudit, recordAudit } from './audit.repository.ts';
import { AuditExportQuery, AuditQuery, AuditReply } from './audit.schemas.ts';

/** Entries are not tied to units, so only a global scope (a system administrator) may read them. */
function requireGlobalAuditRead(actor: ReturnType<typeof requireActor>) {
  if (!requirePermission(actor, 'audit.read').all) throw errors.forbidden();
}

const presentEntry = (e: AuditRow) => ({ ...e, at: e.at.toISOString() });

export function auditRoutes(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/api/audit-log',
    {
      schema: {
        tags: ['audit'],
        summary:
          'Search the audit log: text, action (exact, or a prefix ending in "."), actor, target, days (Vietnam time)',
        querystring: AuditQuery,
        response: { 200: AuditReply, ...errorResponses },
      },
    },
    async (req) => {
      requireGlobalAuditRead(requireActor(req));
      const { page, pageSize, ...filter } = req.query;
      const result = await listAudit(ctx.db, { ...filter, limit: pageSize, offset: offsetOf(req.query) });
      return { items: result.items.map(presentEntry), total: result.total, page, pageSize };
    },
  );

  r.get(
    '/api/audit-log/export',
    {
      schema: {
        tags: ['audit'],
        summary: `Export the audit log (same filters, newest first, up to ${AUDIT_EXPORT_CAP} rows) as CSV or XLSX`,
        querystring: AuditExportQuery,
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      requireGlobalAuditRead(actor);
      const { format, ...filter } = req.query;
      const { rows, capped } = await auditForExport(ctx.db, filter, AUDIT_EXPORT_CAP);
      // Taking the log out is itself an access to personal data: recorded like any export.
      await recordAudit(ctx.db, {
        actorAccountId: actor.accountId,
        action: 'audit.exported',
        targetType: 'audit_log',
        targetId: null,
        details: { filter, format, rows: rows.length, capped },
        ...requestMeta(req),
      });
      if (capped) reply.header('x-export-capped', String(AUDIT_EXPORT_CAP));
      const columns = auditColumns(capped ? { cap: AUDIT_EXPORT_CAP } : null);
      return sendTable(reply, format, 'nhat-ky-he-thong', columns, rows.map(auditTableRow));
    },
  );
}
