import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends, type Client, createTestApp, type TestApp } from '../../test/harness.ts';

const rowsOf = <T>(r: unknown) => ((r as { rows?: T[] }).rows ?? (r as T[])) as T[];

describe.each(backends)('people (%s)', (backend) => {
  let t: TestApp;
  let officer: Client;
  let phanDinhPhung: number;
  let tanCuong: number;
  beforeAll(async () => {
    t = await createTestApp(backend);
    officer = await t.login('tinh@lantoa.demo');
    const find = async (code: string) =>
      (await officer.get(`/api/units?q=${code}`)).json().items[0].id as number;
    phanDinhPhung = await find('05443');
    tanCuong = await find('05503');
  }, 120_000);
  afterAll(() => t?.close());

  it('enrols a person and finds them without diacritics', async () => {
    const res = await officer.post('/api/people', {
      fullName: '  Nguyễn   Thị Hồng Nhung ',
      birthYear: 1968,
      gender: 'female',
      unitId: phanDinhPhung,
      targetGroups: ['citizen', 'citizen'],
      vulnerabilities: ['elderly'],
    });
    expect(res.statusCode, res.body).toBe(201);
    const p = res.json();
    expect(p.fullName).toBe('Nguyễn Thị Hồng Nhung');
    expect(p.targetGroups).toEqual(['citizen']);
    expect(p.unitName).toBe('Phường Phan Đình Phùng');
    const found = (await officer.get('/api/people?q=nguyen%20thi%20hong%20nhung')).json();
    expect(found.total).toBe(1);
    expect(found.items[0].id).toBe(p.id);
    const accented = (await officer.get(`/api/people?q=${encodeURIComponent('HỒNG NHUNG')}`)).json();
    expect(accented.items.map((i: { id: string }) => i.id)).toContain(p.id);
  });

  it('keeps national ID numbers encrypted and finds them only by exact match', async () => {
    const res = await officer.post('/api/people', {
      fullName: 'Triệu Văn Páo',
      nationalId: '019085001234',
      unitId: tanCuong,
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().nationalIdMasked).toBe('••••••••1234');
    expect(JSON.stringify(res.json())).not.toContain('019085001234');
    const raw = rowsOf<Record<string, unknown>>(
      await t.ctx.db.execute(sql`select * from people where id = ${res.json().id}`),
    )[0];
    expect(JSON.stringify(raw)).not.toContain('019085001234');
    expect(t.ctx.secrets.decrypt(raw?.national_id_cipher as string)).toBe('019085001234');
    const exact = (await officer.get('/api/people?nationalId=019085001234')).json();
    expect(exact.items.map((i: { fullName: string }) => i.fullName)).toEqual(['Triệu Văn Páo']);
    expect((await officer.get('/api/people?nationalId=019085001235')).json().total).toBe(0);
    const dup = await officer.post('/api/people', {
      fullName: 'Người Trùng',
      nationalId: '019085001234',
      unitId: tanCuong,
    });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().error.code).toBe('NATIONAL_ID_TAKEN');
  });

  it('explains invalid input field by field, in Vietnamese', async () => {
    const res = await officer.post('/api/people', {
      fullName: 'A',
      birthYear: 1990,
      birthDate: '1991-02-03',
      phone: '12345',
      nationalId: '12ab',
      unitId: phanDinhPhung,
      targetGroups: ['martian'],
    });
    expect(res.statusCode).toBe(400);
    const details = res.json().error.details as { path: string; message: string }[];
    const paths = details.map((d) => d.path);
    expect(paths).toEqual(expect.arrayContaining(['fullName', 'phone', 'nationalId', 'targetGroups.0']));
    expect(details.find((d) => d.path === 'fullName')?.message).toBe('Họ và tên cần ít nhất 2 ký tự');
    expect(details.find((d) => d.path === 'phone')?.message).toContain('Số điện thoại');
  });

  it('pages, filters and sorts with totals', async () => {
    const all = (await officer.get('/api/people?pageSize=5&sort=fullName')).json();
    expect(all.items).toHaveLength(5);
    expect(all.total).toBeGreaterThan(200);
    expect(all.totalCapped).toBe(false);
    const names = all.items.map((i: { fullName: string }) => i.fullName);
    expect([...names].sort()).toEqual(names);
    const page2 = (await officer.get('/api/people?pageSize=5&page=2&sort=fullName')).json();
    expect(page2.items[0].id).not.toBe(all.items[0].id);
    const elderly = (await officer.get('/api/people?vulnerability=elderly&pageSize=100')).json();
    expect(
      elderly.items.every((i: { vulnerabilities: string[] }) => i.vulnerabilities.includes('elderly')),
    ).toBe(true);
    const inUnit = (await officer.get(`/api/people?unitId=${tanCuong}&pageSize=100`)).json();
    expect(inUnit.items.every((i: { unitId: number }) => i.unitId === tanCuong)).toBe(true);
  });

  it('never lets an officer move a person out of their scope', async () => {
    const xa = await t.login('xa@lantoa.demo');
    const mine = await xa.post('/api/people', { fullName: 'Đinh Thị Lụa', unitId: phanDinhPhung });
    expect(mine.statusCode).toBe(201);
    const moved = await xa.patch(`/api/people/${mine.json().id}`, { unitId: tanCuong });
    expect(moved.statusCode).toBe(403);
    expect(moved.json().error.code).toBe('OUT_OF_SCOPE');
    const renamed = await xa.patch(`/api/people/${mine.json().id}`, {
      fullName: 'Đinh Thị Lụa Mới',
      nationalId: '019190000001',
    });
    expect(renamed.json().fullName).toBe('Đinh Thị Lụa Mới');
  });

  it('records an audit entry for each change', async () => {
    const admin = await t.login('admin@lantoa.demo');
    const log = (await admin.get('/api/audit-log?targetType=person&action=person.update')).json();
    expect(log.total).toBeGreaterThan(0);
    expect(log.items[0].actorAccountId).toBeTruthy();
  });
});
