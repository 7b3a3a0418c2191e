// The OpenAPI fuzzer: every operation of /api/openapi.json gets malformed requests (see fuzz.ts)
// as an anonymous caller, a learner and the system administrator. Nothing may answer 5xx and
// nothing may hang; the count of requests tried is printed per backend and status class.
// FUZZ_SEED replays another draw; FUZZ_PER_OPERATION widens it (the default keeps a run short);
// FUZZ_ONLY (a regular expression on "METHOD /path") narrows it while debugging.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildsIdle } from '../modules/monitoring/campaigns.service.ts';
import { operationsOf, seededRng, type Variant, variantsFor } from './fuzz.ts';
import { type BackendName, backends, type Client, createTestApp, type TestApp } from './harness.ts';

const SEED = Number(process.env.FUZZ_SEED ?? 20260101);
const PER_OPERATION = Number(process.env.FUZZ_PER_OPERATION ?? 30);
const TIMEOUT_MS = 10_000;

type ActorName = 'anonymous' | 'learner' | 'admin';
const logins: Record<Exclude<ActorName, 'anonymous'>, string> = {
  learner: 'hocvien@lantoa.demo',
  admin: 'admin@lantoa.demo',
};

interface Failure {
  actor: ActorName;
  method: string;
  path: string;
  variant: string;
  reply: string;
}

const HANG = Symbol('hang');

function isErrorShape(body: string): boolean {
  try {
    const e = (JSON.parse(body) as { error?: { code?: unknown; message?: unknown } }).error;
    return typeof e?.code === 'string' && typeof e.message === 'string' && e.message.length > 0;
  } catch {
    return false;
  }
}

describe.each(backends)('OpenAPI fuzzer (%s)', (backend: BackendName) => {
  let t: TestApp;
  const clients = {} as Record<ActorName, Client>;

  beforeAll(async () => {
    t = await createTestApp(backend);
    clients.anonymous = t.anonymous();
    for (const [name, login] of Object.entries(logins)) clients[name as ActorName] = await t.login(login);
  }, 120_000);
  afterAll(async () => {
    await buildsIdle();
    await t?.close();
  });

  /** Signs a caller back in when a fuzzed request ended its session (logout, logout-all). */
  async function keepSignedIn(name: Exclude<ActorName, 'anonymous'>) {
    const res = await clients[name].get('/api/auth/session');
    if (res.statusCode === 200) return;
    clients[name] = await t.login(logins[name]);
  }

  it('answers every malformed request without a 5xx or a hang', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    const only = process.env.FUZZ_ONLY ? new RegExp(process.env.FUZZ_ONLY) : null;
    const ops = operationsOf(doc).filter((o) => !only || only.test(`${o.method} ${o.path}`));
    if (!only) expect(ops.length).toBeGreaterThan(100);
    const rng = seededRng(SEED);
    const counts: Record<string, number> = { '2xx': 0, '3xx': 0, '4xx': 0, '5xx': 0, hang: 0 };
    const failures: Failure[] = [];
    /** Values only the database refused (the plugins/errors.ts safety net): schemas to tighten. */
    const netted: Failure[] = [];
    /** Error replies not in the API's { error: { code, message } } shape. */
    const shapeless: Failure[] = [];
    /** Replies by error code (or status when there is none), to see how deep the requests got. */
    const codes = new Map<string, number>();
    let sent = 0;
    const started = Date.now();

    for (const op of ops) {
      // Nothing in the document is excluded: operations that end the caller's session (logout,
      // logout-all, password change) are fuzzed too, and the caller is signed back in after them.
      // Only routes hidden from the document take no part: /api/openapi.json itself and the
      // /api/docs viewer, which read no input.
      const variants: Variant[] = variantsFor(op, rng, { perOperation: PER_OPERATION }, doc);
      for (const v of variants) {
        for (const actor of ['anonymous', 'learner', 'admin'] as ActorName[]) {
          sent++;
          // A fresh client address per request: fuzzed sign-ins must not lock out the test's own.
          const remoteAddress = `10.${(sent >> 16) & 255}.${(sent >> 8) & 255}.${sent & 255}`;
          const reply = clients[actor].request({
            method: op.method,
            url: v.url,
            headers: v.headers,
            payload: v.payload,
            remoteAddress,
          });
          let timer: NodeJS.Timeout | undefined;
          const timeout = new Promise<typeof HANG>((resolve) => {
            timer = setTimeout(() => resolve(HANG), TIMEOUT_MS);
          });
          const res = await Promise.race([reply, timeout]).catch((err: unknown) => err as Error);
          clearTimeout(timer);
          if (res === HANG) {
            counts.hang = (counts.hang ?? 0) + 1;
            failures.push({
              actor,
              method: op.method,
              path: op.path,
              variant: v.name,
              reply: 'hang (>10 s)',
            });
            continue;
          }
          if (res instanceof Error) {
            counts['5xx'] = (counts['5xx'] ?? 0) + 1;
            failures.push({
              actor,
              method: op.method,
              path: op.path,
              variant: v.name,
              reply: `threw ${res}`,
            });
            continue;
          }
          const cls = `${Math.floor(res.statusCode / 100)}xx`;
          counts[cls] = (counts[cls] ?? 0) + 1;
          const code = /"code":"([A-Z_]+)"/.exec(res.body.slice(0, 200))?.[1] ?? String(res.statusCode);
          codes.set(code, (codes.get(code) ?? 0) + 1);
          if (res.statusCode === 400 && res.body.includes('"INVALID_INPUT"')) {
            netted.push({
              actor,
              method: op.method,
              path: op.path,
              variant: v.name,
              reply: res.body.slice(0, 120),
            });
          }
          if (res.statusCode >= 400 && !isErrorShape(res.body)) {
            shapeless.push({
              actor,
              method: op.method,
              path: op.path,
              variant: v.name,
              reply: `${res.statusCode} ${res.body.slice(0, 200)}`,
            });
          }
          if (res.statusCode >= 500) {
            failures.push({
              actor,
              method: op.method,
              path: op.path,
              variant: v.name,
              reply: `${res.statusCode} ${res.body.slice(0, 300)}`,
            });
          }
        }
      }
      await keepSignedIn('learner');
      await keepSignedIn('admin');
    }

    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    console.log(
      `FUZZ ${backend} seed=${SEED} operations=${ops.length} requests=${sent} ` +
        `${Object.entries(counts)
          .map(([k, n]) => `${k}=${n}`)
          .join(' ')} seconds=${seconds}`,
    );
    console.log(
      `FUZZ ${backend} replies by code: ${[...codes]
        .sort((x, y) => y[1] - x[1])
        .map(([k, n]) => `${k}=${n}`)
        .join(' ')}`,
    );
    if (netted.length) {
      console.log(
        `FUZZ ${backend} ${netted.length} values refused only by the database:\n` +
          netted.map((f) => `${f.actor} ${f.method} ${f.path} [${f.variant}]`).join('\n'),
      );
    }
    if (failures.length) {
      console.log(
        failures
          .slice(0, 200)
          .map((f) => `${f.actor} ${f.method} ${f.path} [${f.variant}] -> ${f.reply}`)
          .join('\n'),
      );
    }
    if (shapeless.length) {
      console.log(
        shapeless
          .slice(0, 50)
          .map((f) => `shape: ${f.actor} ${f.method} ${f.path} [${f.variant}] -> ${f.reply}`)
          .join('\n'),
      );
    }
    expect(failures, `${failures.length} requests answered 5xx or hung`).toEqual([]);
    expect(shapeless, `${shapeless.length} error replies without { error: { code, message } }`).toEqual([]);
    expect(counts['5xx']).toBe(0);
    expect(counts.hang).toBe(0);
    expect(sent).toBeGreaterThanOrEqual(ops.length * 3);
  }, 900_000);

  it('refuses unstorable text, bad URLs and oversized input with stable codes', async () => {
    const admin = clients.admin;
    const nul = await admin.patch('/api/engagement/profile', { displayName: 'a\u0000b' });
    expect(nul.statusCode).toBe(400);
    expect(nul.json().error).toMatchObject({
      code: 'VALIDATION_FAILED',
      details: [{ path: 'displayName', message: expect.stringContaining('NUL') }],
    });
    const surrogate = await admin.request({
      method: 'POST',
      url: '/api/network/teams',
      headers: { 'content-type': 'application/json', 'accept-language': 'en' },
      payload: '{"unitId":1,"name":"ab\\ud800c"}',
    });
    expect(surrogate.statusCode).toBe(400);
    expect(surrogate.json().error.details[0]).toEqual({
      path: 'name',
      message: 'Contains an invalid character (NUL or an unpaired Unicode surrogate).',
    });
    const nulPath = await admin.get('/api/catalog/frameworks/%00');
    expect(nulPath.json().error.details[0].path).toBe('id');
    const badUrl = await admin.get('/api/people/%C3%28');
    expect(badUrl.statusCode).toBe(400);
    expect(badUrl.json().error.code).toBe('MALFORMED_URL');
    const longUrl = await admin.get(`/api/people/${'a'.repeat(10_000)}`);
    expect(longUrl.statusCode).toBe(414);
    expect(longUrl.json().error.code).toBe('URL_TOO_LONG');
    const big = await admin.patch('/api/me', { fullName: 'x'.repeat(1_100_000) });
    expect(big.statusCode).toBe(413);
    expect(big.json().error.code).toBe('BODY_TOO_LARGE');
    // Unit ids are int4: a larger one is a validation error, not a database one.
    for (const url of ['/api/units?parentId=2147483648', '/api/network/cascade?unitId=1000000000000']) {
      const res = await admin.get(url);
      expect(res.statusCode, url).toBe(400);
      expect(res.json().error.code, url).toBe('VALIDATION_FAILED');
    }
  });

  it('treats LIKE wildcards in every search box as plain text', async () => {
    // A search for "%" finds only records holding a "%" (none in the demo data), not all of them.
    const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    // Not the audit log: it records officers' searches, "%" included, so a literal match is right.
    const searches = operationsOf(doc).filter(
      (o) =>
        o.method === 'GET' &&
        !o.path.includes('{') &&
        !o.path.startsWith('/api/audit-log') &&
        o.params.some((p) => p.name === 'q'),
    );
    expect(searches.length).toBeGreaterThan(5);
    const matched: string[] = [];
    for (const op of searches) {
      const res = await clients.admin.get(`${op.path}?q=${encodeURIComponent('%')}`);
      expect(res.statusCode, `${op.path} ${res.body.slice(0, 200)}`).toBeLessThan(500);
      if (!String(res.headers['content-type']).includes('json') || res.statusCode !== 200) continue;
      const body = res.json() as { items?: unknown[] } | unknown[];
      const items = Array.isArray(body) ? body : body.items;
      if (items?.length) matched.push(`${op.path}: ${items.length}`);
    }
    expect(matched, 'searches where "%" matched everything').toEqual([]);
  });
});
