// Classes through the HTTP API: opening (trainer inside/outside their grant, an officer for a
// trainer), joining by code (open, closed, full, twice), approval, enrolment from the roster
// (scope), sessions and the check-in QR (valid, expired, forged, twice), ticks for a person with
// no account, the dashboard after the learner refresher (progress, inactive/stuck, question
// results), announcements in the members' notifications, the poster, exports and leaving.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends, type Client, createTestApp, type TestApp } from '../../test/harness.ts';
import { refreshKpis } from '../monitoring/kpi.refresher.ts';
import { CODE_ALPHABET } from './classes.service.ts';

const COURSE = 'co-ban/an-toan';
const correct: Record<string, unknown> = {
  'mat-khau/q1': 2,
  'mat-khau/q2': ['otp'],
  'mat-khau/q3': ['ha noi'],
  'dien-thoai/q1': true,
};
const answer = (key: string, response = correct[key]) => {
  const [moduleId, questionId] = key.split('/');
  return { id: randomUUID(), moduleId, questionId, response };
};
const inMinutes = (m: number) => new Date(Date.now() + m * 60_000).toISOString();

describe.each(backends)('classes (%s)', (backend) => {
  let t: TestApp;
  let trainer: Client;
  let xa: Client;
  let donvi: Client;
  let tinh: Client;
  let admin: Client;
  let hoa: Client;
  let lan: Client;
  let minh: Client;
  let pdp: number;
  let haNoi: number;
  let trainerPerson: string;
  let hoaPerson: string;
  let lanPerson: string;
  let main: { id: string; code: string };
  let noAccount: string;

  const register = async (name: string, phone: string) => {
    const reg = await t.anonymous().post('/api/auth/register', {
      consent: { version: '2026-12-01', purposes: ['learning', 'campaign_statistics'] },
      fullName: name,
      login: phone,
      password: 'hoc-moi-ngay-15',
    });
    expect(reg.statusCode, reg.body).toBe(201);
    const c = await t.login(phone, 'hoc-moi-ngay-15');
    const res = await c.request({
      method: 'PUT',
      url: '/api/learning/profile',
      payload: { targetGroup: 'citizen', unitId: pdp },
    });
    expect(res.statusCode, res.body).toBe(200);
    return c;
  };
  const personOf = async (c: Client) => (await c.get('/api/me')).json().id as string;
  const classBody = (over: Record<string, unknown> = {}) => ({
    title: 'Kỹ năng số cho người cao tuổi',
    courseIds: [COURSE],
    mode: 'in_person',
    unitId: pdp,
    venueKind: 'cultural_house',
    venue: 'Nhà văn hóa tổ 5',
    startsOn: '2026-12-01',
    ...over,
  });
  const open = async (c: Client, over: Record<string, unknown> = {}) => {
    const res = await c.post('/api/classes', classBody(over));
    expect(res.statusCode, res.body).toBe(201);
    return res.json() as { id: string; code: string; [k: string]: unknown };
  };
  const tokenOf = (url: string) => url.split('/checkin/')[1] as string;

  beforeAll(async () => {
    t = await createTestApp(backend);
    const unit = async (code: string) => (await t.anonymous().get(`/api/units?q=${code}`)).json().items[0].id;
    pdp = await unit('05443');
    haNoi = await unit('00004');
    trainer = await t.login('giangvien@lantoa.demo');
    xa = await t.login('xa@lantoa.demo');
    donvi = await t.login('donvi@lantoa.demo');
    tinh = await t.login('tinh@lantoa.demo');
    admin = await t.login('admin@lantoa.demo');
    hoa = await register('Đinh Thị Hoa', '0912345601');
    lan = await register('Phạm Thị Lan', '0912345602');
    minh = await register('Lê Văn Minh', '0912345603');
    trainerPerson = await personOf(trainer);
    hoaPerson = await personOf(hoa);
    lanPerson = await personOf(lan);
  }, 240_000);
  afterAll(() => t?.close());

  it("seeds the demo trainer's ToT class and the class for the elderly", async () => {
    const items = (await trainer.get('/api/classes?pageSize=100')).json().items;
    const tot = items.find((c: { title: string }) => c.title === 'Tập huấn giảng viên nòng cốt – đợt 1');
    expect(tot).toMatchObject({
      kind: 'tot',
      mode: 'blended',
      venue: 'Trung tâm học tập số',
      membersCount: 8,
    });
    expect(tot.nextSession).not.toBeNull();
    const sessions = (await trainer.get(`/api/classes/${tot.id}/sessions`)).json().items;
    expect(sessions.map((s: { attended: number }) => s.attended)).toEqual([5, 0, 0]);
    const elderly = items.find(
      (c: { title: string }) => c.title === 'Kỹ năng số cho người cao tuổi – tổ dân phố 5',
    );
    expect(elderly).toMatchObject({
      mode: 'in_person',
      venueKind: 'cultural_house',
      vulnerabilities: ['elderly'],
    });
    expect(elderly.membersCount).toBe(15);
    const learner = await t.login('hocvien@lantoa.demo');
    const mine = (await learner.get('/api/classes/mine')).json().items;
    expect(mine.map((i: { class: { id: string } }) => i.class.id)).toContain(elderly.id);
  });

  it('lets a trainer open classes in the places of their grant only', async () => {
    const made = await open(trainer, {
      sessions: [{ startsAt: inMinutes(-10), minutes: 90, topic: 'Mật khẩu' }],
    });
    main = made;
    expect(made.code).toMatch(new RegExp(`^[${CODE_ALPHABET}]{6}$`));
    expect(made).toMatchObject({
      trainer: { personId: trainerPerson },
      courses: [{ id: COURSE, title: 'An toàn trên mạng' }],
      membersCount: 0,
      canManage: true,
      status: 'open',
    });
    expect(made.joinUrl).toMatch(new RegExp(`/learn/join/${made.code}$`));
    expect((made.nextSession as { topic: string }).topic).toBe('Mật khẩu');

    const outside = await trainer.post('/api/classes', classBody({ unitId: haNoi }));
    expect(outside.statusCode).toBe(403);
    const forOther = await trainer.post('/api/classes', classBody({ trainerPersonId: hoaPerson }));
    expect(forOther.statusCode).toBe(403);
    const badCourse = await trainer.post('/api/classes', classBody({ courseIds: ['co-ban/khong-co'] }));
    expect(badCourse.statusCode).toBe(400);
    expect(badCourse.json().error.details[0].path).toBe('courseIds.0');
    expect((await hoa.post('/api/classes', classBody())).statusCode).toBe(403);
    expect((await donvi.post('/api/classes', classBody())).statusCode).toBe(403);
  });

  it('lets an officer open a class for a trainer, and lists classes by scope', async () => {
    const made = await open(xa, { title: 'Lớp do phường mở', trainerPersonId: trainerPerson, closed: true });
    expect(made.trainer).toMatchObject({ personId: trainerPerson, name: 'Phạm Quang Huy' });
    const ids = (c: Client) =>
      c.get('/api/classes?pageSize=100').then((r) => r.json().items.map((i: { id: string }) => i.id));
    expect(await ids(trainer)).toEqual(expect.arrayContaining([main.id, made.id]));
    expect(await ids(xa)).toEqual(expect.arrayContaining([main.id, made.id]));
    expect(await ids(tinh)).toEqual(expect.arrayContaining([main.id, made.id]));
    expect(await ids(donvi)).not.toContain(main.id);
    expect((await hoa.get('/api/classes')).statusCode).toBe(403);
    // A class of a Hà Nội trainer stays out of the province's lists.
    const other = await open(admin, { unitId: haNoi, title: 'Lớp Hà Nội' });
    expect(await ids(tinh)).not.toContain(other.id);
    expect((await xa.get(`/api/classes/${other.id}`)).statusCode).toBe(403);
    expect((await trainer.get(`/api/classes/${other.id}/members`)).statusCode).toBe(403);
    const options = (await trainer.get('/api/classes/options?q=Phan Đình Phùng')).json();
    expect(options.courses.map((c: { id: string }) => c.id)).toContain(COURSE);
    expect(options.units.map((u: { id: number }) => u.id)).toContain(pdp);
  });

  it('joins by code once, waits for approval in closed classes, refuses full and finished ones', async () => {
    const seen = (await hoa.get(`/api/classes/by-code/${main.code.toLowerCase()}`)).json();
    expect(seen).toMatchObject({ id: main.id, myStatus: 'none', full: false, closed: false });
    expect((await hoa.get(`/api/classes/${main.id}`)).statusCode).toBe(403);
    const first = await hoa.post('/api/classes/join', { code: main.code, via: 'code' });
    expect(first.json()).toEqual({ classId: main.id, status: 'active' });
    const again = await hoa.post('/api/classes/join', { code: main.code, via: 'link' });
    expect(again.json()).toEqual({ classId: main.id, status: 'active' });
    const cls = (await hoa.get(`/api/classes/${main.id}`)).json();
    expect(cls).toMatchObject({ membersCount: 1, canManage: false });
    expect((await hoa.post('/api/classes/join', { code: 'ZZZZZZ' })).json().error.code).toBe(
      'CLASS_NOT_FOUND',
    );

    const closed = await open(trainer, { title: 'Lớp cần duyệt', closed: true });
    expect((await lan.post('/api/classes/join', { code: closed.code })).json().status).toBe('pending');
    expect((await lan.post('/api/classes/join', { code: closed.code })).json().status).toBe('pending');
    const pending = (await trainer.get(`/api/classes/${closed.id}/members?status=pending`)).json().items;
    expect(pending.map((m: { personId: string }) => m.personId)).toEqual([lanPerson]);
    const ok = await trainer.post(`/api/classes/${closed.id}/members/${lanPerson}/approve`);
    expect(ok.json()).toEqual({ status: 'active' });
    expect((await trainer.post(`/api/classes/${closed.id}/members/${lanPerson}/approve`)).statusCode).toBe(
      200,
    );
    const notes = (await lan.get('/api/engagement/notifications')).json().items;
    expect(notes.find((n: { kind: string }) => n.kind === 'class').payload.message).toContain(
      'Lớp cần duyệt',
    );
    expect((await minh.post('/api/classes/join', { code: closed.code })).json().status).toBe('pending');
    expect(
      (await trainer.post(`/api/classes/${closed.id}/members/${await personOf(minh)}/reject`)).json(),
    ).toEqual({
      status: 'removed',
    });

    const small = await open(trainer, { title: 'Lớp một chỗ', capacity: 1 });
    expect((await lan.post('/api/classes/join', { code: small.code })).statusCode).toBe(200);
    const full = await minh.post('/api/classes/join', { code: small.code });
    expect(full.statusCode).toBe(409);
    expect(full.json().error.code).toBe('CLASS_FULL');
    expect((await minh.get(`/api/classes/by-code/${small.code}`)).json().full).toBe(true);

    const ended = await open(trainer, { title: 'Lớp đã xong' });
    expect((await trainer.patch(`/api/classes/${ended.id}`, { status: 'finished' })).json().status).toBe(
      'finished',
    );
    expect((await minh.post('/api/classes/join', { code: ended.code })).json().error.code).toBe(
      'CLASS_NOT_OPEN',
    );
  });

  it('enrols people from the roster, with or without an account, inside scope only', async () => {
    const person = await xa.post('/api/people', { fullName: 'Nông Văn Khải', unitId: pdp, birthYear: 1950 });
    expect(person.statusCode, person.body).toBe(201);
    noAccount = person.json().id;
    const found = (await trainer.get(`/api/classes/${main.id}/candidates?q=khai`)).json().items;
    expect(found[0]).toMatchObject({
      personId: noAccount,
      name: 'Nông Văn Khải',
      inClass: false,
      birthYear: 1950,
    });
    const enrol = await trainer.post(`/api/classes/${main.id}/members`, {
      personIds: [noAccount, lanPerson],
    });
    expect(enrol.json()).toEqual({ added: 2, already: 0 });
    expect(
      (await trainer.post(`/api/classes/${main.id}/members`, { personIds: [noAccount] })).json(),
    ).toEqual({
      added: 0,
      already: 1,
    });
    const far = await admin.post('/api/people', { fullName: 'Người Hà Nội', unitId: haNoi });
    expect(
      (await trainer.post(`/api/classes/${main.id}/members`, { personIds: [far.json().id] })).statusCode,
    ).toBe(403);
    expect((await donvi.post(`/api/classes/${main.id}/members`, { personIds: [noAccount] })).statusCode).toBe(
      403,
    );
    const members = (await trainer.get(`/api/classes/${main.id}/members`)).json().items;
    expect(members.find((m: { personId: string }) => m.personId === noAccount)).toMatchObject({
      hasAccount: false,
      source: 'roster',
      status: 'active',
      modulesTotal: 2,
    });
    expect((await trainer.get(`/api/classes/${main.id}`)).json().membersCount).toBe(3);
  });

  it('checks learners in by the session QR: valid, twice, forged, expired; the trainer ticks the rest', async () => {
    const sessions = (await trainer.get(`/api/classes/${main.id}/sessions`)).json().items;
    expect(sessions).toHaveLength(1);
    const token = tokenOf(sessions[0].checkinUrl);
    const first = await hoa.post('/api/classes/checkin', { token });
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toMatchObject({
      classId: main.id,
      sessionId: sessions[0].id,
      status: 'present',
      already: false,
    });
    expect((await hoa.post('/api/classes/checkin', { token })).json().already).toBe(true);
    const forged = `${token.slice(0, -2)}${token.endsWith('AA') ? 'BB' : 'AA'}`;
    expect((await hoa.post('/api/classes/checkin', { token: forged })).json().error.code).toBe(
      'CHECKIN_INVALID',
    );
    expect((await hoa.post('/api/classes/checkin', { token: `${randomUUID()}.abcdefgh` })).statusCode).toBe(
      400,
    );

    const old = await trainer.post(`/api/classes/${main.id}/sessions`, {
      startsAt: inMinutes(-60 * 48),
      minutes: 90,
    });
    expect(old.statusCode, old.body).toBe(201);
    const late = await hoa.post('/api/classes/checkin', { token: tokenOf(old.json().checkinUrl) });
    expect(late.statusCode).toBe(409);
    expect(late.json().error.code).toBe('CHECKIN_EXPIRED');
    const future = await trainer.post(`/api/classes/${main.id}/sessions`, {
      startsAt: inMinutes(60 * 24),
      minutes: 90,
    });
    expect(
      (await hoa.post('/api/classes/checkin', { token: tokenOf(future.json().checkinUrl) })).statusCode,
    ).toBe(409);

    // A learner who is not in the (open) class yet joins it by scanning.
    const joined = await minh.post('/api/classes/checkin', { token });
    expect(joined.statusCode, joined.body).toBe(200);
    expect((await minh.get('/api/classes/mine')).json().items[0]).toMatchObject({
      status: 'active',
      attended: 1,
      class: { id: main.id },
    });

    const url = `/api/classes/${main.id}/sessions/${sessions[0].id}/attendance`;
    const tick = await trainer.request({
      method: 'PUT',
      url,
      payload: { personId: noAccount, present: true },
    });
    expect(tick.json()).toEqual({ present: true });
    const list = (await trainer.get(url)).json().items;
    expect(list.find((p: { personId: string }) => p.personId === noAccount)).toMatchObject({
      hasAccount: false,
      present: true,
      method: 'trainer',
    });
    expect(list.find((p: { personId: string }) => p.personId === hoaPerson)).toMatchObject({
      present: true,
      method: 'qr',
    });
    expect(list.find((p: { personId: string }) => p.personId === lanPerson)).toMatchObject({
      present: false,
    });
    const stranger = await trainer.request({
      method: 'PUT',
      url,
      payload: { personId: trainerPerson, present: true },
    });
    expect(stranger.statusCode).toBe(404);
    const svg = await trainer.get(`/api/classes/${main.id}/sessions/${sessions[0].id}/qr.svg`);
    expect(svg.headers['content-type']).toContain('image/svg+xml');
    expect(svg.body).toContain('<svg');
    expect((await hoa.get(`/api/classes/${main.id}/sessions`)).statusCode).toBe(403);
    // Deleting the far-future session leaves the others.
    expect((await trainer.delete(`/api/classes/${main.id}/sessions/${future.json().id}`)).statusCode).toBe(
      204,
    );
    expect((await trainer.get(`/api/classes/${main.id}/sessions`)).json().items).toHaveLength(2);
  });

  it('shows progress after the refresher, inactive and stuck learners, and the questions to re-teach', async () => {
    // Hoa masters mat-khau; Lan keeps getting q1 wrong; Minh gets it right the second time.
    await hoa.post('/api/learning/answers', {
      answers: ['mat-khau/q1', 'mat-khau/q2', 'mat-khau/q3'].map((k) => answer(k)),
    });
    for (let i = 0; i < 3; i++)
      await lan.post('/api/learning/answers', { answers: [answer('mat-khau/q1', 0)] });
    await minh.post('/api/learning/answers', { answers: [answer('mat-khau/q1', 1)] });
    await minh.post('/api/learning/answers', { answers: [answer('mat-khau/q1')] });
    const before = (await trainer.get(`/api/classes/${main.id}/dashboard`)).json();
    expect(before.members.find((m: { personId: string }) => m.personId === hoaPerson).modulesDone).toBe(0);
    await refreshKpis(t.ctx);

    const res = await trainer.get(`/api/classes/${main.id}/dashboard`);
    expect(res.statusCode, res.body).toBe(200);
    const d = res.json();
    const row = (id: string) => d.members.find((m: { personId: string }) => m.personId === id);
    expect(row(hoaPerson)).toMatchObject({
      modulesDone: 1,
      modulesTotal: 2,
      flags: [],
      attended: 1,
      sessionsHeld: 2,
    });
    expect(row(hoaPerson).lastActiveAt).not.toBeNull();
    expect(row(noAccount).flags).toEqual(['inactive']);
    expect(row(lanPerson).flags).toEqual(['stuck']);
    expect(d.summary).toMatchObject({ members: 4, completed: 0, inactive: 1, stuck: 1, active7d: 3 });
    expect(d.summary.averageProgress).toBeCloseTo(1 / 8);
    const q1 = d.questions.find((q: { questionId: string }) => q.questionId === 'q1');
    expect(q1).toMatchObject({
      moduleId: 'mat-khau',
      moduleTitle: 'Mật khẩu mạnh',
      prompt: 'Mật khẩu nào mạnh nhất?',
      attempts: 3,
    });
    expect(q1.rightFirstTime).toBeCloseTo(1 / 3);
    expect(d.questions.map((q: { questionId: string }) => q.questionId)).not.toContain('q2');
    expect(
      (await trainer.get(`/api/classes/${main.id}/members`))
        .json()
        .items.find((m: { personId: string }) => m.personId === hoaPerson).modulesDone,
    ).toBe(1);

    // Completing the course completes the class; the learner's page shows it.
    await hoa.post('/api/learning/answers', { answers: [answer('dien-thoai/q1')] });
    await refreshKpis(t.ctx);
    const after = (await trainer.get(`/api/classes/${main.id}/dashboard`)).json();
    const hoaRow = after.members.find((m: { personId: string }) => m.personId === hoaPerson);
    expect(hoaRow.flags).toEqual(['completed']);
    expect(hoaRow.completedAt).not.toBeNull();
    expect(after.class.completedCount).toBe(1);
    const mine = (await hoa.get('/api/classes/mine'))
      .json()
      .items.find((i: { class: { id: string } }) => i.class.id === main.id);
    expect(mine).toMatchObject({ modulesDone: 2, modulesTotal: 2, attended: 1 });
    expect((await hoa.get(`/api/classes/${main.id}/dashboard`)).statusCode).toBe(403);
    expect((await xa.get(`/api/classes/${main.id}/dashboard`)).statusCode).toBe(200);
  });

  it('counts modules mastered before joining, and marks ToT members eligible to become trainers', async () => {
    const tot = await open(trainer, {
      title: 'Tập huấn giảng viên',
      kind: 'tot',
      sessions: [{ startsAt: inMinutes(-30), minutes: 60 }],
    });
    await trainer.post(`/api/classes/${tot.id}/members`, { personIds: [hoaPerson, lanPerson] });
    const d = (await trainer.get(`/api/classes/${tot.id}/dashboard`)).json();
    const hoaRow = d.members.find((m: { personId: string }) => m.personId === hoaPerson);
    expect(hoaRow).toMatchObject({ modulesDone: 2, eligibleForTrainer: false, certifiedTrainer: false });
    expect(hoaRow.flags).toContain('completed');
    const [s] = (await trainer.get(`/api/classes/${tot.id}/sessions`)).json().items;
    await trainer.request({
      method: 'PUT',
      url: `/api/classes/${tot.id}/sessions/${s.id}/attendance`,
      payload: { personId: hoaPerson, present: true },
    });
    const again = (await trainer.get(`/api/classes/${tot.id}/dashboard`)).json();
    expect(again.members.find((m: { personId: string }) => m.personId === hoaPerson).eligibleForTrainer).toBe(
      true,
    );
    expect(again.members.find((m: { personId: string }) => m.personId === lanPerson).eligibleForTrainer).toBe(
      false,
    );
  });

  it("sends announcements to the members' notifications", async () => {
    const res = await trainer.post(`/api/classes/${main.id}/announcements`, {
      body: 'Buổi sau mang theo điện thoại.',
    });
    expect(res.statusCode, res.body).toBe(201);
    const notes = (await hoa.get('/api/engagement/notifications')).json().items;
    const note = notes.find(
      (n: { payload: { announcementId?: string } }) => n.payload.announcementId === res.json().id,
    );
    expect(note.kind).toBe('class');
    expect(note.payload.message).toContain('Buổi sau mang theo điện thoại.');
    expect(note.payload.messageEn).toContain('announcement');
    expect(note.payload.classId).toBe(main.id);
    const mine = (await hoa.get('/api/classes/mine'))
      .json()
      .items.find((i: { class: { id: string } }) => i.class.id === main.id);
    expect(mine.announcements[0]).toMatchObject({
      body: 'Buổi sau mang theo điện thoại.',
      authorName: 'Phạm Quang Huy',
    });
    expect((await trainer.get(`/api/classes/${main.id}/dashboard`)).json().announcements).toHaveLength(1);
    expect((await hoa.post(`/api/classes/${main.id}/announcements`, { body: 'x' })).statusCode).toBe(403);
    expect((await trainer.post(`/api/classes/${main.id}/announcements`, { body: '' })).statusCode).toBe(400);
  });

  it('prints a poster with the code and QR, and exports the members', async () => {
    const pdf = await trainer.request({ method: 'GET', url: `/api/classes/${main.id}/poster.pdf` });
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toContain('application/pdf');
    const bytes = pdf.rawPayload;
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    expect(bytes.length).toBeGreaterThan(10_000);
    expect(bytes.toString('latin1')).toContain(`lantoa-class ${main.code}`);
    expect((await trainer.get(`/api/classes/${main.id}/qr.svg`)).body).toContain('<svg');
    expect((await hoa.get(`/api/classes/${main.id}/poster.pdf`)).statusCode).toBe(403);
    const csv = await trainer.get(`/api/classes/${main.id}/members.csv`);
    expect(csv.statusCode).toBe(200);
    expect(csv.body).toContain('Nông Văn Khải');
    expect(csv.body).toContain('Ghi danh từ danh sách');
    const xlsx = await xa.get(`/api/classes/${main.id}/members.xlsx`);
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.rawPayload.subarray(0, 2).toString()).toBe('PK');
    expect((await donvi.get(`/api/classes/${main.id}/members.csv`)).statusCode).toBe(403);
  });

  it('lets a learner leave, and the trainer remove a member', async () => {
    expect((await minh.delete(`/api/classes/${main.id}/membership`)).statusCode).toBe(204);
    expect((await minh.delete(`/api/classes/${main.id}/membership`)).statusCode).toBe(204);
    expect(
      (await minh.get('/api/classes/mine')).json().items.map((i: { class: { id: string } }) => i.class.id),
    ).not.toContain(main.id);
    expect((await trainer.delete(`/api/classes/${main.id}/members/${lanPerson}`)).json()).toEqual({
      status: 'removed',
    });
    expect((await trainer.get(`/api/classes/${main.id}`)).json().membersCount).toBe(2);
    expect((await trainer.delete(`/api/classes/${main.id}/members/${trainerPerson}`)).statusCode).toBe(404);
    for (const action of ['class.create', 'class.enrol', 'class.member.remove', 'class.attendance']) {
      const audit = (await admin.get(`/api/audit-log?targetId=${main.id}&action=${action}`)).json().items;
      expect(audit.length, action).toBeGreaterThan(0);
    }
  });
});
