// HTTP for personal data (Law 91/2025/QH15): the privacy notice, my consents, my data download,
// erasure requests and their confirmation by an officer.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../context.ts';
import { errorResponses, requestMeta } from '../../lib/http.ts';
import { offsetOf } from '../../lib/paging.ts';
import { requireActor } from '../../plugins/auth.ts';
import { authorize, requirePermission } from '../access/access.policy.ts';
import { resolvedScopeCondition, resolveScope } from '../access/access.sql.ts';
import { recordAudit } from '../audit/audit.repository.ts';
import { loadPerson, placementOf } from '../people/people.service.ts';
import { myPrivacy, notice, updateConsents } from './consent.service.ts';
import {
  cancelMyErasureRequest,
  confirmErasure,
  presentErasureRequest,
  rejectErasure,
  requestErasure,
} from './erasure.service.ts';
import { exportFileName, exportPersonalData } from './export.service.ts';
import * as repo from './privacy.repository.ts';
import {
  ConfirmErasureBody,
  ConsentInput,
  DataExportReply,
  ErasureListItem,
  ErasureListQuery,
  ErasureListReply,
  ErasureParams,
  MyErasureBody,
  MyPrivacyReply,
  NoticeReply,
  OfficerErasureBody,
  PersonIdParams,
  RejectErasureBody,
} from './privacy.schemas.ts';

export function privacyRoutes(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['privacy'];

  r.get(
    '/api/privacy/notice',
    {
      schema: {
        tags,
        summary: 'The privacy notice in force: its version and purposes (texts are in the app)',
        security: [],
        response: { 200: NoticeReply },
      },
    },
    async () => notice(),
  );

  r.get(
    '/api/me/privacy',
    {
      schema: {
        tags,
        summary: 'My consents (history) and my latest erasure request',
        response: { 200: MyPrivacyReply, ...errorResponses },
      },
    },
    async (req) => myPrivacy(ctx.db, requireActor(req).personId),
  );

  r.put(
    '/api/me/privacy/consents',
    {
      schema: {
        tags,
        summary: 'Grant or withdraw the optional purposes (required ones: erasure request instead)',
        body: ConsentInput,
        response: { 200: MyPrivacyReply, ...errorResponses },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      await updateConsents(ctx.db, actor.personId, req.body, req.ip ?? null);
      return myPrivacy(ctx.db, actor.personId);
    },
  );

  r.get(
    '/api/me/data-export',
    {
      schema: {
        tags,
        summary: 'Download everything the platform holds about me (JSON)',
        response: { 200: DataExportReply, ...errorResponses },
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      const doc = await exportPersonalData(ctx, actor.personId);
      return reply
        .header('content-disposition', `attachment; filename="${exportFileName()}"`)
        .header('cache-control', 'no-store')
        .send(doc);
    },
  );

  r.get(
    '/api/people/:id/data-export',
    {
      schema: {
        tags,
        summary: 'Download everything the platform holds about a person in my scope (JSON; audited)',
        params: PersonIdParams,
        response: { 200: DataExportReply, ...errorResponses },
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      const person = await loadPerson(ctx.db, req.params.id);
      authorize(actor, 'people.read', placementOf(person));
      const doc = await exportPersonalData(ctx, person.id);
      await recordAudit(ctx.db, {
        actorAccountId: actor.accountId,
        action: 'person.data_exported',
        targetType: 'person',
        targetId: person.id,
        ...requestMeta(req),
      });
      return reply
        .header('content-disposition', `attachment; filename="${exportFileName()}"`)
        .header('cache-control', 'no-store')
        .send(doc);
    },
  );

  r.post(
    '/api/me/erasure-request',
    {
      schema: {
        tags,
        summary: 'Ask for my personal data to be erased (an officer confirms)',
        body: MyErasureBody,
        response: { 201: ErasureListItem, ...errorResponses },
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      const out = await requestErasure(
        ctx,
        actor.personId,
        { requestedBy: 'self', accountId: actor.accountId, reason: req.body.reason },
        requestMeta(req),
      );
      return reply.status(201).send(out);
    },
  );

  r.delete(
    '/api/me/erasure-request',
    {
      schema: {
        tags,
        summary: 'Cancel my pending erasure request',
        response: { 204: z.null(), ...errorResponses },
      },
    },
    async (req, reply) => {
      await cancelMyErasureRequest(ctx, requireActor(req), requestMeta(req));
      return reply.status(204).send(null);
    },
  );

  r.post(
    '/api/people/:id/erasure-requests',
    {
      schema: {
        tags,
        summary: 'Record an erasure request a person made in person at the office',
        params: PersonIdParams,
        body: OfficerErasureBody,
        response: { 201: ErasureListItem, ...errorResponses },
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      const person = await loadPerson(ctx.db, req.params.id);
      authorize(actor, 'people.erase', placementOf(person));
      const out = await requestErasure(
        ctx,
        person.id,
        { requestedBy: 'officer', accountId: actor.accountId, reason: req.body.reason },
        requestMeta(req),
      );
      return reply.status(201).send(out);
    },
  );

  r.get(
    '/api/erasure-requests',
    {
      schema: {
        tags,
        summary: 'Erasure requests of the people in my scope',
        querystring: ErasureListQuery,
        response: { 200: ErasureListReply, ...errorResponses },
      },
    },
    async (req) => {
      const q = req.query;
      const scope = await resolveScope(ctx.db, requirePermission(requireActor(req), 'people.erase'));
      const result = await repo.listErasureRequests(ctx.db, {
        scope: resolvedScopeCondition(scope, '"people"."unit_id"', '"people"."organisation_id"'),
        status: q.status,
        personId: q.personId,
        limit: q.pageSize,
        offset: offsetOf(q),
      });
      return {
        items: result.items.map(presentErasureRequest),
        total: result.total,
        page: q.page,
        pageSize: q.pageSize,
      };
    },
  );

  r.post(
    '/api/erasure-requests/:id/confirm',
    {
      schema: {
        tags,
        summary: "Confirm an erasure request: erases the person's data in one transaction",
        params: ErasureParams,
        body: ConfirmErasureBody,
        response: { 200: ErasureListItem, ...errorResponses },
      },
    },
    async (req) => confirmErasure(ctx, requireActor(req), req.params.id, req.body.note, requestMeta(req)),
  );

  r.post(
    '/api/erasure-requests/:id/reject',
    {
      schema: {
        tags,
        summary: 'Reject an erasure request (the reason is required)',
        params: ErasureParams,
        body: RejectErasureBody,
        response: { 200: ErasureListItem, ...errorResponses },
      },
    },
    async (req) => rejectErasure(ctx, requireActor(req), req.params.id, req.body.note, requestMeta(req)),
  );
}
