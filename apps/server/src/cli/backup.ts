// `lantoa backup` / `lantoa restore`: a whole-database copy in the native format of the backend.
// PostgreSQL (DATABASE_URL) goes through pg_dump's custom format and pg_restore, so the file also
// works with the PostgreSQL tools alone; the embedded PGlite database is saved as the gzipped tar of
// its data folder. The format itself tells the two kinds apart (custom dumps start with `PGDMP`,
// PGlite backups are gzip), so a file is never restored into the wrong kind of database.
import { spawn } from 'node:child_process';
import {
  createReadStream,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
} from 'node:fs';
import { open, rename, stat, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createGunzip } from 'node:zlib';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { Command } from 'commander';
import pg from 'pg';
import { openDatabase } from '../db/client.ts';
import { lockDataDir } from '../db/pglite-lock.ts';
import { type Env, EnvError, parseEnv } from '../env.ts';

export type BackupKind = 'pg' | 'pglite';
export class BackupError extends Error {}
export interface TableCount {
  table: string;
  rows: number;
}
export interface BackupResult {
  file: string;
  kind: BackupKind;
  bytes: number;
  ms: number;
  tables: TableCount[];
}
export interface RestoreResult {
  file: string;
  kind: BackupKind;
  ms: number;
  tables: TableCount[];
  /** PGlite: where the data folder that was replaced now lies. */
  setAside?: string;
}
type Query = (text: string) => Promise<Record<string, unknown>[]>;

const extensions = { pg_trgm, unaccent };
const kindName = { pg: 'PostgreSQL (pg_dump custom format)', pglite: 'embedded PGlite (data folder tar.gz)' };

const pad = (n: number) => String(n).padStart(2, '0');
const stamp = (d: Date) =>
  `${d.getFullYear()}${pad(d.getMonth() + 1)}${pad(d.getDate())}-${pad(d.getHours())}${pad(d.getMinutes())}`;
export const defaultBackupName = (kind: BackupKind, at = new Date()) =>
  `lantoa-${stamp(at)}.${kind === 'pg' ? 'dump' : 'tar.gz'}`;

const userTables = (query: Query) =>
  query(
    `select n.nspname as s, c.relname as t from pg_class c join pg_namespace n on n.oid = c.relnamespace
     where c.relkind in ('r', 'p') and not c.relispartition
       and n.nspname not in ('pg_catalog', 'information_schema') and n.nspname not like 'pg\\_%'
     order by 1, 2`,
  );

/** Every user table with its exact row count (system schemas left out; partitions counted in their parent). */
export async function countTables(query: Query): Promise<TableCount[]> {
  const rels = await userTables(query);
  if (rels.length === 0) return [];
  const q = (s: unknown) => `"${String(s).replace(/"/g, '""')}"`;
  const parts = rels.map((r, i) => `select ${i} as i, count(*)::bigint as n from ${q(r.s)}.${q(r.t)}`);
  const counts = await query(parts.join(' union all '));
  const byIndex = new Map(counts.map((c) => [Number(c.i), Number(c.n)]));
  return rels.map((r, i) => ({
    table: r.s === 'public' ? String(r.t) : `${r.s}.${r.t}`,
    rows: byIndex.get(i) ?? 0,
  }));
}

/** Row count and md5 of every row's text (in text order) per user table: equal fingerprints, equal data. */
export async function tableFingerprints(
  query: Query,
): Promise<Record<string, { rows: number; md5: string }>> {
  const out: Record<string, { rows: number; md5: string }> = {};
  for (const t of await countTables(query)) {
    const name = t.table
      .split('.')
      .map((p) => `"${p.replace(/"/g, '""')}"`)
      .join('.');
    const [r] = await query(
      `select count(*)::int as n, coalesce(md5(string_agg(x::text, E'\\n' order by x::text)), '') as h from ${name} x`,
    );
    out[t.table] = { rows: Number(r?.n ?? -1), md5: String(r?.h ?? '') };
  }
  return out;
}

/** Reads the first bytes of a backup file to tell which kind of database it came from. */
export async function detectKind(file: string): Promise<BackupKind> {
  if (!existsSync(file)) throw new BackupError(`backup file not found: ${file}`);
  const fh = await open(file, 'r');
  const head = Buffer.alloc(5);
  try {
    await fh.read(head, 0, 5, 0);
  } finally {
    await fh.close();
  }
  if (head.toString('latin1') === 'PGDMP') return 'pg';
  if (head[0] === 0x1f && head[1] === 0x8b) {
    if (await tarHasPgVersion(file)) return 'pglite';
    throw new BackupError(`${file} is a gzip file but not a Lantỏa PGlite backup (no PG_VERSION inside)`);
  }
  if (head.toString('latin1').startsWith('--')) {
    throw new BackupError(
      `${file} looks like a plain SQL dump: restore it with psql, or back up with \`lantoa backup\``,
    );
  }
  throw new BackupError(`${file} is not a Lantỏa backup (neither a pg_dump custom file nor a PGlite tar.gz)`);
}

/** A PGlite data-folder tarball names PG_VERSION among its first entries. */
async function tarHasPgVersion(file: string): Promise<boolean> {
  const stream = createReadStream(file).pipe(createGunzip());
  let seen = '';
  try {
    for await (const chunk of stream) {
      seen += (chunk as Buffer).toString('latin1');
      if (seen.includes('PG_VERSION') || seen.length > 1 << 20) break;
    }
  } catch {
    return false;
  } finally {
    stream.destroy();
  }
  return seen.includes('PG_VERSION');
}

async function writeAtomically(file: string, write: (tmp: string) => Promise<void>): Promise<number> {
  if (existsSync(file)) throw new BackupError(`${file} already exists; choose another name with --out`);
  const tmp = `${file}.partial`;
  try {
    await write(tmp);
    await rename(tmp, file);
  } catch (e) {
    await unlink(tmp).catch(() => {});
    throw e;
  }
  return (await stat(file)).size;
}

// --- PostgreSQL -----------------------------------------------------------------------------

/** The URL without its password (for the tool's command line) and the password (for PGPASSWORD). */
function splitPassword(databaseUrl: string): { url: string; password: string | undefined } {
  try {
    const u = new URL(databaseUrl);
    const password = u.password ? decodeURIComponent(u.password) : undefined;
    u.password = '';
    return { url: u.toString(), password };
  } catch {
    return { url: databaseUrl, password: undefined };
  }
}

function run(
  cmd: string,
  args: string[],
  env: NodeJS.ProcessEnv,
): Promise<{ code: number; out: string; err: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => {
      out += d;
    });
    child.stderr.on('data', (d) => {
      err += d;
    });
    child.on('error', (e: NodeJS.ErrnoException) =>
      reject(
        e.code === 'ENOENT'
          ? new BackupError(
              `${cmd} not found: install the PostgreSQL client tools (e.g. apt install postgresql-client) or give their folder with --pg-bin`,
            )
          : e,
      ),
    );
    child.on('close', (code) => resolve({ code: code ?? 1, out, err }));
  });
}

async function withPg<T>(databaseUrl: string, fn: (query: Query, major: number) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const query: Query = async (text) => (await client.query(text)).rows;
    const [v] = await query(`select current_setting('server_version_num')::int / 10000 as major`);
    return await fn(query, Number(v?.major));
  } finally {
    await client.end();
  }
}

/** The tool's path, after checking its major version is at least the server's. */
async function pgTool(name: 'pg_dump' | 'pg_restore', serverMajor: number, pgBin?: string): Promise<string> {
  const cmd = pgBin ? path.join(pgBin, name) : name;
  const r = await run(cmd, ['--version'], process.env);
  const major = Number(/PostgreSQL\)?\s+(\d+)/.exec(r.out)?.[1]);
  if (!major) throw new BackupError(`could not read the version of ${cmd}: ${r.out || r.err}`);
  if (major < serverMajor) {
    throw new BackupError(
      `${cmd} is version ${major} but the server runs PostgreSQL ${serverMajor}: install postgresql-client-${serverMajor} (or newer) or give its folder with --pg-bin (e.g. /usr/lib/postgresql/${serverMajor}/bin)`,
    );
  }
  return cmd;
}

function toolEnv(password: string | undefined): NodeJS.ProcessEnv {
  return password === undefined ? { ...process.env } : { ...process.env, PGPASSWORD: password };
}

async function backupPg(databaseUrl: string, out: string | undefined, pgBin?: string) {
  return withPg(databaseUrl, async (query, major) => {
    const cmd = await pgTool('pg_dump', major, pgBin);
    const file = path.resolve(out ?? defaultBackupName('pg'));
    const { url, password } = splitPassword(databaseUrl);
    // Count and dump from one exported snapshot, so the printed counts are exactly what the file holds.
    await query('begin isolation level repeatable read read only');
    try {
      const [snap] = await query('select pg_export_snapshot() as id');
      const tables = await countTables(query);
      const args = ['--format=custom', '--no-password', `--snapshot=${snap?.id}`];
      const bytes = await writeAtomically(file, async (tmp) => {
        const r = await run(cmd, [...args, `--file=${tmp}`, `--dbname=${url}`], toolEnv(password));
        if (r.code !== 0) throw new BackupError(`pg_dump failed:\n${r.err.trim()}`);
      });
      return { file, bytes, tables };
    } finally {
      await query('commit');
    }
  });
}

async function restorePg(databaseUrl: string, file: string, force: boolean, pgBin?: string) {
  await withPg(databaseUrl, async (query, major) => {
    const cmd = await pgTool('pg_restore', major, pgBin);
    const tables = await userTables(query);
    if (tables.length > 0 && !force) {
      throw new BackupError(
        `the target database already holds ${tables.length} tables: restore into an empty database, or add --force to replace what the backup contains`,
      );
    }
    const { url, password } = splitPassword(databaseUrl);
    const args = [
      '--clean',
      '--if-exists',
      '--no-owner',
      '--no-privileges',
      '--exit-on-error',
      '--single-transaction',
    ];
    const r = await run(cmd, [...args, '--no-password', `--dbname=${url}`, file], toolEnv(password));
    if (r.code !== 0) throw new BackupError(`pg_restore failed (the target is unchanged):\n${r.err.trim()}`);
  });
}

// --- PGlite -----------------------------------------------------------------------------------

const pgliteDir = (dataDir: string) => path.join(dataDir, 'pglite');

function requireFolder(env: Env) {
  if (env.dataDir.startsWith('memory://')) throw new BackupError('an in-memory database cannot be backed up');
  return pgliteDir(env.dataDir);
}

async function backupPglite(env: Env, out: string | undefined) {
  const dir = requireFolder(env);
  // A running server holds the folder: refuse rather than copy files it is writing.
  const release = lockDataDir(path.resolve(env.dataDir));
  try {
    return await backupPgliteLocked(dir, out);
  } finally {
    release();
  }
}

async function backupPgliteLocked(dir: string, out: string | undefined) {
  if (!existsSync(path.join(dir, 'PG_VERSION'))) throw new BackupError(`no embedded database in ${dir}`);
  const client = await PGlite.create({ dataDir: dir, extensions });
  try {
    const tables = await countTables(
      async (text) => (await client.query<Record<string, unknown>>(text)).rows,
    );
    const file = path.resolve(out ?? defaultBackupName('pglite'));
    const bytes = await writeAtomically(file, async (tmp) => {
      const blob = await client.dumpDataDir('gzip');
      await writeFile(tmp, Buffer.from(await blob.arrayBuffer()));
    });
    return { file, bytes, tables };
  } finally {
    await client.close();
  }
}

/** True when the folder holds a database with tables in it (or one that cannot be opened). */
async function pgliteHoldsData(dir: string): Promise<boolean> {
  if (!existsSync(dir) || readdirSync(dir).length === 0) return false;
  try {
    const client = await PGlite.create({ dataDir: dir, extensions });
    try {
      const tables = await userTables(
        async (text) => (await client.query<Record<string, unknown>>(text)).rows,
      );
      return tables.length > 0;
    } finally {
      await client.close();
    }
  } catch {
    return true;
  }
}

async function restorePglite(env: Env, file: string, force: boolean): Promise<string | undefined> {
  const dir = requireFolder(env);
  mkdirSync(env.dataDir, { recursive: true });
  const release = lockDataDir(path.resolve(env.dataDir));
  try {
    return await restorePgliteLocked(env, dir, file, force);
  } finally {
    release();
  }
}

async function restorePgliteLocked(env: Env, dir: string, file: string, force: boolean) {
  const holdsData = await pgliteHoldsData(dir);
  if (holdsData && !force) {
    throw new BackupError(
      `${dir} already holds a database: add --force to replace it (the current folder is kept beside it)`,
    );
  }
  let setAside: string | undefined;
  if (holdsData) {
    setAside = `${dir}.before-restore-${new Date().toISOString().replace(/[-:]/g, '').replace(/\..*/, '')}`;
    renameSync(dir, setAside);
  } else rmSync(dir, { recursive: true, force: true });
  mkdirSync(env.dataDir, { recursive: true });
  try {
    const client = await PGlite.create({
      dataDir: dir,
      extensions,
      loadDataDir: new Blob([readFileSync(file)]),
    });
    await client.close();
  } catch (e) {
    rmSync(dir, { recursive: true, force: true });
    if (setAside) renameSync(setAside, dir);
    throw new BackupError(
      `the PGlite backup could not be loaded (the previous folder is back in place): ${e}`,
    );
  }
  return setAside;
}

// --- commands ---------------------------------------------------------------------------------

export async function backupDatabase(
  env: Env,
  opts: { out?: string; pgBin?: string } = {},
): Promise<BackupResult> {
  const t0 = Date.now();
  const kind: BackupKind = env.databaseUrl ? 'pg' : 'pglite';
  const r = env.databaseUrl
    ? await backupPg(env.databaseUrl, opts.out, opts.pgBin)
    : await backupPglite(env, opts.out);
  return { ...r, kind, ms: Date.now() - t0 };
}

/** Restores a backup into the configured database, then applies any newer migrations. */
export async function restoreDatabase(
  env: Env,
  opts: { from: string; force?: boolean; pgBin?: string },
): Promise<RestoreResult> {
  const t0 = Date.now();
  const file = path.resolve(opts.from);
  const kind = await detectKind(file);
  const target: BackupKind = env.databaseUrl ? 'pg' : 'pglite';
  if (kind !== target) {
    throw new BackupError(
      kind === 'pg'
        ? `${file} is a PostgreSQL backup but DATABASE_URL is not set (the embedded PGlite database is configured): set DATABASE_URL to restore it`
        : `${file} is a PGlite backup but DATABASE_URL points at PostgreSQL: unset DATABASE_URL to restore it into ${pgliteDir(env.dataDir)}`,
    );
  }
  let setAside: string | undefined;
  if (env.databaseUrl) await restorePg(env.databaseUrl, file, !!opts.force, opts.pgBin);
  else setAside = await restorePglite(env, file, !!opts.force);
  const database = await openDatabase({ databaseUrl: env.databaseUrl, dataDir: env.dataDir, poolSize: 1 });
  try {
    await database.migrate();
    const tables = await countTables((text) => database.raw(text));
    return { file, kind, ms: Date.now() - t0, tables, setAside };
  } finally {
    await database.close();
  }
}

const num = (n: number) => n.toLocaleString('vi-VN');
const mb = (bytes: number) =>
  `${(bytes / 1024 / 1024).toLocaleString('vi-VN', { maximumFractionDigits: 1 })} MB`;

function printSummary(tables: TableCount[]) {
  const total = tables.reduce((s, t) => s + t.rows, 0);
  const largest = [...tables].sort((a, b) => b.rows - a.rows).slice(0, 6);
  console.log(
    `${tables.length} tables, ${num(total)} rows; largest: ${largest.map((t) => `${t.table} ${num(t.rows)}`).join(', ')}`,
  );
}

const keyReminder = (env: Env) =>
  `note: national ID numbers are encrypted with ${env.secret ? 'LANTOA_SECRET' : `the key in ${path.join(env.dataDir, 'secret.key')}`}, which is not in the backup: keep a copy of it elsewhere`;

async function runCli(fn: (env: Env) => Promise<void>) {
  try {
    await fn(parseEnv());
  } catch (e) {
    console.error(e instanceof BackupError || e instanceof EnvError ? e.message : e);
    process.exitCode = 1;
  }
}

export const backupCommand = () =>
  new Command('backup')
    .description(
      'Save the whole database to one file (pg_dump custom format, or the PGlite data folder as tar.gz)',
    )
    .option(
      '--out <file>',
      'file to write (default lantoa-YYYYMMDD-HHmm.dump or .tar.gz in the current folder)',
    )
    .option('--pg-bin <dir>', 'folder of pg_dump (e.g. /usr/lib/postgresql/16/bin)')
    .action((o: { out?: string; pgBin?: string }) =>
      runCli(async (env) => {
        const r = await backupDatabase(env, o);
        console.log(
          `backup written: ${r.file} (${kindName[r.kind]}, ${mb(r.bytes)}) in ${(r.ms / 1000).toFixed(1)} s`,
        );
        printSummary(r.tables);
        console.log(keyReminder(env));
      }),
    );

export const restoreCommand = () =>
  new Command('restore')
    .description('Restore a `lantoa backup` file into the configured database, then apply newer migrations')
    .requiredOption('--from <file>', 'backup file')
    .option('--force', 'replace a database that already holds data')
    .option('--pg-bin <dir>', 'folder of pg_restore (e.g. /usr/lib/postgresql/16/bin)')
    .action((o: { from: string; force?: boolean; pgBin?: string }) =>
      runCli(async (env) => {
        const r = await restoreDatabase(env, o);
        console.log(`restored ${r.file} (${kindName[r.kind]}) in ${(r.ms / 1000).toFixed(1)} s`);
        if (r.setAside) console.log(`the previous database folder is kept in ${r.setAside}`);
        printSummary(r.tables);
      }),
    );
