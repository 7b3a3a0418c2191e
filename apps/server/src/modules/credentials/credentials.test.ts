// Certificates end to end through the HTTP API: automatic issuance when a course is completed,
// downloads, public verification (by id and by credential), revocation visible everywhere,
// officer issuance with a reason, scope, bulk re-issue, CSV export and the status list.
import { randomUUID } from 'node:crypto';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends, type Client, createTestApp, type TestApp } from '../../test/harness.ts';

const correct: Record<string, unknown> = {
  'mat-khau/q1': 2,
  'mat-khau/q2': ['otp'],
  'mat-khau/q3': ['ha noi'],
  'dien-thoai/q1': true,
};
const answer = (key: string, id = randomUUID()) => {
  const [moduleId, questionId] = key.split('/');
  return { id, moduleId, questionId, response: correct[key] };
};

/** The bit of a certificate number in a status list credential. */
function revokedBit(encodedList: string, index: number) {
  const bits = gunzipSync(Buffer.from(encodedList.slice(1), 'base64url'));
  return ((bits[index >> 3] as number) & (0x80 >> (index & 7))) !== 0;
}

describe.each(backends)('certificates (%s)', (backend) => {
  let t: TestApp;
  let learner: Client;
  let xa: Client;
  let anon: Client;
  let learnerPersonId: string;
  let courseCert: { id: string; serial: string };
  let jwt: string;
  const replayIds: string[] = [];

  beforeAll(async () => {
    t = await createTestApp(backend);
    anon = t.anonymous();
    const communeId = (await anon.get('/api/units?q=05443')).json().items[0].id;
    const reg = await anon.post('/api/auth/register', {
      consent: { version: '2026-12-01', purposes: ['learning', 'campaign_statistics'] },
      fullName: 'Đinh Thị Hoa',
      login: '0912345678',
      password: 'hoc-moi-ngay-15',
    });
    expect(reg.statusCode, reg.body).toBe(201);
    learner = await t.login('0912345678', 'hoc-moi-ngay-15');
    const profile = await learner.request({
      method: 'PUT',
      url: '/api/learning/profile',
      payload: { targetGroup: 'citizen', unitId: communeId },
    });
    expect(profile.statusCode, profile.body).toBe(200);
    learnerPersonId = (await learner.get('/api/me')).json().id;
    xa = await t.login('xa@lantoa.demo');
  }, 120_000);
  afterAll(() => t?.close());

  it('shows progress towards each certificate before any is earned', async () => {
    const res = await learner.get('/api/learning/certificates');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().items).toEqual([]);
    const course = res.json().progress.find((p: { templateId: string }) => p.templateId === 'an-toan');
    expect(course).toMatchObject({ modulesDone: 0, modulesTotal: 2, held: false, inPerson: false });
    const tot = res.json().progress.find((p: { templateId: string }) => p.templateId === 'giang-vien');
    expect(tot.inPerson).toBe(true);
  });

  it('issues a certificate the moment the last module of the course is mastered, once', async () => {
    const first = await learner.post('/api/learning/answers', {
      answers: ['mat-khau/q1', 'mat-khau/q2', 'mat-khau/q3'].map((k) => answer(k)),
    });
    expect(first.statusCode, first.body).toBe(200);
    // mat-khau alone earns the module certificate (score ≥ 90%), not the two-module course.
    expect(first.json().certificates.map((c: { title: string }) => c.title)).toEqual([
      'Chứng nhận đặt mật khẩu an toàn',
    ]);
    const id = randomUUID();
    replayIds.push(id);
    const second = await learner.post('/api/learning/answers', { answers: [answer('dien-thoai/q1', id)] });
    expect(second.json().certificates).toHaveLength(1);
    courseCert = second.json().certificates[0];
    expect(courseCert.serial).toMatch(/^AT-\d{4}-\d{6}$/);
    // The same answer sent again (a retry) earns nothing more.
    const replay = await learner.post('/api/learning/answers', { answers: [answer('dien-thoai/q1', id)] });
    expect(replay.json().results[0].duplicate).toBe(true);
    expect(replay.json().certificates).toEqual([]);
    const mine = (await learner.get('/api/learning/certificates')).json();
    expect(mine.items).toHaveLength(2);
    expect(mine.items.find((c: { id: string }) => c.id === courseCert.id)).toMatchObject({
      status: 'valid',
      recipientName: 'Đinh Thị Hoa',
      title: 'Chứng nhận hoàn thành khóa An toàn trên mạng',
    });
    expect(
      mine.items.find((c: { templateId: string }) => c.templateId === 'mat-khau-gioi').expiresAt,
    ).not.toBeNull();
  });

  it('gives the learner the PDF and the signed credential file, and nobody else', async () => {
    const pdf = await learner.get(`/api/learning/certificates/${courseCert.id}/pdf`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const file = await learner.get(`/api/learning/certificates/${courseCert.id}/credential`);
    expect(file.statusCode).toBe(200);
    const enveloped = file.json();
    expect(enveloped.type).toBe('EnvelopedVerifiableCredential');
    jwt = enveloped.id.replace('data:application/vc+jwt,', '');
    const payload = JSON.parse(Buffer.from(jwt.split('.')[1] as string, 'base64url').toString());
    expect(payload.type).toEqual(['VerifiableCredential', 'OpenBadgeCredential']);
    expect(payload.jti).toBe(`urn:uuid:${courseCert.id}`);
    expect(JSON.stringify(payload)).not.toContain('0912345678');
    const other = await xa.get(`/api/learning/certificates/${courseCert.id}/pdf`);
    expect(other.statusCode).toBe(404);
  });

  it('verifies publicly by id and by credential, and reports a tampered credential invalid', async () => {
    const byId = await anon.get(`/api/verify/${courseCert.id}`);
    expect(byId.statusCode, byId.body).toBe(200);
    expect(byId.json()).toMatchObject({
      status: 'valid',
      certificate: { recipientName: 'Đinh Thị Hoa', serial: courseCert.serial },
    });
    expect(byId.body).not.toContain('0912345678');
    expect(byId.body).not.toContain(learnerPersonId);

    const ok = await anon.post('/api/verify', { credential: jwt });
    expect(ok.json()).toMatchObject({ valid: true, status: 'valid', problem: null });
    const asFile = await anon.post('/api/verify', {
      credential: { type: 'EnvelopedVerifiableCredential', id: `data:application/vc+jwt,${jwt}` },
    });
    expect(asFile.json().valid).toBe(true);

    const [h, p, s] = jwt.split('.') as [string, string, string];
    const forged = JSON.parse(Buffer.from(p, 'base64url').toString());
    forged.credentialSubject.identifier[0].identityHash = 'Đinh Thị Hòa';
    const tampered = await anon.post('/api/verify', {
      credential: `${h}.${Buffer.from(JSON.stringify(forged)).toString('base64url')}.${s}`,
    });
    expect(tampered.json()).toMatchObject({ valid: false, status: 'invalid', problem: 'SIGNATURE_INVALID' });
    const garbage = await anon.post('/api/verify', { credential: 'not a credential' });
    expect(garbage.json()).toMatchObject({ valid: false, problem: 'MALFORMED' });
    expect((await anon.get(`/api/verify/${randomUUID()}`)).statusCode).toBe(404);

    const jwks = (await anon.get('/.well-known/jwks.json')).json();
    expect(jwks.keys[0]).toMatchObject({ kty: 'OKP', crv: 'Ed25519', alg: 'EdDSA' });
    expect(jwks.keys[0].d).toBeUndefined();
  });

  it('lists certificates to officers within their scope only, and exports them', async () => {
    const list = (await xa.get('/api/certificates?q=dinh thi hoa')).json();
    expect(list.items.map((c: { id: string }) => c.id)).toContain(courseCert.id);
    expect(list.items[0].issuedBy).toBe('auto');
    const bySerial = (await xa.get(`/api/certificates?q=${courseCert.serial}`)).json();
    expect(bySerial.items).toHaveLength(1);
    const donvi = await t.login('donvi@lantoa.demo');
    expect((await donvi.get('/api/certificates?q=dinh thi hoa')).json().items).toEqual([]);
    const csv = await xa.get('/api/certificates/export.csv?templateId=an-toan');
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.body).toContain('"Số hiệu"');
    expect(csv.body).toContain(courseCert.serial);
    expect((await learner.get('/api/certificates')).statusCode).toBe(403);
  });

  it('revokes with a reason: the page, the credential check and the status list all say so', async () => {
    const noReason = await xa.post(`/api/certificates/${courseCert.id}/revoke`, { reason: '' });
    expect(noReason.statusCode).toBe(400);
    const res = await xa.post(`/api/certificates/${courseCert.id}/revoke`, { reason: 'Cấp nhầm người' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ status: 'revoked', revocationReason: 'Cấp nhầm người' });
    expect((await anon.get(`/api/verify/${courseCert.id}`)).json()).toMatchObject({
      status: 'revoked',
      certificate: { revocationReason: 'Cấp nhầm người' },
    });
    expect((await anon.post('/api/verify', { credential: jwt })).json()).toMatchObject({
      valid: false,
      status: 'revoked',
      checks: { signature: true, notRevoked: false },
    });
    const payload = JSON.parse(Buffer.from(jwt.split('.')[1] as string, 'base64url').toString());
    const entry = payload.credentialStatus;
    const list = (await anon.get(new URL(entry.statusListCredential).pathname)).json();
    expect(list.type).toContain('BitstringStatusListCredential');
    expect(revokedBit(list.credentialSubject.encodedList, Number(entry.statusListIndex))).toBe(true);
    expect(revokedBit(list.credentialSubject.encodedList, Number(entry.statusListIndex) + 1)).toBe(false);
    const admin = await t.login('admin@lantoa.demo');
    const audit = (await admin.get(`/api/audit-log?targetType=certificate&targetId=${courseCert.id}`)).json();
    expect(audit.items[0]).toMatchObject({ action: 'certificate.revoke' });
    // Learning more does not bring a revoked certificate back by itself.
    const again = await learner.post('/api/learning/answers', { answers: [answer('dien-thoai/q1')] });
    expect(again.json().certificates).toEqual([]);
  });

  it('lets an officer issue an in-person certificate with a reason, once, inside their scope', async () => {
    const res = await xa.post('/api/certificates', {
      personId: learnerPersonId,
      templateId: 'giang-vien',
      reason: 'Đạt bài giảng thực hành ngày 02/12/2026',
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({
      issuedBy: 'officer',
      issuerName: 'Sở Khoa học và Công nghệ tỉnh Thái Nguyên',
      status: 'valid',
    });
    const twice = await xa.post('/api/certificates', {
      personId: learnerPersonId,
      templateId: 'giang-vien',
      reason: 'Lần nữa',
    });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().error.code).toBe('CERTIFICATE_ALREADY_HELD');
    const admin = await t.login('admin@lantoa.demo');
    const haNoi = (await admin.get('/api/units?q=00004')).json().items[0].id;
    const outside = (await admin.post('/api/people', { fullName: 'Người Hà Nội', unitId: haNoi })).json();
    const denied = await xa.post('/api/certificates', {
      personId: outside.id,
      templateId: 'giang-vien',
      reason: 'Thử',
    });
    expect(denied.statusCode).toBe(403);
    const unknown = await xa.post('/api/certificates', {
      personId: learnerPersonId,
      templateId: 'khong-co',
      reason: 'Thử lại',
    });
    expect(unknown.statusCode).toBe(404);
  });

  it('issues to a whole class at once, skipping holders, and refuses a class with anyone outside scope', async () => {
    const admin = await t.login('admin@lantoa.demo');
    const communeId = (await admin.get('/api/units?q=05443')).json().items[0].id;
    const ids: string[] = [learnerPersonId];
    for (const name of ['Lớp Một', 'Lớp Hai'])
      ids.push((await admin.post('/api/people', { fullName: name, unitId: communeId })).json().id);
    const res = await xa.post('/api/certificates/bulk', {
      personIds: ids,
      templateId: 'giang-vien',
      reason: 'Lớp ToT 01/12/2026',
    });
    expect(res.json()).toEqual({ issued: 2, skipped: 1 });
    const haNoi = (await admin.get('/api/units?q=00004')).json().items[0].id;
    const outside = (await admin.post('/api/people', { fullName: 'Ngoài phạm vi', unitId: haNoi })).json().id;
    const mixed = await xa.post('/api/certificates/bulk', {
      personIds: [ids[1], outside],
      templateId: 'mat-khau-gioi',
      reason: 'Thử',
    });
    expect(mixed.statusCode).toBe(403);
    expect((await xa.get('/api/certificates?templateId=mat-khau-gioi&q=lop mot')).json().items).toEqual([]);
  });

  it('re-issues in bulk with the same id and serial, and the new credential verifies', async () => {
    const before = (await xa.get('/api/certificates?templateId=giang-vien&q=dinh thi hoa')).json().items[0];
    const res = await xa.post('/api/certificates/reissue', { templateId: 'giang-vien' });
    expect(res.json()).toEqual({ reissued: 3 });
    const after = (await xa.get(`/api/certificates?q=${before.serial}`)).json().items[0];
    expect(after).toMatchObject({ id: before.id, serial: before.serial, status: 'valid' });
    const file = (await learner.get(`/api/learning/certificates/${after.id}/credential`)).json();
    expect((await anon.post('/api/verify', { credential: file })).json().valid).toBe(true);
  });

  it('issues the attainment certificate when "đạt phổ cập" is passed', async () => {
    const attempt = (await learner.post('/api/learning/attainment/attempts')).json();
    const responses = attempt.questions.map((q: { key: string }) => ({
      key: q.key,
      response: correct[q.key],
    }));
    const res = await learner.post(`/api/learning/attainment/attempts/${attempt.id}/submit`, { responses });
    expect(res.json().passed).toBe(true);
    const mine = (await learner.get('/api/learning/certificates')).json();
    expect(mine.items.map((c: { templateId: string }) => c.templateId)).toContain('pho-cap');
  });
});
