// HTTP for community digital technology teams: list per scope, create, one team with members and
// activities, members added and removed, activities logged and removed.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../context.ts';
import { errorResponses, requestMeta } from '../../lib/http.ts';
import { requireActor } from '../../plugins/auth.ts';
import {
  AddTeamMemberBody,
  CreateActivityBody,
  CreateTeamBody,
  Ok,
  TeamActivityParams,
  TeamDetail,
  TeamMemberParams,
  TeamParams,
  TeamSummary,
  UnitQuery,
} from './network.schemas.ts';
import {
  addTeamMember,
  createTeam,
  getTeamFor,
  listTeamsFor,
  logActivity,
  removeActivity,
  removeTeam,
  removeTeamMember,
} from './teams.service.ts';

export function teamRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['network'];

  r.get(
    '/api/network/teams',
    {
      schema: {
        tags,
        summary: 'Community digital technology teams of my scope (or of a unit in it)',
        querystring: UnitQuery,
        response: { 200: z.object({ items: z.array(TeamSummary) }), ...errorResponses },
      },
    },
    async (req) => ({ items: await listTeamsFor(ctx.db, requireActor(req), req.query.unitId) }),
  );

  r.post(
    '/api/network/teams',
    {
      schema: {
        tags,
        summary: 'Create a community digital technology team for a commune (audited)',
        body: CreateTeamBody,
        response: { 201: TeamDetail, ...errorResponses },
      },
    },
    async (req, reply) =>
      reply.status(201).send(await createTeam(ctx.db, requireActor(req), req.body, requestMeta(req))),
  );

  r.get(
    '/api/network/teams/:id',
    {
      schema: {
        tags,
        summary: 'A team with its members and activities',
        params: TeamParams,
        response: { 200: TeamDetail, ...errorResponses },
      },
    },
    async (req) => getTeamFor(ctx.db, requireActor(req), req.params.id),
  );

  r.delete(
    '/api/network/teams/:id',
    {
      schema: {
        tags,
        summary: 'Delete a team with its members and activities (audited)',
        params: TeamParams,
        response: { 200: Ok, ...errorResponses },
      },
    },
    async (req) => {
      await removeTeam(ctx.db, requireActor(req), req.params.id, requestMeta(req));
      return { ok: true as const };
    },
  );

  r.post(
    '/api/network/teams/:id/members',
    {
      schema: {
        tags,
        summary: "Add a person of the team's commune as a member or leader (a retry changes the role only)",
        params: TeamParams,
        body: AddTeamMemberBody,
        response: { 200: TeamDetail, ...errorResponses },
      },
    },
    async (req) => addTeamMember(ctx.db, requireActor(req), req.params.id, req.body, requestMeta(req)),
  );

  r.delete(
    '/api/network/teams/:id/members/:personId',
    {
      schema: {
        tags,
        summary: 'Remove a member from a team (audited)',
        params: TeamMemberParams,
        response: { 200: Ok, ...errorResponses },
      },
    },
    async (req) => {
      await removeTeamMember(ctx.db, requireActor(req), req.params.id, req.params.personId, requestMeta(req));
      return { ok: true as const };
    },
  );

  r.post(
    '/api/network/teams/:id/activities',
    {
      schema: {
        tags,
        summary: 'Log an activity of the team: support, communication, a class, other (audited)',
        params: TeamParams,
        body: CreateActivityBody,
        response: { 201: z.object({ id: z.string() }), ...errorResponses },
      },
    },
    async (req, reply) =>
      reply
        .status(201)
        .send(await logActivity(ctx.db, requireActor(req), req.params.id, req.body, requestMeta(req))),
  );

  r.delete(
    '/api/network/teams/:id/activities/:activityId',
    {
      schema: {
        tags,
        summary: "Delete a team's activity (audited)",
        params: TeamActivityParams,
        response: { 200: Ok, ...errorResponses },
      },
    },
    async (req) => {
      await removeActivity(ctx.db, requireActor(req), req.params.id, req.params.activityId, requestMeta(req));
      return { ok: true as const };
    },
  );
}
