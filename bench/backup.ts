// Backup and restore round trip (`lantoa backup` / `lantoa restore` code) on a synthetic province:
// synthesise into a fresh database, back it up, restore into another fresh one, check every table
// holds the same rows (count + md5), and print the timings.
//   npm run bench -- backup [--scale small] [--people N --learners N]        # embedded PGlite
//   DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npm run bench -- backup   # PostgreSQL
// With BENCH_DATABASE_URL the existing database is the source (nothing synthesised).
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { createContext, prepareDatabase } from '../apps/server/src/boot.ts';
import { backupDatabase, restoreDatabase, tableFingerprints } from '../apps/server/src/cli/backup.ts';
import { openDatabase } from '../apps/server/src/db/client.ts';
import { type Env, parseEnv } from '../apps/server/src/env.ts';
import { scales, synth } from '../apps/server/src/modules/synth/synth.service.ts';
import { report } from './_stats.ts';

const { values } = parseArgs({
  options: {
    scale: { type: 'string', default: 'small' },
    people: { type: 'string' },
    learners: { type: 'string' },
  },
});
const preset = scales[values.scale as 'small' | 'province'];
if (!preset) throw new Error('--scale must be small or province');
const people = values.people ? Number(values.people) : preset.people;
const learners = values.learners ? Number(values.learners) : Math.min(preset.learners, people);

const base = process.env.DATABASE_URL;
const existing = process.env.BENCH_DATABASE_URL;
const tmp = mkdtempSync(path.join(os.tmpdir(), 'lantoa-bench-backup-'));
const created: string[] = [];
const silent = { info: () => {} };

async function admin(sql: string) {
  const c = new pg.Client({ connectionString: base });
  await c.connect();
  await c.query(sql);
  await c.end();
}

/** A database of its own (PostgreSQL beside DATABASE_URL, or a PGlite folder) for one side of the trip. */
async function freshEnv(role: string, databaseUrl?: string): Promise<Env> {
  if (!databaseUrl && base) {
    const name = `lantoa_bench_backup_${role}_${randomBytes(3).toString('hex')}`;
    await admin(`create database ${name}`);
    created.push(name);
    const u = new URL(base);
    u.pathname = `/${name}`;
    databaseUrl = u.toString();
  }
  if (!databaseUrl && existing)
    throw new Error('BENCH_DATABASE_URL needs DATABASE_URL too (for the restore target)');
  return parseEnv({
    NODE_ENV: 'test',
    LANTOA_DATA_DIR: path.join(tmp, role),
    DATABASE_URL: databaseUrl,
    LANTOA_SECRET: randomBytes(32).toString('hex'),
    LOG_LEVEL: 'silent',
  });
}

async function fingerprint(env: Env) {
  const database = await openDatabase({ databaseUrl: env.databaseUrl, dataDir: env.dataDir, poolSize: 1 });
  try {
    return await tableFingerprints((text) => database.raw(text));
  } finally {
    await database.close();
  }
}

try {
  const source = await freshEnv('src', existing);
  if (!existing) {
    const ctx = await createContext(source, silent);
    try {
      const t0 = performance.now();
      await prepareDatabase(ctx, silent, { demo: false });
      await synth(
        ctx,
        { ...preset, people, learners, seed: 19, provinceCode: '19', start: '2025-10-01' },
        () => {},
      );
      report('backup', 'synth', (performance.now() - t0) / 1000, 's');
    } finally {
      await ctx.database.close();
    }
  }
  const backend = source.databaseUrl ? 'postgres' : 'pglite';
  console.log(`backend ${backend}, ${people.toLocaleString('en')} people`);

  const file = path.join(tmp, backend === 'postgres' ? 'b.dump' : 'b.tar.gz');
  const b = await backupDatabase(source, { out: file });
  const rows = b.tables.reduce((s, t) => s + t.rows, 0);
  report('backup', 'rows', rows, '');
  report('backup', 'backup', b.ms / 1000, 's');
  report('backup', 'file_size', b.bytes / 1024 / 1024, 'MB');

  if (source.databaseUrl) {
    // Ceiling: pg_dump alone, same format, same database (the command adds the checks and the counts).
    const alone = path.join(tmp, 'alone.dump');
    const t = performance.now();
    const r = spawnSync('pg_dump', ['--format=custom', `--file=${alone}`, `--dbname=${source.databaseUrl}`]);
    if (r.status !== 0) throw new Error(`pg_dump failed: ${r.stderr}`);
    const ms = performance.now() - t;
    report('backup', 'pg_dump_alone', ms / 1000, 's');
    report('backup', 'ratio_backup', b.ms / ms, '');
  }

  const target = await freshEnv('dst');
  const r = await restoreDatabase(target, { from: file });
  report('backup', 'restore', r.ms / 1000, 's');
  report('backup', 'restore_rows_per_s', Math.round(rows / (r.ms / 1000)), '');

  const t0 = performance.now();
  const [a, c] = [await fingerprint(source), await fingerprint(target)];
  const differing = Object.keys({ ...a, ...c }).filter((k) => JSON.stringify(a[k]) !== JSON.stringify(c[k]));
  report('backup', 'verify', (performance.now() - t0) / 1000, 's');
  report('backup', 'tables_differing', differing.length, '');
  if (differing.length) {
    console.error(`restored data differs in: ${differing.join(', ')}`);
    process.exitCode = 1;
  }
} finally {
  for (const name of created) await admin(`drop database if exists ${name} with (force)`).catch(() => {});
  rmSync(tmp, { recursive: true, force: true });
}
