// PostgreSQL backups: pg_dump's custom format and pg_restore, spawned without a shell, the password
// only in PGPASSWORD, the tools' version checked against the server's.
import { spawn } from 'node:child_process';
import path from 'node:path';
import pg from 'pg';
import {
  BackupError,
  countTables,
  defaultBackupName,
  type Query,
  userTables,
  writeAtomically,
} from './backup.files.ts';

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

export async function backupPg(databaseUrl: string, out: string | undefined, pgBin?: string) {
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

export async function restorePg(databaseUrl: string, file: string, force: boolean, pgBin?: string) {
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
