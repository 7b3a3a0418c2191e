// Challenges through the HTTP API: set by officers inside their scope only (bad dates, unknown
// courses and contests without places below are refused with details), a learner's progress over
// the window for modules, minutes and XP, results with export, a province contest between communes
// seen by the commune officer for their own learners, cancelling, and closing once with notifications.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends, type Client, createTestApp, type TestApp } from '../../test/harness.ts';
import { addDays, vnDay } from '../monitoring/calendar.ts';
import { runEngagementSchedule } from './schedule.ts';

const answer = (questionId: string, response: unknown) => ({
  id: randomUUID(),
  moduleId: 'mat-khau',
  questionId,
  response,
});

/** Statements worth `minutes` of learning today (Vietnam), from midnight on, in the mat-khau module. */
const minutesToday = (minutes: number) => ({
  statements: Array.from({ length: minutes }, (_, i) => ({
    id: randomUUID(),
    verb: 'progressed',
    object: { type: 'block', id: `mat-khau/b${i % 3}` },
    result: { durationSeconds: 60 },
    context: { moduleId: 'mat-khau', blockIndex: i % 3 },
    timestamp: new Date(Date.parse(`${vnDay(new Date())}T00:00:00+07:00`) + i * 60_000).toISOString(),
  })),
});

interface Item {
  id: string;
  title: string;
  manageable?: boolean;
  progress?: { value: number; target: number; done: boolean };
  standing?: { name: string; rank: number | null; of: number } | null;
}

describe.each(backends)('challenges (%s)', (backend) => {
  let t: TestApp;
  let hoa: Client;
  let lan: Client;
  let minh: Client;
  let xa: Client;
  let tinh: Client;
  let donvi: Client;
  let admin: Client;
  let phanDinhPhung: number;
  let tanCuong: number;
  let province: number;
  let companyId: string;
  const today = vnDay(new Date());
  const inAWeek = addDays(today, 6);
  let weekly: string;
  let contest: string;

  const register = async (name: string, phone: string, unitId: number) => {
    expect(
      (
        await t.anonymous().post('/api/auth/register', {
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
      payload: { targetGroup: 'citizen', unitId },
    });
    expect(res.statusCode, res.body).toBe(200);
    return c;
  };
  const unit = async (q: string) =>
    (await t.anonymous().get(`/api/units?q=${q}`)).json().items[0].id as number;
  const mine = async (c: Client): Promise<Item[]> => {
    const res = await c.get('/api/engagement/challenges');
    expect(res.statusCode, res.body).toBe(200);
    return res.json().items;
  };
  const challenge = (over: Record<string, unknown> = {}) => ({
    title: 'Tuần lễ an toàn trên mạng',
    description: 'Đạt một học phần của khóa An toàn trên mạng trong tuần.',
    unitId: phanDinhPhung,
    startsOn: today,
    endsOn: inAWeek,
    goal: { kind: 'modules', count: 1, of: { course: 'co-ban/an-toan' } },
    ...over,
  });

  beforeAll(async () => {
    t = await createTestApp(backend);
    phanDinhPhung = await unit('05443');
    tanCuong = await unit('05503');
    province = (await t.anonymous().get('/api/units?q=Thái Nguyên&type=province')).json().items[0].id;
    hoa = await register('Đinh Thị Hoa', '0911111111', phanDinhPhung);
    lan = await register('Phạm Thị Lan', '0922222222', phanDinhPhung);
    minh = await register('Lò Văn Minh', '0933333333', tanCuong);
    xa = await t.login('xa@lantoa.demo');
    tinh = await t.login('tinh@lantoa.demo');
    donvi = await t.login('donvi@lantoa.demo');
    admin = await t.login('admin@lantoa.demo');
    companyId = (await admin.get('/api/organisations?q=yen%20binh')).json().items[0].id;
  }, 120_000);
  afterAll(() => t?.close());

  it('refuses bad challenges with details, and places out of scope', async () => {
    const reversed = await xa.post(
      '/api/engagement/challenges',
      challenge({ startsOn: inAWeek, endsOn: today }),
    );
    expect(reversed.statusCode).toBe(400);
    expect(reversed.json().error).toMatchObject({
      code: 'VALIDATION_FAILED',
      details: [{ path: 'endsOn', message: 'Ngày kết thúc phải từ ngày bắt đầu trở đi' }],
    });
    const unknown = await xa.post(
      '/api/engagement/challenges',
      challenge({ goal: { kind: 'modules', count: 1, of: { course: 'co-ban/khong-co' } } }),
    );
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.details).toEqual([
      { path: 'goal.of.course', message: 'Không có khóa học này trong học liệu' },
    ]);
    const tooMany = await xa.post(
      '/api/engagement/challenges',
      challenge({ goal: { kind: 'modules', count: 3, of: { programme: 'co-ban' } } }),
    );
    expect(tooMany.json().error.details).toEqual([
      { path: 'goal.count', message: 'Chỉ có 2 học phần để đạt' },
    ]);
    const past = await xa.post(
      '/api/engagement/challenges',
      challenge({ startsOn: addDays(today, -10), endsOn: addDays(today, -1) }),
    );
    expect(past.json().error.details[0].path).toBe('endsOn');
    // A commune has no communes below it to compete.
    const lonely = await xa.post('/api/engagement/challenges', challenge({ contest: true }));
    expect(lonely.json().error.details).toEqual([
      { path: 'contest', message: 'Thi đua cần các đơn vị hoặc tổ chức trực thuộc để so sánh' },
    ]);
    const badGoal = await xa.post('/api/engagement/challenges', challenge({ goal: { kind: 'xp' } }));
    expect(badGoal.statusCode).toBe(400);
    expect(badGoal.json().error.details[0].path).toBe('goal.points');

    expect(
      (await xa.post('/api/engagement/challenges', challenge({ unitId: tanCuong }))).json().error.code,
    ).toBe('OUT_OF_SCOPE');
    expect((await xa.post('/api/engagement/challenges', challenge({ unitId: province }))).statusCode).toBe(
      403,
    );
    expect(
      (
        await donvi.post(
          '/api/engagement/challenges',
          challenge({ unitId: undefined, organisationId: companyId }),
        )
      ).statusCode,
    ).toBe(201);
    expect((await donvi.post('/api/engagement/challenges', challenge())).statusCode).toBe(403);
    expect((await hoa.post('/api/engagement/challenges', challenge())).json().error.code).toBe('FORBIDDEN');
  });

  it('sets a challenge for the commune, audited, and lists it in scope', async () => {
    const res = await xa.post('/api/engagement/challenges', challenge());
    expect(res.statusCode, res.body).toBe(201);
    weekly = res.json().id;
    expect(res.json()).toMatchObject({
      place: { kind: 'unit', id: String(phanDinhPhung), name: 'Phan Đình Phùng' },
      target: 1,
      status: 'active',
      contest: false,
      createdBy: 'Trần Văn Minh',
      manageable: true,
    });
    const audit = (await admin.get('/api/audit-log?action=challenge.create')).json().items;
    expect(audit.map((a: { targetId: string }) => a.targetId)).toContain(weekly);

    const listed = (await xa.get('/api/engagement/challenges/manage')).json().items as Item[];
    expect(listed.map((c) => c.id)).toContain(weekly);
    expect(
      (await tinh.get('/api/engagement/challenges/manage?status=active')).json().items.map((c: Item) => c.id),
    ).toContain(weekly);
    expect((await tinh.get('/api/engagement/challenges/manage?status=ended')).json().items).toEqual([]);
    expect(
      (await donvi.get('/api/engagement/challenges/manage')).json().items.map((c: Item) => c.id),
    ).not.toContain(weekly);
    expect((await hoa.get('/api/engagement/challenges/manage')).statusCode).toBe(403);
  });

  it("moves a learner's progress when they master a module of the course", async () => {
    const before = (await mine(hoa)).find((c) => c.id === weekly);
    expect(before?.progress).toEqual({ value: 0, target: 1, done: false });
    // Minh lives in another commune: not his challenge.
    expect((await mine(minh)).map((c) => c.id)).not.toContain(weekly);
    const res = await hoa.post('/api/learning/answers', {
      answers: [answer('q1', 2), answer('q2', ['otp']), answer('q3', ['ha noi'])],
    });
    expect(res.statusCode, res.body).toBe(200);
    expect((await mine(hoa)).find((c) => c.id === weekly)?.progress).toEqual({
      value: 1,
      target: 1,
      done: true,
    });
  });

  it('counts minutes learned in the window', async () => {
    const res = await xa.post(
      '/api/engagement/challenges',
      challenge({ title: 'Mỗi ngày 15 phút', goal: { kind: 'minutes', minutes: 15 } }),
    );
    expect(res.statusCode, res.body).toBe(201);
    expect((await hoa.post('/api/learning/statements', minutesToday(16))).statusCode).toBe(200);
    const item = (await mine(hoa)).find((c) => c.id === res.json().id);
    expect(item?.progress).toEqual({ value: 16, target: 15, done: true });
    expect((await mine(lan)).find((c) => c.id === res.json().id)?.progress?.done).toBe(false);
  });

  it('shows the results to the officer, and exports them', async () => {
    const res = await xa.get(`/api/engagement/challenges/${weekly}/results`);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    // Hoa, Lan and the demo learner live in the commune.
    expect(body.summary).toEqual({ participants: 3, done: 1 });
    expect(body.restricted).toBe(false);
    expect(body.items[0]).toMatchObject({
      name: 'Đinh Thị Hoa',
      unitName: 'Phan Đình Phùng',
      value: 1,
      done: true,
    });
    const notYet = (await xa.get(`/api/engagement/challenges/${weekly}/results?done=false`)).json();
    expect(notYet.total).toBe(2);
    expect(notYet.items.map((i: { name: string }) => i.name)).not.toContain('Đinh Thị Hoa');

    const csv = await xa.get(`/api/engagement/challenges/${weekly}/results?format=csv`);
    expect(csv.headers['content-type']).toContain('text/csv');
    const [header, first] = csv.body.replace(/^\uFEFF/, '').split('\r\n');
    expect(header).toBe(
      '"STT","Họ và tên","Xã/phường","Cơ quan/tổ chức","Kết quả (số học phần)","Mục tiêu","Hoàn thành"',
    );
    expect(first).toBe('"1","Đinh Thị Hoa","Phan Đình Phùng","","1","1","Đã hoàn thành"');
    const xlsx = await xa.get(`/api/engagement/challenges/${weekly}/results?format=xlsx`);
    expect(xlsx.rawPayload.subarray(0, 2).toString()).toBe('PK');
    expect(xlsx.headers['content-disposition']).toContain('.xlsx');
    // The province's office sees it too; another commune's learners' officer does not.
    expect((await tinh.get(`/api/engagement/challenges/${weekly}/results`)).statusCode).toBe(200);
    expect((await donvi.get(`/api/engagement/challenges/${weekly}/results`)).statusCode).toBe(403);
    expect((await xa.get(`/api/engagement/challenges/${randomUUID()}/results`)).json().error.code).toBe(
      'CHALLENGE_NOT_FOUND',
    );
  });

  it('runs a contest between the communes of the province', async () => {
    const res = await tinh.post('/api/engagement/challenges', {
      title: 'Thi đua 50 điểm',
      unitId: province,
      startsOn: today,
      endsOn: inAWeek,
      goal: { kind: 'xp', points: 50 },
      contest: true,
    });
    expect(res.statusCode, res.body).toBe(201);
    contest = res.json().id;
    const results = (await tinh.get(`/api/engagement/challenges/${contest}/results`)).json();
    expect(results.summary).toEqual({ participants: 4, done: 1 });
    const ranked = results.contest.items.filter((s: { rank: number | null }) => s.rank !== null);
    expect(ranked).toMatchObject([
      { rank: 1, name: 'Phan Đình Phùng', learners: 3, done: 1 },
      { rank: 2, name: 'Tân Cương', learners: 1, done: 0, share: 0 },
    ]);
    expect(ranked[0].share).toBeCloseTo(1 / 3);

    // The commune officer follows the province's contest for their own learners, read only.
    const seen = (await xa.get('/api/engagement/challenges/manage'))
      .json()
      .items.find((c: Item) => c.id === contest);
    expect(seen).toMatchObject({ manageable: false });
    const own = (await xa.get(`/api/engagement/challenges/${contest}/results`)).json();
    expect(own.restricted).toBe(true);
    expect(own.summary.participants).toBe(3);
    expect(own.items.map((i: { name: string }) => i.name)).not.toContain('Lò Văn Minh');
    expect((await xa.delete(`/api/engagement/challenges/${contest}`)).statusCode).toBe(403);

    const standing = (await mine(hoa)).find((c) => c.id === contest);
    expect(standing?.progress).toMatchObject({ target: 50, done: true });
    expect(standing?.standing).toMatchObject({ name: 'Phan Đình Phùng', rank: 1, of: 2 });
    expect((await mine(minh)).find((c) => c.id === contest)?.standing).toMatchObject({
      name: 'Tân Cương',
      rank: 2,
    });

    const csv = await tinh.get(`/api/engagement/challenges/${contest}/results?format=csv&table=contest`);
    expect(csv.body.split('\r\n')[0]).toBe(
      '\uFEFF"Hạng","Xã/phường","Số người học","Số người hoàn thành","Tỷ lệ hoàn thành","Mức tiến độ trung bình"',
    );
    expect(csv.body).toContain('"1","Phan Đình Phùng","3","1"');
  });

  it('cancels a challenge, audited', async () => {
    const made = (await xa.post('/api/engagement/challenges', challenge({ title: 'Nhầm' }))).json();
    expect((await xa.delete(`/api/engagement/challenges/${made.id}`)).statusCode).toBe(200);
    expect((await xa.get(`/api/engagement/challenges/${made.id}/results`)).statusCode).toBe(404);
    const audit = (await admin.get('/api/audit-log?action=challenge.delete')).json().items;
    expect(audit[0]).toMatchObject({ targetId: made.id });
  });

  it('closes ended challenges once and notifies who completed them and the winning commune', async () => {
    const after = new Date(Date.parse(`${addDays(inAWeek, 1)}T12:00:00+07:00`));
    const summary = await runEngagementSchedule(t.ctx.db, after);
    // The commune's two, the company's and the province contest.
    expect(summary.challengesClosed).toBe(4);
    expect((await runEngagementSchedule(t.ctx.db, after)).challengesClosed).toBe(0);

    const notes = async (c: Client) =>
      (
        (await c.get('/api/engagement/notifications')).json().items as {
          kind: string;
          payload: Record<string, unknown>;
        }[]
      ).filter((n) => n.kind === 'challenge');
    const hoaNotes = await notes(hoa);
    expect(hoaNotes.find((n) => n.payload.challengeId === weekly)?.payload).toMatchObject({
      title: 'Tuần lễ an toàn trên mạng',
      completed: true,
      value: 1,
      target: 1,
    });
    expect(hoaNotes.find((n) => n.payload.challengeId === contest)?.payload).toMatchObject({
      completed: true,
      placeName: 'Phan Đình Phùng',
      placeRank: 1,
    });
    // Lan did not complete either, but her commune won the contest.
    const lanNotes = await notes(lan);
    expect(lanNotes.map((n) => n.payload.challengeId)).toEqual([contest]);
    expect(lanNotes[0]?.payload).toMatchObject({ completed: false, placeRank: 1 });
    expect(await notes(minh)).toEqual([]);

    const closed = (await xa.get(`/api/engagement/challenges/${weekly}/results`)).json().challenge;
    expect(closed.closedAt).not.toBeNull();
    expect((await xa.delete(`/api/engagement/challenges/${weekly}`)).json().error.code).toBe(
      'CHALLENGE_CLOSED',
    );
    const audit = (await admin.get('/api/audit-log?action=challenge.close')).json().items;
    expect(audit.find((a: { targetId: string }) => a.targetId === contest)?.details).toMatchObject({
      completed: 1,
      winners: [{ name: 'Phan Đình Phùng', rank: 1 }],
    });
  });
});
