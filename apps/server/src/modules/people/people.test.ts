import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { foldVietnamese } from '../../lib/text.ts';
import { backends, type Client, createTestApp, type TestApp } from '../../test/harness.ts';
import { insertPeople, SEARCH_COUNT_CAP } from './people.repository.ts';

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
    // Sorted by the folded name, so "Đặng" sits among the D's rather than after "Z".
    const names = all.items.map((i: { fullName: string }) => foldVietnamese(i.fullName));
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

  it('ranks names that start with the search first and pages across both parts', async () => {
    for (const fullName of [
      'Đặng Văn Hùng',
      'Lê Đặng Quang',
      'Dương Thị Lan',
      'Đặng Thị Ánh',
      'Vũ Thị Đặng',
    ]) {
      const res = await officer.post('/api/people', { fullName, unitId: tanCuong });
      expect(res.statusCode, res.body).toBe(201);
    }
    const all = (await officer.get('/api/people?q=dang&pageSize=100')).json();
    const folded = all.items.map((i: { fullName: string }) => foldVietnamese(i.fullName));
    expect(all.total).toBe(folded.length);
    expect(folded).toContain('le dang quang');
    expect(folded).toContain('vu thi dang');
    expect(folded).not.toContain('duong thi lan');
    const firstInside = folded.findIndex((n: string) => !n.startsWith('dang'));
    const prefixPart = folded.slice(0, firstInside);
    const insidePart = folded.slice(firstInside);
    expect(prefixPart).toEqual(expect.arrayContaining(['dang van hung', 'dang thi anh']));
    expect(prefixPart).toEqual([...prefixPart].sort());
    expect(insidePart.every((n: string) => !n.startsWith('dang') && n.includes('dang'))).toBe(true);
    expect(insidePart).toEqual([...insidePart].sort());
    // Small pages walk the same order, across the boundary between the two parts.
    const paged: string[] = [];
    for (let page = 1; paged.length < folded.length; page++) {
      const res = (await officer.get(`/api/people?q=dang&pageSize=2&page=${page}`)).json();
      expect(res.total).toBe(all.total);
      paged.push(...res.items.map((i: { fullName: string }) => foldVietnamese(i.fullName)));
      if (!res.items.length) break;
    }
    expect(paged).toEqual(folded);
    // Words match from their start: "ang" is inside "Đặng" and "Quang" but starts no word.
    const mid = (await officer.get('/api/people?q=ang&pageSize=100')).json();
    expect(mid.items.map((i: { fullName: string }) => i.fullName)).not.toContain('Lê Đặng Quang');
    // A renamed person is found by the new name only (the name tails follow the update).
    const quang = all.items.find((i: { fullName: string }) => i.fullName === 'Lê Đặng Quang');
    expect((await officer.patch(`/api/people/${quang.id}`, { fullName: 'Lê Khánh Quang' })).statusCode).toBe(
      200,
    );
    const renamed = (await officer.get('/api/people?q=khanh%20quang')).json();
    expect(renamed.items.map((i: { id: string }) => i.id)).toEqual([quang.id]);
    const old = (await officer.get('/api/people?q=dang%20quang')).json();
    expect(old.items.map((i: { id: string }) => i.id)).not.toContain(quang.id);
    const backwards = (await officer.get('/api/people?q=dang&pageSize=100&sort=-fullName')).json();
    expect(
      backwards.items.map((i: { fullName: string }) => foldVietnamese(i.fullName)).slice(0, firstInside),
    ).toEqual([...prefixPart].reverse());
  });

  it('counts name searches up to 1,000 and says when there are more', async () => {
    const rows = Array.from({ length: SEARCH_COUNT_CAP + 5 }, (_, i) => ({
      fullName: `Khổng Tú Cầu ${i}`,
      searchText: foldVietnamese(`Khổng Tú Cầu ${i}`),
      unitId: tanCuong,
    }));
    await insertPeople(t.ctx.db, rows);
    // A bulk insert fills the name tails in the same statement: "tu cau 7", "cau 7", "7".
    const tails = rowsOf<{ n: number }>(
      await t.ctx.db.execute(
        sql`select count(*)::int as n from person_name_tails t join people p on p.id = t.person_id where p.search_text like 'khong tu cau %'`,
      ),
    );
    expect(tails[0]?.n).toBe(3 * rows.length);
    const many = (await officer.get('/api/people?q=khong%20tu%20cau&pageSize=10')).json();
    expect(many).toMatchObject({ total: SEARCH_COUNT_CAP, totalCapped: true });
    expect(many.items).toHaveLength(10);
    // Past the counted thousand, pages still follow the name order of those that start with it.
    const deep = (await officer.get('/api/people?q=khong%20tu%20cau&pageSize=2&page=501')).json();
    expect(deep.items.map((i: { fullName: string }) => foldVietnamese(i.fullName))).toEqual(
      rows
        .map((r) => r.searchText)
        .sort()
        .slice(1000, 1002),
    );
    const inside = (await officer.get('/api/people?q=tu%20cau%201&pageSize=10')).json();
    expect(inside).toMatchObject({ total: 1 + 10 + 100 + 5, totalCapped: false });
    const byDate = (await officer.get('/api/people?q=khong%20tu&sort=-createdAt&pageSize=10')).json();
    expect(byDate).toMatchObject({ total: SEARCH_COUNT_CAP, totalCapped: true });
  });

  it("searches a commune officer's commune, with its organisations' people who live elsewhere", async () => {
    const org = await officer.post('/api/organisations', {
      name: 'Hợp tác xã chè Phan Đình Phùng',
      type: 'cooperative',
      unitId: phanDinhPhung,
    });
    expect(org.statusCode, org.body).toBe(201);
    const people = [
      { fullName: 'Ma Thị Quỳnh Giao', unitId: phanDinhPhung },
      { fullName: 'Lục Văn Quỳnh', unitId: phanDinhPhung },
      { fullName: 'Quỳnh Thị Lan', unitId: phanDinhPhung },
      { fullName: 'Hà Quỳnh Anh', unitId: tanCuong, organisationId: org.json().id },
      { fullName: 'Mã Quỳnh Chi', unitId: tanCuong },
    ];
    for (const p of people) expect((await officer.post('/api/people', p)).statusCode).toBe(201);
    const xa = await t.login('xa@lantoa.demo');
    const found = (await xa.get('/api/people?q=quynh&pageSize=100')).json();
    const names = found.items.map((i: { fullName: string }) => i.fullName);
    // Names that start with it first, then the others in name order; the worker of the commune's
    // cooperative who lives in another commune is in scope, the other commune's resident is not.
    expect(names).toEqual(['Quỳnh Thị Lan', 'Hà Quỳnh Anh', 'Lục Văn Quỳnh', 'Ma Thị Quỳnh Giao']);
    expect(found).toMatchObject({ total: 4, totalCapped: false });
    const paged: string[] = [];
    for (let page = 1; page <= 3; page++)
      paged.push(
        ...(await xa.get(`/api/people?q=quynh&pageSize=2&page=${page}`))
          .json()
          .items.map((i: { fullName: string }) => i.fullName),
      );
    expect(paged).toEqual(names);
    const backwards = (await xa.get('/api/people?q=quynh&sort=-fullName')).json();
    expect(backwards.items.map((i: { fullName: string }) => i.fullName)).toEqual([
      'Quỳnh Thị Lan',
      'Ma Thị Quỳnh Giao',
      'Lục Văn Quỳnh',
      'Hà Quỳnh Anh',
    ]);
  });

  it("follows a person who moves into or out of a commune officer's search by a later name", async () => {
    const created = await officer.post('/api/people', { fullName: 'Vi Thị Ngọc Diệp', unitId: tanCuong });
    expect(created.statusCode, created.body).toBe(201);
    const xa = await t.login('xa@lantoa.demo');
    const names = async () =>
      (await xa.get('/api/people?q=ngoc%20diep')).json().items.map((i: { fullName: string }) => i.fullName);
    expect(await names()).not.toContain('Vi Thị Ngọc Diệp');
    // Moving her (and only that) moves the name tails the search reads with her.
    const moved = await officer.patch(`/api/people/${created.json().id}`, { unitId: phanDinhPhung });
    expect(moved.statusCode, moved.body).toBe(200);
    expect(await names()).toEqual(['Vi Thị Ngọc Diệp']);
    await officer.patch(`/api/people/${created.json().id}`, { fullName: 'Vi Thị Ngọc Diệp Anh' });
    expect(await names()).toEqual(['Vi Thị Ngọc Diệp Anh']);
    await officer.patch(`/api/people/${created.json().id}`, { unitId: tanCuong });
    expect(await names()).toEqual([]);
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
