import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends, type Client, createTestApp, type TestApp } from '../../test/harness.ts';

describe.each(backends)('the learning loop (%s)', (backend) => {
  let t: TestApp;
  let learner: Client;
  let communeId: number;
  beforeAll(async () => {
    t = await createTestApp(backend);
    const anon = t.anonymous();
    communeId = (await anon.get('/api/units?q=05443')).json().items[0].id;
    const reg = await anon.post('/api/auth/register', {
      consent: { version: '2026-12-01', purposes: ['learning', 'campaign_statistics'] },
      fullName: 'Hà Thị Lý',
      login: 'ly@lantoa.test',
      password: 'hoc-moi-ngay-15',
    });
    expect(reg.statusCode).toBe(201);
    learner = await t.login('ly@lantoa.test', 'hoc-moi-ngay-15');
  }, 120_000);
  afterAll(() => t?.close());

  it('asks for onboarding first, then saves target group, commune and daily goal', async () => {
    const before = await learner.get('/api/learning/today');
    expect(before.statusCode).toBe(404);
    expect(before.json().error.code).toBe('PROFILE_REQUIRED');
    const saved = await learner.request({
      method: 'PUT',
      url: '/api/learning/profile',
      payload: { targetGroup: 'citizen', unitId: communeId },
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toMatchObject({ targetGroup: 'citizen', dailyGoalMinutes: 15, unitId: communeId });
    const me = (await learner.get('/api/me')).json();
    expect(me.unitName).toBe('Phường Phan Đình Phùng');
    expect(me.targetGroups).toEqual(['citizen']);
  });

  it('runs the adaptive placement check and suggests a level per area', async () => {
    const check = (await learner.get('/api/learning/placement')).json();
    expect(check.framework).toBe('six-pillars');
    expect(check.areas.map((a: { area: string }) => a.area)).toEqual(['1', '4']);
    const res = await learner.post('/api/learning/placement', {
      answers: [
        { area: '1', level: 2, canDo: true },
        { area: '1', level: 3, canDo: false },
        { area: '4', level: 2, canDo: false },
        { area: '4', level: 1, canDo: false },
      ],
    });
    expect(res.json().placement).toEqual({ 'six-pillars:1': 3, 'six-pillars:4': 1 });
  });

  it("plans today's 15 minutes from the weakest area", async () => {
    const today = (await learner.get('/api/learning/today')).json();
    expect(today.placed).toBe(true);
    expect(today.track.id).toBe('nguoi-dan');
    expect(today.items.map((i: { moduleId: string }) => i.moduleId)).toEqual(['mat-khau']);
  });

  it('plays a module without revealing answer keys', async () => {
    const m = (await learner.get('/api/learning/modules/mat-khau')).json();
    expect(m.blocks.map((b: { type: string }) => b.type)).toEqual(['text', 'steps', 'quiz', 'practice']);
    const raw = JSON.stringify(m.blocks);
    expect(raw).not.toContain('"answer"');
    expect(raw).not.toContain('Hà Nội');
    expect(raw).not.toContain('explanation');
    expect(raw).not.toContain('synonyms');
  });

  it('grades answers at once, allows retries, and counts a retried submission once', async () => {
    const wrong = randomUUID();
    const first = await learner.post('/api/learning/answers', {
      answers: [{ id: wrong, moduleId: 'mat-khau', questionId: 'q1', response: 0 }],
    });
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json().results[0]).toMatchObject({ correct: false, score: 0, duplicate: false });
    expect(first.json().results[0].explanation).toContain('khó đoán');

    const again = await learner.post('/api/learning/answers', {
      answers: [{ id: wrong, moduleId: 'mat-khau', questionId: 'q1', response: 0 }],
    });
    expect(again.json().results[0]).toMatchObject({ correct: false, duplicate: true });

    const right = await learner.post('/api/learning/answers', {
      answers: [
        { id: randomUUID(), moduleId: 'mat-khau', questionId: 'q1', response: 2 },
        { id: randomUUID(), moduleId: 'mat-khau', questionId: 'q2', response: ['otp'] },
        { id: randomUUID(), moduleId: 'mat-khau', questionId: 'q3', response: ['ha noi'] },
      ],
    });
    const results = right.json().results;
    expect(results.map((r: { correct: boolean }) => r.correct)).toEqual([true, true, true]);
    expect(results[2]).toMatchObject({ moduleScore: 1, mastered: true });

    const progress = (await learner.get('/api/learning/modules/mat-khau')).json().progress;
    expect(progress.questions.find((q: { questionId: string }) => q.questionId === 'q1')).toMatchObject({
      attempts: 2,
      bestScore: 1,
    });

    const mastery = (await learner.get('/api/learning/mastery')).json();
    expect(mastery.areas).toEqual([
      { area: '1', name: 'Thiết bị và phần mềm', score: 0 },
      { area: '4', name: 'An toàn số', score: 1 },
    ]);
  });

  it('rejects a malformed response with a clear error', async () => {
    const res = await learner.post('/api/learning/answers', {
      answers: [{ id: randomUUID(), moduleId: 'mat-khau', questionId: 'q1', response: 'hai' }],
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('VALIDATION_FAILED');
    const missing = await learner.post('/api/learning/answers', {
      answers: [{ id: randomUUID(), moduleId: 'khong-co', questionId: 'q1', response: 1 }],
    });
    expect(missing.json().error.code).toBe('MODULE_NOT_FOUND');
  });

  it('grades a practice task by rubric with feedback per criterion, once per id', async () => {
    const id = randomUUID();
    const body = {
      id,
      moduleId: 'mat-khau',
      blockId: 'b4',
      text: '1. Đặt mật khẩu mạnh, dài và khó đoán.\n2. Bật xác thực hai lớp.\n3. Không cho ai mã OTP.',
    };
    const res = await learner.post('/api/learning/practice', body);
    expect(res.statusCode, res.body).toBe(200);
    const grade = res.json().grade;
    expect(grade.grader).toBe('rubric');
    expect(grade.passed).toBe(true);
    expect(grade.criteria.map((c: { id: string }) => c.id)).toEqual(['buoc', 'y-chinh']);
    const retry = await learner.post('/api/learning/practice', body);
    expect(retry.json().duplicate).toBe(true);
    const weak = await learner.post('/api/learning/practice', {
      id: randomUUID(),
      moduleId: 'mat-khau',
      blockId: 'b4',
      text: 'không biết',
    });
    expect(weak.json().grade.passed).toBe(false);
    expect(JSON.stringify(weak.json().grade.criteria)).toContain('xác thực hai lớp');
  });

  it('stores statement batches once and exports them as xAPI', async () => {
    const statements = [0, 1, 2].map((blockIndex) => ({
      id: randomUUID(),
      verb: 'experienced',
      object: { type: 'block', id: `dien-thoai/b${blockIndex + 1}` },
      result: { durationSeconds: 30 },
      context: { moduleId: 'dien-thoai', blockIndex },
      timestamp: new Date().toISOString(),
    }));
    const first = await learner.post('/api/learning/statements', { statements });
    expect(first.json()).toEqual({ stored: 3, duplicates: 0 });
    const retried = await learner.post('/api/learning/statements', { statements });
    expect(retried.json()).toEqual({ stored: 0, duplicates: 3 });
    const m = (await learner.get('/api/learning/modules/dien-thoai')).json();
    expect(m.progress.blockIndex).toBe(2);
    const xapi = (await learner.get('/api/learning/statements')).json();
    const ids = xapi.statements.map((s: { id: string }) => s.id);
    expect(ids).toEqual(expect.arrayContaining(statements.map((s) => s.id)));
    const answered = xapi.statements.find((s: { verb: { id: string } }) => s.verb.id.endsWith('/answered'));
    expect(answered).toMatchObject({ version: '1.0.3', actor: { objectType: 'Agent', name: 'Hà Thị Lý' } });
    expect(answered.result.score.scaled).toBeTypeOf('number');
    const forged = await learner.post('/api/learning/statements', {
      statements: [{ ...statements[0], id: randomUUID(), verb: 'mastered' }],
    });
    expect(forged.statusCode).toBe(400);
  });

  it('draws the "đạt phổ cập" assessment from the bank and records a pass', async () => {
    const status = (await learner.get('/api/learning/attainment')).json();
    expect(status).toMatchObject({
      rule: { framework: 'six-pillars', targetGroup: 'citizen', questions: 3, passScore: 0.6 },
      attained: null,
    });
    const attempt = await learner.post('/api/learning/attainment/attempts');
    expect(attempt.statusCode, attempt.body).toBe(201);
    const { id, questions } = attempt.json();
    expect(questions).toHaveLength(3);
    expect(JSON.stringify(questions)).not.toContain('"answer');
    const key: Record<string, unknown> = {
      'mat-khau/q1': 2,
      'mat-khau/q2': ['OTP'],
      'mat-khau/q3': ['ha noi'],
      'dien-thoai/q1': true,
    };
    const responses = questions.map((q: { key: string }) => ({ key: q.key, response: key[q.key] }));
    const submitted = await learner.post(`/api/learning/attainment/attempts/${id}/submit`, { responses });
    expect(submitted.json()).toMatchObject({ score: 1, passed: true, duplicate: false });
    const again = await learner.post(`/api/learning/attainment/attempts/${id}/submit`, { responses: [] });
    expect(again.json()).toMatchObject({ passed: true, duplicate: true });
    const after = (await learner.get('/api/learning/attainment')).json();
    expect(after.attained.score).toBe(1);
  });

  it('fails the assessment below the pass score and records nothing', async () => {
    const other = await t.anonymous().post('/api/auth/register', {
      consent: { version: '2026-12-01', purposes: ['learning', 'campaign_statistics'] },
      fullName: 'Vi Văn Hùng',
      login: 'hung@lantoa.test',
      password: 'hoc-moi-ngay-15',
    });
    expect(other.statusCode).toBe(201);
    const c = await t.login('hung@lantoa.test', 'hoc-moi-ngay-15');
    await c.request({
      method: 'PUT',
      url: '/api/learning/profile',
      payload: { targetGroup: 'citizen', unitId: communeId },
    });
    const { id } = (await c.post('/api/learning/attainment/attempts')).json();
    const res = (await c.post(`/api/learning/attainment/attempts/${id}/submit`, { responses: [] })).json();
    expect(res).toMatchObject({ score: 0, passed: false });
    expect((await c.get('/api/learning/attainment')).json().attained).toBeNull();
  });

  it('keeps an attempt on the version it started on when the pack changes', async () => {
    const { importPack } = await import('../catalog/pack.import.ts');
    const { loadPack } = await import('../catalog/pack.ts');
    const { pack } = loadPack(new URL('../catalog/fixtures/mini', import.meta.url).pathname);
    if (!pack) throw new Error('fixture pack invalid');
    const changed = {
      ...pack,
      modules: pack.modules.map((m) =>
        m.header.id === 'mat-khau'
          ? { ...m, header: { ...m.header, title: 'Mật khẩu mạnh (bản 2)' }, checksum: 'changed' }
          : m,
      ),
    };
    const summary = await importPack(t.ctx.db, changed);
    expect(summary.newVersions).toBe(1);
    const mine = (await learner.get('/api/learning/modules/mat-khau')).json();
    expect(mine.version).toBe(1);
    expect(mine.progress.mastered).toBe(true);
    const catalog = (await t.anonymous().get('/api/catalog/modules?q=mat%20khau')).json();
    expect(catalog.items[0]).toMatchObject({ id: 'mat-khau', title: 'Mật khẩu mạnh (bản 2)', version: 2 });
  });
});

describe('practice grading with an LLM judge', () => {
  let server: Server;
  let t: TestApp;
  const calls: unknown[] = [];
  beforeAll(async () => {
    server = createServer((req, res) => {
      let body = '';
      req.on('data', (c) => {
        body += c;
      });
      req.on('end', () => {
        calls.push(JSON.parse(body));
        const content = JSON.stringify({
          criteria: [
            { id: 'buoc', score: 1, feedback: 'Đủ ba bước rõ ràng.' },
            { id: 'y-chinh', score: 0.5, feedback: 'Còn thiếu xác thực hai lớp.' },
          ],
        });
        res.setHeader('content-type', 'application/json');
        res.end(JSON.stringify({ choices: [{ message: { content } }] }));
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const port = (server.address() as AddressInfo).port;
    t = await createTestApp('pglite', { demo: false, llmBaseUrl: `http://127.0.0.1:${port}/v1` });
  }, 120_000);
  afterAll(async () => {
    await t?.close();
    server?.close();
  });

  it('uses the judge against the same rubric', async () => {
    const anon = t.anonymous();
    await anon.post('/api/auth/register', {
      consent: { version: '2026-12-01', purposes: ['learning', 'campaign_statistics'] },
      fullName: 'Lò Văn Sáng',
      login: 'sang@lantoa.test',
      password: 'hoc-moi-ngay-15',
    });
    const c = await t.login('sang@lantoa.test', 'hoc-moi-ngay-15');
    const res = await c.post('/api/learning/practice', {
      id: randomUUID(),
      moduleId: 'mat-khau',
      blockId: 'b4',
      text: 'Bước 1: đổi mật khẩu. Bước 2: ... Bước 3: ...',
    });
    expect(res.statusCode, res.body).toBe(200);
    const grade = res.json().grade;
    expect(grade.grader).toBe('llm');
    expect(grade.criteria[1].feedback.vi).toBe('Còn thiếu xác thực hai lớp.');
    expect(grade.score).toBeCloseTo((1 * 1 + 0.5 * 2) / 3);
    expect(calls).toHaveLength(1);
  });
});
