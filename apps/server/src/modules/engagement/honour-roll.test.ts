// The honour roll through the HTTP API: last month's top learners of the province with their goal
// days and badges, its communes ranked by the mean monthly XP of their active learners, a commune
// officer limited to their commune, the Vietnamese CSV and the XLSX, and bad input.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends, type Client, createTestApp, type TestApp } from '../../test/harness.ts';
import { addDays, vnDay } from '../monitoring/calendar.ts';
import { lastCompleteMonth } from './honour-roll.service.ts';
import { awardXp } from './xp.ts';

describe.each(backends)('honour roll (%s)', (backend) => {
  let t: TestApp;
  let tinh: Client;
  let xa: Client;
  let donvi: Client;
  let phanDinhPhung: number;
  let province: number;
  let companyId: string;
  const month = lastCompleteMonth();
  const [year, monthNumber] = month.split('-');

  /** A learner of the commune who met their daily goal on the first `days` days of last month. */
  const learner = async (name: string, phone: string, unitId: number, days: number) => {
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
    await c.request({
      method: 'PUT',
      url: '/api/learning/profile',
      payload: { targetGroup: 'citizen', unitId },
    });
    const personId = (await c.get('/api/me')).json().id as string;
    const goalDays = Array.from({ length: days }, (_, i) => addDays(`${month}-01`, i));
    for (const day of goalDays)
      await t.ctx.db.execute(sql`insert into learner_days (person_id, day, seconds, goal_minutes, goal_met)
        values (${personId}, ${day}::date, 1200, 15, true)`);
    // 20 points a goal day (the mini pack's rule), through the same award path as the refresher.
    await awardXp(
      t.ctx.db,
      personId,
      goalDays.map((day) => ({ rule: 'daily_goal_met' as const, sourceKey: `day:${day}`, day })),
    );
    return personId;
  };

  beforeAll(async () => {
    t = await createTestApp(backend);
    const unit = async (q: string) =>
      (await t.anonymous().get(`/api/units?q=${q}`)).json().items[0].id as number;
    phanDinhPhung = await unit('05443');
    const tanCuong = await unit('05503');
    province = (await t.anonymous().get('/api/units?q=Thái Nguyên&type=province')).json().items[0].id;
    const hoa = await learner('Đinh Thị Hoa', '0911111111', phanDinhPhung, 12);
    await learner('Phạm Thị Lan', '0922222222', phanDinhPhung, 3);
    await learner('Lò Văn Minh', '0933333333', tanCuong, 10);
    // A badge earned in the middle of last month, and one this month (not on last month's roll).
    await t.ctx.db.execute(sql`insert into learner_badges (person_id, badge_id, awarded_at) values
      (${hoa}, 'chuoi-2-ngay', ${`${month}-15T10:00:00+07:00`}::timestamptz),
      (${hoa}, 'hoc-phan-dau-tien', ${`${vnDay(new Date())}T00:30:00+07:00`}::timestamptz)`);
    tinh = await t.login('tinh@lantoa.demo');
    xa = await t.login('xa@lantoa.demo');
    donvi = await t.login('donvi@lantoa.demo');
    const admin = await t.login('admin@lantoa.demo');
    companyId = (await admin.get('/api/organisations?q=yen%20binh')).json().items[0].id;
  }, 120_000);
  afterAll(() => t?.close());

  it("ranks last month's learners and communes of the province", async () => {
    const res = await tinh.get(`/api/engagement/honour-roll?unitId=${province}`);
    expect(res.statusCode, res.body).toBe(200);
    const roll = res.json();
    expect(roll).toMatchObject({
      month,
      complete: true,
      goalDays: 10,
      place: { kind: 'unit', name: 'Thái Nguyên' },
    });
    expect(roll.learners).toEqual([
      expect.objectContaining({
        rank: 1,
        name: 'Đinh Thị Hoa',
        unitName: 'Phan Đình Phùng',
        xp: 240,
        goalDays: 12,
        badges: ['Hai ngày liên tiếp'],
        public: true,
      }),
      expect.objectContaining({ rank: 2, name: 'Lò Văn Minh', unitName: 'Tân Cương', xp: 200, goalDays: 10 }),
      expect.objectContaining({ rank: 3, name: 'Phạm Thị Lan', xp: 60, goalDays: 3, badges: [] }),
    ]);
    const ranked = roll.places.items.filter((p: { rank: number | null }) => p.rank !== null);
    // Tân Cương: one learner at 200; Phan Đình Phùng: (240 + 60) / 2 = 150.
    expect(ranked).toEqual([
      expect.objectContaining({
        rank: 1,
        name: 'Tân Cương',
        activeLearners: 1,
        meanXp: 200,
        goalLearners: 1,
      }),
      expect.objectContaining({
        rank: 2,
        name: 'Phan Đình Phùng',
        activeLearners: 2,
        meanXp: 150,
        totalXp: 300,
        goalLearners: 1,
      }),
    ]);
    expect(roll.places.items.length).toBeGreaterThan(2);
    // Nobody here earned XP this month: a month still running is shown as it stands.
    const current = (
      await tinh.get(`/api/engagement/honour-roll?unitId=${province}&month=${vnDay(new Date()).slice(0, 7)}`)
    ).json();
    expect(current).toMatchObject({ complete: false, learners: [] });
  });

  it("limits a commune officer to the commune's learners", async () => {
    const roll = (await xa.get(`/api/engagement/honour-roll?unitId=${phanDinhPhung}&month=${month}`)).json();
    expect(roll.learners.map((l: { name: string }) => l.name)).toEqual(['Đinh Thị Hoa', 'Phạm Thị Lan']);
    expect(roll.places).toBeNull();
    expect((await xa.get(`/api/engagement/honour-roll?unitId=${province}`)).json().error.code).toBe(
      'OUT_OF_SCOPE',
    );
    expect(
      (await donvi.get(`/api/engagement/honour-roll?organisationId=${companyId}`)).json().learners,
    ).toEqual([]);
    expect((await donvi.get(`/api/engagement/honour-roll?unitId=${phanDinhPhung}`)).statusCode).toBe(403);
  });

  it('exports the roll for an official commendation', async () => {
    const csv = await tinh.get(`/api/engagement/honour-roll?unitId=${province}&format=csv`);
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-disposition']).toContain(
      `vinh-danh-thang-${monthNumber}-${year}-thai-nguyen.csv`,
    );
    const lines = csv.body.replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toBe(
      '"STT","Hạng","Họ và tên","Xã/phường","Cơ quan/tổ chức","Điểm tháng","Số ngày đạt mục tiêu","Huy hiệu trong tháng","Đồng ý công khai"',
    );
    expect(lines[1]).toBe('"1","1","Đinh Thị Hoa","Phan Đình Phùng","","240","12","Hai ngày liên tiếp","Có"');
    const places = await tinh.get(`/api/engagement/honour-roll?unitId=${province}&format=csv&table=places`);
    const placeLines = places.body.replace(/^\uFEFF/, '').split('\r\n');
    expect(placeLines[0]).toBe(
      '"STT","Hạng","Xã/phường","Số người học tích cực","Điểm tháng trung bình","Tổng điểm tháng","Số người đạt mục tiêu từ 10 ngày"',
    );
    expect(placeLines[1]).toBe('"1","1","Tân Cương","1","200","200","1"');
    const xlsx = await tinh.get(`/api/engagement/honour-roll?unitId=${province}&format=xlsx`);
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
    expect(xlsx.rawPayload.subarray(0, 2).toString()).toBe('PK');
  });

  it('refuses bad input with details', async () => {
    const bad = await tinh.get(`/api/engagement/honour-roll?unitId=${province}&month=2026-13`);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details).toEqual([{ path: 'month', message: 'Tháng ghi dạng YYYY-MM' }]);
    const future = await tinh.get(`/api/engagement/honour-roll?unitId=${province}&month=2999-01`);
    expect(future.json().error.details).toEqual([{ path: 'month', message: 'Tháng chưa tới' }]);
    const nowhere = await tinh.get('/api/engagement/honour-roll');
    expect(nowhere.json().error).toMatchObject({ code: 'VALIDATION_FAILED', details: [{ path: 'unitId' }] });
    expect((await tinh.get(`/api/engagement/honour-roll?unitId=${province}&top=0`)).statusCode).toBe(400);
  });
});
