// HTTP for sign-in, sessions, passwords and role grants.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../context.ts';
import { ErrorReply, errorResponses, requestMeta } from '../../lib/http.ts';
import { clearSessionCookie, requireActor, setSessionCookie } from '../../plugins/auth.ts';
import { allPermissions, type Grant } from '../access/access.policy.ts';
import { checkConsent } from '../privacy/consent.service.ts';
import * as repo from './identity.repository.ts';
import {
  ChangePasswordBody,
  CreateRoleAssignmentBody,
  LoginBody,
  RegisterBody,
  ResetConfirmBody,
  ResetRequestBody,
  RoleAssignmentParams,
  RoleAssignmentsQuery,
  RoleAssignmentsReply,
  SessionReply,
} from './identity.schemas.ts';
import * as service from './identity.service.ts';
import { grantRole, listRoles, revokeRole } from './roles.service.ts';

const presentGrant = (g: Grant) => ({
  id: g.id,
  role: g.role,
  unitId: g.unitId,
  unitName: g.unitName,
  organisationId: g.organisationId,
  organisationName: g.organisationName,
});

async function presentSession(ctx: AppContext, accountId: string, csrfToken: string) {
  const account = await repo.findAccount(ctx.db, accountId);
  if (!account) throw new Error('session account vanished');
  const person = await repo.personSummary(ctx.db, account.personId);
  const grants = await repo.loadGrants(ctx.db, accountId);
  return {
    account: { id: account.id, phone: account.phone, email: account.email },
    person: { id: account.personId, fullName: person?.fullName ?? '', unitId: person?.unitId ?? null },
    roles: grants.map(presentGrant),
    permissions: allPermissions({ accountId, personId: account.personId, grants }),
    csrfToken,
  };
}

const client = (req: FastifyRequest) => ({
  ip: req.ip,
  userAgent: typeof req.headers['user-agent'] === 'string' ? req.headers['user-agent'].slice(0, 300) : null,
});

export function identityRoutes(app: FastifyInstance, ctx: AppContext) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['auth'];
  const open = { csrf: false };

  r.post(
    '/api/auth/login',
    {
      config: open,
      schema: {
        tags,
        summary: 'Sign in with phone or email',
        body: LoginBody,
        response: { 200: SessionReply, 429: ErrorReply, ...errorResponses },
      },
    },
    async (req, reply) => {
      const s = await service.login(ctx, req.body, client(req));
      setSessionCookie(req, reply, ctx, s);
      return presentSession(ctx, s.accountId, s.csrfToken);
    },
  );

  r.post(
    '/api/auth/register',
    {
      config: open,
      schema: {
        tags,
        summary: 'Create a learner account',
        body: RegisterBody,
        response: { 201: SessionReply, ...errorResponses },
      },
    },
    async (req, reply) => {
      const { consent, ...body } = req.body;
      const purposes = checkConsent(consent);
      const { account } = await service.createAccountWithPerson(ctx, {
        ...body,
        roles: [{ role: 'learner' }],
        consent: { purposes, ip: req.ip ?? null },
      });
      const s = await service.startSession(ctx, account.id, client(req));
      setSessionCookie(req, reply, ctx, s);
      return reply.status(201).send(await presentSession(ctx, s.accountId, s.csrfToken));
    },
  );

  r.get(
    '/api/auth/session',
    { schema: { tags, summary: 'The current session', response: { 200: SessionReply, ...errorResponses } } },
    async (req) => {
      const actor = requireActor(req);
      return presentSession(ctx, actor.accountId, actor.csrfToken);
    },
  );

  r.post(
    '/api/auth/logout',
    { schema: { tags, summary: 'Sign out of this session', response: { 204: z.null(), ...errorResponses } } },
    async (req, reply) => {
      if (req.actor) await service.logout(ctx, req.actor.sessionTokenHash);
      clearSessionCookie(reply);
      return reply.status(204).send(null);
    },
  );

  r.post(
    '/api/auth/logout-all',
    {
      schema: {
        tags,
        summary: 'Sign out of every session of my account',
        response: { 204: z.null(), ...errorResponses },
      },
    },
    async (req, reply) => {
      await service.logoutEverywhere(ctx, requireActor(req).accountId);
      clearSessionCookie(reply);
      return reply.status(204).send(null);
    },
  );

  r.post(
    '/api/auth/password',
    {
      schema: {
        tags,
        summary: 'Change my password (ends my other sessions)',
        body: ChangePasswordBody,
        response: { 204: z.null(), ...errorResponses },
      },
    },
    async (req, reply) => {
      await service.changePassword(ctx, requireActor(req), req.body);
      return reply.status(204).send(null);
    },
  );

  r.post(
    '/api/auth/password-reset/request',
    {
      config: open,
      schema: {
        tags,
        summary: 'Send a password reset code',
        body: ResetRequestBody,
        response: { 202: z.null(), ...errorResponses },
      },
    },
    async (req, reply) => {
      await service.requestPasswordReset(ctx, req.body.login);
      return reply.status(202).send(null);
    },
  );

  r.post(
    '/api/auth/password-reset/confirm',
    {
      config: open,
      schema: {
        tags,
        summary: 'Set a new password with a reset code',
        body: ResetConfirmBody,
        response: { 204: z.null(), ...errorResponses },
      },
    },
    async (req, reply) => {
      await service.confirmPasswordReset(ctx, req.body);
      return reply.status(204).send(null);
    },
  );

  const roleTags = ['roles'];
  r.get(
    '/api/role-assignments',
    {
      schema: {
        tags: roleTags,
        summary: "An account's roles",
        querystring: RoleAssignmentsQuery,
        response: { 200: RoleAssignmentsReply, ...errorResponses },
      },
    },
    async (req) => ({
      items: (await listRoles(ctx, requireActor(req), req.query.accountId)).map(presentGrant),
    }),
  );

  r.post(
    '/api/role-assignments',
    {
      schema: {
        tags: roleTags,
        summary: 'Grant a role within my scope',
        body: CreateRoleAssignmentBody,
        response: { 201: RoleAssignmentsReply, ...errorResponses },
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      await grantRole(ctx, actor, req.body, requestMeta(req));
      return reply
        .status(201)
        .send({ items: (await repo.loadGrants(ctx.db, req.body.accountId)).map(presentGrant) });
    },
  );

  r.delete(
    '/api/role-assignments/:id',
    {
      schema: {
        tags: roleTags,
        summary: 'Revoke a role',
        params: RoleAssignmentParams,
        response: { 204: z.null(), ...errorResponses },
      },
    },
    async (req, reply) => {
      await revokeRole(ctx, requireActor(req), req.params.id, requestMeta(req));
      return reply.status(204).send(null);
    },
  );
}
