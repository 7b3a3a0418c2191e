// Opens the database: embedded PGlite in a local folder by default, PostgreSQL when a URL is given.
// Both speak the PostgreSQL dialect and run the same committed migrations.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { sql } from 'drizzle-orm';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import { lockDataDir } from './pglite-lock.ts';
import * as schema from './schema/index.ts';

export type Schema = typeof schema;
// biome-ignore lint/suspicious/noExplicitAny: both drivers share this query-result shape
export type Db = PgDatabase<PgQueryResultHKT & any, Schema>;

export interface Database {
  db: Db;
  kind: 'pglite' | 'postgres';
  migrate(): Promise<void>;
  ping(): Promise<void>;
  close(): Promise<void>;
  /** Plain parameterised SQL on the driver, for bulk paths (array parameters with unnest). */
  raw<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
}

const migrationsFolder = path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations');

export interface OpenOptions {
  databaseUrl?: string;
  /** Folder for PGlite data; `memory://` keeps it in memory (tests). */
  dataDir?: string;
  poolSize?: number;
  /** PostgreSQL only: told about connection errors that happen outside any query (an idle or
   * checked-out connection dropped by the server or the network). Defaults to a throttled warning. */
  onConnectionError?: (err: Error) => void;
}

// PostgreSQL connection behaviour when the database goes away: a request waits at most
// CONNECT_TIMEOUT_MS for a connection (then fails with a clear 503, see errors.ts), dead sockets
// are noticed by TCP keepalive, and the pool opens fresh connections as soon as the server is back.
const CONNECT_TIMEOUT_MS = 3_000;
const KEEPALIVE_DELAY_MS = 10_000;
/** Readiness probes answer within this budget even when the network swallows packets. */
export const PING_TIMEOUT_MS = 2_500;

function throttledWarning(): (err: Error) => void {
  let last = 0;
  return (err) => {
    const now = Date.now();
    if (now - last < 10_000) return;
    last = now;
    console.warn(`[db] connection lost (${err.message}); the pool reconnects on the next query`);
  };
}

function withDeadline<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: timeout exceeded after ${ms} ms`)), ms);
  });
  return Promise.race([promise, deadline]).finally(() => clearTimeout(timer));
}

function openPool(opts: OpenOptions & { databaseUrl: string }): pg.Pool {
  const pool = new pg.Pool({
    connectionString: opts.databaseUrl,
    max: opts.poolSize ?? 10,
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
    keepAlive: true,
    keepAliveInitialDelayMillis: KEEPALIVE_DELAY_MS,
  });
  const onError = opts.onConnectionError ?? throttledWarning();
  // An idle connection that dies is reported here; without a listener node would crash the process.
  pool.on('error', onError);
  // A checked-out connection that dies between two queries emits 'error' on the client itself,
  // where pg-pool listens only while it is idle: listen always. The next query on it fails (a 503)
  // and the pool discards it on release.
  pool.on('connect', (client) => {
    client.on('error', onError);
  });
  return pool;
}

export async function openDatabase(opts: OpenOptions): Promise<Database> {
  if (opts.databaseUrl) {
    const pool = openPool({ ...opts, databaseUrl: opts.databaseUrl });
    const db = drizzlePg(pool, { schema }) as unknown as Db;
    return {
      db,
      kind: 'postgres',
      migrate: () => migratePg(drizzlePg(pool), { migrationsFolder }),
      ping: async () => {
        // Both the wait for a connection and the query itself are bounded: a load balancer's probe
        // must get its 503 quickly, not hang with the database.
        await withDeadline(
          // query_timeout per query is honoured by pg's Client.query but missing from its types.
          pool.query({ text: 'select 1', query_timeout: PING_TIMEOUT_MS } as pg.QueryConfig),
          PING_TIMEOUT_MS,
          'database ping',
        );
      },
      close: () => pool.end(),
      raw: async <T>(text: string, params: unknown[] = []) => (await pool.query(text, params)).rows as T[],
    };
  }
  const dir = opts.dataDir ?? 'memory://';
  let dataDir: string | undefined;
  let unlock = () => {};
  if (!dir.startsWith('memory://')) {
    dataDir = path.join(path.resolve(dir), 'pglite');
    mkdirSync(dataDir, { recursive: true });
    unlock = lockDataDir(path.resolve(dir));
  }
  const client = await PGlite.create({ dataDir, extensions: { pg_trgm, unaccent } }).catch((e) => {
    unlock();
    throw e;
  });
  const db = drizzlePglite(client, { schema }) as unknown as Db;
  return {
    db,
    kind: 'pglite',
    migrate: () => migratePglite(drizzlePglite(client), { migrationsFolder }),
    ping: async () => {
      await db.execute(sql`select 1`);
    },
    close: async () => {
      await client.close();
      unlock();
    },
    raw: async <T>(text: string, params: unknown[] = []) => (await client.query<T>(text, params)).rows,
  };
}
