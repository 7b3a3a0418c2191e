import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends, createTestApp, type TestApp } from '../../test/harness.ts';

const original = readFileSync(
  new URL('../catalog/fixtures/mini/modules/mat-khau.md', import.meta.url),
  'utf8',
);

describe.each(backends)('authoring and review (%s)', (backend) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(backend);
  }, 120_000);
  afterAll(() => t?.close());

  it('shows an author the published source and refuses a broken draft line by line', async () => {
    const author = await t.login('tacgia@lantoa.demo');
    const mod = (await author.get('/api/authoring/modules/mat-khau')).json();
    expect(mod.publishedSource).toBe(original);
    const broken = original.replace('answer: 2', 'answer: 9').replace('::: steps', '::: buoc');
    const res = await author.request({
      method: 'PUT',
      url: '/api/authoring/modules/mat-khau/draft',
      payload: { source: broken },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('CONTENT_INVALID');
    const paths = res.json().error.details.map((d: { path: string }) => d.path);
    expect(paths).toEqual(expect.arrayContaining(['line:15', 'line:28']));
  });

  it('takes a draft through review to a new published version, keeping learners on theirs', async () => {
    const learner = await t.login('hocvien@lantoa.demo');
    await learner.request({
      method: 'PUT',
      url: '/api/learning/profile',
      payload: { targetGroup: 'citizen', unitId: (await learner.get('/api/me')).json().unitId },
    });
    await learner.post('/api/learning/answers', {
      answers: [{ id: randomUUID(), moduleId: 'mat-khau', questionId: 'q1', response: 2 }],
    });

    const author = await t.login('tacgia@lantoa.demo');
    const edited = original.replace('title: Mật khẩu mạnh', 'title: Mật khẩu mạnh và an toàn');
    expect(
      (
        await author.request({
          method: 'PUT',
          url: '/api/authoring/modules/mat-khau/draft',
          payload: { source: edited },
        })
      ).statusCode,
    ).toBe(204);
    expect((await author.post('/api/authoring/modules/mat-khau/submit')).statusCode).toBe(204);
    const locked = await author.request({
      method: 'PUT',
      url: '/api/authoring/modules/mat-khau/draft',
      payload: { source: edited },
    });
    expect(locked.json().error.code).toBe('DRAFT_IN_REVIEW');

    const reviewer = await t.login('kiemduyet@lantoa.demo');
    const list = (await reviewer.get('/api/authoring/modules')).json().items;
    expect(list.find((m: { id: string }) => m.id === 'mat-khau').draftStatus).toBe('in_review');
    const approved = await reviewer.post('/api/authoring/modules/mat-khau/review', { decision: 'approve' });
    expect(approved.json()).toEqual({ published: 2 });
    const catalog = (await t.anonymous().get('/api/catalog/modules?q=mat%20khau')).json().items[0];
    expect(catalog).toMatchObject({ title: 'Mật khẩu mạnh và an toàn', version: 2 });
    expect((await learner.get('/api/learning/modules/mat-khau')).json().version).toBe(1);
  });

  it('sends a draft back with a note, and never lets authors approve their own work', async () => {
    const admin = await t.login('admin@lantoa.demo');
    const source = original.replace('minutes: 15', 'minutes: 20');
    await admin.request({ method: 'PUT', url: '/api/authoring/modules/mat-khau/draft', payload: { source } });
    await admin.post('/api/authoring/modules/mat-khau/submit');
    const own = await admin.post('/api/authoring/modules/mat-khau/review', { decision: 'approve' });
    expect(own.statusCode).toBe(403);
    const reviewer = await t.login('kiemduyet@lantoa.demo');
    const rejected = await reviewer.post('/api/authoring/modules/mat-khau/review', {
      decision: 'reject',
      note: 'Thời lượng 20 phút là quá dài cho nội dung này.',
    });
    expect(rejected.json()).toEqual({ published: null });
    const draft = (await admin.get('/api/authoring/modules/mat-khau')).json().draft;
    expect(draft).toMatchObject({
      status: 'rejected',
      reviewNote: 'Thời lượng 20 phút là quá dài cho nội dung này.',
    });
  });
});
