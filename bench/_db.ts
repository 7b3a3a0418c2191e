// Where a benchmark runs: a database of its own beside DATABASE_URL (created, then dropped), an
// existing one given as BENCH_DATABASE_URL (e.g. a synthetic province; left as it is), or an
// in-memory PGlite when neither is set.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { createContext, prepareDatabase } from '../apps/server/src/boot.ts';
import type { AppContext } from '../apps/server/src/context.ts';
import { parseEnv } from '../apps/server/src/env.ts';

export interface BenchDb {
  ctx: AppContext;
  url: string | undefined;
  /** True when the database was made for this run (seed it); false for an existing one. */
  fresh: boolean;
  close(): Promise<void>;
}

export async function openBenchDb(name: string, opts: { poolSize?: number } = {}): Promise<BenchDb> {
  const existing = process.env.BENCH_DATABASE_URL;
  const base = process.env.DATABASE_URL;
  let url = existing;
  let drop: (() => Promise<void>) | undefined;
  if (!existing && base) {
    const db = `lantoa_bench_${name.replace(/\W/g, '_')}_${randomBytes(3).toString('hex')}`;
    const admin = new pg.Client({ connectionString: base });
    await admin.connect();
    await admin.query(`create database ${db}`);
    await admin.end();
    const u = new URL(base);
    u.pathname = `/${db}`;
    url = u.toString();
    drop = async () => {
      const c = new pg.Client({ connectionString: base });
      await c.connect();
      await c.query(`drop database if exists ${db} with (force)`);
      await c.end();
    };
  }
  const env = parseEnv({
    NODE_ENV: 'test',
    LANTOA_SECRET: randomBytes(32).toString('hex'),
    DATABASE_URL: url,
    LOG_LEVEL: 'silent',
  });
  env.dataDir = 'memory://';
  const log = { info: () => {} };
  const ctx = await createContext(env, log, { poolSize: opts.poolSize ?? 16 });
  await prepareDatabase(ctx, log, { demo: !existing });
  return {
    ctx,
    url,
    fresh: !existing,
    async close() {
      await ctx.database.close();
      if (!process.env.BENCH_KEEP_DB) await drop?.();
    },
  };
}

/** Times `fn` `rounds` times after a warm-up; returns sorted milliseconds. */
export async function sample(rounds: number, fn: () => Promise<unknown>): Promise<number[]> {
  await fn();
  const out: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const t0 = performance.now();
    await fn();
    out.push(performance.now() - t0);
  }
  return out.sort((a, b) => a - b);
}
