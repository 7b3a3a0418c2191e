// The network through the HTTP API: the demo register; appointing trainers inside the scope only
// (with the trainer role for people with an account), changing and removing them; ToT
// certification (eligible, not eligible, twice, by the wrong trainer); support people and the
// communes without one; community teams with members and activities.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends, type Client, createTestApp, type TestApp } from '../../test/harness.ts';
import { rowsOf } from '../monitoring/kpi.engine.ts';
import { addClass, addMember, addSession } from './network.test-helpers.ts';

describe.each(backends)('network (%s)', (backend) => {
  let t: TestApp;
  let admin: Client;
  let tinh: Client;
  let xa: Client;
  let donvi: Client;
  let giangvien: Client;
  let hocvien: Client;
  let province: number;
  let phanDinhPhung: number;
  let tanCuong: number;
  let phoYen: number;
  let giangvienId: string;
  let seq = 0;

  const unit = async (code: string) =>
    (await admin.get(`/api/units?q=${code}`)).json().items.find((u: { code: string }) => u.code === code)
      .id as number;
  const person = async (unitId: number, name = `Người Thử ${seq++}`) => {
    const res = await admin.post('/api/people', { fullName: name, unitId });
    expect(res.statusCode, res.body).toBe(201);
    return res.json().id as string;
  };

  beforeAll(async () => {
    t = await createTestApp(backend);
    admin = await t.login('admin@lantoa.demo');
    tinh = await t.login('tinh@lantoa.demo');
    xa = await t.login('xa@lantoa.demo');
    donvi = await t.login('donvi@lantoa.demo');
    giangvien = await t.login('giangvien@lantoa.demo');
    hocvien = await t.login('hocvien@lantoa.demo');
    province = (await admin.get('/api/units?q=Thái Nguyên&type=province')).json().items[0].id;
    phanDinhPhung = await unit('05443');
    tanCuong = await unit('05503');
    phoYen = await unit('05860');
    giangvienId = (await giangvien.get('/api/me')).json().id;
  }, 120_000);
  afterAll(() => t?.close());

  it('seeds the demo register: a provincial trainer and two core trainers trained by them', async () => {
    const res = await tinh.get('/api/network/trainers?pageSize=50');
    expect(res.statusCode, res.body).toBe(200);
    const items = res.json().items as {
      personId: string;
      tier: string;
      generation: number;
      trainedById: string;
    }[];
    expect(items.find((i) => i.personId === giangvienId)).toMatchObject({
      tier: 'provincial',
      generation: 0,
    });
    const core = items.filter((i) => i.tier === 'core');
    expect(core).toHaveLength(2);
    for (const c of core) expect(c).toMatchObject({ generation: 1, trainedById: giangvienId });
    // A commune officer sees the register of the commune only.
    const own = (await xa.get('/api/network/trainers')).json().items as { tier: string }[];
    expect(own.map((i) => i.tier)).toEqual(['core']);
    expect((await hocvien.get('/api/network/trainers')).statusCode).toBe(403);
  });

  it('appoints trainers inside the scope only, grants the role, changes and removes them', async () => {
    const inside = await person(phanDinhPhung);
    const outside = await person(tanCuong);
    const refused = await xa.post('/api/network/trainers', { personId: outside, tier: 'core' });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.code).toBe('OUT_OF_SCOPE');
    // A commune officer cannot place a trainer of theirs at the province either.
    const abovePlace = await xa.post('/api/network/trainers', {
      personId: inside,
      tier: 'core',
      unitId: province,
    });
    expect(abovePlace.statusCode).toBe(403);
    const ok = await xa.post('/api/network/trainers', {
      personId: inside,
      tier: 'core',
      trainedBy: giangvienId,
    });
    expect(ok.statusCode, ok.body).toBe(201);
    expect(ok.json()).toMatchObject({ tier: 'core', generation: 1 });
    const again = await xa.post('/api/network/trainers', { personId: inside, tier: 'core' });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('ALREADY_TRAINER');
    expect((await hocvien.post('/api/network/trainers', { personId: inside, tier: 'core' })).statusCode).toBe(
      403,
    );

    // A person with an account gets the role trainer (classes.teach) at their unit.
    const withAccount = await person(tanCuong, 'Giảng Viên Có Tài Khoản');
    const acc = await admin.post(`/api/people/${withAccount}/account`, {
      login: 'gvtk@lantoa.test',
      password: 'mat-khau-123',
    });
    expect(acc.statusCode, acc.body).toBe(201);
    const before = await t.login('gvtk@lantoa.test', 'mat-khau-123');
    expect((await before.get('/api/auth/session')).json().permissions).not.toContain('classes.teach');
    expect(
      (await tinh.post('/api/network/trainers', { personId: withAccount, tier: 'community' })).statusCode,
    ).toBe(201);
    // The session cache forgets the account: the next request carries the new grant.
    expect((await before.get('/api/auth/session')).json().permissions).toContain('classes.teach');
    const audit = rowsOf<{ action: string }>(
      await t.ctx.db.execute(
        sql`select action from audit_log where target_id = ${withAccount} and action like 'trainer.%'`,
      ),
    );
    expect(audit.map((a) => a.action)).toEqual(['trainer.appoint']);

    const list = (await tinh.get('/api/network/trainers?tier=community')).json().items as {
      personId: string;
      generation: number;
    }[];
    expect(list.map((i) => i.personId)).toContain(withAccount);
    const patched = await tinh.patch(`/api/network/trainers/${withAccount}`, { tier: 'core' });
    expect(patched.statusCode, patched.body).toBe(200);
    expect(patched.json()).toMatchObject({ tier: 'core', generation: 1 });
    expect((await xa.delete(`/api/network/trainers/${withAccount}`)).statusCode).toBe(403);
    expect((await tinh.delete(`/api/network/trainers/${withAccount}`)).statusCode).toBe(200);
    expect((await tinh.delete(`/api/network/trainers/${withAccount}`)).statusCode).toBe(404);
    const roles = rowsOf<{ n: number }>(
      await t.ctx.db.execute(sql`select count(*)::int as n from role_assignments r join accounts a on a.id = r.account_id
        where a.person_id = ${withAccount} and r.role = 'trainer'`),
    );
    expect(roles[0]?.n).toBe(0);

    const csv = await tinh.get('/api/network/trainers?format=csv');
    expect(csv.statusCode).toBe(200);
    expect(csv.body).toContain('Giảng viên nguồn');
  });

  it('certifies eligible members of a ToT class once, and refuses the others', async () => {
    const past = new Date(Date.now() - 3 * 86_400_000);
    const tot = await addClass(t.ctx.db, {
      kind: 'tot',
      unitId: phanDinhPhung,
      trainerId: giangvienId,
      generation: 0,
      rootId: giangvienId,
    });
    const held = await addSession(t.ctx.db, tot, past, true);
    await addSession(t.ctx.db, tot, new Date(Date.now() + 5 * 86_400_000), true); // not held yet
    const eligible = await person(phanDinhPhung, 'Học Viên Đủ Điều Kiện');
    const second = await person(tanCuong, 'Học Viên Thứ Hai');
    const unfinished = await person(phanDinhPhung, 'Học Viên Chưa Xong');
    const absent = await person(phanDinhPhung, 'Học Viên Vắng Buổi');
    await addMember(t.ctx.db, tot, eligible, { completed: true, attended: [held] });
    await addMember(t.ctx.db, tot, second, { completed: true, attended: [held] });
    await addMember(t.ctx.db, tot, unfinished, { completed: false, attended: [held] });
    await addMember(t.ctx.db, tot, absent, { completed: true, attended: [] });

    const certify = (c: Client, personId: string, classId = tot) =>
      c.post('/api/network/trainers/certify', { classId, personId });
    for (const p of [unfinished, absent]) {
      const res = await certify(tinh, p);
      expect(res.statusCode, res.body).toBe(409);
      expect(res.json().error.code).toBe('TOT_NOT_ELIGIBLE');
    }
    // A standard class does not make trainers.
    const standard = await addClass(t.ctx.db, {
      kind: 'standard',
      unitId: phanDinhPhung,
      trainerId: giangvienId,
    });
    await addMember(t.ctx.db, standard, unfinished, { completed: true, attended: [] });
    expect((await certify(tinh, unfinished, standard)).json().error.code).toBe('TOT_NOT_ELIGIBLE');

    const ok = await certify(tinh, eligible);
    expect(ok.statusCode, ok.body).toBe(201);
    expect(ok.json()).toMatchObject({ personId: eligible, tier: 'core', generation: 1 });
    expect(ok.json().certificateId).toBeTruthy();
    const twice = await certify(tinh, eligible);
    expect(twice.statusCode).toBe(409);
    expect(twice.json().error.code).toBe('ALREADY_TRAINER');
    const [row] = rowsOf<Record<string, unknown>>(
      await t.ctx.db.execute(sql`select t.trained_by, t.root_id, t.trained_in_class, t.unit_id, c.template_id
        from trainers t left join certificates c on c.id = t.certificate_id where t.person_id = ${eligible}`),
    );
    expect(row).toMatchObject({
      trained_by: giangvienId,
      root_id: giangvienId,
      trained_in_class: tot,
      unit_id: phanDinhPhung,
      template_id: 'giang-vien',
    });
    const notes = rowsOf<{ kind: string; payload: unknown }>(
      await t.ctx.db.execute(sql`select kind, payload from notifications where person_id = ${eligible}`),
    );
    expect(notes.map((n) => n.kind)).toEqual(['trainer']);
    const payload = typeof notes[0]?.payload === 'string' ? JSON.parse(notes[0].payload) : notes[0]?.payload;
    expect(payload.message).toContain('giảng viên nòng cốt');

    // The wrong trainer (not the class's, no officer scope) and a learner are refused.
    const otherTrainer = await person(phanDinhPhung, 'Giảng Viên Khác');
    const acc = await admin.post(`/api/people/${otherTrainer}/account`, {
      login: 'gvkhac@lantoa.test',
      password: 'mat-khau-123',
    });
    expect(acc.statusCode, acc.body).toBe(201);
    const accountId = (
      await (await t.login('gvkhac@lantoa.test', 'mat-khau-123')).get('/api/auth/session')
    ).json().account.id;
    await admin.post('/api/role-assignments', { accountId, role: 'trainer', unitId: phanDinhPhung });
    const wrong = await t.login('gvkhac@lantoa.test', 'mat-khau-123');
    expect((await certify(wrong, second)).statusCode).toBe(403);
    expect((await certify(hocvien, second)).statusCode).toBe(403);
    // An officer of the class's commune certifies; one of another commune may not; the class's own trainer may.
    expect((await certify(xa, second)).statusCode).toBe(201);
    const third = await person(tanCuong, 'Học Viên Thứ Ba');
    await addMember(t.ctx.db, tot, third, { completed: true, attended: [held] });
    const tcClass = await addClass(t.ctx.db, {
      kind: 'tot',
      unitId: tanCuong,
      trainerId: giangvienId,
      generation: 0,
    });
    await addMember(t.ctx.db, tcClass, third, { completed: true, attended: [] });
    expect((await certify(xa, third, tcClass)).statusCode).toBe(403);
    const own = await certify(giangvien, third);
    expect(own.statusCode, own.body).toBe(201);
    expect((await certify(tinh, third, '00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
  });

  it('lists support people per commune and the communes without one; appoints and removes', async () => {
    const res = await tinh.get('/api/network/support');
    expect(res.statusCode, res.body).toBe(200);
    const missing = (res.json().missing as { unitId: number }[]).map((m) => m.unitId);
    expect(missing).toContain(tanCuong);
    expect(missing).toContain(phoYen);
    expect(missing).not.toContain(phanDinhPhung);
    expect((res.json().communes as { unitId: number }[]).map((c) => c.unitId)).toEqual([phanDinhPhung]);

    const resident = await person(tanCuong, 'Người Hỗ Trợ Tân Cương');
    const stranger = await person(phanDinhPhung);
    expect((await xa.post('/api/network/support', { unitId: tanCuong, personId: resident })).statusCode).toBe(
      403,
    );
    const wrongCommune = await tinh.post('/api/network/support', { unitId: tanCuong, personId: stranger });
    expect(wrongCommune.json().error.code).toBe('PERSON_NOT_IN_COMMUNE');
    const notCommune = await tinh.post('/api/network/support', { unitId: province, personId: resident });
    expect(notCommune.statusCode).toBe(400);
    const body = { unitId: tanCuong, personId: resident, whereToFind: 'Nhà văn hóa xóm 3, chiều thứ Bảy' };
    expect((await tinh.post('/api/network/support', body)).statusCode).toBe(201);
    expect((await tinh.post('/api/network/support', body)).statusCode).toBe(201); // a retry
    const after = (await tinh.get('/api/network/support')).json();
    expect((after.missing as { unitId: number }[]).map((m) => m.unitId)).not.toContain(tanCuong);
    const tc = (
      after.communes as { unitId: number; people: { personId: string; whereToFind: string }[] }[]
    ).find((c) => c.unitId === tanCuong);
    expect(tc?.people).toEqual([
      expect.objectContaining({ personId: resident, whereToFind: body.whereToFind }),
    ]);
    // A commune officer sees their commune only.
    const own = (await xa.get('/api/network/support')).json();
    expect(own.communes.map((c: { unitId: number }) => c.unitId)).toEqual([phanDinhPhung]);
    expect(own.missing).toEqual([]);
    expect((await donvi.get('/api/network/support')).statusCode).toBe(403);

    expect((await xa.delete(`/api/network/support/${tanCuong}/${resident}`)).statusCode).toBe(403);
    expect((await tinh.delete(`/api/network/support/${tanCuong}/${resident}`)).statusCode).toBe(200);
    expect((await tinh.delete(`/api/network/support/${tanCuong}/${resident}`)).statusCode).toBe(404);
    const back = (await tinh.get('/api/network/support')).json();
    expect((back.missing as { unitId: number }[]).map((m) => m.unitId)).toContain(tanCuong);
  });

  it('creates community teams with members and activities, inside the scope only', async () => {
    expect(
      (await xa.post('/api/network/teams', { unitId: tanCuong, name: 'Tổ CNS xã Tân Cương' })).statusCode,
    ).toBe(403);
    const made = await xa.post('/api/network/teams', { unitId: phanDinhPhung, name: 'Tổ CNS tổ dân phố 7' });
    expect(made.statusCode, made.body).toBe(201);
    const id = made.json().id as string;
    const leader = await person(phanDinhPhung, 'Tổ Trưởng Thử');
    const outsider = await person(tanCuong);
    const add = await xa.post(`/api/network/teams/${id}/members`, { personId: leader, role: 'leader' });
    expect(add.statusCode, add.body).toBe(200);
    expect(add.json()).toMatchObject({ members: 1, leaderName: 'Tổ Trưởng Thử' });
    expect(
      (await xa.post(`/api/network/teams/${id}/members`, { personId: leader, role: 'leader' })).json()
        .members,
    ).toBe(1);
    const refused = await xa.post(`/api/network/teams/${id}/members`, { personId: outsider });
    expect(refused.json().error.code).toBe('PERSON_NOT_IN_COMMUNE');
    const act = await xa.post(`/api/network/teams/${id}/activities`, {
      day: '2026-12-01',
      kind: 'support',
      title: 'Hỗ trợ cài đặt ứng dụng VNeID',
      participants: 18,
    });
    expect(act.statusCode, act.body).toBe(201);
    const bad = await xa.post(`/api/network/teams/${id}/activities`, {
      day: '01/12/2026',
      kind: 'x',
      title: 'a',
    });
    expect(bad.statusCode).toBe(400);
    const detail = (await xa.get(`/api/network/teams/${id}`)).json();
    expect(detail).toMatchObject({ members: 1, activities: 1, lastActivityOn: '2026-12-01' });
    expect(detail.activityList[0]).toMatchObject({ kind: 'support', participants: 18 });
    const list = (await tinh.get(`/api/network/teams?unitId=${phanDinhPhung}`)).json().items as {
      id: string;
    }[];
    expect(list.map((x) => x.id)).toContain(id);
    expect(list).toHaveLength(2); // the demo team and this one
    expect((await tinh.get(`/api/network/teams?unitId=${tanCuong}`)).json().items).toEqual([]);
    expect((await donvi.get('/api/network/teams')).statusCode).toBe(403);
    expect((await xa.delete(`/api/network/teams/${id}/activities/${act.json().id}`)).statusCode).toBe(200);
    expect((await xa.delete(`/api/network/teams/${id}/members/${leader}`)).statusCode).toBe(200);
    expect((await xa.get(`/api/network/teams/${id}`)).json()).toMatchObject({ members: 0, activities: 0 });
    expect((await xa.delete(`/api/network/teams/${id}`)).statusCode).toBe(200);
    expect((await xa.get(`/api/network/teams/${id}`)).statusCode).toBe(404);
  });
});
