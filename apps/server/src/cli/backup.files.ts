// What both kinds of backup share: the kinds and results, telling a file's kind from its first
// bytes, counting and fingerprinting tables, and writing a file only once it is complete.
import { createReadStream, existsSync } from 'node:fs';
import { open, rename, stat, unlink } from 'node:fs/promises';
import { createGunzip } from 'node:zlib';

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
export type Query = (text: string) => Promise<Record<string, unknown>[]>;

export const kindName = {
  pg: 'PostgreSQL (pg_dump custom format)',
  pglite: 'embedded PGlite (data folder tar.gz)',
};

const pad = (n: number) => String(n).padStart(2, '0');
const stamp = (d: Date) =>
  `${d.getFullYear()}${pad(d.getMonth() + 1)}${pad(d.getDate())}-${pad(d.getHours())}${pad(d.getMinutes())}`;
export const defaultBackupName = (kind: BackupKind, at = new Date()) =>
  `lantoa-${stamp(at)}.${kind === 'pg' ? 'dump' : 'tar.gz'}`;

export const userTables = (query: Query) =>
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

export async function writeAtomically(file: string, write: (tmp: string) => Promise<void>): Promise<number> {
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
