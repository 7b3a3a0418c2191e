// Session cookies and CSRF. The cookie holds a random token; the database holds its SHA-256.
// Every cookie-authenticated write must echo the session's CSRF token in `x-csrf-token`.
import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AppContext } from '../context.ts';
import { errors } from '../errors.ts';
import type { Actor } from '../modules/access/access.policy.ts';
import * as repo from '../modules/identity/identity.repository.ts';
import { type NewSession, sha256 } from '../modules/identity/identity.service.ts';

export const SESSION_COOKIE = 'lantoa_session';

export interface SessionActor extends Actor {
  sessionTokenHash: string;
  csrfToken: string;
}

declare module 'fastify' {
  interface FastifyRequest {
    actor: SessionActor | null;
  }
  interface FastifyContextConfig {
    /** Set false on routes that start a session (login, register, reset). */
    csrf?: boolean;
  }
}

const unsafe = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

function safeEqual(a: string, b: string) {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

export function registerAuth(app: FastifyInstance, ctx: AppContext) {
  app.decorateRequest('actor', null);

  app.addHook('onRequest', async (req) => {
    if (!req.url.startsWith('/api/')) return;
    const raw = req.cookies[SESSION_COOKIE];
    if (!raw) return;
    const tokenHash = sha256(raw);
    const cached = ctx.sessions.get(tokenHash);
    if (cached) {
      req.actor = cached;
      return;
    }
    const s = await repo.findLiveSession(ctx.db, tokenHash);
    if (s?.status !== 'active') return;
    const grants = await repo.loadGrants(ctx.db, s.accountId);
    req.actor = {
      accountId: s.accountId,
      personId: s.personId,
      grants,
      sessionTokenHash: tokenHash,
      csrfToken: s.csrfToken,
    };
    ctx.sessions.set(req.actor);
    // Sliding expiry, written at most every five minutes to keep reads cheap.
    if (Date.now() - s.lastSeenAt.getTime() > 5 * 60_000) {
      await repo.touchSession(ctx.db, tokenHash, new Date(Date.now() + ctx.env.sessionTtlHours * 3_600_000));
    }
  });

  // preValidation: a forged request is refused before its body is even looked at.
  app.addHook('preValidation', async (req) => {
    if (!unsafe.has(req.method) || req.routeOptions.config?.csrf === false || !req.actor) return;
    const sent = req.headers['x-csrf-token'];
    if (typeof sent !== 'string' || !safeEqual(sent, req.actor.csrfToken)) throw errors.csrf();
  });
}

export function requireActor(req: FastifyRequest): SessionActor {
  if (!req.actor) throw errors.unauthenticated();
  return req.actor;
}

export function setSessionCookie(req: FastifyRequest, reply: FastifyReply, ctx: AppContext, s: NewSession) {
  const secure = ctx.env.cookieSecure === 'auto' ? req.protocol === 'https' : ctx.env.cookieSecure === 'true';
  reply.setCookie(SESSION_COOKIE, s.token, {
    httpOnly: true,
    sameSite: 'lax',
    secure,
    path: '/',
    expires: s.expiresAt,
  });
}

export function clearSessionCookie(reply: FastifyReply) {
  reply.clearCookie(SESSION_COOKIE, { path: '/' });
}
