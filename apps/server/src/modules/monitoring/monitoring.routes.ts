// HTTP for campaign monitoring: campaigns and their templates, the dashboard overview of a place,
// one target broken down, drill-down lists of subjects and laggards (JSON, CSV or XLSX).

import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../context.ts';
import { errors } from '../../errors.ts';
import { errorResponses, requestMeta } from '../../lib/http.ts';
import { offsetOf } from '../../lib/paging.ts';
import { requireActor } from '../../plugins/auth.ts';
import { authorize, requirePermission } from '../access/access.policy.ts';
import { recordAudit } from '../audit/audit.repository.ts';
import { breakdown } from './breakdown.service.ts';
import { vnDay } from './calendar.ts';
import {
  buildsIdle,
  createCampaign,
  listCampaigns,
  listTemplates,
  scheduleRebuild,
} from './campaigns.service.ts';
import { rowsOf } from './kpi.engine.ts';
import { campaignOverview, listCampaignTargets } from './kpi.service.ts';
import { laggards, targetSubjects } from './lists.service.ts';
import { sendExport } from './monitoring.export.ts';
import { pendingChanges } from './monitoring.repository.ts';
import {
  BreakdownQuery,
  BreakdownReply,
  CampaignParams,
  CampaignsReply,
  CreateCampaignBody,
  LaggardsQuery,
  LaggardsReply,
  OverviewReply,
  PlaceQuery,
  SubjectsQuery,
  SubjectsReply,
  TargetParams,
  TemplatesReply,
  UpdateTargetBody,
} from './monitoring.schemas.ts';
import { loadCampaign, type ResolvedPlace, resolvePlace } from './place.ts';

const placeView = (p: ResolvedPlace) => ({
  kind: p.kind,
  id: p.id,
  name: p.name,
  code: p.code,
  trail: p.trail,
  children: p.children,
});

export function monitoringRoutes(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  // A campaign's first build runs after its request: shutting down waits for it.
  app.addHook('onClose', async () => {
    await buildsIdle();
  });

  const loadTarget = async (id: string) => {
    const [row] = rowsOf<{ campaign_id: string }>(
      await ctx.db.execute(sql`select campaign_id from campaign_targets where id = ${id}`),
    );
    if (!row) throw errors.notFound('TARGET_NOT_FOUND');
    const campaign = await loadCampaign(ctx.db, row.campaign_id);
    const target = (await listCampaignTargets(ctx.db, campaign.id)).find((t) => t.id === id);
    if (!target) throw errors.notFound('TARGET_NOT_FOUND');
    return { campaign, target };
  };

  r.get(
    '/api/monitoring/campaigns',
    {
      schema: {
        tags: ['monitoring'],
        summary: 'Campaigns whose place meets my scope',
        response: { 200: CampaignsReply, ...errorResponses },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      requirePermission(actor, 'monitoring.read');
      return { items: await listCampaigns(ctx.db, actor) };
    },
  );

  r.get(
    '/api/monitoring/campaign-templates',
    {
      schema: {
        tags: ['monitoring'],
        summary: 'Campaign templates of the content packs (the seeds’ targets)',
        response: { 200: TemplatesReply, ...errorResponses },
      },
    },
    async (req) => {
      requirePermission(requireActor(req), 'campaigns.manage');
      const items = await listTemplates(ctx.db);
      return {
        items: items.map((t) => ({
          id: t.id,
          name: t.name,
          reference: t.reference,
          starts: t.starts,
          ends: t.ends,
          targets: t.targets.map((x) => ({ code: x.code, title: x.title, share: x.share, due: x.due })),
        })),
      };
    },
  );

  r.post(
    '/api/monitoring/campaigns',
    {
      schema: {
        tags: ['monitoring'],
        summary: 'Start a campaign for a unit from a template (its KPIs are computed in the background)',
        body: CreateCampaignBody,
        response: { 201: CampaignsReply.shape.items.element, ...errorResponses },
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      const { id } = await createCampaign(ctx.db, actor, req.body, requestMeta(req));
      // The first build reads every person of the place: not in the request.
      void scheduleRebuild(ctx.db, id, (err) =>
        req.log.error({ err, campaign: id }, 'campaign KPI build failed'),
      );
      const item = (await listCampaigns(ctx.db, actor)).find((c) => c.id === id);
      if (!item) throw errors.notFound('CAMPAIGN_NOT_FOUND');
      return reply.status(201).send(item);
    },
  );

  r.patch(
    '/api/monitoring/targets/:id',
    {
      schema: {
        tags: ['monitoring'],
        summary: 'Adjust a target’s title, share or deadline',
        params: TargetParams,
        body: UpdateTargetBody,
        response: { 200: BreakdownReply.shape.target, ...errorResponses },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      const { campaign, target } = await loadTarget(req.params.id);
      authorize(actor, 'campaigns.manage', { unitPaths: [campaign.unitPath] });
      const b = req.body;
      await ctx.db.transaction(async (tx) => {
        await tx.execute(sql`update campaign_targets set
          title = coalesce(${b.title ?? null}, title),
          target_share = coalesce(${b.targetShare ?? null}::real, target_share),
          due_on = coalesce(${b.dueOn ?? null}::date, due_on)
          where id = ${target.id}`);
        await recordAudit(tx as never, {
          actorAccountId: actor.accountId,
          action: 'target.update',
          targetType: 'campaign_target',
          targetId: target.id,
          details: {
            before: { title: target.title, share: target.targetShare, dueOn: target.dueOn },
            after: b,
          },
          ...requestMeta(req),
        });
      });
      const t = (await listCampaignTargets(ctx.db, campaign.id)).find((x) => x.id === target.id) ?? target;
      return { id: t.id, code: t.code, title: t.title, targetShare: t.targetShare, dueOn: t.dueOn };
    },
  );

  r.get(
    '/api/monitoring/campaigns/:id/overview',
    {
      schema: {
        tags: ['monitoring'],
        summary: 'Every target of a campaign for a place: value against target, status, trend',
        params: CampaignParams,
        querystring: PlaceQuery,
        response: { 200: OverviewReply, ...errorResponses },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      const campaign = await loadCampaign(ctx.db, req.params.id);
      const place = await resolvePlace(ctx.db, actor, campaign, req.query);
      const [{ day, items }, pending, [summary]] = await Promise.all([
        campaignOverview(ctx.db, campaign, place, req.query.asOf ?? null),
        pendingChanges(ctx.db),
        listCampaigns(ctx.db, actor).then((cs) => cs.filter((c) => c.id === campaign.id)),
      ]);
      return {
        campaign: {
          ...(summary ?? {
            id: campaign.id,
            name: campaign.name,
            nameEn: campaign.nameEn,
            status: campaign.status as 'active' | 'closed',
            startsOn: campaign.startsOn,
            endsOn: campaign.endsOn,
            unitId: campaign.unitId,
            unitName: campaign.unitName,
            targets: items.length,
          }),
          reference: campaign.reference,
          issuingBody: campaign.issuingBody,
        },
        place: placeView(place),
        day,
        pending,
        targets: items,
      };
    },
  );

  r.get(
    '/api/monitoring/targets/:id/breakdown',
    {
      schema: {
        tags: ['monitoring'],
        summary: 'One target by child unit, target group or organisation (format csv/xlsx to export)',
        params: TargetParams,
        querystring: BreakdownQuery,
        response: { 200: BreakdownReply, ...errorResponses },
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      const q = req.query;
      const { campaign, target } = await loadTarget(req.params.id);
      const place = await resolvePlace(ctx.db, actor, campaign, q);
      const today = vnDay(new Date());
      const asOf = q.asOf && q.asOf < today ? q.asOf : null;
      const exporting = q.format !== 'json';
      const result = await breakdown(ctx.db, campaign, target, place, q.by, {
        day: asOf ?? today,
        asOf,
        limit: exporting ? 10_000 : q.pageSize,
        offset: exporting ? 0 : offsetOf(q),
      });
      if (exporting)
        return sendExport(reply, q.format as 'csv' | 'xlsx', 'breakdown', result.items, target, place);
      return {
        target: {
          id: target.id,
          code: target.code,
          title: target.title,
          targetShare: target.targetShare,
          dueOn: target.dueOn,
        },
        place: placeView(place),
        by: q.by,
        items: result.items,
        total: result.total,
        page: q.page,
        pageSize: q.pageSize,
      };
    },
  );

  r.get(
    '/api/monitoring/targets/:id/subjects',
    {
      schema: {
        tags: ['monitoring'],
        summary: 'The people (households, organisations) of a target in a place, reached or not',
        params: TargetParams,
        querystring: SubjectsQuery,
        response: { 200: SubjectsReply, ...errorResponses },
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      const q = req.query;
      const { campaign, target } = await loadTarget(req.params.id);
      // Names of people: the caller must be allowed to read people there, not only figures.
      const place = await resolvePlace(ctx.db, actor, campaign, q, 'people.read');
      const achieved = q.achieved === undefined ? undefined : q.achieved === 'true';
      const exporting = q.format !== 'json';
      const result = await targetSubjects(
        ctx.db,
        target,
        place,
        achieved,
        exporting ? 50_000 : q.pageSize,
        exporting ? 0 : offsetOf(q),
      );
      if (exporting)
        return sendExport(reply, q.format as 'csv' | 'xlsx', 'subjects', result.items, target, place);
      return { ...result, page: q.page, pageSize: q.pageSize };
    },
  );

  r.get(
    '/api/monitoring/campaigns/:id/laggards',
    {
      schema: {
        tags: ['monitoring'],
        summary: 'Units and organisations furthest behind, and learners who stopped learning',
        params: CampaignParams,
        querystring: LaggardsQuery,
        response: { 200: LaggardsReply, ...errorResponses },
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      const q = req.query;
      const campaign = await loadCampaign(ctx.db, req.params.id);
      const place = await resolvePlace(
        ctx.db,
        actor,
        campaign,
        q,
        q.kind === 'people' ? 'people.read' : 'monitoring.read',
      );
      const exporting = q.format !== 'json';
      const result = await laggards(ctx.db, campaign, place, {
        kind: q.kind,
        days: q.days,
        limit: exporting ? 50_000 : q.pageSize,
        offset: exporting ? 0 : offsetOf(q),
        today: vnDay(new Date()),
      });
      if (exporting)
        return sendExport(reply, q.format as 'csv' | 'xlsx', `laggards-${q.kind}`, result.items, null, place);
      return { kind: q.kind, ...result, page: q.page, pageSize: q.pageSize };
    },
  );
}
