// Embedded PGlite backups: the data folder as a gzipped tar (PGlite's own dumpDataDir), under the
// folder's lock so a running server's files are never copied or replaced under it.
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { lockDataDir } from '../db/pglite-lock.ts';
import type { Env } from '../env.ts';
import { BackupError, countTables, defaultBackupName, userTables, writeAtomically } from './backup.files.ts';

const extensions = { pg_trgm, unaccent };

export const pgliteDir = (dataDir: string) => path.join(dataDir, 'pglite');

function requireFolder(env: Env) {
  if (env.dataDir.startsWith('memory://')) throw new BackupError('an in-memory database cannot be backed up');
  return pgliteDir(env.dataDir);
}

export async function backupPglite(env: Env, out: string | undefined) {
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

export async function restorePglite(env: Env, file: string, force: boolean): Promise<string | undefined> {
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
