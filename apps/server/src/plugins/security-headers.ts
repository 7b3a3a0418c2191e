// Security headers on every reply: API JSON, the web app's HTML and files, content-pack files,
// the API docs and error replies alike (one onSend hook, so nothing is missed).
//
// A small hook rather than @fastify/helmet: three different policies by path (web app, pack files,
// Swagger UI) and HSTS only over HTTPS are custom logic either way, and it adds no dependency.
import type { FastifyInstance, FastifyRequest } from 'fastify';

const join = (directives: Record<string, string>) =>
  Object.entries(directives)
    .map(([name, value]) => `${name} ${value}`)
    .join('; ');

/**
 * The web app (and API replies). Lesson images may be web addresses (https:), pack videos play from
 * /packs/ ('self'). Inline style *attributes* are allowed for chart tooltips (ECharts writes
 * `style="…"` markers); inline <style>/<script> elements and eval are not.
 */
export const appPolicy = join({
  'default-src': "'self'",
  'script-src': "'self'",
  'script-src-attr': "'none'",
  'style-src': "'self'",
  'style-src-attr': "'unsafe-inline'",
  'img-src': "'self' data: blob: https:",
  'media-src': "'self'",
  'font-src': "'self' data:",
  'connect-src': "'self'",
  'object-src': "'none'",
  'frame-src': "'none'",
  'base-uri': "'self'",
  'form-action': "'self'",
  'frame-ancestors': "'none'",
});

/** Pictures and videos of content packs: plain files that must never run anything (SVG included). */
export const packFilePolicy = join({
  'default-src': "'none'",
  'style-src': "'unsafe-inline'",
  'img-src': "'self' data:",
  'frame-ancestors': "'none'",
  sandbox: '',
}).trimEnd();

/** Swagger UI at /api/docs: its bundle sets inline styles. */
export const docsPolicy = join({
  'default-src': "'self'",
  'script-src': "'self'",
  'style-src': "'self' 'unsafe-inline'",
  'img-src': "'self' data:",
  'connect-src': "'self'",
  'object-src': "'none'",
  'base-uri': "'self'",
  'form-action': "'self'",
  'frame-ancestors': "'none'",
});

/** The class QR check-in is scanned by the phone's own camera app: the web app needs no device. */
const permissionsPolicy =
  'camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), display-capture=()';

const HSTS = 'max-age=31536000; includeSubDomains';

function policyFor(url: string): string {
  if (url.startsWith('/packs/')) return packFilePolicy;
  if (url === '/api/docs' || url.startsWith('/api/docs/') || url.startsWith('/api/docs?')) return docsPolicy;
  return appPolicy;
}

/** `req.protocol` honours X-Forwarded-Proto only when TRUST_PROXY is on. */
const overHttps = (req: FastifyRequest) => req.protocol === 'https';

export function registerSecurityHeaders(app: FastifyInstance) {
  app.addHook('onSend', async (req, reply) => {
    reply.header('content-security-policy', policyFor(req.url));
    reply.header('x-frame-options', 'DENY');
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'strict-origin-when-cross-origin');
    reply.header('cross-origin-opener-policy', 'same-origin');
    reply.header('permissions-policy', permissionsPolicy);
    // Never over plain HTTP: a browser would ignore it, and a mistyped proxy setup would pin it.
    if (overHttps(req)) reply.header('strict-transport-security', HSTS);
    else reply.removeHeader('strict-transport-security');
  });
}
