// The catalogue of personal data must cover the database: every foreign key to people or accounts
// and every column named like a person, account or learner id is either catalogued (exported and
// erased by rule) or listed as an officer's act. A new table that refers to people fails here until
// someone decides what the person's download and erasure do with it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends, createTestApp, type TestApp } from '../../test/harness.ts';
import { rowsOf } from '../monitoring/kpi.engine.ts';
import { actorColumns, exportSections, privacyCatalog } from './privacy.catalog.ts';

const key = (table: string, column: string) => `${table}.${column}`;

describe.each(backends)('privacy catalogue (%s)', (backend) => {
  let t: TestApp;
  const columns = new Map<string, Set<string>>();

  beforeAll(async () => {
    t = await createTestApp(backend, { demo: false });
    const rows = await t.ctx.database.raw<{ table_name: string; column_name: string }>(
      `select table_name, column_name from information_schema.columns where table_schema = 'public'`,
    );
    for (const r of rows) {
      const set = columns.get(r.table_name) ?? new Set<string>();
      set.add(r.column_name);
      columns.set(r.table_name, set);
    }
  }, 120_000);
  afterAll(() => t?.close());

  it('catalogues every column that refers to a person or an account', async () => {
    const refs = rowsOf<{ table_name: string; column_name: string }>(
      await t.ctx.database.raw(`
        select c.conrelid::regclass::text as table_name, a.attname as column_name
          from pg_constraint c
          join pg_attribute a on a.attrelid = c.conrelid and a.attnum = any(c.conkey)
         where c.contype = 'f' and c.confrelid in ('people'::regclass, 'accounts'::regclass)
        union
        select table_name, column_name from information_schema.columns
         where table_schema = 'public'
           and column_name ~ '(^|_)(person|account|learner|mentee|mentor|trainer)_id$'`),
    );
    expect(refs.length).toBeGreaterThan(20);
    const known = new Set([
      ...privacyCatalog.map((e) => key(e.table, e.column)),
      ...actorColumns.map((e) => key(e.table, e.column)),
    ]);
    const missing = refs.map((r) => key(r.table_name, r.column_name)).filter((k) => !known.has(k));
    expect(missing, 'add these to privacy.catalog.ts (or actorColumns)').toEqual([]);
  });

  it('names only tables and columns that exist, and fills every export section', () => {
    const wrong: string[] = [];
    for (const e of [...privacyCatalog, ...actorColumns]) {
      if (!columns.get(e.table)?.has(e.column)) wrong.push(key(e.table, e.column));
    }
    for (const e of privacyCatalog) {
      if (e.erase.action !== 'wipe') continue;
      for (const col of Object.keys(e.erase.set))
        if (!columns.get(e.table)?.has(col)) wrong.push(key(e.table, col));
      for (const col of e.omit ?? []) if (!columns.get(e.table)?.has(col)) wrong.push(key(e.table, col));
    }
    expect(wrong).toEqual([]);
    for (const s of exportSections)
      expect(
        privacyCatalog.some((e) => e.section === s),
        s,
      ).toBe(true);
  });
});
