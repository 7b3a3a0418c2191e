import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends, type Client, createTestApp, type TestApp } from '../../test/harness.ts';

interface CommuneFeature {
  type: 'Feature';
  properties: { code: string; name: string };
  geometry: { type: string; coordinates: unknown[] };
}

describe.each(backends)('commune map (%s)', (backend) => {
  let t: TestApp;
  let member: Client;
  beforeAll(async () => {
    t = await createTestApp(backend, { demo: false });
    const password = 'ban-do-xa-phuong-1';
    const reg = await t.anonymous().post('/api/auth/register', {
      consent: { version: '2026-12-01', purposes: ['learning', 'campaign_statistics'] },
      fullName: 'Người Xem Bản Đồ',
      login: 'geo@lantoa.test',
      password,
    });
    expect(reg.statusCode, reg.body).toBe(201);
    member = await t.login('geo@lantoa.test', password);
  }, 120_000);
  afterAll(() => t?.close());

  it("gives Thái Nguyên's 92 communes and wards, each a real unit of the province", async () => {
    const res = await member.get('/api/monitoring/geo/19');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    expect(res.headers['cache-control']).toBe('private, max-age=86400');
    const map = res.json() as { type: string; features: CommuneFeature[] };
    expect(map.type).toBe('FeatureCollection');
    expect(map.features).toHaveLength(92);

    const anon = t.anonymous();
    const tn = (await anon.get('/api/units?q=thai%20nguyen&type=province')).json().items[0];
    const units = (await anon.get(`/api/units?parentId=${tn.id}&pageSize=100`)).json().items as {
      code: string;
      name: string;
    }[];
    const names = new Map(units.map((u) => [u.code, u.name]));
    const codes = map.features.map((f) => f.properties.code);
    expect(new Set(codes).size).toBe(92);
    for (const f of map.features) {
      expect(names.get(f.properties.code), f.properties.code).toBe(f.properties.name);
      expect(['Polygon', 'MultiPolygon']).toContain(f.geometry.type);
    }
  });

  it('sends the map compressed to browsers that accept gzip', async () => {
    const res = await member.request({
      method: 'GET',
      url: '/api/monitoring/geo/19',
      headers: { 'accept-encoding': 'gzip, deflate, br' },
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-encoding']).toBe('gzip');
    const map = JSON.parse(gunzipSync(res.rawPayload).toString('utf8'));
    expect(map.features).toHaveLength(92);
  });

  it('is for signed-in people only', async () => {
    const res = await t.anonymous().get('/api/monitoring/geo/19');
    expect(res.statusCode).toBe(401);
    expect(res.json().error.code).toBe('UNAUTHENTICATED');
  });

  it('answers GEO_NOT_FOUND for a province without boundaries, and refuses a malformed code', async () => {
    const missing = await member.get('/api/monitoring/geo/01');
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error.code).toBe('GEO_NOT_FOUND');
    expect((await member.get('/api/monitoring/geo/1')).statusCode).toBe(400);
    expect((await member.get('/api/monitoring/geo/..%2F19')).statusCode).toBe(400);
  });
});
