import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends, createTestApp, type TestApp } from '../../test/harness.ts';
import { importUnits } from './units.import.ts';

describe.each(backends)('administrative units (%s)', (backend) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(backend, { demo: false });
  }, 120_000);
  afterAll(() => t?.close());

  it('holds the 34 provinces and 3,321 communes of the 2025 reform', async () => {
    const anon = t.anonymous();
    const top = (await anon.get('/api/units?pageSize=100')).json();
    expect(top.total).toBe(34);
    const communes = ['commune', 'ward', 'special_zone'];
    let n = 0;
    for (const c of communes) n += (await anon.get(`/api/units?type=${c}&pageSize=1`)).json().total;
    expect(n).toBe(3321);
  });

  it('gives Thái Nguyên its 92 communes and wards (77 xã, 15 phường)', async () => {
    const anon = t.anonymous();
    const tn = (await anon.get('/api/units?q=thai%20nguyen&type=province')).json().items[0];
    expect(tn.code).toBe('19');
    expect(tn.childCount).toBe(92);
    const kids = (await anon.get(`/api/units?parentId=${tn.id}&pageSize=100`)).json();
    expect(kids.total).toBe(92);
    expect(kids.items.filter((u: { type: string }) => u.type === 'ward')).toHaveLength(15);
    expect(kids.items.filter((u: { type: string }) => u.type === 'commune')).toHaveLength(77);
    const ward = kids.items.find((u: { code: string }) => u.code === '05443');
    const detail = (await anon.get(`/api/units/${ward.id}`)).json();
    expect(detail.fullName).toBe('Phường Phan Đình Phùng');
    expect(detail.ancestors).toEqual([
      { id: tn.id, name: 'Thái Nguyên', fullName: 'Tỉnh Thái Nguyên', type: 'province' },
    ]);
  });

  it('searches without diacritics, within a subtree', async () => {
    const anon = t.anonymous();
    const tn = (await anon.get('/api/units?q=thai%20nguyen&type=province')).json().items[0];
    const r = (await anon.get(`/api/units?q=phan%20dinh%20phung&parentId=${tn.id}`)).json();
    expect(r.items.map((u: { code: string }) => u.code)).toEqual(['05443']);
    expect((await anon.get('/api/units/999999')).json().error.code).toBe('UNIT_NOT_FOUND');
  });

  it('re-imports idempotently', async () => {
    await importUnits(t.ctx.db);
    expect((await t.anonymous().get('/api/units?pageSize=1')).json().total).toBe(34);
    expect((await t.anonymous().get('/api/units?type=ward&pageSize=1')).json().total).toBe(697);
  });
});
