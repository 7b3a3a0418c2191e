import { readdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/harness.ts';
import { bundledContentDir } from './pack.sync.ts';

describe('catalogue and pack files', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp('pglite', { demo: false });
  }, 120_000);
  afterAll(() => t?.close());

  it('serves pack pictures with a strict content policy, and nothing else from the pack', async () => {
    const image = readdirSync(`${bundledContentDir}/core/images`).find((f) => f.endsWith('.svg'));
    const ok = await t.app.inject({ method: 'GET', url: `/packs/core/images/${image}` });
    expect(ok.statusCode).toBe(200);
    expect(ok.headers['content-security-policy']).toContain("default-src 'none'");
    expect(ok.headers['x-content-type-options']).toBe('nosniff');
    for (const url of [
      '/packs/core/pack.yaml',
      '/packs/core/modules/mat-khau-manh.md',
      '/packs/core/images/../pack.yaml',
    ]) {
      expect((await t.app.inject({ method: 'GET', url })).statusCode).toBe(404);
    }
  });

  it('shows frameworks with their draft descriptors flagged', async () => {
    const fw = (await t.anonymous().get('/api/catalog/frameworks/six-pillars')).json();
    expect(fw.areas[0].competences[0].status).toBe('draft');
    const list = (await t.anonymous().get('/api/catalog/frameworks')).json();
    expect(list.items.map((f: { id: string }) => f.id)).toContain('six-pillars');
    expect((await t.anonymous().get('/api/catalog/frameworks/khong-co')).json().error.code).toBe(
      'FRAMEWORK_NOT_FOUND',
    );
  });
});
