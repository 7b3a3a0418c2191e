// Builds the Fastify app: plugins, module routes, OpenAPI, the web app, one error handler.
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyCookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyBaseLogger } from 'fastify';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from './context.ts';
import { DATABASE_RETRY_AFTER_SECONDS, translate } from './errors.ts';
import { ErrorReply } from './lib/http.ts';
import { auditRoutes } from './modules/audit/audit.routes.ts';
import { authoringRoutes } from './modules/authoring/authoring.routes.ts';
import { catalogRoutes } from './modules/catalog/catalog.routes.ts';
import { contentRoot } from './modules/catalog/pack.sync.ts';
import { classRoutes } from './modules/classes/classes.routes.ts';
import { credentialRoutes } from './modules/credentials/credentials.routes.ts';
import { challengeRoutes } from './modules/engagement/challenges.routes.ts';
import { engagementRoutes } from './modules/engagement/engagement.routes.ts';
import { honourRollRoutes } from './modules/engagement/honour-roll.routes.ts';
import { identityRoutes } from './modules/identity/identity.routes.ts';
import { attainmentRoutes, learningRoutes } from './modules/learning/learning.routes.ts';
import { mentoringRoutes } from './modules/mentoring/mentoring.routes.ts';
import { geoRoutes } from './modules/monitoring/geo.routes.ts';
import { monitoringRoutes } from './modules/monitoring/monitoring.routes.ts';
import { populationRoutes } from './modules/monitoring/population.routes.ts';
import { reportRoutes } from './modules/monitoring/reports.routes.ts';
import { networkRoutes } from './modules/network/network.routes.ts';
import { organisationRoutes } from './modules/organisations/organisations.routes.ts';
import { peopleRoutes } from './modules/people/people.routes.ts';
import { privacyRoutes } from './modules/privacy/privacy.routes.ts';
import { rosterRoutes } from './modules/roster/roster.routes.ts';
import { unitRoutes } from './modules/units/units.routes.ts';
import { registerAuth } from './plugins/auth.ts';
import { frameworkErrors, registerErrorHandler, requestLang } from './plugins/errors.ts';
import { registerSecurityHeaders } from './plugins/security-headers.ts';

export const webDist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../web/dist');

export interface BuildOptions {
  logger?: FastifyBaseLogger;
  serveWeb?: boolean;
}

export async function buildApp(ctx: AppContext, opts: BuildOptions = {}) {
  const app = Fastify({
    ...(opts.logger ? { loggerInstance: opts.logger } : { logger: false }),
    trustProxy: ctx.env.trustProxy,
    bodyLimit: 1024 * 1024,
    requestIdHeader: 'x-request-id',
    genReqId: () => randomUUID(),
    ajv: { customOptions: { removeAdditional: false } },
    frameworkErrors,
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  const spa = !!opts.serveWeb && existsSync(path.join(webDist, 'index.html'));
  registerErrorHandler(app, { spa });
  registerSecurityHeaders(app);
  app.addHook('onSend', async (req, reply) => {
    reply.header('x-request-id', req.id);
  });

  await app.register(fastifyCookie);
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Lantỏa API',
        version: '0.1.0',
        description:
          'Platform for mass digital-skills campaigns. Errors are `{ "error": { "code", "message", "details?" } }`; ' +
          'cookie-authenticated writes must send the session `csrfToken` in the `x-csrf-token` header.',
      },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'lantoa_session' } } },
      security: [{ session: [] }],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs' });
  registerAuth(app, ctx);

  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/healthz',
    {
      schema: {
        tags: ['operations'],
        summary: 'Liveness',
        response: { 200: z.object({ status: z.literal('ok') }) },
      },
    },
    async () => ({ status: 'ok' as const }),
  );
  r.get(
    '/readyz',
    {
      schema: {
        tags: ['operations'],
        summary: 'Readiness: the database answers',
        response: { 200: z.object({ status: z.literal('ready'), database: z.string() }), 503: ErrorReply },
      },
    },
    async (req, reply) => {
      // Bounded (see db/client.ts): answers 503 within about 3 s while the database is away, so a
      // load balancer takes this instance out of rotation until it answers 200 again.
      try {
        await ctx.database.ping();
        return { status: 'ready' as const, database: ctx.database.kind };
      } catch {
        const code = 'DATABASE_UNAVAILABLE';
        return reply
          .status(503)
          .header('retry-after', String(DATABASE_RETRY_AFTER_SECONDS))
          .header('cache-control', 'no-store')
          .send({ error: { code, message: translate(code, requestLang(req)) } });
      }
    },
  );
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  identityRoutes(app, ctx);
  unitRoutes(app, ctx);
  organisationRoutes(app, ctx);
  peopleRoutes(app, ctx);
  privacyRoutes(app, ctx);
  auditRoutes(app, ctx);
  catalogRoutes(app, ctx);
  authoringRoutes(app, ctx);
  learningRoutes(app, ctx);
  attainmentRoutes(app, ctx);
  credentialRoutes(app, ctx);
  rosterRoutes(app, ctx);
  geoRoutes(app, ctx);
  monitoringRoutes(app, ctx);
  reportRoutes(app, ctx);
  populationRoutes(app, ctx);
  engagementRoutes(app, ctx);
  classRoutes(app, ctx);
  networkRoutes(app, ctx);
  mentoringRoutes(app, ctx);
  challengeRoutes(app, ctx);
  honourRollRoutes(app, ctx);

  // wildcard: files built after start are served too; unknown paths fall through to the app shell.
  if (spa) await app.register(fastifyStatic, { root: webDist, maxAge: '1h' });
  // Pictures and videos of the content packs: plain files, never scripts (SVG included).
  const contentDir = contentRoot(ctx.env);
  if (contentDir) {
    await app.register(fastifyStatic, {
      root: contentDir,
      prefix: '/packs/',
      decorateReply: false,
      maxAge: '1d',
      allowedPath: (p) =>
        /^\/[a-z0-9-]+\/(images\/[\w./-]+\.(svg|png|jpe?g|webp|gif)|videos\/[\w.-]+\.(mp4|webm))$/i.test(p) &&
        !p.includes('..'),
      // Their sandboxing CSP and nosniff come from the security-headers hook (plugins/security-headers.ts).
    });
  }
  return app;
}
