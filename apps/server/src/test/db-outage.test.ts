// Fault test (issue #14): PostgreSQL goes away for 30 s under a running app. /readyz says so within
// ~3 s, API reads and statement writes fail fast with 503 DATABASE_UNAVAILABLE, the KPI refresher
// logs and carries on, nothing crashes; once the database is back the same app (no restart)
// answers again and a retried batch of statements is stored exactly once.
// PostgreSQL only: the embedded database cannot go away. Skipped without TEST_DATABASE_URL.
import { randomBytes, randomUUID } from 'node:crypto';
import type { FastifyBaseLogger, FastifyInstance, InjectOptions } from 'fastify';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.ts';
import { createContext, prepareDatabase } from '../boot.ts';
import type { AppContext } from '../context.ts';
import { parseEnv } from '../env.ts';
import { isDatabaseUnavailable } from '../errors.ts';
import { startKpiRefresher } from '../modules/monitoring/kpi.refresher.ts';
import { type FaultProxy, startFaultProxy } from './fault-proxy.ts';
import { DEMO_PASSWORD, miniPack } from './harness.ts';

/** The outage the issue asks for. The first half refuses connections, the second black-holes them. */
const OUTAGE_SECONDS = 30;
const FAIL_FAST_MS = 5_000;
const READYZ_MS = 3_500;

const baseUrl = process.env.TEST_DATABASE_URL;
const silent = { info: () => {} };

async function admin<T>(fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: baseUrl });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

function envFor(databaseUrl: string) {
  const env = parseEnv({
    NODE_ENV: 'test',
    LANTOA_DATA_DIR: 'memory://',
    LANTOA_SECRET: randomBytes(32).toString('hex'),
    DATABASE_URL: databaseUrl,
    LOG_LEVEL: 'silent',
  });
  env.dataDir = 'memory://';
  return env;
}

function captureLogger() {
  const errors: string[] = [];
  const noop = () => {};
  const logger = {
    level: 'info',
    info: noop,
    warn: noop,
    debug: noop,
    trace: noop,
    fatal: noop,
    silent: noop,
    error: (_o: unknown, msg?: string) => errors.push(msg ?? ''),
    child: () => logger,
  };
  return { logger: logger as unknown as FastifyBaseLogger, errors };
}

const statement = (moduleId: string) => ({
  id: randomUUID(),
  verb: 'experienced' as const,
  object: { type: 'block' as const, id: `${moduleId}/b1` },
  context: { moduleId, blockIndex: 0 },
  result: { durationSeconds: 12 },
  timestamp: new Date().toISOString(),
});

describe.skipIf(!baseUrl)('database outage (PostgreSQL through a fault proxy)', () => {
  const dbName = `lantoa_h2_outage_${randomBytes(4).toString('hex')}`;
  let proxy: FaultProxy;
  let ctx: AppContext;
  let app: FastifyInstance;
  let cookie: string;
  let csrf: string;
  let moduleId: string;
  let stopKpis: () => Promise<void>;
  const kpiLog = captureLogger();
  const unexpected: unknown[] = [];
  const onUnexpected = (err: unknown) => unexpected.push(err);

  beforeAll(async () => {
    process.on('uncaughtException', onUnexpected);
    process.on('unhandledRejection', onUnexpected);
    await admin((c) => c.query(`create database ${dbName}`));
    const direct = new URL(baseUrl as string);
    direct.pathname = `/${dbName}`;
    // Prepare the database directly, then run the app through the proxy.
    const setup = await createContext(envFor(direct.toString()), silent);
    await prepareDatabase(setup, silent, { demo: true, contentPacks: [miniPack] });
    await setup.database.close();

    proxy = await startFaultProxy({ host: direct.hostname, port: Number(direct.port || 5432) });
    ctx = await createContext(envFor(proxy.urlThrough(direct.toString())), silent);
    app = await buildApp(ctx);
    await app.ready();
    const login = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { login: 'hocvien@lantoa.demo', password: DEMO_PASSWORD },
    });
    expect(login.statusCode).toBe(200);
    cookie = `lantoa_session=${login.cookies.find((k) => k.name === 'lantoa_session')?.value}`;
    csrf = login.json().csrfToken;
    const [row] = await ctx.database.raw<{ id: string }>('select id from modules order by id limit 1');
    moduleId = row?.id as string;
    expect(moduleId).toBeTruthy();
    stopKpis = startKpiRefresher(ctx, kpiLog.logger, 1, { reports: false });
  }, 120_000);

  afterAll(async () => {
    await stopKpis?.();
    await app?.close();
    await ctx?.database.close();
    await proxy?.close();
    await admin((c) => c.query(`drop database if exists ${dbName} with (force)`));
    process.off('uncaughtException', onUnexpected);
    process.off('unhandledRejection', onUnexpected);
  });

  const timed = async (opts: InjectOptions) => {
    const t0 = performance.now();
    const res = await app.inject(opts);
    return { res, ms: performance.now() - t0 };
  };

  const readyz = () => timed({ method: 'GET', url: '/readyz', headers: { 'accept-language': 'en' } });
  const read = () => timed({ method: 'GET', url: '/api/learning/today', headers: { cookie } });
  const post = (statements: ReturnType<typeof statement>[]) =>
    timed({
      method: 'POST',
      url: '/api/learning/statements',
      headers: { cookie, 'x-csrf-token': csrf },
      payload: { statements },
    });

  it(
    `fails fast for ${OUTAGE_SECONDS} s without the database, then recovers by itself`,
    async () => {
      expect((await readyz()).res.statusCode).toBe(200);
      expect((await read()).res.statusCode).toBe(200);
      const kpiErrorsBefore = kpiLog.errors.length;

      const pending = [statement(moduleId), statement(moduleId)]; // the batch an offline queue holds
      const worst = { readyz: 0, read: 0, post: 0 };
      const worstByMode = { refuse: 0, blackhole: 0 };
      let rounds = 0;
      const started = Date.now();
      proxy.cut('refuse');
      let mode: 'refuse' | 'blackhole' = 'refuse';
      while (Date.now() - started < OUTAGE_SECONDS * 1000) {
        if (mode === 'refuse' && Date.now() - started >= (OUTAGE_SECONDS * 1000) / 2) {
          proxy.cut('blackhole');
          mode = 'blackhole';
        }
        const [r, a, s] = await Promise.all([readyz(), read(), post(pending)]);
        expect(r.res.statusCode).toBe(503);
        expect(r.res.json().error.code).toBe('DATABASE_UNAVAILABLE');
        expect(r.res.headers['retry-after']).toBe('5');
        for (const x of [a, s]) {
          expect(x.res.statusCode, x.res.body).toBe(503);
          expect(x.res.json().error).toMatchObject({ code: 'DATABASE_UNAVAILABLE' });
          expect(x.res.headers['retry-after']).toBe('5');
        }
        expect(s.res.json().error.message).toBe(
          'Hệ thống tạm thời không kết nối được cơ sở dữ liệu. Vui lòng thử lại sau ít phút.',
        );
        worst.readyz = Math.max(worst.readyz, r.ms);
        worst.read = Math.max(worst.read, a.ms);
        worst.post = Math.max(worst.post, s.ms);
        worstByMode[mode] = Math.max(worstByMode[mode], r.ms, a.ms, s.ms);
        rounds++;
        await new Promise((resolve) => setTimeout(resolve, 500));
      }
      const outageMs = Date.now() - started;
      proxy.restore();
      console.log(
        `BENCH db-outage outage=${Math.round(outageMs / 1000)}s rounds=${rounds} ` +
          `readyz_max=${Math.round(worst.readyz)}ms read_max=${Math.round(worst.read)}ms ` +
          `post_max=${Math.round(worst.post)}ms refused_max=${Math.round(worstByMode.refuse)}ms ` +
          `blackholed_max=${Math.round(worstByMode.blackhole)}ms`,
      );
      expect(outageMs).toBeGreaterThanOrEqual(OUTAGE_SECONDS * 1000);
      expect(rounds).toBeGreaterThan(10);
      expect(worst.readyz).toBeLessThan(READYZ_MS);
      expect(worst.read).toBeLessThan(FAIL_FAST_MS);
      expect(worst.post).toBeLessThan(FAIL_FAST_MS);
      // The refresher ran into the outage, logged it and kept its schedule.
      expect(kpiLog.errors.length).toBeGreaterThan(kpiErrorsBefore);
      expect(kpiLog.errors.every((m) => m === 'KPI refresh failed; it will be retried')).toBe(true);

      // Back: the same app answers without a restart.
      const t0 = Date.now();
      let ready = await readyz();
      while (ready.res.statusCode !== 200 && Date.now() - t0 < 10_000) ready = await readyz();
      expect(ready.res.json()).toEqual({ status: 'ready', database: 'postgres' });
      console.log(`BENCH db-outage recovery_readyz=${Date.now() - t0}ms`);
      expect((await read()).res.statusCode).toBe(200);

      // The queue's retry stores the batch once; a second retry (its reply lost) adds nothing.
      const first = await post(pending);
      expect(first.res.statusCode, first.res.body).toBe(200);
      expect(first.res.json()).toEqual({ stored: 2, duplicates: 0 });
      expect((await post(pending)).res.json()).toEqual({ stored: 0, duplicates: 2 });
      const [count] = await ctx.database.raw<{ n: number }>(
        'select count(*)::int as n from learning_events where id = any($1::uuid[])',
        [pending.map((p) => p.id)],
      );
      expect(count?.n).toBe(2);

      // The refresher runs cleanly again.
      const errorsAfterRestore = kpiLog.errors.length;
      await new Promise((resolve) => setTimeout(resolve, 2_500));
      expect(kpiLog.errors.length).toBe(errorsAfterRestore);
      expect(unexpected).toEqual([]);
    },
    OUTAGE_SECONDS * 1000 + 60_000,
  );
});

describe('isDatabaseUnavailable', () => {
  const withCode = (code: string, message = 'x') => Object.assign(new Error(message), { code });
  const wrapped = (cause: unknown, message = 'Failed query: select 1') =>
    Object.assign(new Error(message), { cause });

  it('recognises a lost or impossible connection, also wrapped by Drizzle', () => {
    for (const err of [
      withCode('ECONNREFUSED'),
      withCode('ECONNRESET'),
      withCode('08006'),
      withCode('57P01'),
      withCode('57P03'),
      withCode('53300'),
      new Error('Connection terminated unexpectedly'),
      new Error('Connection terminated due to connection timeout'),
      new Error('timeout exceeded when trying to connect'),
      new Error('Client has encountered a connection error and is not queryable'),
      wrapped(withCode('ECONNRESET')),
      wrapped(new Error('Connection terminated unexpectedly')),
      new AggregateError([withCode('ECONNREFUSED'), withCode('ECONNREFUSED')]),
    ]) {
      expect(isDatabaseUnavailable(err), String(err)).toBe(true);
    }
  });

  it('leaves query errors alone, whatever their text quotes', () => {
    for (const err of [
      withCode('23505'),
      withCode('22P02'),
      withCode('57014', 'canceling statement due to statement timeout'),
      new Error('boom'),
      wrapped(withCode('22P02'), 'Failed query: select $1 params: Connection terminated'),
      null,
      'Connection terminated',
    ]) {
      expect(isDatabaseUnavailable(err), String(err)).toBe(false);
    }
  });
});
