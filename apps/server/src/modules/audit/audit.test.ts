import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends, type Client, createTestApp, type TestApp } from '../../test/harness.ts';
import { auditColumns, formatVnDateTime } from './audit.export.ts';
import { auditForExport } from './audit.repository.ts';

interface Entry {
  id: number;
  at: string;
  actorAccountId: string | null;
  actorName: string | null;
  action: string;
  targetType: string;
  targetId: string | null;
  targetName: string | null;
  details: Record<string, unknown> | null;
}

describe.each(backends)('audit log (%s)', (backend) => {
  let t: TestApp;
  let admin: Client;
  let officer: Client;
  let learner: Client;
  let learnerPersonId: string;
  let officerAccountId: string;
  let officerName: string;
  const search = async (query: string) => {
    const res = await admin.get(`/api/audit-log?${query}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as { items: Entry[]; total: number };
  };

  beforeAll(async () => {
    t = await createTestApp(backend);
    admin = await t.login('admin@lantoa.demo');
    officer = await t.login('tinh@lantoa.demo');
    learner = await t.login('hocvien@lantoa.demo');
    learnerPersonId = (await learner.get('/api/me')).json().id;
    const session = (await officer.get('/api/auth/session')).json();
    officerAccountId = session.account.id;
    officerName = session.person.fullName;
  }, 120_000);
  afterAll(() => t?.close());

  it('records an officer opening a person record, with the actor and target names', async () => {
    const res = await officer.get(`/api/people/${learnerPersonId}`);
    expect(res.statusCode, res.body).toBe(200);
    const log = await search(`action=person.viewed&targetId=${learnerPersonId}`);
    expect(log.total).toBe(1);
    const [entry] = log.items;
    expect(entry?.actorAccountId).toBe(officerAccountId);
    expect(entry?.actorName).toBe(officerName);
    expect(entry?.targetType).toBe('person');
    expect(entry?.targetName).toBe(res.json().fullName);
    expect(entry?.details).toEqual({ view: 'record' });
    // The entry says which record was opened, never what it holds.
    const stored = JSON.stringify(entry?.details);
    for (const value of [res.json().fullName, res.json().phone, res.json().email].filter(Boolean)) {
      expect(stored).not.toContain(value);
    }
  });

  it('does not record a person reading their own record', async () => {
    const before = (await search(`action=person.viewed&targetId=${learnerPersonId}`)).total;
    expect((await learner.get(`/api/people/${learnerPersonId}`)).statusCode).toBe(200);
    expect((await learner.get('/api/me')).statusCode).toBe(200);
    expect((await search(`action=person.viewed&targetId=${learnerPersonId}`)).total).toBe(before);
  });

  it('records one entry per people search and export, keeping only the last 4 ID digits', async () => {
    const before = (await search('action=people.searched')).total;
    const list = await officer.get('/api/people?q=nguyen&nationalId=019085009876&pageSize=5');
    expect(list.statusCode, list.body).toBe(200);
    const after = await search('action=people.searched');
    expect(after.total).toBe(before + 1);
    expect(after.items[0]?.details).toEqual({
      filter: { q: 'nguyen', nationalIdLast4: '9876', page: 1, pageSize: 5, sort: 'fullName' },
    });
    expect(JSON.stringify(after.items[0])).not.toContain('019085009876');
    const exported = await officer.get('/api/people/export?nationalId=019085009876&format=csv');
    expect(exported.statusCode).toBe(200);
    const log = await search('action=people.exported');
    expect(log.total).toBe(1);
    expect(log.items[0]?.details).toMatchObject({ filter: { nationalIdLast4: '9876' }, format: 'csv' });
    expect(JSON.stringify(log.items[0])).not.toContain('019085009876');
  });

  it('filters by text, action prefix, actor, target and days', async () => {
    // Text: the target person's name without diacritics, or the actor's.
    const learnerName = (await learner.get('/api/me')).json().fullName as string;
    const folded = learnerName
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/đ/g, 'd')
      .replace(/Đ/g, 'D')
      .toLowerCase();
    const byName = await search(`q=${encodeURIComponent(folded)}&action=person.viewed`);
    expect(byName.items.map((e) => e.targetId)).toContain(learnerPersonId);
    const byActor = await search(`q=${encodeURIComponent(officerName)}`);
    expect(byActor.total).toBeGreaterThan(0);
    expect(byActor.items.every((e) => e.actorName === officerName || e.targetName === officerName)).toBe(
      true,
    );
    // Text in the details (only the people searches and exports above stored an ID's last digits).
    const byDetails = await search('q=nationalIdLast4');
    expect(new Set(byDetails.items.map((e) => e.action))).toEqual(
      new Set(['people.searched', 'people.exported']),
    );
    // LIKE wildcards are taken literally.
    expect((await search('q=%25')).total).toBe(0);
    // A prefix ending in a dot is an action family; without the dot the match is exact.
    const family = await search('action=people.&pageSize=100');
    expect(new Set(family.items.map((e) => e.action))).toEqual(
      new Set(['people.searched', 'people.exported']),
    );
    expect((await search('action=people')).total).toBe(0);
    const mine = await search(`actorAccountId=${officerAccountId}&pageSize=100`);
    expect(mine.total).toBeGreaterThan(0);
    expect(mine.items.every((e) => e.actorAccountId === officerAccountId)).toBe(true);
    expect((await search(`targetType=person&targetId=${learnerPersonId}`)).total).toBeGreaterThan(0);
  });

  it('reads from and to as whole days in Vietnam time', async () => {
    // 23:30 on 1 March in Vietnam is 16:30 UTC; 00:30 on 2 March is 17:30 UTC on 1 March.
    await t.ctx.db.execute(sql`insert into audit_log (at, action, target_type, target_id) values
      ('2025-03-01T16:30:00Z', 'test.day', 'test', 'late-first'),
      ('2025-03-01T17:30:00Z', 'test.day', 'test', 'early-second')`);
    const ids = async (q: string) => (await search(`action=test.day&${q}`)).items.map((e) => e.targetId);
    expect(await ids('from=2025-03-01&to=2025-03-01')).toEqual(['late-first']);
    expect(await ids('from=2025-03-02&to=2025-03-02')).toEqual(['early-second']);
    expect(await ids('from=2025-03-01&to=2025-03-02')).toEqual(['early-second', 'late-first']);
    expect(await ids('from=2025-03-03')).toEqual([]);
    expect(await ids('to=2025-02-28')).toEqual([]);
    const backwards = await admin.get('/api/audit-log?from=2025-03-02&to=2025-03-01');
    expect(backwards.statusCode).toBe(400);
    expect(backwards.json().error.code).toBe('VALIDATION_FAILED');
  });

  it('is for system administrators only', async () => {
    for (const login of ['tinh@lantoa.demo', 'xa@lantoa.demo', 'donvi@lantoa.demo', 'hocvien@lantoa.demo']) {
      const c = await t.login(login);
      expect((await c.get('/api/audit-log')).statusCode, login).toBe(403);
      expect((await c.get('/api/audit-log/export?format=csv')).statusCode, login).toBe(403);
    }
    expect((await t.anonymous().get('/api/audit-log/export')).statusCode).toBe(401);
  });

  it('exports CSV with Vietnamese headers and Vietnam times, and audits the export', async () => {
    const res = await admin.get(
      `/api/audit-log/export?format=csv&action=person.viewed&targetId=${learnerPersonId}`,
    );
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toContain('text/csv');
    expect(res.headers['content-disposition']).toContain('nhat-ky-he-thong.csv');
    expect(res.headers['x-export-capped']).toBeUndefined();
    const lines = res.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toContain('"Thời gian","Người thực hiện"');
    expect(lines[0]).toContain('"Hành động"');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/^"\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}:\d{2}"/);
    expect(lines[1]).toContain('"Xem hồ sơ người dân","person.viewed","Người dân"');
    expect(lines[1]).toContain(officerName);
    const audited = await search('action=audit.exported');
    expect(audited.items[0]?.details).toMatchObject({
      format: 'csv',
      rows: 1,
      capped: false,
      filter: { action: 'person.viewed', targetId: learnerPersonId },
    });
  });

  it('exports XLSX with the same rows', async () => {
    const res = await admin.get(
      `/api/audit-log/export?format=xlsx&action=person.viewed&targetId=${learnerPersonId}`,
    );
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const ws = wb.worksheets[0];
    expect(ws?.getRow(1).getCell(1).value).toBe('Thời gian');
    expect(ws?.getRow(1).getCell(4).value).toBe('Hành động');
    expect(ws?.rowCount).toBe(2);
    expect(String(ws?.getRow(2).getCell(1).value)).toMatch(/^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}:\d{2}$/);
    expect(ws?.getRow(2).getCell(5).value).toBe('person.viewed');
  });

  it('caps an export and says so in its first header', async () => {
    const { rows, capped } = await auditForExport(t.ctx.db, { action: 'test.day' }, 1);
    expect(rows).toHaveLength(1);
    expect(capped).toBe(true);
    expect((await auditForExport(t.ctx.db, { action: 'test.day' }, 2)).capped).toBe(false);
    expect(auditColumns({ cap: 100_000 })[0]?.header).toBe(
      'Thời gian (đã giới hạn: chỉ 100.000 mục mới nhất)',
    );
    expect(formatVnDateTime(new Date('2025-03-01T17:30:05Z'))).toBe('02/03/2025 00:30:05');
  });
});
