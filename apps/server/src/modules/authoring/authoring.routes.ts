// HTTP for the console's authoring and review workflow.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../context.ts';
import { errorResponses, requestMeta } from '../../lib/http.ts';
import { requireActor } from '../../plugins/auth.ts';
import {
  getAuthoringModule,
  listAuthoring,
  reviewDraft,
  saveDraft,
  submitDraft,
} from './authoring.service.ts';

const Params = z
  .object({
    id: z
      .string()
      .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/)
      .max(100),
  })
  .strict();
const DraftStatus = z.enum(['draft', 'in_review', 'rejected']);

export function authoringRoutes(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['authoring'];

  r.get(
    '/api/authoring/modules',
    {
      schema: {
        tags,
        summary: 'Modules with their draft status (authors and reviewers)',
        response: {
          200: z.object({
            items: z.array(
              z.object({
                id: z.string(),
                title: z.string().nullable(),
                version: z.number().int().nullable(),
                packId: z.string().nullable(),
                draftStatus: DraftStatus.nullable(),
                draftUpdatedAt: z.string().nullable(),
              }),
            ),
          }),
          ...errorResponses,
        },
      },
    },
    async (req) => ({ items: await listAuthoring(ctx, requireActor(req)) }),
  );

  r.get(
    '/api/authoring/modules/:id',
    {
      schema: {
        tags,
        summary: 'A module: its published source and its draft',
        params: Params,
        response: {
          200: z.object({
            id: z.string(),
            title: z.string().nullable(),
            version: z.number().int().nullable(),
            publishedSource: z.string().nullable(),
            draft: z
              .object({
                source: z.string(),
                status: DraftStatus,
                authorAccountId: z.string(),
                reviewNote: z.string().nullable(),
                updatedAt: z.string(),
              })
              .nullable(),
          }),
          ...errorResponses,
        },
      },
    },
    async (req) => getAuthoringModule(ctx, requireActor(req), req.params.id),
  );

  r.put(
    '/api/authoring/modules/:id/draft',
    {
      bodyLimit: 2 * 1024 * 1024,
      schema: {
        tags,
        summary: 'Save a draft (checked like a content pack; problems by line)',
        params: Params,
        body: z.object({ source: z.string().min(10).max(500_000) }).strict(),
        response: { 204: z.null(), ...errorResponses },
      },
    },
    async (req, reply) => {
      await saveDraft(ctx, requireActor(req), req.params.id, req.body.source, requestMeta(req));
      return reply.status(204).send(null);
    },
  );

  r.post(
    '/api/authoring/modules/:id/submit',
    {
      schema: {
        tags,
        summary: 'Send the draft for review',
        params: Params,
        response: { 204: z.null(), ...errorResponses },
      },
    },
    async (req, reply) => {
      await submitDraft(ctx, requireActor(req), req.params.id, requestMeta(req));
      return reply.status(204).send(null);
    },
  );

  r.post(
    '/api/authoring/modules/:id/review',
    {
      schema: {
        tags,
        summary: 'Approve (publish a new version) or reject a draft in review',
        params: Params,
        body: z
          .object({ decision: z.enum(['approve', 'reject']), note: z.string().max(2000).nullish() })
          .strict(),
        response: { 200: z.object({ published: z.number().int().nullable() }), ...errorResponses },
      },
    },
    async (req) => reviewDraft(ctx, requireActor(req), req.params.id, req.body, requestMeta(req)),
  );
}
