// HTTP for mentors ("Đại sứ số"): the learner's page (volunteer, invite link and QR, my mentees,
// nudge, end; my own mentor), invitations by code, and the officer's list (export), appointment
// and pairing.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../../context.ts';
import { errorResponses, originOf, requestMeta } from '../../lib/http.ts';
import { sendTable, type TableColumn } from '../../lib/table-export.ts';
import { requireActor } from '../../plugins/auth.ts';
import { listLevels, publicLevel } from './mentoring.levels.ts';
import { mentorsForOfficer } from './mentoring.officers.ts';
import { acceptInvite, pairByOfficer, viewInvite } from './mentoring.pairing.ts';
import {
  AcceptReply,
  AppointBody,
  CodeParams,
  InviteReply,
  LevelsReply,
  MenteesReply,
  MentorsQuery,
  MentorsReply,
  MentorView,
  MyMentoringReply,
  Ok,
  PairBody,
  PairReply,
  PersonParams,
  VolunteerBody,
} from './mentoring.schemas.ts';
import {
  appoint,
  endAsMentor,
  leaveMentor,
  myMentees,
  myMentoring,
  nudge,
  volunteer,
} from './mentoring.service.ts';

const tags = ['mentoring'];

const mentorColumns: TableColumn[] = [
  { key: 'stt', header: 'STT', type: 'number', width: 6 },
  { key: 'name', header: 'Họ và tên', width: 30 },
  { key: 'unitName', header: 'Xã/phường', width: 26 },
  { key: 'organisationName', header: 'Cơ quan/tổ chức', width: 30 },
  { key: 'level', header: 'Cấp độ hướng dẫn', width: 34 },
  { key: 'source', header: 'Hình thức', width: 14 },
  { key: 'since', header: 'Từ ngày', type: 'date' },
  { key: 'helped', header: 'Số người đã kèm', type: 'number' },
  { key: 'active', header: 'Đang kèm', type: 'number' },
  { key: 'passed', header: 'Đã đạt', type: 'number' },
  { key: 'met', header: 'Đạt mục tiêu (≥ 5)', width: 16 },
];

export function mentoringRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/api/mentoring/levels',
    {
      schema: {
        tags,
        summary: 'The levels a mentor guides: attainment and the courses',
        response: { 200: LevelsReply, ...errorResponses },
      },
    },
    async (req) => {
      requireActor(req);
      return { items: (await listLevels(ctx.db)).map(publicLevel) };
    },
  );

  r.get(
    '/api/mentoring/me',
    {
      schema: {
        tags,
        summary: 'My mentor record with invite link and QR, the levels I reached, my own mentor',
        response: { 200: MyMentoringReply, ...errorResponses },
      },
    },
    async (req) => myMentoring(ctx, requireActor(req), originOf(ctx, req)),
  );

  r.post(
    '/api/mentoring/volunteer',
    {
      schema: {
        tags,
        summary: 'Volunteer as a mentor for a level I reached (idempotent)',
        body: VolunteerBody,
        response: { 200: MentorView, ...errorResponses },
      },
    },
    async (req) => volunteer(ctx, requireActor(req), req.body.level),
  );

  r.get(
    '/api/mentoring/mentees',
    {
      schema: {
        tags,
        summary: 'My mentees (I am a mentor) with their progress, week and streak; my record',
        response: { 200: MenteesReply, ...errorResponses },
      },
    },
    async (req) => myMentees(ctx.db, requireActor(req)),
  );

  r.post(
    '/api/mentoring/mentees/:personId/nudge',
    {
      schema: {
        tags,
        summary: 'Remind an active mentee to keep learning (once a day per mentee)',
        params: PersonParams,
        response: { 200: Ok, ...errorResponses },
      },
    },
    async (req) => {
      await nudge(ctx.db, requireActor(req), req.params.personId);
      return { ok: true as const };
    },
  );

  r.post(
    '/api/mentoring/mentees/:personId/end',
    {
      schema: {
        tags,
        summary: 'End an active mentorship with a mentee of mine',
        params: PersonParams,
        response: { 200: Ok, ...errorResponses },
      },
    },
    async (req) => {
      await endAsMentor(ctx.db, requireActor(req), req.params.personId);
      return { ok: true as const };
    },
  );

  r.post(
    '/api/mentoring/my-mentor/end',
    {
      schema: {
        tags,
        summary: 'Leave my mentor (then I may accept another invitation)',
        response: { 200: Ok, ...errorResponses },
      },
    },
    async (req) => {
      await leaveMentor(ctx.db, requireActor(req));
      return { ok: true as const };
    },
  );

  r.get(
    '/api/mentoring/invites/:code',
    {
      schema: {
        tags,
        summary: "A mentor's invitation: who, which level, and whether I can accept it",
        params: CodeParams,
        response: { 200: InviteReply, ...errorResponses },
      },
    },
    async (req) => viewInvite(ctx.db, requireActor(req), req.params.code),
  );

  r.post(
    '/api/mentoring/invites/:code/accept',
    {
      schema: {
        tags,
        summary: 'Accept a mentor (idempotent; not myself; one active mentor at a time)',
        params: CodeParams,
        response: { 200: AcceptReply, ...errorResponses },
      },
    },
    async (req) => acceptInvite(ctx, requireActor(req), req.params.code),
  );

  r.get(
    '/api/mentoring/mentors',
    {
      schema: {
        tags,
        summary: 'Mentors of my scope with their record against the target of 5 (csv/xlsx to export)',
        querystring: MentorsQuery,
        response: { 200: MentorsReply, ...errorResponses },
      },
    },
    async (req, reply) => {
      const q = req.query;
      const res = await mentorsForOfficer(ctx.db, requireActor(req), q);
      if (q.format === 'json') return res;
      const rows = res.items.map((m, i) => ({
        stt: i + 1,
        name: m.name,
        unitName: m.unitName,
        organisationName: m.organisationName,
        level: m.level.title,
        source: m.source === 'appointed' ? 'Được cử' : 'Tự nguyện',
        since: new Date(m.since),
        helped: m.record.helped,
        active: m.record.active,
        passed: m.record.passed,
        met: m.record.met ? 'Đạt' : 'Chưa đạt',
      }));
      return sendTable(reply, q.format, 'Danh sách Đại sứ số', mentorColumns, rows);
    },
  );

  r.post(
    '/api/mentoring/mentors',
    {
      schema: {
        tags,
        summary: 'Appoint a person of my scope as a mentor for a level (audited, idempotent)',
        body: AppointBody,
        response: { 200: MentorView, ...errorResponses },
      },
    },
    async (req) => appoint(ctx, requireActor(req), req.body, requestMeta(req)),
  );

  r.post(
    '/api/mentoring/pairings',
    {
      schema: {
        tags,
        summary: 'Pair a mentor with a mentee, both of my scope (audited, idempotent)',
        body: PairBody,
        response: { 200: PairReply, ...errorResponses },
      },
    },
    async (req) => pairByOfficer(ctx, requireActor(req), req.body, requestMeta(req)),
  );
}
