// `lantoa backup` / `lantoa restore`: a whole-database copy in the native format of the backend.
// PostgreSQL (DATABASE_URL) goes through pg_dump's custom format and pg_restore, so the file also
// works with the PostgreSQL tools alone; the embedded PGlite database is saved as the gzipped tar of
// its data folder. The format itself tells the two kinds apart (custom dumps start with `PGDMP`,
// PGlite backups are gzip), so a file is never restored into the wrong kind of database.
import path from 'node:path';
import { Command } from 'commander';
import { openDatabase } from '../db/client.ts';
import { type Env, EnvError, parseEnv } from '../env.ts';
import {
  BackupError,
  type BackupKind,
  type BackupResult,
  countTables,
  detectKind,
  kindName,
  type RestoreResult,
  type TableCount,
} from './backup.files.ts';
import { backupPglite, pgliteDir, restorePglite } from './backup.pglite.ts';
import { backupPg, restorePg } from './backup.postgres.ts';

export {
  BackupError,
  type BackupKind,
  type BackupResult,
  defaultBackupName,
  detectKind,
  type RestoreResult,
  tableFingerprints,
} from './backup.files.ts';

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
