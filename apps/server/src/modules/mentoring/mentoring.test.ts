// Mentors ("Đại sứ số") through the HTTP API: volunteering (refused before the level, allowed
// after, idempotent, the role granted), invitations (self, twice, another mentor, a level already
// reached), officers pairing in and out of scope, nudges once a day, a mentee passing (status,
// XP once even on replay, the mentor notified, the badge at 5), the honour roll's mentors and
// the officer's list with its export. Learners reach a level through fixture rows in attainments.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends, type Client, createTestApp, type TestApp } from '../../test/harness.ts';
import { rebuildEngagement } from '../engagement/engagement.rebuild.ts';
import { vnDay } from '../monitoring/calendar.ts';
import { rowsOf } from '../monitoring/kpi.engine.ts';
import { refreshKpis } from '../monitoring/kpi.refresher.ts';
import { refreshMentorships } from './mentoring.refresh.ts';

describe.each(backends)('mentoring (%s)', (backend) => {
  let t: TestApp;
  let tinh: Client;
  let xa: Client;
  let daisu: Client;
  let hocvien: Client;
  let phanDinhPhung: number;
  let tanCuong: number;
  let daisuId: string;
  const learners: Record<string, { c: Client; id: string }> = {};
  let phone = 0;

  const q = <T>(s: ReturnType<typeof sql>) => t.ctx.db.execute(s).then((r) => rowsOf<T>(r));

  /** A registered learner of a commune. */
  const learner = async (name: string, unitId: number) => {
    const login = `09770${String(10_000 + phone++).slice(-5)}`;
    const reg = await t.anonymous().post('/api/auth/register', {
      consent: { version: '2026-12-01', purposes: ['learning', 'campaign_statistics'] },
      fullName: name,
      login,
      password: 'hoc-moi-ngay-15',
    });
    expect(reg.statusCode, reg.body).toBe(201);
    const c = await t.login(login, 'hoc-moi-ngay-15');
    await c.request({
      method: 'PUT',
      url: '/api/learning/profile',
      payload: { targetGroup: 'citizen', unitId },
    });
    const id = (await c.get('/api/me')).json().id as string;
    learners[name] = { c, id };
    return { c, id };
  };
  /** The person reaches "đạt phổ cập" (the learning module writes this row on the final assessment). */
  const attain = (personId: string) =>
    t.ctx.db.execute(sql`insert into attainments (person_id, framework_id, target_group, score)
      values (${personId}, 'six-pillars', 'citizen', 0.9) on conflict do nothing`);
  const notes = async (c: Client) =>
    (await c.get('/api/engagement/notifications')).json().items as {
      kind: string;
      payload: { message?: string; event?: string };
    }[];

  beforeAll(async () => {
    t = await createTestApp(backend);
    const unit = async (code: string) => (await t.anonymous().get(`/api/units?q=${code}`)).json().items[0].id;
    phanDinhPhung = await unit('05443');
    tanCuong = await unit('05503');
    tinh = await t.login('tinh@lantoa.demo');
    xa = await t.login('xa@lantoa.demo');
    daisu = await t.login('daisu@lantoa.demo');
    hocvien = await t.login('hocvien@lantoa.demo');
    daisuId = (await daisu.get('/api/me')).json().id;
  }, 120_000);
  afterAll(() => t?.close());

  it('seeds the demo mentor with four mentees paired by the commune officer', async () => {
    const res = await daisu.get('/api/mentoring/mentees');
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.level).toMatchObject({ id: 'attainment', kind: 'attainment' });
    expect(body.items).toHaveLength(4);
    expect(body.items[0]).toMatchObject({
      status: 'active',
      source: 'officer',
      progress: { done: 0, total: 1, reached: false },
      canNudge: true,
    });
    expect(body.record).toEqual({ helped: 4, active: 4, passed: 0, target: 5, met: false });
    const me = (await daisu.get('/api/mentoring/me')).json();
    expect(me.mentor).toMatchObject({ source: 'appointed', level: { id: 'attainment' } });
    expect(me.mentor.inviteCode).toMatch(/^[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{8}$/);
    expect(me.mentor.inviteUrl).toMatch(new RegExp(`/learn/mentor/${me.mentor.inviteCode}$`));
    expect(me.mentor.qrSvg).toContain('<svg');
    const audit = await q<{ action: string }>(
      sql`select action from audit_log where action in ('mentor.appoint', 'mentorship.pair')`,
    );
    expect(audit.filter((a) => a.action === 'mentorship.pair')).toHaveLength(4);
  });

  it('lets a learner volunteer only for a level they reached, once', async () => {
    const { c, id } = await learner('Nguyễn Thị Hạnh', phanDinhPhung);
    expect((await c.get('/api/mentoring/mentees')).json().error.code).toBe('MENTOR_NOT_FOUND');
    const before = (await c.get('/api/mentoring/me')).json();
    expect(before.mentor).toBeNull();
    expect(before.levels.find((l: { id: string }) => l.id === 'attainment')).toMatchObject({
      reached: false,
    });
    expect(before.levels.find((l: { id: string }) => l.id === 'co-ban/an-toan')).toMatchObject({
      reached: false,
      done: 0,
      total: 2,
    });
    const refused = await c.post('/api/mentoring/volunteer', { level: 'attainment' });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.code).toBe('LEVEL_NOT_REACHED');
    const unknown = await c.post('/api/mentoring/volunteer', { level: 'khong-co/khoa-nay' });
    expect(unknown.json().error).toMatchObject({ code: 'VALIDATION_FAILED', details: [{ path: 'level' }] });

    await attain(id);
    const ok = await c.post('/api/mentoring/volunteer', { level: 'attainment' });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ personId: id, source: 'volunteer', unitId: phanDinhPhung });
    const again = await c.post('/api/mentoring/volunteer', { level: 'attainment' });
    expect(again.json().inviteCode).toBe(ok.json().inviteCode);
    const other = await c.post('/api/mentoring/volunteer', { level: 'co-ban/an-toan' });
    expect(other.json().error.code).toBe('ALREADY_MENTOR');
    const session = (await c.get('/api/auth/session')).json();
    expect(session.roles).toContainEqual(expect.objectContaining({ role: 'mentor', unitId: phanDinhPhung }));
  });

  it('accepts an invitation once, never oneself, one mentor at a time', async () => {
    const hanh = learners['Nguyễn Thị Hạnh'];
    if (!hanh) throw new Error('no mentor');
    const code = (await hanh.c.get('/api/mentoring/me')).json().mentor.inviteCode as string;
    const self = await hanh.c.post(`/api/mentoring/invites/${code}/accept`);
    expect(self.statusCode).toBe(409);
    expect(self.json().error.code).toBe('CANNOT_MENTOR_SELF');
    expect((await hanh.c.get(`/api/mentoring/invites/${code}`)).json().state).toBe('own');

    const { c: binh, id: binhId } = await learner('Trần Văn Bình', phanDinhPhung);
    const view = (await binh.get(`/api/mentoring/invites/${code.toLowerCase()}`)).json();
    expect(view).toMatchObject({
      state: 'open',
      mentor: { name: 'Nguyễn Thị Hạnh' },
      level: { id: 'attainment' },
    });
    const first = await binh.post(`/api/mentoring/invites/${code}/accept`);
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toMatchObject({ created: true, mentor: { name: 'Nguyễn Thị Hạnh' } });
    const twice = await binh.post(`/api/mentoring/invites/${code}/accept`);
    expect(twice.json()).toMatchObject({ created: false, since: first.json().since });
    expect((await binh.get(`/api/mentoring/invites/${code}`)).json().state).toBe('accepted');
    const daisuCode = (await daisu.get('/api/mentoring/me')).json().mentor.inviteCode;
    const other = await binh.post(`/api/mentoring/invites/${daisuCode}/accept`);
    expect(other.statusCode).toBe(409);
    expect(other.json().error.code).toBe('HAS_OTHER_MENTOR');
    expect((await binh.get('/api/mentoring/me')).json().myMentor).toMatchObject({
      name: 'Nguyễn Thị Hạnh',
      source: 'invite',
    });
    const joined = (await notes(hanh.c)).filter((n) => n.kind === 'mentoring');
    expect(joined[0]?.payload.message).toContain('Trần Văn Bình');
    const mentees = (await hanh.c.get('/api/mentoring/mentees')).json();
    expect(mentees.items.map((m: { personId: string }) => m.personId)).toEqual([binhId]);

    // Someone already at the level has nothing to be guided through.
    const { c: done, id: doneId } = await learner('Lê Thị Đạt', phanDinhPhung);
    await attain(doneId);
    expect((await done.post(`/api/mentoring/invites/${code}/accept`)).json().error.code).toBe(
      'MENTEE_REACHED_LEVEL',
    );
    expect((await done.get('/api/mentoring/invites/ABCDEFGH')).json().error.code).toBe('INVITE_NOT_FOUND');
    expect((await done.get('/api/mentoring/invites/bad')).statusCode).toBe(400);
  });

  it('lets officers appoint and pair only inside their scope (audited)', async () => {
    const admin = await t.login('admin@lantoa.demo');
    const person = async (fullName: string, unitId: number) =>
      (await admin.post('/api/people', { fullName, unitId })).json().id as string;
    const inPlace = await person('Đặng Văn Kèm', phanDinhPhung);
    const outPlace = await person('Vi Thị Xa', tanCuong);
    const pair = await xa.post('/api/mentoring/pairings', { mentorId: daisuId, menteeId: inPlace });
    expect(pair.statusCode, pair.body).toBe(200);
    expect(pair.json()).toMatchObject({ created: true, menteeName: 'Đặng Văn Kèm' });
    expect(
      (await xa.post('/api/mentoring/pairings', { mentorId: daisuId, menteeId: inPlace })).json(),
    ).toMatchObject({
      created: false,
    });
    const out = await xa.post('/api/mentoring/pairings', { mentorId: daisuId, menteeId: outPlace });
    expect(out.statusCode).toBe(403);
    expect(out.json().error.code).toBe('OUT_OF_SCOPE');
    expect(
      (await hocvien.post('/api/mentoring/pairings', { mentorId: daisuId, menteeId: inPlace })).statusCode,
    ).toBe(403);
    expect(
      (await tinh.post('/api/mentoring/pairings', { mentorId: daisuId, menteeId: daisuId })).statusCode,
    ).toBe(400);

    // An officer of the province appoints a person of Tân Cương; the commune officer may not.
    expect(
      (await xa.post('/api/mentoring/mentors', { personId: outPlace, level: 'attainment' })).statusCode,
    ).toBe(403);
    const appointed = await tinh.post('/api/mentoring/mentors', {
      personId: outPlace,
      level: 'co-ban/an-toan',
    });
    expect(appointed.statusCode, appointed.body).toBe(200);
    expect(appointed.json()).toMatchObject({
      source: 'appointed',
      level: { kind: 'course', title: 'An toàn trên mạng' },
    });
    const audit = await q<{ action: string; target_id: string }>(
      sql`select action, target_id from audit_log where target_id in (${inPlace}, ${outPlace})
        and action like 'mentor%'`,
    );
    expect(audit.map((a) => a.action).sort()).toEqual(['mentor.appoint', 'mentorship.pair']);

    const list = (await xa.get('/api/mentoring/mentors')).json();
    const names = list.items.map((m: { name: string }) => m.name);
    expect(names).toContain('Hoàng Thị Lan');
    expect(names).not.toContain('Vi Thị Xa');
    expect(
      (await tinh.get('/api/mentoring/mentors')).json().items.map((m: { name: string }) => m.name),
    ).toContain('Vi Thị Xa');
    expect((await hocvien.get('/api/mentoring/mentors')).statusCode).toBe(403);
    const csv = await tinh.get('/api/mentoring/mentors?format=csv');
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.body.replace(/^\uFEFF/, '').split('\r\n')[0]).toBe(
      '"STT","Họ và tên","Xã/phường","Cơ quan/tổ chức","Cấp độ hướng dẫn","Hình thức","Từ ngày","Số người đã kèm","Đang kèm","Đã đạt","Đạt mục tiêu (≥ 5)"',
    );
  });

  it('nudges a mentee once a day, and the mentee sees it', async () => {
    const binh = learners['Trần Văn Bình'];
    const hanh = learners['Nguyễn Thị Hạnh'];
    if (!binh || !hanh) throw new Error('fixtures');
    const first = await hanh.c.post(`/api/mentoring/mentees/${binh.id}/nudge`);
    expect(first.statusCode, first.body).toBe(200);
    const second = await hanh.c.post(`/api/mentoring/mentees/${binh.id}/nudge`);
    expect(second.statusCode).toBe(409);
    expect(second.json().error.code).toBe('NUDGE_TOO_SOON');
    expect((await hanh.c.get('/api/mentoring/mentees')).json().items[0].canNudge).toBe(false);
    const mine = (await notes(binh.c)).filter((n) => n.payload.event === 'nudge');
    expect(mine).toHaveLength(1);
    expect(mine[0]?.payload.message).toContain('Nguyễn Thị Hạnh');
    // Not a mentee of hers: nothing to nudge.
    expect((await hanh.c.post(`/api/mentoring/mentees/${daisuId}/nudge`)).json().error.code).toBe(
      'MENTORSHIP_NOT_FOUND',
    );
    expect((await hocvien.post(`/api/mentoring/mentees/${binh.id}/nudge`)).json().error.code).toBe(
      'MENTOR_NOT_FOUND',
    );
  });

  it('marks a mentee passed, awards the mentor XP once and notifies them', async () => {
    const binh = learners['Trần Văn Bình'];
    const hanh = learners['Nguyễn Thị Hạnh'];
    if (!binh || !hanh) throw new Error('fixtures');
    await attain(binh.id);
    await refreshKpis(t.ctx);
    const mentees = (await hanh.c.get('/api/mentoring/mentees')).json();
    expect(mentees.items[0]).toMatchObject({
      status: 'passed',
      progress: { done: 1, total: 1, reached: true },
    });
    expect(mentees.record).toMatchObject({ passed: 1, active: 0, met: false });
    const xp = () =>
      q<{ points: number }>(
        sql`select points from xp_events where person_id = ${hanh.id} and rule = 'mentee_helped'`,
      );
    expect((await xp()).map((x) => Number(x.points))).toEqual([100]);
    const passedNote = (await notes(hanh.c)).filter((n) => n.payload.event === 'mentee_passed');
    expect(passedNote).toHaveLength(1);
    expect(passedNote[0]?.payload.message).toContain('Trần Văn Bình');
    // A replay (the mentorship read as active again, the batch refreshed again): no second award.
    await t.ctx.db.execute(
      sql`update mentorships set status = 'active', passed_at = null where mentee_id = ${binh.id}`,
    );
    await refreshMentorships(t.ctx.db, [binh.id], new Date());
    expect(await xp()).toHaveLength(1);
    expect((await notes(hanh.c)).filter((n) => n.payload.event === 'mentee_passed')).toHaveLength(1);
    // The mentee may now leave (nothing active), and the ended mentorship cannot be nudged.
    expect((await binh.c.post('/api/mentoring/my-mentor/end')).json().error.code).toBe(
      'MENTORSHIP_NOT_FOUND',
    );
  });

  it('gives the badge at five mentees passed and puts the mentor on the honour roll', async () => {
    const mentees = (await daisu.get('/api/mentoring/mentees')).json().items as { personId: string }[];
    expect(mentees.length).toBeGreaterThanOrEqual(5);
    for (const m of mentees.slice(0, 5)) await attain(m.personId);
    await refreshKpis(t.ctx);
    const record = (await daisu.get('/api/mentoring/mentees')).json().record;
    expect(record).toMatchObject({ passed: 5, met: true });
    const badges = await q<{ badge_id: string }>(
      sql`select badge_id from learner_badges where person_id = ${daisuId}`,
    );
    expect(badges.map((b) => b.badge_id)).toContain('giup-5-nguoi');
    const month = vnDay(new Date()).slice(0, 7);
    const roll = (
      await tinh.get(`/api/engagement/honour-roll?unitId=${phanDinhPhung}&month=${month}`)
    ).json();
    expect(roll.mentors[0]).toMatchObject({ rank: 1, name: 'Hoàng Thị Lan', passed: 5, passedTotal: 5 });
    expect(roll.mentors[1]).toMatchObject({ rank: 2, name: 'Nguyễn Thị Hạnh', passed: 1 });
    const csv = await tinh.get(
      `/api/engagement/honour-roll?unitId=${phanDinhPhung}&month=${month}&format=csv&table=mentors`,
    );
    expect(csv.body.replace(/^\uFEFF/, '').split('\r\n')[1]).toBe(
      '"1","1","Hoàng Thị Lan","Phan Đình Phùng","","5","5","Có"',
    );
    const met = (await tinh.get('/api/mentoring/mentors?met=true')).json();
    expect(met.items.map((m: { name: string }) => m.name)).toEqual(['Hoàng Thị Lan']);
  });

  it('lets a mentor end a mentorship and the mentee accept another', async () => {
    const admin = await t.login('admin@lantoa.demo');
    const personId = (
      await admin.post('/api/people', { fullName: 'Mã Thị Sáu', unitId: phanDinhPhung })
    ).json().id as string;
    expect(
      (await xa.post('/api/mentoring/pairings', { mentorId: daisuId, menteeId: personId })).statusCode,
    ).toBe(200);
    const mentees = (await daisu.get('/api/mentoring/mentees')).json().items as {
      personId: string;
      status: string;
    }[];
    const active = mentees.find((m) => m.status === 'active');
    if (!active) throw new Error('no active mentee');
    expect(active.personId).toBe(personId);
    expect((await daisu.post(`/api/mentoring/mentees/${active.personId}/end`)).statusCode).toBe(200);
    expect((await daisu.post(`/api/mentoring/mentees/${active.personId}/end`)).statusCode).toBe(404);
    const hanh = learners['Nguyễn Thị Hạnh'];
    if (!hanh) throw new Error('fixtures');
    const pair = await xa.post('/api/mentoring/pairings', { mentorId: hanh.id, menteeId: active.personId });
    expect(pair.json()).toMatchObject({ created: true });
  });

  it("keeps the mentors' XP when engagement is rebuilt from the records", async () => {
    const helped = () =>
      q<{ person_id: string; n: number }>(
        sql`select person_id, count(*)::int as n from xp_events where rule = 'mentee_helped' group by person_id`,
      );
    const before = new Map((await helped()).map((r) => [r.person_id, Number(r.n)]));
    expect(before.get(daisuId)).toBe(5);
    await rebuildEngagement(t.ctx.db);
    expect(new Map((await helped()).map((r) => [r.person_id, Number(r.n)]))).toEqual(before);
  });
});
