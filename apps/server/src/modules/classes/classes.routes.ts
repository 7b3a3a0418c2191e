// HTTP for classes (F5): trainers and officers open and run classes (poster, QR, members,
// sessions, attendance, dashboard, announcements); learners join by code, link or QR, check in at
// sessions and follow their classes. Member and session routes are in classes.member-routes.ts.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../context.ts';
import { errorResponses, originOf, requestMeta } from '../../lib/http.ts';
import { requireActor } from '../../plugins/auth.ts';
import { classDashboard, postAnnouncement } from './classes.dashboard.ts';
import { memberRoutes } from './classes.member-routes.ts';
import { classByCode, joinByCode, leaveClass, myClasses } from './classes.members.ts';
import { classJoinQr, classPoster } from './classes.poster.ts';
import {
  AnnouncementBody,
  ByCodeReply,
  CheckinBody,
  CheckinReply,
  ClassParams,
  ClassView,
  CodeParams,
  CreateClassBody,
  DashboardReply,
  JoinBody,
  JoinReply,
  ListClassesQuery,
  ListClassesReply,
  MineReply,
  OptionsQuery,
  OptionsReply,
  UpdateClassBody,
} from './classes.schemas.ts';
import { classOptions, createClass, getClassFor, listClasses, updateClass } from './classes.service.ts';
import { checkIn } from './classes.sessions.ts';

const tags = ['classes'];

export function classRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/api/classes',
    {
      schema: {
        tags,
        summary: 'Classes I run (trainer: my own; officer: those of my places)',
        querystring: ListClassesQuery,
        response: { 200: ListClassesReply, ...errorResponses },
      },
    },
    async (req) => listClasses(ctx.db, requireActor(req), req.query, originOf(ctx, req)),
  );

  r.post(
    '/api/classes',
    {
      schema: {
        tags,
        summary: 'Open a class with its sessions (audited)',
        body: CreateClassBody,
        response: { 201: ClassView, ...errorResponses },
      },
    },
    async (req, reply) => {
      const made = await createClass(
        ctx.db,
        requireActor(req),
        req.body,
        requestMeta(req),
        originOf(ctx, req),
      );
      return reply.status(201).send(made);
    },
  );

  r.get(
    '/api/classes/options',
    {
      schema: {
        tags,
        summary: 'What a class form offers: catalogue courses, communes I may open classes in, teams',
        querystring: OptionsQuery,
        response: { 200: OptionsReply, ...errorResponses },
      },
    },
    async (req) => classOptions(ctx.db, requireActor(req), req.query.q),
  );

  r.get(
    '/api/classes/mine',
    {
      schema: { tags, summary: 'My classes as a learner', response: { 200: MineReply, ...errorResponses } },
    },
    async (req) => myClasses(ctx.db, requireActor(req), originOf(ctx, req)),
  );

  r.get(
    '/api/classes/by-code/:code',
    {
      schema: {
        tags,
        summary: 'A class by its join code (what the join page shows)',
        params: CodeParams,
        response: { 200: ByCodeReply, ...errorResponses },
      },
    },
    async (req) => classByCode(ctx.db, requireActor(req), req.params.code),
  );

  r.post(
    '/api/classes/join',
    {
      schema: {
        tags,
        summary: 'Join a class by code, link or QR (closed classes: waits for approval); idempotent',
        body: JoinBody,
        response: { 200: JoinReply, ...errorResponses },
      },
    },
    async (req) => joinByCode(ctx.db, requireActor(req), req.body.code, req.body.via),
  );

  r.post(
    '/api/classes/checkin',
    {
      schema: {
        tags,
        summary: 'Check in at a session with its QR token (joins an open class first); idempotent',
        body: CheckinBody,
        response: { 200: CheckinReply, ...errorResponses },
      },
    },
    async (req) => checkIn(ctx.db, requireActor(req), req.body.token),
  );

  r.get(
    '/api/classes/:id',
    {
      schema: {
        tags,
        summary: 'A class (its trainer, an officer of its place, or an active member)',
        params: ClassParams,
        response: { 200: ClassView, ...errorResponses },
      },
    },
    async (req) => getClassFor(ctx.db, requireActor(req), req.params.id, originOf(ctx, req)),
  );

  r.patch(
    '/api/classes/:id',
    {
      schema: {
        tags,
        summary: 'Change a class, finish or cancel it (audited)',
        params: ClassParams,
        body: UpdateClassBody,
        response: { 200: ClassView, ...errorResponses },
      },
    },
    async (req) =>
      updateClass(ctx.db, requireActor(req), req.params.id, req.body, requestMeta(req), originOf(ctx, req)),
  );

  r.delete(
    '/api/classes/:id/membership',
    {
      schema: {
        tags,
        summary: 'Leave a class',
        params: ClassParams,
        response: { 204: z.null(), ...errorResponses },
      },
    },
    async (req, reply) => {
      await leaveClass(ctx.db, requireActor(req), req.params.id);
      return reply.status(204).send(null);
    },
  );

  r.get(
    '/api/classes/:id/poster.pdf',
    { schema: { tags, summary: 'The A4 poster with the join code and QR', params: ClassParams } },
    async (req, reply) => {
      const { code, pdf } = await classPoster(ctx.db, requireActor(req), req.params.id, originOf(ctx, req));
      return reply
        .type('application/pdf')
        .header('content-disposition', `inline; filename="lop-${code}.pdf"`)
        .send(pdf);
    },
  );

  r.get(
    '/api/classes/:id/qr.svg',
    { schema: { tags, summary: 'The QR code of the join link (SVG)', params: ClassParams } },
    async (req, reply) =>
      reply
        .type('image/svg+xml')
        .send(await classJoinQr(ctx.db, requireActor(req), req.params.id, originOf(ctx, req))),
  );

  r.get(
    '/api/classes/:id/dashboard',
    {
      schema: {
        tags,
        summary: "Members' progress, stuck and inactive learners, question results, announcements",
        params: ClassParams,
        response: { 200: DashboardReply, ...errorResponses },
      },
    },
    async (req) => classDashboard(ctx.db, requireActor(req), req.params.id, originOf(ctx, req)),
  );

  r.post(
    '/api/classes/:id/announcements',
    {
      schema: {
        tags,
        summary: 'Announce something to the class (notifies its active members; audited)',
        params: ClassParams,
        body: AnnouncementBody,
        response: { 201: z.object({ id: z.string() }), ...errorResponses },
      },
    },
    async (req, reply) => {
      const made = await postAnnouncement(
        ctx.db,
        requireActor(req),
        req.params.id,
        req.body.body,
        requestMeta(req),
      );
      return reply.status(201).send(made);
    },
  );

  memberRoutes(app, ctx);
}
