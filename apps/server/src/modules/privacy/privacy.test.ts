// Personal data through the HTTP API: consent at registration and on the privacy screen, the data
// download (mine and an officer's), and erasure — requested, cancelled, rejected, confirmed — after
// which the person cannot sign in or be found, and every campaign figure is what it was.
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends, type Client, createTestApp, type TestApp } from '../../test/harness.ts';
import { runEngagementSchedule } from '../engagement/schedule.ts';
import { vnDay } from '../monitoring/calendar.ts';
import { buildsIdle } from '../monitoring/campaigns.service.ts';
import { rowsOf } from '../monitoring/kpi.engine.ts';
import { refreshKpis } from '../monitoring/kpi.refresher.ts';
import { exportSections, NOTICE_VERSION } from './privacy.catalog.ts';

const consent = { version: NOTICE_VERSION, purposes: ['learning', 'campaign_statistics'] };
const learnerName = 'Triệu Thị Quyên';
const learnerPhone = '0971234568';
const learnerEmail = 'quyen.trieu@lantoa.test';
const nationalId = '019187004321';

const answer = (moduleId: string, questionId: string, response: unknown) => ({
  id: randomUUID(),
  moduleId,
  questionId,
  response,
});

describe.each(backends)('personal data (%s)', (backend) => {
  let t: TestApp;
  let admin: Client;
  let tinh: Client;
  let xa: Client;
  /** A unit officer of another commune of the province. */
  let xaKhac: Client;
  let learner: Client;
  let learnerId: string;
  let otherId: string;
  let communeId: number;
  let campaignId: string;
  let certificateId: string;
  let inviteCode: string;

  const register = (body: object) => t.anonymous().post('/api/auth/register', body);

  beforeAll(async () => {
    t = await createTestApp(backend);
    admin = await t.login('admin@lantoa.demo');
    tinh = await t.login('tinh@lantoa.demo');
    xa = await t.login('xa@lantoa.demo');
    communeId = (await admin.get('/api/units?q=05443')).json().items[0].id;
    const otherCommune = (await admin.get('/api/units?q=05503')).json().items[0].id;
    // The officer of another commune.
    const officer = (
      await admin.post('/api/people', { fullName: 'Cán Bộ Xã Khác', unitId: otherCommune })
    ).json();
    await admin.post(`/api/people/${officer.id}/account`, {
      login: 'xakhac@lantoa.test',
      password: 'mat-khau-123',
    });
    const s = await t.login('xakhac@lantoa.test', 'mat-khau-123');
    const accountId = (await s.get('/api/auth/session')).json().account.id;
    const g = await admin.post('/api/role-assignments', {
      accountId,
      role: 'unit_officer',
      unitId: otherCommune,
    });
    expect(g.statusCode, g.body).toBe(201);
    xaKhac = await t.login('xakhac@lantoa.test', 'mat-khau-123');
    // Another learner of the same commune: must never appear in the first one's download.
    const other = await register({
      consent,
      fullName: 'Lục Văn Khác',
      login: '0971234569',
      password: 'hoc-moi-ngay-15',
    });
    expect(other.statusCode, other.body).toBe(201);
    otherId = other.json().person.id;
    const otherProfile = await (await t.login('0971234569', 'hoc-moi-ngay-15')).request({
      method: 'PUT',
      url: '/api/learning/profile',
      payload: { targetGroup: 'citizen', unitId: communeId },
    });
    expect(otherProfile.statusCode, otherProfile.body).toBe(200);
    const campaign = await tinh.post('/api/monitoring/campaigns', {
      templateId: 'thu-nghiem',
      unitId: (await tinh.get('/api/units?q=Thái Nguyên&type=province')).json().items[0].id,
    });
    expect(campaign.statusCode, campaign.body).toBe(201);
    campaignId = campaign.json().id;
    await buildsIdle();
  }, 180_000);
  afterAll(() => t?.close());

  it('publishes the notice and refuses a registration without the required consent', async () => {
    const notice = (await t.anonymous().get('/api/privacy/notice')).json();
    expect(notice.version).toBe(NOTICE_VERSION);
    expect(notice.purposes).toEqual([
      { code: 'learning', required: true },
      { code: 'campaign_statistics', required: true },
      { code: 'reminders', required: false },
    ]);
    const body = { fullName: learnerName, login: learnerPhone, password: 'hoc-moi-ngay-15' };
    for (const bad of [
      body,
      { ...body, consent: { version: '2020-01-01', purposes: consent.purposes } },
      { ...body, consent: { version: NOTICE_VERSION, purposes: ['learning', 'reminders'] } },
    ]) {
      const res = await register(bad);
      expect(res.statusCode, res.body).toBe(400);
      expect(res.json().error.code).toBe('CONSENT_REQUIRED');
    }
    const unknown = await register({
      ...body,
      consent: { version: NOTICE_VERSION, purposes: [...consent.purposes, 'ads'] },
    });
    expect(unknown.statusCode).toBe(400);
    // Nothing was created by the refused attempts.
    const [n] = rowsOf<{ n: number }>(
      await t.ctx.db.execute(sql`select count(*)::int as n from accounts where phone = '0971234568'`),
    );
    expect(n?.n).toBe(0);
  });

  it('records one consent row per purpose at registration', async () => {
    const res = await register({
      fullName: learnerName,
      login: learnerPhone,
      password: 'hoc-moi-ngay-15',
      consent: { version: NOTICE_VERSION, purposes: ['learning', 'campaign_statistics', 'reminders'] },
    });
    expect(res.statusCode, res.body).toBe(201);
    learnerId = res.json().person.id;
    learner = await t.login(learnerPhone, 'hoc-moi-ngay-15');
    const rows = rowsOf<{ purpose: string; version: string; channel: string; ip: string | null }>(
      await t.ctx.db.execute(
        sql`select purpose, version, channel, ip from consents where person_id = ${learnerId} order by purpose`,
      ),
    );
    expect(rows.map((r) => r.purpose)).toEqual(['campaign_statistics', 'learning', 'reminders']);
    for (const r of rows) {
      expect(r).toMatchObject({ version: NOTICE_VERSION, channel: 'self_registration' });
      expect(r.ip).toBeTruthy();
    }
    const mine = (await learner.get('/api/me/privacy')).json();
    expect(mine.noticeVersion).toBe(NOTICE_VERSION);
    expect(mine.consents).toHaveLength(3);
    expect(mine.erasureRequest).toBeNull();
  });

  it('withdraws and grants optional purposes, and refuses to withdraw a required one', async () => {
    const put = (purposes: string[]) =>
      learner.request({
        method: 'PUT',
        url: '/api/me/privacy/consents',
        payload: { version: NOTICE_VERSION, purposes },
      });
    const off = await put(['learning', 'campaign_statistics']);
    expect(off.statusCode, off.body).toBe(200);
    const reminders = off.json().consents.filter((c: { purpose: string }) => c.purpose === 'reminders');
    expect(reminders).toHaveLength(1);
    expect(reminders[0].withdrawnAt).not.toBeNull();
    const on = (await put(['learning', 'campaign_statistics', 'reminders'])).json();
    const live = on.consents.filter((c: { withdrawnAt: string | null }) => c.withdrawnAt === null);
    expect(live.map((c: { purpose: string }) => c.purpose).sort()).toEqual([
      'campaign_statistics',
      'learning',
      'reminders',
    ]);
    // The withdrawn grant stays as history: 4 rows.
    expect(on.consents).toHaveLength(4);
    const refused = await put(['campaign_statistics']);
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.code).toBe('CONSENT_REQUIRED');
  });

  it('sends study reminders only to people who consented to them', async () => {
    // Tomorrow evening (Vietnam time), both learners with a 3-day streak that ends tonight.
    const now = new Date(Date.now() + 86_400_000);
    now.setUTCHours(13, 0, 0, 0);
    const yesterday = vnDay(new Date(now.getTime() - 86_400_000));
    for (const id of [learnerId, otherId])
      await t.ctx.db.execute(sql`insert into learner_stats (person_id, streak, streak_best, streak_day, freezes)
        values (${id}, 3, 3, ${yesterday}::date, 0)
        on conflict (person_id) do update set streak = 3, streak_day = excluded.streak_day, freezes = 0`);
    const summary = await runEngagementSchedule(t.ctx.db, now);
    expect(summary.streakWarnings).toBeGreaterThanOrEqual(1);
    const warned = rowsOf<{ person_id: string }>(
      await t.ctx.db.execute(sql`select person_id from notifications where kind = 'streak_at_risk'`),
    ).map((r) => r.person_id);
    expect(warned).toContain(learnerId);
    expect(warned).not.toContain(otherId);
  });

  it('asks people created by officers at their first sign-in', async () => {
    // The officer of the other commune was given a login by the admin: no consent yet.
    const mine = (await xaKhac.get('/api/me/privacy')).json();
    expect(mine.consents.filter((c: { version: string }) => c.version === mine.noticeVersion)).toEqual([]);
    const res = await xaKhac.request({ method: 'PUT', url: '/api/me/privacy/consents', payload: consent });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().consents).toHaveLength(2);
  });

  it("gives the learner some learning, a national ID, a certificate and a place in the campaign's figures", async () => {
    const profile = await learner.request({
      method: 'PUT',
      url: '/api/learning/profile',
      payload: { targetGroup: 'citizen', unitId: communeId },
    });
    expect(profile.statusCode, profile.body).toBe(200);
    const patch = await xa.patch(`/api/people/${learnerId}`, {
      nationalId,
      email: learnerEmail,
      birthDate: '1990-05-17',
    });
    expect(patch.statusCode, patch.body).toBe(200);
    const answers = await learner.post('/api/learning/answers', {
      answers: [
        answer('mat-khau', 'q1', 2),
        answer('mat-khau', 'q2', ['otp']),
        answer('mat-khau', 'q3', ['ha noi']),
        answer('dien-thoai', 'q1', true),
      ],
    });
    expect(answers.statusCode, answers.body).toBe(200);
    const cert = await tinh.post('/api/certificates', {
      personId: learnerId,
      templateId: 'pho-cap',
      reason: 'Kiểm thử',
    });
    expect(cert.statusCode, cert.body).toBe(201);
    certificateId = cert.json().id;
    // An appointed "Đại sứ số" with an invite link.
    const mentor = await admin.post('/api/mentoring/mentors', {
      personId: learnerId,
      level: 'co-ban/an-toan',
    });
    expect(mentor.statusCode, mentor.body).toBe(200);
    inviteCode = mentor.json().inviteCode;
    expect((await xa.get(`/api/mentoring/invites/${inviteCode}`)).statusCode).toBe(200);
    await refreshKpis(t.ctx);
  });

  it('downloads everything about me, decrypted, and nothing about anyone else', async () => {
    const res = await learner.get('/api/me/data-export');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-disposition']).toMatch(
      /^attachment; filename="lantoa-du-lieu-ca-nhan-\d{8}\.json"$/,
    );
    const doc = res.json();
    expect(doc.format).toBe('lantoa.personal-data/1');
    for (const s of exportSections) expect(doc, s).toHaveProperty(s);
    expect(doc.person).toMatchObject({
      id: learnerId,
      fullName: learnerName,
      phone: learnerPhone,
      email: learnerEmail,
      nationalId,
      birthDate: '1990-05-17',
    });
    expect(doc.person).not.toHaveProperty('nationalIdCipher');
    expect(doc.account.account).toMatchObject({ phone: learnerPhone });
    expect(doc.account.account).not.toHaveProperty('passwordHash');
    expect(doc.account.sessions.length).toBeGreaterThan(0);
    expect(doc.account.sessions[0]).not.toHaveProperty('tokenHash');
    expect(doc.roles.map((r: { role: string }) => r.role).sort()).toEqual(['learner', 'mentor']);
    expect(doc.mentoring.mentor).toHaveLength(1);
    expect(doc.consents).toHaveLength(4);
    expect(doc.learning.statements.length).toBeGreaterThan(0);
    expect(doc.learning.progress.length + doc.learning.questionResults.length).toBeGreaterThan(0);
    expect(doc.learning.profile[0]).toMatchObject({ targetGroup: 'citizen' });
    expect(doc.credentials.certificates.map((c: { id: string }) => c.id)).toContain(certificateId);
    expect(doc.campaigns.targets.length).toBeGreaterThan(0);
    expect(doc.auditAboutMe.map((a: { action: string }) => a.action)).toContain('person.update');
    const text = res.body;
    expect(text).not.toContain(otherId);
    expect(text).not.toContain('Lục Văn Khác');
    expect(text).not.toContain('0971234569');
  });

  it("lets an officer download a person's data in scope only, and audits it", async () => {
    const res = await xa.get(`/api/people/${learnerId}/data-export`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().person.nationalId).toBe(nationalId);
    expect((await xaKhac.get(`/api/people/${learnerId}/data-export`)).statusCode).toBe(403);
    expect((await learner.get(`/api/people/${otherId}/data-export`)).statusCode).toBe(403);
    const [audit] = rowsOf<{ n: number }>(
      await t.ctx.db.execute(
        sql`select count(*)::int as n from audit_log where action = 'person.data_exported' and target_id = ${learnerId}`,
      ),
    );
    expect(audit?.n).toBe(1);
  });

  it('takes, cancels and rejects erasure requests', async () => {
    const first = await learner.post('/api/me/erasure-request', { reason: 'Tôi không học nữa' });
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json()).toMatchObject({ status: 'pending', requestedBy: 'self', personName: learnerName });
    const twice = await learner.post('/api/me/erasure-request', {});
    expect(twice.statusCode).toBe(409);
    expect(twice.json().error.code).toBe('ERASURE_PENDING');
    expect((await learner.delete('/api/me/erasure-request')).statusCode).toBe(204);
    expect((await learner.get('/api/me/privacy')).json().erasureRequest).toMatchObject({
      status: 'cancelled',
    });
    expect((await learner.delete('/api/me/erasure-request')).statusCode).toBe(404);

    const second = (await learner.post('/api/me/erasure-request', {})).json();
    // Out of scope: another commune's officer, and an organisation officer (no people.erase).
    expect(
      (await xaKhac.get('/api/erasure-requests?status=pending'))
        .json()
        .items.map((i: { id: string }) => i.id),
    ).not.toContain(second.id);
    expect((await xaKhac.post(`/api/erasure-requests/${second.id}/confirm`, {})).statusCode).toBe(403);
    const donvi = await t.login('donvi@lantoa.demo');
    expect((await donvi.get('/api/erasure-requests')).statusCode).toBe(403);
    // A refusal needs its reason.
    const noNote = await xa.post(`/api/erasure-requests/${second.id}/reject`, { note: 'ừ' });
    expect(noNote.statusCode).toBe(400);
    const rejected = await xa.post(`/api/erasure-requests/${second.id}/reject`, {
      note: 'Đang học dở lớp bắt buộc',
    });
    expect(rejected.statusCode, rejected.body).toBe(200);
    expect(rejected.json()).toMatchObject({ status: 'rejected', decisionNote: 'Đang học dở lớp bắt buộc' });
    expect(rejected.json().decidedByName).toBeTruthy();
    const again = await xa.post(`/api/erasure-requests/${second.id}/confirm`, {});
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('ERASURE_NOT_PENDING');
  });

  it('erases on confirmation: no sign-in, not findable, nothing identifying left, every figure unchanged', async () => {
    const figures = async () => {
      const overview = (await tinh.get(`/api/monitoring/campaigns/${campaignId}/overview`)).json();
      const counts = rowsOf(await t.ctx.db.execute(sql`select * from kpi_counts order by 1, 2, 3, 4`));
      const orgCounts = rowsOf(
        await t.ctx.db.execute(sql`select * from kpi_organisation_counts order by 1, 2, 3`),
      );
      // Milliseconds: the refresher's incremental pass stores times through JavaScript dates (ms),
      // its first build in SQL (µs on PostgreSQL); the instant is the same.
      const subjects = rowsOf(
        await t.ctx.db.execute(
          sql`select target_id, subject_id, unit_id, organisation_id, target_group,
            date_trunc('milliseconds', achieved_at) as achieved_at from kpi_subjects order by 1, 2`,
        ),
      );
      return { targets: overview.targets as unknown[], counts, orgCounts, subjects };
    };
    await refreshKpis(t.ctx);
    const before = await figures();
    expect(JSON.stringify(before.subjects)).toContain(learnerId);

    const request = (await learner.post('/api/me/erasure-request', { reason: 'Xoá giúp tôi' })).json();
    const listed = (await xa.get('/api/erasure-requests?status=pending')).json();
    expect(listed.items.find((i: { id: string }) => i.id === request.id)).toMatchObject({
      personId: learnerId,
      personName: learnerName,
      unitId: communeId,
      requestedBy: 'self',
    });
    // The console's person page asks for this person's requests only.
    const own = (await xa.get(`/api/erasure-requests?personId=${learnerId}`)).json();
    expect(own.items[0].id).toBe(request.id); // newest first, after the earlier ones
    expect(own.items.every((i: { personId: string }) => i.personId === learnerId)).toBe(true);
    const other = (await xa.get(`/api/erasure-requests?personId=${randomUUID()}`)).json();
    expect(other.total).toBe(0);
    const done = await xa.post(`/api/erasure-requests/${request.id}/confirm`, { note: 'Đã xác minh tại xã' });
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json()).toMatchObject({ status: 'completed', personName: null, reason: null });

    // The account is gone: the open session and a new sign-in both fail.
    expect((await learner.get('/api/me')).statusCode).toBe(401);
    expect(
      (await t.anonymous().post('/api/auth/login', { login: learnerPhone, password: 'hoc-moi-ngay-15' }))
        .statusCode,
    ).toBe(401);
    // Not findable by name, phone or national ID; the record says it was erased.
    for (const q of ['q=Triệu Thị Quyên', 'q=quyen', `q=${learnerPhone}`, `nationalId=${nationalId}`]) {
      const ids = (await xa.get(`/api/people?${q}`)).json().items.map((p: { id: string }) => p.id);
      expect(ids, q).not.toContain(learnerId);
    }
    const all = (await xa.get(`/api/people?unitId=${communeId}&pageSize=100&sort=-createdAt`)).json();
    expect(all.items.map((p: { id: string }) => p.id)).not.toContain(learnerId);
    const person = (await xa.get(`/api/people/${learnerId}`)).json();
    expect(person).toMatchObject({
      fullName: '',
      phone: null,
      email: null,
      nationalIdMasked: null,
      birthDate: null,
    });
    expect(person.erasedAt).toBeTruthy();
    expect((await xa.patch(`/api/people/${learnerId}`, { phone: learnerPhone })).statusCode).toBe(409);

    // The download of the erased person holds nothing identifying; the consents stay as proof.
    const doc = await xa.get(`/api/people/${learnerId}/data-export`);
    expect(doc.statusCode).toBe(200);
    for (const s of [
      learnerName,
      'Triệu',
      learnerPhone,
      learnerEmail,
      nationalId,
      '1990-05-17',
      'Xoá giúp tôi',
    ])
      expect(doc.body, s).not.toContain(s);
    const json = doc.json();
    expect(json.account.account).toBeNull();
    expect(json.roles).toEqual([]);
    expect(json.consents).toHaveLength(4);
    expect(json.learning.statements.length).toBeGreaterThan(0);
    // The certificate stays counted; its public check no longer names the holder.
    const verify = (await t.anonymous().get(`/api/verify/${certificateId}`)).json();
    expect(verify.certificate.recipientName).toBe('');
    const [left] = rowsOf<{ n: number }>(
      await t.ctx.db.execute(
        sql`select (select count(*) from person_name_tails where person_id = ${learnerId})
          + (select count(*) from sessions s join accounts a on a.id = s.account_id where a.person_id = ${learnerId})
          + (select count(*) from notifications where person_id = ${learnerId})
          + (select count(*) from learner_stats where person_id = ${learnerId} and (public or display_name is not null)) as n`,
      ),
    );
    expect(Number(left?.n)).toBe(0);
    expect((await xa.get(`/api/mentoring/invites/${inviteCode}`)).statusCode).toBe(404);
    const [stats] = rowsOf<{ public: boolean }>(
      await t.ctx.db.execute(sql`select public from learner_stats where person_id = ${learnerId}`),
    );
    expect(stats?.public).toBe(false);
    const actions = rowsOf<{ action: string; details: unknown }>(
      await t.ctx.db.execute(
        sql`select action, details from audit_log where target_id = ${learnerId} and action like 'person.eras%' order by id`,
      ),
    );
    expect(actions.map((a) => a.action)).toContain('person.erased');
    expect(JSON.stringify(actions)).not.toContain('Triệu');

    // The KPI refresher sees the changed person and computes the very same figures.
    await refreshKpis(t.ctx);
    const after = await figures();
    for (const part of ['targets', 'counts', 'orgCounts', 'subjects'] as const) {
      // Row by row, so a failure names the rows that moved rather than printing every figure.
      const was = before[part].map((r) => JSON.stringify(r));
      const now = after[part].map((r) => JSON.stringify(r));
      expect(
        now.filter((r) => !was.includes(r)),
        part,
      ).toEqual([]);
      expect(now.length, part).toBe(was.length);
    }
  });

  it('records a request made at the office, and refuses requests about an erased person', async () => {
    const res = await tinh.post(`/api/people/${otherId}/erasure-requests`, {
      reason: 'Đến trực tiếp UBND xã',
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ requestedBy: 'officer', personName: 'Lục Văn Khác' });
    expect((await xaKhac.post(`/api/people/${otherId}/erasure-requests`, {})).statusCode).toBe(403);
    const erased = await tinh.post(`/api/people/${learnerId}/erasure-requests`, {});
    expect(erased.statusCode).toBe(409);
    expect(erased.json().error.code).toBe('PERSON_ERASED');
  });
});
