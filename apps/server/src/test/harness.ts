// Test harness: a fresh database per suite on PGlite (always) and on PostgreSQL (when
// TEST_DATABASE_URL is set), the real app driven in-process through app.inject().
import { randomBytes } from 'node:crypto';
import type { FastifyInstance, InjectOptions } from 'fastify';
import pg from 'pg';
import { buildApp } from '../app.ts';
import { createContext, prepareDatabase } from '../boot.ts';
import type { AppContext } from '../context.ts';
import { parseEnv } from '../env.ts';

export type BackendName = 'pglite' | 'postgres';
export const backends: BackendName[] = process.env.TEST_DATABASE_URL ? ['pglite', 'postgres'] : ['pglite'];

/** Creates an empty PostgreSQL database beside TEST_DATABASE_URL's and returns its URL. */
async function createPgDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const base = new URL(process.env.TEST_DATABASE_URL as string);
  const name = `lantoa_t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: base.toString() });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(base.toString());
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const c = new pg.Client({ connectionString: base.toString() });
      await c.connect();
      // The suite's own connections are closing: let them go before forcing out any straggler
      // (a forced drop mid-close surfaces as an unhandled "terminating connection" error).
      for (let i = 0; i < 100; i++) {
        const { rows } = await c.query('select count(*)::int as n from pg_stat_activity where datname = $1', [
          name,
        ]);
        if (rows[0]?.n === 0) break;
        await new Promise((r) => setTimeout(r, 50));
      }
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    },
  };
}

export interface ResetCapture {
  codes: { to: string | null; code: string }[];
}

export interface TestApp {
  app: FastifyInstance;
  ctx: AppContext;
  resets: ResetCapture;
  close(): Promise<void>;
  /** Signs in and returns a client that carries the cookie and CSRF token. */
  login(login: string, password?: string): Promise<Client>;
  anonymous(): Client;
}

export type InjectResponse = Awaited<ReturnType<FastifyInstance['inject']>>;

export interface Client {
  request(opts: InjectOptions & { method: string; url: string }): Promise<InjectResponse>;
  get(url: string): Promise<InjectResponse>;
  post(url: string, body?: unknown): Promise<InjectResponse>;
  patch(url: string, body?: unknown): Promise<InjectResponse>;
  delete(url: string): Promise<InjectResponse>;
  csrfToken: string | null;
  cookie: string | null;
}

export const DEMO_PASSWORD = 'lantoa-demo-2025';

/** The small content pack integration tests run on (real import code, stable content). */
export const miniPack = new URL('../modules/catalog/fixtures/mini', import.meta.url).pathname;

export async function createTestApp(
  backend: BackendName,
  opts: { demo?: boolean; contentPacks?: string[]; llmBaseUrl?: string } = { demo: true },
): Promise<TestApp> {
  const pgDb = backend === 'postgres' ? await createPgDatabase() : null;
  const env = parseEnv({
    NODE_ENV: 'test',
    LANTOA_DATA_DIR: 'memory://',
    LANTOA_SECRET: randomBytes(32).toString('hex'),
    DATABASE_URL: pgDb?.url,
    LOG_LEVEL: 'silent',
    LLM_BASE_URL: opts.llmBaseUrl,
  });
  env.dataDir = 'memory://';
  const resets: ResetCapture = { codes: [] };
  const ctx = await createContext(
    env,
    { info: () => {} },
    {
      resetChannel: {
        async deliver(to, code) {
          resets.codes.push({ to: to.email ?? to.phone, code });
        },
      },
    },
  );
  await prepareDatabase(
    ctx,
    { info: () => {} },
    { demo: opts.demo ?? true, contentPacks: opts.contentPacks ?? [miniPack] },
  );
  const app = await buildApp(ctx);
  await app.ready();

  const client = (cookie: string | null, csrfToken: string | null): Client => {
    const c: Client = {
      cookie,
      csrfToken,
      request: (o) =>
        app.inject({
          ...o,
          headers: {
            ...(c.cookie ? { cookie: c.cookie } : {}),
            ...(c.csrfToken && o.method !== 'GET' ? { 'x-csrf-token': c.csrfToken } : {}),
            ...(o.headers ?? {}),
          },
        } as InjectOptions) as never,
      get: (url) => c.request({ method: 'GET', url }),
      post: (url, body) => c.request({ method: 'POST', url, payload: (body ?? {}) as object }),
      patch: (url, body) => c.request({ method: 'PATCH', url, payload: (body ?? {}) as object }),
      delete: (url) => c.request({ method: 'DELETE', url }),
    };
    return c;
  };

  return {
    app,
    ctx,
    resets,
    anonymous: () => client(null, null),
    async login(login, password = DEMO_PASSWORD) {
      const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { login, password } });
      if (res.statusCode !== 200) throw new Error(`login ${login} failed: ${res.statusCode} ${res.body}`);
      const cookie = res.cookies.find((k) => k.name === 'lantoa_session');
      return client(`lantoa_session=${cookie?.value}`, res.json().csrfToken);
    },
    async close() {
      await app.close();
      await ctx.database.close();
      await pgDb?.drop();
    },
  };
}
