// HTTP for challenges (thử thách): officers set them for a place in their scope, list them, follow
// the results (and export them); learners see those of their places with their own progress.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../context.ts';
import { errorResponses, requestMeta } from '../../lib/http.ts';
import { sendTable, type TableColumn } from '../../lib/table-export.ts';
import { requireActor } from '../../plugins/auth.ts';
import { myChallenges } from './challenges.learner.ts';
import { challengeResults } from './challenges.results.ts';
import {
  ChallengeParams,
  ChallengeView,
  CreateChallengeBody,
  ManageQuery,
  MyChallengesReply,
  ResultsQuery,
  ResultsReply,
} from './challenges.schemas.ts';
import { cancelChallenge, createChallenge, listForOfficer } from './challenges.service.ts';

const unitOf = { modules: 'Số học phần', xp: 'Điểm', minutes: 'Số phút' } as const;

const participantColumns = (kind: keyof typeof unitOf): TableColumn[] => [
  { key: 'stt', header: 'STT', type: 'number', width: 6 },
  { key: 'name', header: 'Họ và tên', width: 30 },
  { key: 'unitName', header: 'Xã/phường', width: 26 },
  { key: 'organisationName', header: 'Cơ quan/tổ chức', width: 32 },
  { key: 'value', header: `Kết quả (${unitOf[kind].toLowerCase()})`, type: 'number' },
  { key: 'target', header: 'Mục tiêu', type: 'number' },
  { key: 'status', header: 'Hoàn thành', width: 16 },
];

const contestColumns = (kind: 'unit' | 'organisation'): TableColumn[] => [
  { key: 'rank', header: 'Hạng', type: 'number', width: 6 },
  { key: 'name', header: kind === 'unit' ? 'Xã/phường' : 'Cơ quan/tổ chức', width: 32 },
  { key: 'learners', header: 'Số người học', type: 'number' },
  { key: 'done', header: 'Số người hoàn thành', type: 'number' },
  { key: 'share', header: 'Tỷ lệ hoàn thành', type: 'percent' },
  { key: 'meanProgress', header: 'Mức tiến độ trung bình', type: 'percent' },
];

export function challengeRoutes(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post(
    '/api/engagement/challenges',
    {
      schema: {
        tags: ['engagement'],
        summary: 'Set a challenge for a unit or organisation in my scope (audited)',
        body: CreateChallengeBody,
        response: { 201: ChallengeView, ...errorResponses },
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      const created = await createChallenge(ctx.db, actor, req.body, requestMeta(req));
      return reply.status(201).send(created);
    },
  );

  r.get(
    '/api/engagement/challenges',
    {
      schema: {
        tags: ['engagement'],
        summary: 'The running and lately ended challenges of my places, with my progress',
        response: { 200: MyChallengesReply, ...errorResponses },
      },
    },
    async (req) => myChallenges(ctx.db, requireActor(req).personId),
  );

  r.get(
    '/api/engagement/challenges/manage',
    {
      schema: {
        tags: ['engagement'],
        summary: 'Challenges of the places in my scope (and those set above it, read only)',
        querystring: ManageQuery,
        response: { 200: z.object({ items: z.array(ChallengeView) }), ...errorResponses },
      },
    },
    async (req) => ({ items: await listForOfficer(ctx.db, requireActor(req), req.query) }),
  );

  r.get(
    '/api/engagement/challenges/:id/results',
    {
      schema: {
        tags: ['engagement'],
        summary:
          "A challenge's participants and their progress, and a contest's standings (csv/xlsx to export)",
        params: ChallengeParams,
        querystring: ResultsQuery,
        response: { 200: ResultsReply, ...errorResponses },
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      const q = req.query;
      const exporting = q.format !== 'json';
      const done = q.done === undefined ? undefined : q.done === 'true';
      const res = await challengeResults(ctx.db, actor, req.params.id, { ...q, done, export: exporting });
      if (!exporting) return res;
      const format = q.format as 'csv' | 'xlsx';
      const name = `Thử thách ${res.challenge.title}`;
      if (q.table === 'contest') {
        const kind = res.contest?.kind ?? (res.challenge.place.kind === 'unit' ? 'unit' : 'organisation');
        return sendTable(reply, format, `${name} - thi đua`, contestColumns(kind), res.contest?.items ?? []);
      }
      const rows = res.items.map((p, i) => ({
        ...p,
        stt: i + 1,
        target: res.challenge.target,
        status: p.done ? 'Đã hoàn thành' : 'Chưa hoàn thành',
      }));
      return sendTable(reply, format, name, participantColumns(res.challenge.goal.kind), rows);
    },
  );

  r.delete(
    '/api/engagement/challenges/:id',
    {
      schema: {
        tags: ['engagement'],
        summary: 'Cancel a challenge whose results have not been announced (audited)',
        params: ChallengeParams,
        response: { 200: z.object({ ok: z.literal(true) }), ...errorResponses },
      },
    },
    async (req) => {
      await cancelChallenge(ctx.db, requireActor(req), req.params.id, requestMeta(req));
      return { ok: true as const };
    },
  );
}
