// HTTP for periodic reports: the board of a period (my unit's report and those of the units below,
// due / submitted / late), generation, download as XLSX or PDF, submission.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../context.ts';
import { errors } from '../../errors.ts';
import { errorResponses, requestMeta } from '../../lib/http.ts';
import { attachmentHeader, contentTypes } from '../../lib/table-export.ts';
import { requireActor } from '../../plugins/auth.ts';
import { type Actor, authorize } from '../access/access.policy.ts';
import { recordAudit } from '../audit/audit.repository.ts';
import { getUnit } from '../units/units.repository.ts';
import { UnitId, UnitIdParam } from '../units/units.schemas.ts';
import { CampaignParams } from './monitoring.schemas.ts';
import { type CampaignRow, loadCampaign, resolvePlace } from './place.ts';
import { renderReportPdf } from './report.pdf.ts';
import { renderReportXlsx } from './report.xlsx.ts';
import { generateReport, loadReport, periodOrThrow, reportBoard, submitReport } from './reports.service.ts';

const periodKey = z
  .string()
  .regex(
    /^\d{4}-(M(1[0-2]|[1-9])|Q[1-4]|H[12]|Y)$/,
    'Kỳ báo cáo có dạng 2026-Q4, 2026-M11, 2026-H2 hoặc 2026-Y|Period is like 2026-Q4, 2026-M11, 2026-H2 or 2026-Y',
  );
const ReportSummary = z.object({
  id: z.string(),
  unitId: z.number().int(),
  period: z.string(),
  dueOn: z.string(),
  generatedAt: z.string(),
  automatic: z.boolean(),
  submittedAt: z.string().nullable(),
});
const State = z.enum(['submitted', 'submitted_late', 'late', 'due', 'draft']);
const BoardEntry = z.object({
  unitId: z.number().int(),
  unitName: z.string(),
  report: ReportSummary.nullable(),
  state: State,
});
const BoardReply = z.object({
  period: z.object({
    key: z.string(),
    kind: z.string(),
    start: z.string(),
    end: z.string(),
    dueOn: z.string(),
    label: z.string(),
  }),
  own: BoardEntry.nullable(),
  children: z.array(BoardEntry),
});
const ReportParams = z.object({ id: z.uuid() });

export function reportRoutes(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  // Reports are made per administrative unit; an organisation's officer uses the dashboard's exports.
  const unitPlace = async (actor: Actor, campaign: CampaignRow, unitId: number | undefined) => {
    const place = await resolvePlace(ctx.db, actor, campaign, { unitId });
    if (place.kind !== 'unit') throw errors.forbidden();
    return place;
  };

  /** The report and the caller's right over its unit. */
  const ownedReport = async (
    actor: ReturnType<typeof requireActor>,
    id: string,
    permission: 'monitoring.read' | 'reports.submit',
  ) => {
    const report = await loadReport(ctx.db, id);
    const unit = await getUnit(ctx.db, report.unitId);
    authorize(actor, permission, { unitPaths: [unit?.path] });
    return report;
  };

  r.get(
    '/api/monitoring/campaigns/:id/reports',
    {
      schema: {
        tags: ['reports'],
        summary: 'Reports of a period: mine and those of the units below (due, submitted, late)',
        params: CampaignParams,
        querystring: z.object({ period: periodKey, unitId: UnitIdParam.optional() }).strict(),
        response: { 200: BoardReply, ...errorResponses },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      const campaign = await loadCampaign(ctx.db, req.params.id);
      const place = await unitPlace(actor, campaign, req.query.unitId);
      return reportBoard(ctx.db, campaign, place, periodOrThrow(req.query.period));
    },
  );

  r.post(
    '/api/monitoring/campaigns/:id/reports',
    {
      schema: {
        tags: ['reports'],
        summary: 'Generate (or regenerate, until submitted) the report of a unit for a period',
        params: CampaignParams,
        body: z
          .object({
            period: periodKey,
            unitId: UnitId.optional(),
            notes: z.string().trim().max(4000).optional(),
          })
          .strict(),
        response: { 201: ReportSummary, ...errorResponses },
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      const campaign = await loadCampaign(ctx.db, req.params.id);
      const place = await unitPlace(actor, campaign, req.body.unitId);
      const summary = await generateReport(
        ctx.db,
        campaign,
        place,
        periodOrThrow(req.body.period),
        actor,
        req.body.notes ?? null,
      );
      return reply.status(201).send(summary);
    },
  );

  r.get(
    '/api/monitoring/reports/:id/file',
    {
      schema: {
        tags: ['reports'],
        summary: 'Download a report as XLSX or PDF (Vietnamese administrative format)',
        params: ReportParams,
        querystring: z.object({ format: z.enum(['xlsx', 'pdf']).default('xlsx') }).strict(),
      },
    },
    async (req, reply) => {
      const report = await ownedReport(requireActor(req), req.params.id, 'monitoring.read');
      const f = report.figures;
      const name = `Báo cáo ${f.campaign.name} ${f.unit.name} ${f.period.key}.${req.query.format}`;
      const body = req.query.format === 'pdf' ? await renderReportPdf(f) : await renderReportXlsx(f);
      return reply
        .type(req.query.format === 'pdf' ? 'application/pdf' : contentTypes.xlsx)
        .header('content-disposition', attachmentHeader(name))
        .send(body);
    },
  );

  r.post(
    '/api/monitoring/reports/:id/submit',
    {
      schema: {
        tags: ['reports'],
        summary: 'Submit a report to the level above (it can no longer be regenerated)',
        params: ReportParams,
        response: { 200: ReportSummary, ...errorResponses },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      await ownedReport(actor, req.params.id, 'reports.submit');
      return ctx.db.transaction(async (tx) => {
        const summary = await submitReport(tx as never, req.params.id, actor.accountId);
        await recordAudit(tx as never, {
          actorAccountId: actor.accountId,
          action: 'report.submit',
          targetType: 'report',
          targetId: summary.id,
          details: { period: summary.period, unitId: summary.unitId },
          ...requestMeta(req),
        });
        return summary;
      });
    },
  );
}
