// Backup and restore round trip on a small synthetic province: the restored database must hold the
// same rows, byte for byte, in every table. PGlite always; PostgreSQL when TEST_DATABASE_URL is set.

import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createContext, prepareDatabase } from '../boot.ts';
import { openDatabase } from '../db/client.ts';
import { type Env, parseEnv } from '../env.ts';
import { synth } from '../modules/synth/synth.service.ts';
import { createTestApp, miniPack, type TestApp } from '../test/harness.ts';
import {
  BackupError,
  backupDatabase,
  defaultBackupName,
  detectKind,
  restoreDatabase,
  tableFingerprints,
} from './backup.ts';

const province = {
  people: 1000,
  learners: 300,
  days: 20,
  eventsPerLearner: 30,
  seed: 11,
  provinceCode: '19',
  start: '2025-10-01',
};
const silent = { info: () => {} };

const envFor = (over: { dataDir?: string; databaseUrl?: string }): Env =>
  parseEnv({
    NODE_ENV: 'test',
    LANTOA_DATA_DIR: over.dataDir ?? 'memory://',
    DATABASE_URL: over.databaseUrl,
    LANTOA_SECRET: 'backup-test-secret-0123456789abcdef0123456789',
    LANTOA_CONTENT_DIR: 'none',
    LOG_LEVEL: 'silent',
  });

async function fingerprint(env: Env) {
  const database = await openDatabase({ databaseUrl: env.databaseUrl, dataDir: env.dataDir, poolSize: 1 });
  try {
    return await tableFingerprints((text) => database.raw(text));
  } finally {
    await database.close();
  }
}

const tmp = mkdtempSync(path.join(os.tmpdir(), 'lantoa-backup-test-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** A tar.gz shaped like a PGlite backup, enough for the kind check. */
function fakePgliteBackup(): string {
  const dir = path.join(tmp, 'fake-pglite');
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'PG_VERSION'), '17\n');
  const file = path.join(tmp, 'fake.tar.gz');
  if (!existsSync(file)) spawnSync('tar', ['czf', file, '-C', dir, 'PG_VERSION']);
  return file;
}

function expectSameData(
  a: Record<string, { rows: number; md5: string }>,
  b: Record<string, { rows: number; md5: string }>,
) {
  expect(Object.keys(b).sort()).toEqual(Object.keys(a).sort());
  expect(b).toEqual(a);
  expect(a.people?.rows).toBe(province.people);
  expect(a.learning_events?.rows).toBeGreaterThan(province.learners * 10);
}

describe('backup files', () => {
  it('are named by date and kind, and recognised by their first bytes', async () => {
    expect(defaultBackupName('pg', new Date(2026, 0, 5, 7, 9))).toBe('lantoa-20260105-0709.dump');
    expect(defaultBackupName('pglite', new Date(2026, 11, 31, 23, 59))).toBe('lantoa-20261231-2359.tar.gz');
    const dump = path.join(tmp, 'x.dump');
    writeFileSync(dump, Buffer.concat([Buffer.from('PGDMP'), randomBytes(64)]));
    expect(await detectKind(dump)).toBe('pg');
    expect(await detectKind(fakePgliteBackup())).toBe('pglite');
    const sql = path.join(tmp, 'x.sql');
    writeFileSync(sql, '--\n-- PostgreSQL database dump\n');
    await expect(detectKind(sql)).rejects.toThrow(/plain SQL dump/);
    const other = path.join(tmp, 'other.tar.gz');
    spawnSync('tar', ['czf', other, '-C', tmp, 'x.sql']);
    await expect(detectKind(other)).rejects.toThrow(/not a Lantỏa PGlite backup/);
    await expect(detectKind(path.join(tmp, 'missing.dump'))).rejects.toThrow(/not found/);
  });
});

describe('backup and restore (pglite)', () => {
  const source = envFor({ dataDir: path.join(tmp, 'source') });
  let before: Awaited<ReturnType<typeof fingerprint>>;
  const file = path.join(tmp, 'province.tar.gz');

  beforeAll(async () => {
    const ctx = await createContext(source, silent);
    try {
      await prepareDatabase(ctx, silent, { demo: false, contentPacks: [miniPack] });
      await synth(ctx, province, () => {});
    } finally {
      await ctx.database.close();
    }
    before = await fingerprint(source);
  }, 180_000);

  it('round-trips a synthetic province into a new folder', async () => {
    const b = await backupDatabase(source, { out: file });
    expect(b.kind).toBe('pglite');
    expect(b.bytes).toBeGreaterThan(1000);
    expect(b.tables.find((t) => t.table === 'people')?.rows).toBe(province.people);
    await expect(backupDatabase(source, { out: file })).rejects.toThrow(/already exists/);

    const target = envFor({ dataDir: path.join(tmp, 'target') });
    const r = await restoreDatabase(target, { from: file });
    expect(r.setAside).toBeUndefined();
    expect(r.tables).toEqual(b.tables);
    expectSameData(before, await fingerprint(target));
  }, 120_000);

  it('refuses a folder that holds data unless forced, and keeps the old folder aside', async () => {
    const target = envFor({ dataDir: path.join(tmp, 'target') });
    await expect(restoreDatabase(target, { from: file })).rejects.toThrow(BackupError);
    await expect(restoreDatabase(target, { from: file })).rejects.toThrow(/--force/);
    const r = await restoreDatabase(target, { from: file, force: true });
    expect(r.setAside).toMatch(/pglite\.before-restore-\d{8}T\d{6}$/);
    expect(existsSync(path.join(r.setAside as string, 'PG_VERSION'))).toBe(true);
    expectSameData(before, await fingerprint(target));
  }, 120_000);

  it('refuses a PostgreSQL backup', async () => {
    const dump = path.join(tmp, 'y.dump');
    writeFileSync(dump, Buffer.concat([Buffer.from('PGDMP'), randomBytes(64)]));
    const target = envFor({ dataDir: path.join(tmp, 'never') });
    await expect(restoreDatabase(target, { from: dump })).rejects.toThrow(
      /PostgreSQL backup but DATABASE_URL is not set/,
    );
    expect(existsSync(path.join(tmp, 'never'))).toBe(false);
  });
});

describe.runIf(!!process.env.TEST_DATABASE_URL)('backup and restore (postgres)', () => {
  let t: TestApp;
  let source: Env;
  let before: Awaited<ReturnType<typeof fingerprint>>;
  const targetName = `lantoa_t_backup_${randomBytes(4).toString('hex')}`;
  const admin = () => new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
  const targetUrl = () => {
    const u = new URL(process.env.TEST_DATABASE_URL as string);
    u.pathname = `/${targetName}`;
    return u.toString();
  };
  const file = path.join(tmp, 'province.dump');

  beforeAll(async () => {
    t = await createTestApp('postgres', { demo: false });
    await synth(t.ctx, province, () => {});
    source = envFor({ databaseUrl: t.ctx.env.databaseUrl });
    before = await fingerprint(source);
    const c = admin();
    await c.connect();
    await c.query(`create database ${targetName}`);
    await c.end();
  }, 180_000);
  afterAll(async () => {
    await t?.close();
    const c = admin();
    await c.connect();
    await c.query(`drop database if exists ${targetName} with (force)`);
    await c.end();
  });

  it('round-trips a synthetic province into an empty database with pg_dump / pg_restore', async () => {
    const b = await backupDatabase(source, { out: file });
    expect(b.kind).toBe('pg');
    expect(await detectKind(file)).toBe('pg');
    const target = envFor({ databaseUrl: targetUrl() });
    const r = await restoreDatabase(target, { from: file });
    expect(r.tables).toEqual(b.tables);
    expectSameData(before, await fingerprint(target));
  }, 120_000);

  it('refuses a database that holds data unless forced', async () => {
    const target = envFor({ databaseUrl: targetUrl() });
    await expect(restoreDatabase(target, { from: file })).rejects.toThrow(/already holds \d+ tables/);
    await restoreDatabase(target, { from: file, force: true });
    expectSameData(before, await fingerprint(target));
  }, 120_000);

  it('checks the tools and keeps the password off their command line', async () => {
    const bin = path.join(tmp, 'fake-bin');
    mkdirSync(bin, { recursive: true });
    const fake = (version: string) => {
      const log = path.join(bin, 'calls.log');
      const script = `#!/bin/sh\nif [ "$1" = --version ]; then echo "pg_dump (PostgreSQL) ${version}"; exit 0; fi\necho "$* PGPASSWORD=$PGPASSWORD" >> ${log}\necho "fake failure" >&2; exit 3\n`;
      writeFileSync(path.join(bin, 'pg_dump'), script, { mode: 0o755 });
      return log;
    };
    const u = new URL(source.databaseUrl as string);
    u.password = 's3cret-pw';
    const withPassword = envFor({ databaseUrl: u.toString() });
    fake('9.6.24');
    await expect(
      backupDatabase(withPassword, { out: path.join(tmp, 'old.dump'), pgBin: bin }),
    ).rejects.toThrow(/is version 9 but the server runs PostgreSQL \d+/);
    const log = fake('99.0');
    const out = path.join(tmp, 'failing.dump');
    await expect(backupDatabase(withPassword, { out, pgBin: bin })).rejects.toThrow(
      /pg_dump failed:\nfake failure/,
    );
    const call = readFileSync(log, 'utf8');
    expect(call).toContain('--format=custom');
    expect(call).toMatch(/--snapshot=\S+/);
    expect(call.replace(/PGPASSWORD=.*/, '')).not.toContain('s3cret-pw');
    expect(call).toContain('PGPASSWORD=s3cret-pw');
    expect(existsSync(out) || existsSync(`${out}.partial`)).toBe(false);
    await expect(backupDatabase(withPassword, { out, pgBin: path.join(tmp, 'no-such-dir') })).rejects.toThrow(
      /pg_dump not found/,
    );
  });

  it('refuses a PGlite backup', async () => {
    const target = envFor({ databaseUrl: targetUrl() });
    await expect(restoreDatabase(target, { from: fakePgliteBackup() })).rejects.toThrow(
      /PGlite backup but DATABASE_URL points at PostgreSQL/,
    );
  });
});
