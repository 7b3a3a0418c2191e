// Engagement through the HTTP API: XP from graded answers once (replays and retries earn nothing),
// daily caps, the daily goal and a two-day streak from statements, badges, leaderboards with my
// rank and privacy, the weekly league and its rollover, notifications, officers' boards.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends, type Client, createTestApp, type TestApp } from '../../test/harness.ts';
import { addDays, vnDay, weekOf } from '../monitoring/calendar.ts';
import { refreshKpis } from '../monitoring/kpi.refresher.ts';
import { rollOverLeagues } from './leagues.ts';
import { engagementConfig } from './xp.ts';

const answer = (moduleId: string, questionId: string, response: unknown, id = randomUUID()) => ({
  id,
  moduleId,
  questionId,
  response,
});

/** Statements worth `minutes` of learning on `day` (Vietnam), in the mat-khau module. */
const minutesOn = (day: string, minutes: number) => ({
  statements: Array.from({ length: minutes }, (_, i) => ({
    id: randomUUID(),
    verb: 'progressed',
    object: { type: 'block', id: `mat-khau/b${i % 3}` },
    result: { durationSeconds: 60 },
    context: { moduleId: 'mat-khau', blockIndex: i % 3 },
    timestamp: `${day}T${String(2 + Math.floor(i / 60)).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}:00Z`,
  })),
});

describe.each(backends)('engagement (%s)', (backend) => {
  let t: TestApp;
  let hoa: Client;
  let lan: Client;
  let xa: Client;
  let communeId: number;
  const replayId = randomUUID();

  const register = async (name: string, phone: string) => {
    const anon = t.anonymous();
    expect(
      (
        await anon.post('/api/auth/register', {
          consent: { version: '2026-12-01', purposes: ['learning', 'campaign_statistics'] },
          fullName: name,
          login: phone,
          password: 'hoc-moi-ngay-15',
        })
      ).statusCode,
    ).toBe(201);
    const c = await t.login(phone, 'hoc-moi-ngay-15');
    const res = await c.request({
      method: 'PUT',
      url: '/api/learning/profile',
      payload: { targetGroup: 'citizen', unitId: communeId },
    });
    expect(res.statusCode, res.body).toBe(200);
    return c;
  };

  beforeAll(async () => {
    t = await createTestApp(backend);
    communeId = (await t.anonymous().get('/api/units?q=05443')).json().items[0].id;
    hoa = await register('Đinh Thị Hoa', '0911111111');
    lan = await register('Phạm Thị Lan', '0922222222');
    xa = await t.login('xa@lantoa.demo');
  }, 120_000);
  afterAll(() => t?.close());

  const me = async (c: Client) => (await c.get('/api/engagement/me')).json();

  it('awards XP for answers right the first time and for a mastered module, once', async () => {
    expect((await me(hoa)).xp).toBe(0);
    // Wrong first: no XP for that question later, even when right.
    await hoa.post('/api/learning/answers', { answers: [answer('mat-khau', 'q1', 0)] });
    await hoa.post('/api/learning/answers', { answers: [answer('mat-khau', 'q1', 2)] });
    expect((await me(hoa)).xp).toBe(0);
    const right = await hoa.post('/api/learning/answers', {
      answers: [answer('mat-khau', 'q2', ['otp'], replayId), answer('mat-khau', 'q3', ['ha noi'])],
    });
    expect(right.statusCode, right.body).toBe(200);
    // q2 and q3 right at once (+10 each), and the module mastered (+50).
    expect((await me(hoa)).xp).toBe(70);
    // The same answer sent again (a retry) and the same question answered again earn nothing.
    await hoa.post('/api/learning/answers', { answers: [answer('mat-khau', 'q2', ['otp'], replayId)] });
    await hoa.post('/api/learning/answers', { answers: [answer('mat-khau', 'q2', ['otp'])] });
    const after = await me(hoa);
    expect(after.xp).toBe(70);
    expect(after.badges.find((b: { id: string }) => b.id === 'hoc-phan-dau-tien').earnedAt).not.toBeNull();
  });

  it('caps a rule at its daily limit', async () => {
    // Lan: three right-first answers at 10 each against a cap of 30, then a fourth earns 0.
    await lan.post('/api/learning/answers', {
      answers: [
        answer('mat-khau', 'q1', 2),
        answer('mat-khau', 'q2', ['otp']),
        answer('mat-khau', 'q3', ['ha noi']),
      ],
    });
    const capped = (await me(lan)).xp; // 30 for the questions + 50 for the module
    expect(capped).toBe(80);
    await lan.post('/api/learning/answers', { answers: [answer('dien-thoai', 'q1', true)] });
    // dien-thoai mastered (+50), its question past the cap (+0).
    expect((await me(lan)).xp).toBe(130);
  });

  it('keeps the daily goal and a streak from the statements, in Vietnam days', async () => {
    const today = vnDay(new Date());
    const yesterday = addDays(today, -1);
    expect((await hoa.post('/api/learning/statements', minutesOn(yesterday, 16))).statusCode).toBe(200);
    expect((await hoa.post('/api/learning/statements', minutesOn(today, 15))).statusCode).toBe(200);
    const m = await me(hoa);
    expect(m.today).toMatchObject({ day: today, minutes: 15, goalMinutes: 15, goalMet: true });
    expect(m.streak).toMatchObject({ days: 2, atRisk: false });
    expect(m.week.at(-1)).toMatchObject({ day: today, goalMet: true });
    // Two goal days (+20 each) and a streak kept (+10).
    expect(m.xp).toBe(70 + 40 + 10);
    expect(m.badges.find((b: { id: string }) => b.id === 'chuoi-2-ngay').earnedAt).not.toBeNull();
    // The same statements again (an offline queue re-sent) change nothing.
    await hoa.post('/api/learning/statements', minutesOn(today, 15));
    expect((await me(hoa)).xp).toBe(120);
  });

  it('ranks learners on the commune board with display names, and respects opting out', async () => {
    const board = (await hoa.get('/api/engagement/leaderboard?place=commune&period=all')).json();
    expect(board.top.map((e: { name: string }) => e.name).slice(0, 2)).toEqual([
      'Phạm T. Lan',
      'Đinh T. Hoa',
    ]);
    expect(board.me).toMatchObject({ rank: 2, xp: 120 });
    const renamed = await hoa.patch('/api/engagement/profile', { displayName: 'Hoa Phan Đình Phùng' });
    expect(renamed.statusCode, renamed.body).toBe(200);
    const out = await lan.patch('/api/engagement/profile', { public: false });
    expect(out.json()).toMatchObject({ public: false });
    const again = (await hoa.get('/api/engagement/leaderboard?place=commune&period=all')).json();
    expect(again.top.map((e: { name: string; me: boolean }) => [e.name, e.me])).toEqual([
      ['Hoa Phan Đình Phùng', true],
    ]);
    // Lan still sees her own rank.
    expect((await lan.get('/api/engagement/leaderboard?place=commune&period=all')).json().me).toMatchObject({
      rank: 1,
    });
    // Officers see their commune's board with full names, everyone included.
    const officer = (await xa.get(`/api/engagement/boards?unitId=${communeId}&period=week`)).json();
    expect(officer.top.map((e: { name: string }) => e.name)).toEqual(['Phạm Thị Lan', 'Đinh Thị Hoa']);
    const province = (await xa.get('/api/units?q=Thái Nguyên&type=province')).json().items[0].id;
    expect((await xa.get(`/api/engagement/boards?unitId=${province}`)).statusCode).toBe(403);
    expect((await hoa.get('/api/engagement/leaderboard?place=planet')).statusCode).toBe(400);
  });

  it("ranks a class's members on the class board, only for its members", async () => {
    const trainer = await t.login('giangvien@lantoa.demo');
    const opened = await trainer.post('/api/classes', {
      title: 'Lớp thi đua',
      courseIds: ['co-ban/an-toan'],
      mode: 'online',
      unitId: communeId,
      startsOn: vnDay(new Date()),
    });
    expect(opened.statusCode, opened.body).toBe(201);
    const { id, code } = opened.json();
    // Before joining: no class board.
    expect((await hoa.get('/api/engagement/leaderboard?place=class&period=all')).json()).toMatchObject({
      placeName: null,
      top: [],
    });
    for (const c of [hoa, lan]) {
      const joined = await c.post('/api/classes/join', { code, via: 'code' });
      expect(joined.statusCode, joined.body).toBeLessThan(300);
    }
    const board = (await hoa.get('/api/engagement/leaderboard?place=class&period=all')).json();
    expect(board.placeName).toBe('Lớp thi đua');
    // Lan opted out of public boards earlier: Hoa sees herself alone, Lan still sees her own rank.
    expect(board.top.map((e: { name: string; me: boolean }) => [e.name, e.me])).toEqual([
      ['Hoa Phan Đình Phùng', true],
    ]);
    expect(board.me).toMatchObject({ rank: 2, of: 2 });
    const lanBoard = (
      await lan.get(`/api/engagement/leaderboard?place=class&period=all&classId=${id}`)
    ).json();
    expect(lanBoard.me).toMatchObject({ rank: 1, of: 2 });
    // A class the learner is not in shows nothing.
    expect(
      (await xa.get(`/api/engagement/leaderboard?place=class&period=all&classId=${id}`)).json().placeName,
    ).toBeNull();
  });

  it('puts learners who earn XP in a weekly league and rolls it over', async () => {
    const league = (await hoa.get('/api/engagement/league')).json();
    expect(league.members.map((m: { me: boolean }) => m.me)).toContain(true);
    expect(league.members).toHaveLength(2);
    expect((await me(hoa)).league).toMatchObject({ tier: 0, tierTitle: 'Đồng', members: 2 });
    const config = await engagementConfig(t.ctx.db);
    if (!config) throw new Error('no engagement config');
    const moved = await rollOverLeagues(t.ctx.db, weekOf(vnDay(new Date())), config);
    expect(moved.up).toBe(2);
    const notes = (await hoa.get('/api/engagement/notifications')).json().items;
    expect(notes.map((n: { kind: string }) => n.kind)).toContain('league');
    expect((await hoa.post('/api/engagement/notifications/read', {})).statusCode).toBe(200);
    expect((await me(hoa)).unreadNotifications).toBe(0);
  });

  it('is brought up to date by the learner refresher too', async () => {
    await lan.post('/api/learning/statements', minutesOn(vnDay(new Date()), 15));
    const s = await refreshKpis(t.ctx);
    expect(s.people).toBeGreaterThanOrEqual(1);
    expect((await me(lan)).today.goalMet).toBe(true);
  });
});
