// HTTP for the learner: onboarding, placement, today's plan, the module player, answers, practice
// tasks, the statement store (batch ingestion and xAPI export) and mastery.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../context.ts';
import { errorResponses, originOf } from '../../lib/http.ts';
import { requireActor } from '../../plugins/auth.ts';
import { awardEarnedCertificates } from '../credentials/credentials.service.ts';
import { loadPerson } from '../people/people.service.ts';
import { submitAnswers } from './answers.service.ts';
import { attainmentStatus, startAttempt, submitAttempt } from './attainment.service.ts';
import {
  AnswersBody,
  AnswersReply,
  MasteryReply,
  ModuleParams,
  ModulePlayerReply,
  PlacementBody,
  PlacementReply,
  PlacementResultReply,
  PracticeBody,
  PracticeReply,
  ProfileBody,
  ProfileReply,
  StatementsQuery,
  TodayReply,
} from './learning.schemas.ts';
import * as service from './learning.service.ts';
import { listPersonEvents } from './lrs.repository.ts';
import { ingestStatements } from './lrs.service.ts';
import { submitPractice } from './practice.service.ts';
import { StatementsBody, StatementsReply } from './statements.schemas.ts';
import { toXapi } from './xapi.ts';

export function learningRoutes(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['learning'];

  r.get(
    '/api/learning/profile',
    { schema: { tags, summary: 'My learner profile', response: { 200: ProfileReply, ...errorResponses } } },
    async (req) => service.getProfileView(ctx.db, requireActor(req).personId),
  );

  r.put(
    '/api/learning/profile',
    {
      schema: {
        tags,
        summary: 'Onboarding: target group, commune, daily goal',
        body: ProfileBody,
        response: { 200: ProfileReply, ...errorResponses },
      },
    },
    async (req) => service.saveProfile(ctx, requireActor(req).personId, req.body),
  );

  r.get(
    '/api/learning/placement',
    {
      schema: {
        tags,
        summary: 'Placement self-assessment statements',
        response: { 200: PlacementReply, ...errorResponses },
      },
    },
    async (req) => {
      requireActor(req);
      return service.placementCheck(ctx.db);
    },
  );

  r.post(
    '/api/learning/placement',
    {
      schema: {
        tags,
        summary: 'Submit placement answers; returns a suggested level per area',
        body: PlacementBody,
        response: { 200: PlacementResultReply, ...errorResponses },
      },
    },
    async (req) => ({
      placement: await service.savePlacement(ctx, requireActor(req).personId, req.body.answers),
    }),
  );

  r.get(
    '/api/learning/today',
    { schema: { tags, summary: "Today's plan", response: { 200: TodayReply, ...errorResponses } } },
    async (req) => service.todayPlan(ctx, requireActor(req).personId),
  );

  r.get(
    '/api/learning/mastery',
    { schema: { tags, summary: 'My mastery per area', response: { 200: MasteryReply, ...errorResponses } } },
    async (req) => service.masteryByArea(ctx.db, requireActor(req).personId),
  );

  r.get(
    '/api/learning/modules/:id',
    {
      schema: {
        tags,
        summary: 'A module to play (no answer keys) with my progress',
        params: ModuleParams,
        response: { 200: ModulePlayerReply, ...errorResponses },
      },
    },
    async (req) => service.moduleForPlayer(ctx, requireActor(req).personId, req.params.id) as never,
  );

  r.post(
    '/api/learning/answers',
    {
      schema: {
        tags,
        summary: 'Answer questions (graded at once; idempotent by id)',
        body: AnswersBody,
        response: { 200: AnswersReply, ...errorResponses },
      },
    },
    async (req) => {
      const personId = requireActor(req).personId;
      const results = await submitAnswers(ctx.db, personId, req.body.answers);
      // A mastered module may complete a course or a level: issue what is now earned. The answer
      // is stored already, so a failure here must not fail the reply (the learner's certificates
      // page catches up on anything earned but not issued).
      const earned = results.some((r) => r.mastered && !r.duplicate)
        ? await awardEarnedCertificates(ctx, personId, originOf(ctx, req)).catch((error) => {
            req.log.error({ err: error }, 'certificate award failed; left for catch-up');
            return [];
          })
        : [];
      return { results, certificates: earned.map((c) => ({ id: c.id, serial: c.serial, title: c.title })) };
    },
  );

  r.post(
    '/api/learning/practice',
    {
      bodyLimit: 5 * 1024 * 1024,
      schema: {
        tags,
        summary: 'Submit a practice task (graded by rubric; idempotent by id)',
        body: PracticeBody,
        response: { 200: PracticeReply, ...errorResponses },
      },
    },
    async (req) => submitPractice(ctx, requireActor(req).personId, req.body) as never,
  );

  r.post(
    '/api/learning/statements',
    {
      schema: {
        tags,
        summary: 'Store learning statements in batches (idempotent by statement id)',
        body: StatementsBody,
        response: { 200: StatementsReply, ...errorResponses },
      },
    },
    async (req) => ingestStatements(ctx.db, requireActor(req).personId, req.body.statements),
  );

  r.get(
    '/api/learning/statements',
    {
      schema: {
        tags,
        summary: 'Export my statements as xAPI 1.0.3 JSON',
        querystring: StatementsQuery,
        response: {
          200: z.object({ statements: z.array(z.record(z.string(), z.unknown())), more: z.boolean() }),
          ...errorResponses,
        },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      const person = await loadPerson(ctx.db, actor.personId);
      const { page, pageSize } = req.query;
      const rows = await listPersonEvents(ctx.db, actor.personId, pageSize + 1, (page - 1) * pageSize);
      const homePage = `${req.protocol}://${req.host}`;
      return {
        statements: rows
          .slice(0, pageSize)
          .map((e) => toXapi(e, { personId: actor.personId, name: person.fullName, homePage })),
        more: rows.length > pageSize,
      };
    },
  );
}

const Localized = z.object({ vi: z.string(), en: z.string() });
const AttemptResult = z.object({
  score: z.number(),
  passed: z.boolean(),
  duplicate: z.boolean(),
  results: z.array(
    z.object({
      key: z.string(),
      correct: z.boolean(),
      score: z.number(),
      expected: Localized.nullable(),
      explanation: z.string(),
    }),
  ),
});

export function attainmentRoutes(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['learning'];
  r.get(
    '/api/learning/attainment',
    {
      schema: {
        tags,
        summary: 'My "đạt phổ cập" rule and status',
        response: {
          200: z.object({
            rule: z
              .object({
                framework: z.string(),
                targetGroup: z.string(),
                questions: z.number().int(),
                passScore: z.number(),
                status: z.string(),
              })
              .nullable(),
            attained: z.object({ score: z.number(), attainedAt: z.string() }).nullable(),
          }),
          ...errorResponses,
        },
      },
    },
    async (req) => attainmentStatus(ctx.db, requireActor(req).personId),
  );
  r.post(
    '/api/learning/attainment/attempts',
    {
      schema: {
        tags,
        summary: 'Start the final assessment (questions drawn at random from the bank)',
        response: {
          201: z.object({
            id: z.string(),
            passScore: z.number(),
            questions: z.array(z.record(z.string(), z.unknown())),
          }),
          ...errorResponses,
        },
      },
    },
    async (req, reply) => reply.status(201).send(await startAttempt(ctx.db, requireActor(req).personId)),
  );
  r.post(
    '/api/learning/attainment/attempts/:id/submit',
    {
      schema: {
        tags,
        summary: 'Submit the final assessment (idempotent)',
        params: z.object({ id: z.uuid() }).strict(),
        body: z
          .object({
            responses: z
              .array(z.object({ key: z.string().max(200), response: z.unknown() }).strict())
              .max(200),
          })
          .strict(),
        response: { 200: AttemptResult, ...errorResponses },
      },
    },
    async (req) => {
      const personId = requireActor(req).personId;
      const result = await submitAttempt(ctx.db, personId, req.params.id, req.body.responses);
      if (result.passed && !result.duplicate)
        await awardEarnedCertificates(ctx, personId, originOf(ctx, req)).catch((error) =>
          req.log.error({ err: error }, 'certificate award failed; left for catch-up'),
        );
      return result as never;
    },
  );
}
