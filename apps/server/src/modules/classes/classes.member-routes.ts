// HTTP for a class's members (list, export, enrol from the roster, approve, reject, remove) and
// its sessions (schedule, check-in QR, attendance list and ticks). Trainer of the class or officer.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../context.ts';
import { errorResponses, originOf, requestMeta } from '../../lib/http.ts';
import { sendTable, type TableColumn } from '../../lib/table-export.ts';
import { requireActor } from '../../plugins/auth.ts';
import { recordAudit } from '../audit/audit.repository.ts';
import { decideMember, enrolPeople, listCandidates, listMembers } from './classes.members.ts';
import { qrSvg } from './classes.poster.ts';
import {
  AttendanceReply,
  CandidatesQuery,
  CandidatesReply,
  ClassParams,
  EnrolBody,
  EnrolReply,
  MemberParams,
  MembersQuery,
  MembersReply,
  SessionInput,
  SessionItem,
  SessionParams,
  SessionsReply,
  TickBody,
} from './classes.schemas.ts';
import {
  attendanceOf,
  createSession,
  removeSession,
  sessionCheckinUrl,
  sessionsOf,
  tickAttendance,
} from './classes.sessions.ts';

const tags = ['classes'];

const STATUS = { active: 'Đang học', pending: 'Chờ duyệt', removed: 'Đã rời lớp' } as const;
const SOURCE: Record<string, string> = {
  code: 'Mã lớp',
  link: 'Đường dẫn',
  qr: 'Mã QR',
  roster: 'Ghi danh từ danh sách',
  trainer: 'Giảng viên thêm',
};

const memberColumns: TableColumn[] = [
  { key: 'stt', header: 'STT', type: 'number', width: 6 },
  { key: 'name', header: 'Họ và tên', width: 28 },
  { key: 'phoneMasked', header: 'Số điện thoại (che)', width: 18 },
  { key: 'hasAccount', header: 'Có tài khoản học' },
  { key: 'status', header: 'Trạng thái', width: 14 },
  { key: 'source', header: 'Cách vào lớp', width: 22 },
  { key: 'joinedAt', header: 'Ngày vào lớp', type: 'date' },
  { key: 'modulesDone', header: 'Số học phần đã đạt', type: 'number' },
  { key: 'modulesTotal', header: 'Tổng số học phần', type: 'number' },
  { key: 'completedAt', header: 'Ngày hoàn thành', type: 'date' },
  { key: 'lastActiveAt', header: 'Học gần nhất', type: 'date' },
  { key: 'attended', header: 'Số buổi có mặt', type: 'number' },
];

export function memberRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/api/classes/:id/members',
    {
      schema: {
        tags,
        summary: "The class's members with their progress and attendance",
        params: ClassParams,
        querystring: MembersQuery.omit({ format: true }),
        response: { 200: MembersReply, ...errorResponses },
      },
    },
    async (req) => ({
      items: (await listMembers(ctx.db, requireActor(req), req.params.id, req.query.status)).items,
    }),
  );

  for (const format of ['csv', 'xlsx'] as const)
    r.get(
      `/api/classes/:id/members.${format}`,
      {
        schema: {
          tags,
          summary: `The member list as ${format.toUpperCase()} (audited)`,
          params: ClassParams,
          querystring: MembersQuery.omit({ format: true }),
        },
      },
      async (req, reply) => {
        const actor = requireActor(req);
        const { class: c, items } = await listMembers(ctx.db, actor, req.params.id, req.query.status);
        await recordAudit(ctx.db, {
          actorAccountId: actor.accountId,
          action: 'class.members.export',
          targetType: 'class',
          targetId: c.id,
          details: { format, rows: items.length },
          ...requestMeta(req),
        });
        const rows = items.map((m, i) => ({
          ...m,
          stt: i + 1,
          hasAccount: m.hasAccount ? 'Có' : 'Không',
          status: STATUS[m.status],
          source: SOURCE[m.source] ?? m.source,
          joinedAt: new Date(m.joinedAt),
          completedAt: m.completedAt ? new Date(m.completedAt) : null,
          lastActiveAt: m.lastActiveAt ? new Date(m.lastActiveAt) : null,
        }));
        return sendTable(reply, format, `Lop ${c.code} - hoc vien`, memberColumns, rows);
      },
    );

  r.post(
    '/api/classes/:id/members',
    {
      schema: {
        tags,
        summary: 'Enrol people from the roster (with or without an account; audited)',
        params: ClassParams,
        body: EnrolBody,
        response: { 200: EnrolReply, ...errorResponses },
      },
    },
    async (req) =>
      enrolPeople(ctx.db, requireActor(req), req.params.id, req.body.personIds, requestMeta(req)),
  );

  r.get(
    '/api/classes/:id/candidates',
    {
      schema: {
        tags,
        summary: "People of the class's commune to enrol, by name (20)",
        params: ClassParams,
        querystring: CandidatesQuery,
        response: { 200: CandidatesReply, ...errorResponses },
      },
    },
    async (req) => listCandidates(ctx.db, requireActor(req), req.params.id, req.query.q),
  );

  const Decision = z.object({ status: z.enum(['active', 'removed']) });
  for (const [path, decision] of [
    ['approve', 'approve'],
    ['reject', 'reject'],
  ] as const)
    r.post(
      `/api/classes/:id/members/:personId/${path}`,
      {
        schema: {
          tags,
          summary: `${decision === 'approve' ? 'Approve' : 'Refuse'} a request to join (audited)`,
          params: MemberParams,
          response: { 200: Decision, ...errorResponses },
        },
      },
      async (req) =>
        decideMember(
          ctx.db,
          requireActor(req),
          req.params.id,
          req.params.personId,
          decision,
          requestMeta(req),
        ),
    );

  r.delete(
    '/api/classes/:id/members/:personId',
    {
      schema: {
        tags,
        summary: 'Remove a member (audited)',
        params: MemberParams,
        response: { 200: Decision, ...errorResponses },
      },
    },
    async (req) =>
      decideMember(ctx.db, requireActor(req), req.params.id, req.params.personId, 'remove', requestMeta(req)),
  );

  r.get(
    '/api/classes/:id/sessions',
    {
      schema: {
        tags,
        summary: "The class's sessions with attendance and check-in links",
        params: ClassParams,
        response: { 200: SessionsReply, ...errorResponses },
      },
    },
    async (req) => sessionsOf(ctx.db, requireActor(req), req.params.id, originOf(ctx, req)),
  );

  r.post(
    '/api/classes/:id/sessions',
    {
      schema: {
        tags,
        summary: 'Add a session (audited)',
        params: ClassParams,
        body: SessionInput,
        response: { 201: SessionItem, ...errorResponses },
      },
    },
    async (req, reply) => {
      const made = await createSession(
        ctx.db,
        requireActor(req),
        req.params.id,
        req.body,
        requestMeta(req),
        originOf(ctx, req),
      );
      return reply.status(201).send(made);
    },
  );

  r.delete(
    '/api/classes/:id/sessions/:sessionId',
    {
      schema: {
        tags,
        summary: 'Delete a session (audited)',
        params: SessionParams,
        response: { 204: z.null(), ...errorResponses },
      },
    },
    async (req, reply) => {
      await removeSession(ctx.db, requireActor(req), req.params.id, req.params.sessionId, requestMeta(req));
      return reply.status(204).send(null);
    },
  );

  r.get(
    '/api/classes/:id/sessions/:sessionId/qr.svg',
    { schema: { tags, summary: "The session's check-in QR (SVG)", params: SessionParams } },
    async (req, reply) => {
      const url = await sessionCheckinUrl(
        ctx.db,
        requireActor(req),
        req.params.id,
        req.params.sessionId,
        originOf(ctx, req),
      );
      return reply
        .type('image/svg+xml')
        .header('cache-control', 'no-store')
        .send(await qrSvg(url));
    },
  );

  r.get(
    '/api/classes/:id/sessions/:sessionId/attendance',
    {
      schema: {
        tags,
        summary: "A session's attendance list (members, present or not)",
        params: SessionParams,
        response: { 200: AttendanceReply, ...errorResponses },
      },
    },
    async (req) => attendanceOf(ctx.db, requireActor(req), req.params.id, req.params.sessionId),
  );

  r.put(
    '/api/classes/:id/sessions/:sessionId/attendance',
    {
      schema: {
        tags,
        summary: 'Tick (or untick) a member on the attendance list (audited)',
        params: SessionParams,
        body: TickBody,
        response: { 200: z.object({ present: z.boolean() }), ...errorResponses },
      },
    },
    async (req) =>
      tickAttendance(
        ctx.db,
        requireActor(req),
        req.params.id,
        req.params.sessionId,
        req.body,
        requestMeta(req),
      ),
  );
}
