import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends, createTestApp, type TestApp } from '../../test/harness.ts';

describe.each(backends)('organisations (%s)', (backend) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(backend);
  }, 120_000);
  afterAll(() => t?.close());

  it('creates a tree of organisations and refuses cycles', async () => {
    const c = await t.login('tinh@lantoa.demo');
    const unitId = (await c.get('/api/units?q=05443')).json().items[0].id;
    const parent = await c.post('/api/organisations', {
      name: 'Sở Giáo dục và Đào tạo',
      type: 'state_agency',
      unitId,
    });
    expect(parent.statusCode, parent.body).toBe(201);
    const child = await c.post('/api/organisations', {
      name: 'Phòng Công nghệ thông tin',
      type: 'state_agency',
      unitId,
      parentId: parent.json().id,
    });
    expect(child.json().parentName).toBe('Sở Giáo dục và Đào tạo');
    const cycle = await c.patch(`/api/organisations/${parent.json().id}`, { parentId: child.json().id });
    expect(cycle.statusCode).toBe(400);
    expect(cycle.json().error.code).toBe('INVALID_PARENT');
    const found = (await c.get('/api/organisations?q=so%20giao%20duc')).json();
    expect(found.items.map((o: { id: string }) => o.id)).toContain(parent.json().id);
  });

  it('validates tax codes and types', async () => {
    const c = await t.login('tinh@lantoa.demo');
    const res = await c.post('/api/organisations', { name: 'HTX', type: 'guild', unitId: 1, taxCode: '12' });
    expect(res.statusCode).toBe(400);
    const paths = res.json().error.details.map((d: { path: string }) => d.path);
    expect(paths).toEqual(expect.arrayContaining(['type', 'taxCode']));
  });

  it('lets an organisation officer act only inside the organisation subtree', async () => {
    const c = await t.login('donvi@lantoa.demo');
    const list = (await c.get('/api/organisations')).json();
    expect(list.items.map((o: { name: string }) => o.name)).toEqual([
      'Công ty TNHH Điện tử Yên Bình (KCN Yên Bình)',
    ]);
    const company = list.items[0];
    const team = await c.post('/api/organisations', {
      name: 'Phân xưởng lắp ráp số 2',
      type: 'enterprise',
      unitId: company.unitId,
      parentId: company.id,
    });
    expect(team.statusCode, team.body).toBe(201);
    const loose = await c.post('/api/organisations', {
      name: 'Công ty khác',
      type: 'enterprise',
      unitId: company.unitId,
    });
    expect(loose.statusCode).toBe(403);
  });
});
