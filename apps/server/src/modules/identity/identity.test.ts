import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends, createTestApp, type TestApp } from '../../test/harness.ts';

describe.each(backends)('accounts and sessions (%s)', (backend) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(backend);
  }, 120_000);
  afterAll(() => t?.close());

  it('signs in with email or phone and sets an httpOnly session cookie', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { login: 'hocvien@lantoa.demo', password: 'lantoa-demo-2025' },
    });
    expect(res.statusCode).toBe(200);
    const cookie = res.cookies.find((c) => c.name === 'lantoa_session');
    expect(cookie?.httpOnly).toBe(true);
    expect(cookie?.sameSite).toBe('Lax');
    expect(res.json().roles.map((r: { role: string }) => r.role)).toEqual(['learner']);

    const reg = await t.anonymous().post('/api/auth/register', {
      consent: { version: '2026-12-01', purposes: ['learning', 'campaign_statistics'] },
      fullName: 'Lường Thị Dịu',
      login: '+84 912 345 678',
      password: 'mat-khau-an-toan',
    });
    expect(reg.statusCode).toBe(201);
    expect(reg.json().account.phone).toBe('0912345678');
    const again = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { login: '0912345678', password: 'mat-khau-an-toan' },
    });
    expect(again.statusCode).toBe(200);
  });

  it('refuses a duplicate phone with a stable code', async () => {
    const res = await t.anonymous().post('/api/auth/register', {
      consent: { version: '2026-12-01', purposes: ['learning', 'campaign_statistics'] },
      fullName: 'Người Khác',
      login: '0912345678',
      password: 'mat-khau-an-toan',
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('PHONE_TAKEN');
  });

  it('answers wrong passwords in Vietnamese by default and English on request', async () => {
    const vi = await t
      .anonymous()
      .post('/api/auth/login', { login: 'xa@lantoa.demo', password: 'sai-mat-khau' });
    expect(vi.statusCode).toBe(401);
    expect(vi.json().error).toEqual({
      code: 'INVALID_CREDENTIALS',
      message: 'Số điện thoại/email hoặc mật khẩu không đúng.',
    });
    const en = await t.anonymous().request({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'accept-language': 'en-GB,en;q=0.9' },
      payload: { login: 'xa@lantoa.demo', password: 'sai-mat-khau' },
    });
    expect(en.json().error.message).toBe('Wrong phone/email or password.');
  });

  it('locks an account for a while after five failures, then lets it in again', async () => {
    const login = 'daisu@lantoa.demo';
    for (let i = 0; i < 5; i++)
      await t.anonymous().post('/api/auth/login', { login, password: 'wrong-password' });
    const locked = await t.anonymous().post('/api/auth/login', { login, password: 'lantoa-demo-2025' });
    expect(locked.statusCode).toBe(429);
    expect(locked.json().error.code).toBe('LOGIN_LOCKED');
    expect(Number(locked.headers['retry-after'])).toBeGreaterThan(800);
    // The lock is temporary: once it has passed, the right password works.
    await t.ctx.db.execute(
      sql`update login_throttle set locked_until = now() - interval '1 second' where key = ${`account:${login}`}`,
    );
    const ok = await t.anonymous().post('/api/auth/login', { login, password: 'lantoa-demo-2025' });
    expect(ok.statusCode).toBe(200);
  });

  it('requires the CSRF token on cookie-authenticated writes', async () => {
    const c = await t.login('xa@lantoa.demo');
    const noToken = await c.request({
      method: 'PATCH',
      url: '/api/me',
      payload: { gender: 'male' },
      headers: { 'x-csrf-token': 'forged' },
    });
    expect(noToken.statusCode).toBe(403);
    expect(noToken.json().error.code).toBe('CSRF_INVALID');
    const ok = await c.patch('/api/me', { gender: 'male' });
    expect(ok.statusCode).toBe(200);
  });

  it('rejects unknown fields, malformed JSON and form posts with 4xx JSON', async () => {
    const c = await t.login('xa@lantoa.demo');
    const unknown = await c.patch('/api/me', { gender: 'male', isAdmin: true });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.details).toContainEqual({
      path: 'isAdmin',
      message: 'Trường không được hỗ trợ',
    });
    const malformed = await c.request({
      method: 'PATCH',
      url: '/api/me',
      payload: '{"gender":',
      headers: { 'content-type': 'application/json' },
    });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().error.code).toBe('MALFORMED_BODY');
    const form = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: 'login=a&password=b',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(form.statusCode).toBe(415);
    expect(form.json().error.code).toBe('UNSUPPORTED_MEDIA_TYPE');
  });

  it('keeps at least one sign-in name when the profile changes', async () => {
    const c = await t.login('xa@lantoa.demo');
    const res = await c.patch('/api/me', { email: null });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details[0].message).toContain('ít nhất');
    const moved = await c.patch('/api/me', { phone: '0987654321' });
    expect(moved.statusCode).toBe(200);
    expect((await c.patch('/api/me', { email: null })).statusCode).toBe(200);
    await t.login('0987654321');
  });

  it('changes a password and ends the other sessions', async () => {
    await t.anonymous().post('/api/auth/register', {
      consent: { version: '2026-12-01', purposes: ['learning', 'campaign_statistics'] },
      fullName: 'Hà Văn Tú',
      login: 'tu@lantoa.test',
      password: 'mat-khau-cu-1',
    });
    const a = await t.login('tu@lantoa.test', 'mat-khau-cu-1');
    const b = await t.login('tu@lantoa.test', 'mat-khau-cu-1');
    const wrong = await a.post('/api/auth/password', {
      currentPassword: 'nope-nope',
      newPassword: 'mat-khau-moi-2',
    });
    expect(wrong.json().error.code).toBe('WRONG_PASSWORD');
    expect(
      (
        await a.post('/api/auth/password', {
          currentPassword: 'mat-khau-cu-1',
          newPassword: 'mat-khau-moi-2',
        })
      ).statusCode,
    ).toBe(204);
    expect((await a.get('/api/auth/session')).statusCode).toBe(200);
    expect((await b.get('/api/auth/session')).statusCode).toBe(401);
    await t.login('tu@lantoa.test', 'mat-khau-moi-2');
  });

  it('signs out here, and everywhere', async () => {
    const a = await t.login('giangvien@lantoa.demo');
    const b = await t.login('giangvien@lantoa.demo');
    expect((await a.post('/api/auth/logout')).statusCode).toBe(204);
    expect((await a.get('/api/auth/session')).statusCode).toBe(401);
    expect((await b.get('/api/auth/session')).statusCode).toBe(200);
    const c = await t.login('giangvien@lantoa.demo');
    expect((await c.post('/api/auth/logout-all')).statusCode).toBe(204);
    expect((await b.get('/api/auth/session')).statusCode).toBe(401);
  });

  it('resets a forgotten password with a one-time code from the channel', async () => {
    const anon = t.anonymous();
    expect(
      (await anon.post('/api/auth/password-reset/request', { login: 'nobody@lantoa.test' })).statusCode,
    ).toBe(202);
    expect(t.resets.codes).toHaveLength(0);
    expect(
      (await anon.post('/api/auth/password-reset/request', { login: 'kiemduyet@lantoa.demo' })).statusCode,
    ).toBe(202);
    const code = t.resets.codes.at(-1)?.code as string;
    expect(code).toBeTruthy();
    const done = await anon.post('/api/auth/password-reset/confirm', {
      token: code,
      newPassword: 'mat-khau-moi-9',
    });
    expect(done.statusCode).toBe(204);
    const reused = await anon.post('/api/auth/password-reset/confirm', {
      token: code,
      newPassword: 'mat-khau-moi-8',
    });
    expect(reused.json().error.code).toBe('RESET_TOKEN_INVALID');
    await t.login('kiemduyet@lantoa.demo', 'mat-khau-moi-9');
  });

  it('stores argon2id hashes and hashed session tokens only', async () => {
    const rows = await t.ctx.db.execute(sql`select password_hash from accounts limit 1`);
    const list = (rows as unknown as { rows: { password_hash: string }[] }).rows ?? (rows as never);
    expect(list[0]?.password_hash).toMatch(/^\$argon2id\$/);
    const c = await t.login('tacgia@lantoa.demo');
    const raw = (c.cookie as string).split('=')[1] as string;
    const found = await t.ctx.db.execute(
      sql`select count(*)::int as n from sessions where token_hash = ${raw}`,
    );
    const n = ((found as unknown as { rows: { n: number }[] }).rows ?? (found as never))[0]?.n;
    expect(n).toBe(0);
  });
});
