// Security headers reach every kind of reply: API JSON, error replies, the web app and its files,
// content-pack files and the API docs; HSTS only when the request came over HTTPS.
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, webDist } from '../app.ts';
import { backends, createTestApp, type InjectResponse, type TestApp } from '../test/harness.ts';
import { appPolicy, docsPolicy, packFilePolicy } from './security-headers.ts';

function expectCommonHeaders(res: InjectResponse) {
  expect(res.headers['x-frame-options']).toBe('DENY');
  expect(res.headers['x-content-type-options']).toBe('nosniff');
  expect(res.headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
  expect(res.headers['cross-origin-opener-policy']).toBe('same-origin');
  expect(res.headers['permissions-policy']).toContain('camera=()');
  expect(res.headers['strict-transport-security']).toBeUndefined();
}

const directive = (policy: string, name: string) =>
  policy
    .split(';')
    .map((d) => d.trim())
    .find((d) => d === name || d.startsWith(`${name} `));

describe('the policies', () => {
  it('forbid inline scripts, plugins, framing and foreign scripts in the web app', () => {
    expect(directive(appPolicy, 'default-src')).toBe("default-src 'self'");
    expect(directive(appPolicy, 'script-src')).toBe("script-src 'self'");
    expect(directive(appPolicy, 'object-src')).toBe("object-src 'none'");
    expect(directive(appPolicy, 'frame-ancestors')).toBe("frame-ancestors 'none'");
    expect(directive(appPolicy, 'base-uri')).toBe("base-uri 'self'");
    expect(directive(appPolicy, 'form-action')).toBe("form-action 'self'");
    expect(directive(appPolicy, 'connect-src')).toBe("connect-src 'self'");
    expect(appPolicy).not.toMatch(/unsafe-eval/);
    expect(directive(appPolicy, 'style-src')).toBe("style-src 'self'");
  });

  it('sandbox pack files so an SVG can never run a script', () => {
    expect(directive(packFilePolicy, 'default-src')).toBe("default-src 'none'");
    expect(directive(packFilePolicy, 'sandbox')).toBe('sandbox');
    expect(directive(docsPolicy, 'script-src')).toBe("script-src 'self'");
  });
});

describe.each(backends)('security headers (%s)', (backend) => {
  let t: TestApp;
  let web: FastifyInstance;
  let proxied: FastifyInstance;
  beforeAll(async () => {
    t = await createTestApp(backend, { demo: false });
    // The same database behind the web app, and behind a TLS-terminating proxy.
    web = await buildApp(t.ctx, { serveWeb: true });
    proxied = await buildApp({ ...t.ctx, env: { ...t.ctx.env, trustProxy: true } });
    await Promise.all([web.ready(), proxied.ready()]);
  });
  afterAll(async () => {
    await web?.close();
    await proxied?.close();
    await t?.close();
  });

  it('are sent with API JSON', async () => {
    const res = await t.anonymous().get('/healthz');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-security-policy']).toBe(appPolicy);
    expectCommonHeaders(res);
    const catalog = await t.anonymous().get('/api/catalog/modules');
    expect(catalog.statusCode).toBe(200);
    expect(catalog.headers['content-security-policy']).toBe(appPolicy);
    expectCommonHeaders(catalog);
  });

  it('are sent with error replies (404, 401, validation, malformed body)', async () => {
    const anon = t.anonymous();
    const missing = await anon.get('/api/no-such-thing');
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error.code).toBe('NOT_FOUND');
    const unauthorised = await anon.get('/api/me');
    expect(unauthorised.statusCode).toBe(401);
    const invalid = await anon.post('/api/auth/login', { login: 1 });
    expect(invalid.statusCode).toBe(400);
    const malformed = await anon.request({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: '{"login":',
    });
    expect(malformed.statusCode).toBe(400);
    for (const res of [missing, unauthorised, invalid, malformed]) {
      expect(res.headers['content-security-policy']).toBe(appPolicy);
      expectCommonHeaders(res);
    }
  });

  it('are sent with content-pack files, with the sandboxing policy', async () => {
    const res = await t.anonymous().get('/packs/core/images/cai-dat-nhanh.svg');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/image\/svg\+xml/);
    // One policy, not two competing ones.
    expect(res.headers['content-security-policy']).toBe(packFilePolicy);
    expectCommonHeaders(res);
    const refused = await t.anonymous().get('/packs/core/pack.yaml');
    expect(refused.statusCode).toBe(404);
    expect(refused.headers['content-security-policy']).toBe(packFilePolicy);
  });

  it('let the API docs run under their own policy', async () => {
    const page = await t.anonymous().get('/api/docs/');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('swagger-ui-bundle.js');
    // Swagger UI's page has no inline script: the policy needs none.
    expect(page.body).not.toMatch(/<script>(?!\s*<\/script>)|<script(?![^>]*\bsrc=)[^>]*>\s*\S/);
    expect(page.headers['content-security-policy']).toBe(docsPolicy);
    expectCommonHeaders(page);
    const bundle = await t.anonymous().get('/api/docs/static/swagger-ui-bundle.js');
    expect(bundle.statusCode).toBe(200);
    expect(bundle.headers['content-security-policy']).toBe(docsPolicy);
    const openapi = await t.anonymous().get('/api/openapi.json');
    expect(openapi.headers['content-security-policy']).toBe(appPolicy);
  });

  it.runIf(existsSync(path.join(webDist, 'index.html')))(
    'are sent with the web app page, client routes and static files',
    async () => {
      for (const url of ['/', '/learn', '/content/modules/abc']) {
        const res = await web.inject({ method: 'GET', url });
        expect(res.statusCode).toBe(200);
        expect(res.headers['content-type']).toMatch(/text\/html/);
        expect(res.headers['content-security-policy']).toBe(appPolicy);
        expectCommonHeaders(res);
        // The shell itself must obey the policy: no inline script, only module files of its own.
        expect(res.body).not.toMatch(/<script(?![^>]*\bsrc="\/)[^>]*>/);
      }
      const asset = readdirSync(path.join(webDist, 'assets')).find((f) => f.endsWith('.js'));
      const file = await web.inject({ method: 'GET', url: `/assets/${asset}` });
      expect(file.statusCode).toBe(200);
      expect(file.headers['content-security-policy']).toBe(appPolicy);
      expectCommonHeaders(file);
    },
  );

  it('send HSTS only over HTTPS: never on plain HTTP, nor on a forged header without a trusted proxy', async () => {
    const plain = await proxied.inject({ method: 'GET', url: '/healthz' });
    expect(plain.headers['strict-transport-security']).toBeUndefined();
    const forged = await t.app.inject({
      method: 'GET',
      url: '/healthz',
      headers: { 'x-forwarded-proto': 'https' },
    });
    expect(forged.headers['strict-transport-security']).toBeUndefined();

    const secure = await proxied.inject({
      method: 'GET',
      url: '/healthz',
      headers: { 'x-forwarded-proto': 'https' },
    });
    expect(secure.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
    const secureError = await proxied.inject({
      method: 'GET',
      url: '/api/nothing-here',
      headers: { 'x-forwarded-proto': 'https' },
    });
    expect(secureError.statusCode).toBe(404);
    expect(secureError.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
    expect(secureError.headers['content-security-policy']).toBe(appPolicy);
  });
});
