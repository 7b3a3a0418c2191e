// The authorization matrix: every role × every endpoint × a target inside and outside the role's
// scope. It also fails when an /api route exists that the matrix does not list, so a new endpoint
// cannot ship without its scope being tested.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, vnDay } from '../modules/monitoring/calendar.ts';
import { buildsIdle } from '../modules/monitoring/campaigns.service.ts';
import { csv, upload, waitForJob } from '../modules/roster/roster.test-helpers.ts';
import {
  type BackendName,
  backends,
  type Client,
  createTestApp,
  type InjectResponse,
  type TestApp,
} from './harness.ts';

interface Fx {
  person: string;
  org: string;
  unitId: number;
  /** Extra body fields that place a new record in (or out of) scope. */
  place: Record<string, unknown>;
  accountId: string;
  grantId: string;
  /** A certificate held by the fixture person. */
  certificate: string;
  /** The unit code it was made for, or "company". */
  code: string;
}

type RoleKey =
  | 'admin'
  | 'tinh'
  | 'xa'
  | 'donvi'
  | 'giangvien'
  | 'daisu'
  | 'tacgia'
  | 'kiemduyet'
  | 'hocvien'
  | 'anon';
const scopedRoles: RoleKey[] = ['admin', 'tinh', 'xa', 'donvi'];
const unscopedRoles: RoleKey[] = ['giangvien', 'daisu', 'tacgia', 'kiemduyet', 'hocvien'];

interface Endpoint {
  method: string;
  route: string;
  /** Which roles may use it at all (inside their scope). */
  allowed: RoleKey[] | 'authenticated' | 'public';
  call(c: Client, target: Fx, t: TestApp): Promise<InjectResponse>;
  /** Content is not tied to places: there is no out-of-scope target to try. */
  global?: boolean;
  /** For list endpoints: the ids the reply must (not) contain. */
  listCheck?: (body: { items: { id: string }[] }, inFx: Fx, outFx: Fx | null) => void;
  /** For exports: the text the reply must (not) contain. */
  textCheck?: (body: string, inFx: Fx, outFx: Fx | null) => void;
  /**
   * For imports, where scope is checked row by row: the in-scope reply, and what the same call
   * with an out-of-scope target must give instead of a 403 (a row rejected as out of scope).
   */
  rowScope?: (res: InjectResponse, c: Client, outFx: Fx | null, t: TestApp) => Promise<void>;
}

const officers: RoleKey[] = ['admin', 'tinh', 'xa', 'donvi'];
let seq = 0;
const draftSource = (id: string) =>
  `---\nid: ${id}\ntitle: Học phần thử\nminutes: 5\nlevel: 1\ncompetences: [six-pillars:1.1]\n---\n\n::: text\nNội dung.\n:::\n`;
const uniq = () => `${Date.now() % 100000}-${seq++}`;
let adminClient: Client;
/** The monitoring fixtures: a campaign per province of the fixtures. */
const campaigns = { thaiNguyen: '', haNoi: '' };
let haNoiUnitId = 0;
const campaignFor = (f: Fx) => (f.unitId === haNoiUnitId ? campaigns.haNoi : campaigns.thaiNguyen);
/** The unit code a fixture was made for ("company" for the company's). */
const fxCode = (f: Fx) => f.code;
const placeQuery = (f: Fx) =>
  f.place.organisationId ? `organisationId=${f.place.organisationId}` : `unitId=${f.unitId}`;
/** The caller's own certificate (every demo account holds one), or a random id when signed out. */
const ownCertificate = async (c: Client) =>
  ((await c.get('/api/learning/certificates')).json().items?.[0]?.id as string | undefined) ??
  '00000000-0000-4000-8000-000000000000';

/** Every fixture, for endpoints that need records at each place before a list is read. */
const allFixtures: Fx[] = [];
/** A challenge for a fixture's place (its unit, or the company for the company's fixture). */
const challengeBody = (f: Fx) => ({
  title: `Matrix thử thách ${uniq()}`,
  ...(f.place.organisationId ? { organisationId: f.place.organisationId } : { unitId: f.unitId }),
  startsOn: vnDay(new Date()),
  endsOn: addDays(vnDay(new Date()), 7),
  goal: { kind: 'xp', points: 100 },
});
/** One challenge per fixture, made by the admin on first use. */
const challengeIds = new Map<string, string>();
const challengeFor = async (f: Fx): Promise<string> => {
  const known = challengeIds.get(fxCode(f));
  if (known) return known;
  const res = await adminClient.post('/api/engagement/challenges', challengeBody(f));
  expect(res.statusCode, res.body).toBe(201);
  challengeIds.set(fxCode(f), res.json().id);
  return res.json().id;
};

let matrixPhone = 0;
/** Imports one person placed like the target (its commune, and its organisation's tax code), then waits. */
const importPerson = async (c: Client, f: Fx) => {
  const unitCode = (await adminClient.get(`/api/units/${f.unitId}`)).json().code as string;
  const taxCode = f.place.organisationId
    ? ((await adminClient.get(`/api/organisations/${f.place.organisationId}`)).json().taxCode as string)
    : '';
  const phone = `0966${String(100_000 + matrixPhone++).slice(-6)}`;
  const file = csv([
    ['Họ và tên', 'Số điện thoại', 'Mã xã/phường', 'Mã số thuế cơ quan/tổ chức'],
    [`Matrix Nhập ${phone}`, phone, unitCode, taxCode],
  ]);
  const res = await upload(c, 'people', file);
  if (res.statusCode !== 202) return res;
  await waitForJob(c, res.json().id);
  return c.get(`/api/imports/${res.json().id}`);
};
/** The id of a job of the caller's own (or a random one when they may not import). */
const ownImport = async (c: Client, f: Fx) => {
  const res = await importPerson(c, f);
  return res.statusCode === 200 ? (res.json().id as string) : '00000000-0000-4000-8000-000000000000';
};

/** Mentoring: the caller volunteers for attainment (every matrix account holds the "đạt phổ cập"
 * certificate); a caller without a commune first chooses the fixture's. Idempotent. */
const mentoringVolunteer = async (c: Client, f: Fx) => {
  const me = await c.get('/api/me');
  if (me.statusCode === 200 && me.json().unitId === null)
    await c.request({
      method: 'PUT',
      url: '/api/learning/profile',
      payload: { targetGroup: 'citizen', unitId: f.unitId },
    });
  return c.post('/api/mentoring/volunteer', { level: 'attainment' });
};
/** Mentoring: the fixture's person appointed (by the admin) mentor of a course nobody here reached. */
const mentoringMentorFor = async (f: Fx): Promise<string> => {
  const res = await adminClient.post('/api/mentoring/mentors', {
    personId: f.person,
    level: 'co-ban/an-toan',
  });
  expect(res.statusCode, res.body).toBe(200);
  return res.json().inviteCode;
};
/** Mentoring: a new person placed like the fixture (its commune, and its organisation). */
const mentoringPerson = async (f: Fx): Promise<string> => {
  const res = await adminClient.post('/api/people', {
    fullName: `Matrix Người kèm ${uniq()}`,
    unitId: f.unitId,
    ...(f.place.organisationId ? { organisationId: f.place.organisationId } : {}),
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id;
};
/** Mentoring: the caller as a mentor with a fresh active mentee (paired by the admin). */
const mentoringMentee = async (c: Client, f: Fx): Promise<string> => {
  const mentor = await mentoringVolunteer(c, f);
  const menteeId = await mentoringPerson(f);
  if (mentor.statusCode === 200)
    await adminClient.post('/api/mentoring/pairings', { mentorId: mentor.json().personId, menteeId });
  return menteeId;
};

/** Network: a new person placed like the fixture (its commune, and its organisation). */
const networkPerson = async (f: Fx): Promise<string> => {
  const res = await adminClient.post('/api/people', {
    fullName: `Matrix Mạng lưới ${uniq()}`,
    unitId: f.unitId,
    ...(f.place.organisationId ? { organisationId: f.place.organisationId } : {}),
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id;
};
/** Privacy: a pending erasure request (recorded by the admin) for a new person placed like the fixture. */
const erasureRequestFor = async (f: Fx): Promise<string> => {
  const res = await adminClient.post(`/api/people/${await networkPerson(f)}/erasure-requests`, {});
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id;
};
/** Privacy: one pending request per fixture place, for the list's scope check. */
const erasureListed = new Map<string, string>();
const erasureListedFor = async (f: Fx) => {
  if (!erasureListed.has(fxCode(f))) erasureListed.set(fxCode(f), await erasureRequestFor(f));
};
/** Network: a new person of the fixture's place appointed core trainer by the admin. */
const networkTrainer = async (f: Fx): Promise<string> => {
  const personId = await networkPerson(f);
  const res = await adminClient.post('/api/network/trainers', { personId, tier: 'core' });
  expect(res.statusCode, res.body).toBe(201);
  return personId;
};
/** Network: the fixture person in the register (once), for the register's list check. */
const networkListed = new Set<string>();
const networkListFixtures = async () => {
  for (const f of allFixtures) {
    if (networkListed.has(f.person)) continue;
    const res = await adminClient.post('/api/network/trainers', { personId: f.person, tier: 'core' });
    expect([201, 409], res.body).toContain(res.statusCode);
    networkListed.add(f.person);
  }
};
/** Network: a ToT class at the fixture's place taught by the fixture person, with a fresh eligible member. */
const networkCertifiable = async (f: Fx, t: TestApp) => {
  const code = `M${uniq()}`.replace(/[^A-Z0-9]/gi, '').slice(0, 12);
  const [cls] = await t.ctx.database.raw<{ id: string }>(
    `insert into classes (code, title, kind, course_ids, mode, unit_id, unit_path, organisation_id, trainer_id,
       generation, starts_on)
     select $1, 'Matrix ToT', 'tot', '{co-ban/an-toan}'::text[], 'in_person', u.id, u.path, $3::uuid, $4::uuid, 0,
       '2026-11-01'::date from units u where u.id = $2 returning id`,
    [code, f.unitId, (f.place.organisationId as string | undefined) ?? null, f.person],
  );
  const personId = await networkPerson(f);
  await t.ctx.database.raw(
    `insert into class_members (class_id, person_id, status, source, completed_at) values ($1, $2, 'active', 'roster', now())`,
    [cls?.id, personId],
  );
  return { classId: cls?.id, personId };
};
/** Network: a community team of the fixture's commune, made by the admin. */
const networkTeam = async (f: Fx): Promise<string> => {
  const res = await adminClient.post('/api/network/teams', { unitId: f.unitId, name: `Matrix Tổ ${uniq()}` });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id;
};

/** Classes: one class per fixture (Phan Đình Phùng's taught by giangvien@), with a session running now. */
interface ClassesFx {
  id: string;
  code: string;
  sessionId: string;
}
const classesMade = new Map<string, ClassesFx>();
const classesPeople = new WeakMap<TestApp, Map<string, string>>();
const classesClients = new WeakMap<TestApp, Client>();
/** The person id of a demo account in this backend's database. */
const classesPersonOf = async (t: TestApp, login: string) => {
  const known = classesPeople.get(t) ?? new Map<string, string>();
  classesPeople.set(t, known);
  if (!known.has(login)) known.set(login, (await (await t.login(login)).get('/api/me')).json().id);
  return known.get(login) as string;
};
/** hocvien@'s session, who asks to join closed classes. */
const classesLearner = async (t: TestApp) => {
  const c = classesClients.get(t) ?? (await t.login('hocvien@lantoa.demo'));
  classesClients.set(t, c);
  return c;
};
const classesBody = (f: Fx, over: Record<string, unknown> = {}) => ({
  title: `Matrix lớp ${uniq()}`,
  courseIds: ['co-ban/an-toan'],
  mode: 'in_person',
  unitId: f.unitId,
  ...(f.place.organisationId ? { organisationId: f.place.organisationId } : {}),
  startsOn: vnDay(new Date()),
  ...over,
});
/** A new class at the fixture's place (made by the admin), taught by giangvien@ at Phan Đình Phùng. */
const classesCreate = async (f: Fx, t: TestApp, over: Record<string, unknown> = {}): Promise<ClassesFx> => {
  const trainerPersonId = f.code === '05443' ? await classesPersonOf(t, 'giangvien@lantoa.demo') : f.person;
  const res = await adminClient.post(
    '/api/classes',
    classesBody(f, {
      trainerPersonId,
      sessions: [{ startsAt: new Date(Date.now() - 5 * 60_000).toISOString(), minutes: 90 }],
      ...over,
    }),
  );
  expect(res.statusCode, res.body).toBe(201);
  const sessions = (await adminClient.get(`/api/classes/${res.json().id}/sessions`)).json().items;
  return { id: res.json().id, code: res.json().code, sessionId: sessions[0].id };
};
const classesFor = async (f: Fx, t: TestApp, variant = 'open'): Promise<ClassesFx> => {
  const key = `${f.person}:${variant}`;
  const known = classesMade.get(key);
  if (known) return known;
  const made = await classesCreate(f, t, { closed: variant === 'closed' });
  classesMade.set(key, made);
  return made;
};
/** The fixture's person, enrolled (by the admin) in the fixture's class. */
const classesMember = async (f: Fx, t: TestApp) => {
  const c = await classesFor(f, t);
  const res = await adminClient.post(`/api/classes/${c.id}/members`, { personIds: [f.person] });
  expect(res.statusCode, res.body).toBe(200);
  return c;
};
/** hocvien@ asks to join the fixture's closed class; returns the class and hocvien@'s person. */
const classesPending = async (f: Fx, t: TestApp) => {
  const c = await classesFor(f, t, 'closed');
  await (await classesLearner(t)).post('/api/classes/join', { code: c.code, via: 'code' });
  return { c, personId: await classesPersonOf(t, 'hocvien@lantoa.demo') };
};
const classesRunners: RoleKey[] = ['admin', 'tinh', 'xa', 'donvi', 'giangvien'];

const endpoints: Endpoint[] = [
  {
    method: 'GET',
    route: '/api/people',
    allowed: officers,
    call: (c) => c.get('/api/people?q=matrix&pageSize=100'),
    listCheck: (body, inFx, outFx) => {
      const ids = body.items.map((i) => i.id);
      expect(ids).toContain(inFx.person);
      if (outFx) expect(ids).not.toContain(outFx.person);
    },
  },
  {
    method: 'GET',
    route: '/api/people/export',
    allowed: officers,
    call: (c) => c.get('/api/people/export?q=matrix&format=csv'),
    textCheck: (body, inFx, outFx) => {
      expect(body).toContain(`Matrix Người ${fxCode(inFx)}`);
      if (outFx) expect(body).not.toContain(`Matrix Người ${fxCode(outFx)}`);
    },
  },
  {
    method: 'GET',
    route: '/api/people/:id',
    allowed: officers,
    call: (c, f) => c.get(`/api/people/${f.person}`),
  },
  {
    method: 'PATCH',
    route: '/api/people/:id',
    allowed: officers,
    call: (c, f) => c.patch(`/api/people/${f.person}`, { vulnerabilities: ['elderly'] }),
  },
  {
    method: 'POST',
    route: '/api/people',
    allowed: officers,
    call: (c, f) => c.post('/api/people', { fullName: 'Matrix Người Mới', unitId: f.unitId, ...f.place }),
  },
  {
    method: 'POST',
    route: '/api/people/:id/account',
    allowed: officers,
    call: async (c, f, t) => {
      // A fresh person (without a login yet) placed like the target.
      const admin = await t.login('admin@lantoa.demo');
      const target = await admin.get(`/api/people/${f.person}`);
      const p = target.json();
      const fresh = await admin.post('/api/people', {
        fullName: 'Matrix Tài Khoản',
        unitId: p.unitId,
        organisationId: p.organisationId,
      });
      return c.post(`/api/people/${fresh.json().id}/account`, {
        login: `m${uniq()}@lantoa.test`,
        password: 'mat-khau-123',
      });
    },
  },
  {
    method: 'GET',
    route: '/api/organisations',
    allowed: officers,
    call: (c) => c.get('/api/organisations?pageSize=100'),
    listCheck: (body, inFx, outFx) => {
      const ids = body.items.map((i) => i.id);
      expect(ids).toContain(inFx.org);
      if (outFx) expect(ids).not.toContain(outFx.org);
    },
  },
  {
    method: 'GET',
    route: '/api/organisations/export',
    allowed: officers,
    call: (c) => c.get('/api/organisations/export?q=matrix&format=csv'),
    textCheck: (body, inFx, outFx) => {
      if (inFx.place.organisationId === undefined) expect(body).toContain(`Matrix Cơ quan ${fxCode(inFx)}`);
      if (outFx) expect(body).not.toContain(`Matrix Cơ quan ${fxCode(outFx)}`);
    },
  },
  {
    method: 'GET',
    route: '/api/organisations/:id',
    allowed: officers,
    call: (c, f) => c.get(`/api/organisations/${f.org}`),
  },
  {
    method: 'PATCH',
    route: '/api/organisations/:id',
    allowed: officers,
    call: (c, f) => c.patch(`/api/organisations/${f.org}`, { address: `Số ${uniq()}` }),
  },
  {
    method: 'POST',
    route: '/api/organisations',
    allowed: officers,
    call: (c, f) =>
      c.post('/api/organisations', {
        name: `Matrix Tổ chức ${uniq()}`,
        type: 'community_team',
        unitId: f.unitId,
        ...(f.place.organisationId ? { parentId: f.place.organisationId } : {}),
      }),
  },
  {
    method: 'GET',
    route: '/api/role-assignments',
    allowed: officers,
    call: (c, f) => c.get(`/api/role-assignments?accountId=${f.accountId}`),
  },
  {
    method: 'POST',
    route: '/api/role-assignments',
    allowed: ['admin', 'tinh'],
    call: (c, f) =>
      c.post('/api/role-assignments', { accountId: f.accountId, role: 'mentor', unitId: f.unitId }),
  },
  {
    method: 'DELETE',
    route: '/api/role-assignments/:id',
    allowed: ['admin', 'tinh'],
    call: async (c, f, t) => {
      // Re-create the grant first so each call has something to revoke.
      const admin = await t.login('admin@lantoa.demo');
      const r = await admin.post('/api/role-assignments', {
        accountId: f.accountId,
        role: 'trainer',
        unitId: f.unitId,
      });
      const id = r.json().items.find((g: { role: string }) => g.role === 'trainer').id;
      return c.delete(`/api/role-assignments/${id}`);
    },
  },
  { method: 'GET', route: '/api/audit-log', allowed: ['admin'], call: (c) => c.get('/api/audit-log') },
  // Own records only: any signed-in person, never anyone else's.
  { method: 'GET', route: '/api/me', allowed: 'authenticated', call: (c) => c.get('/api/me') },
  {
    method: 'PATCH',
    route: '/api/me',
    allowed: 'authenticated',
    call: (c) => c.patch('/api/me', { gender: 'other' }),
  },
  {
    method: 'GET',
    route: '/api/auth/session',
    allowed: 'authenticated',
    call: (c) => c.get('/api/auth/session'),
  },
  // The learning loop: every signed-in person, on their own records only.
  {
    method: 'PUT',
    route: '/api/learning/profile',
    allowed: 'authenticated',
    call: (c, f) =>
      c.request({
        method: 'PUT',
        url: '/api/learning/profile',
        payload: { targetGroup: 'citizen', unitId: f.unitId },
      }),
  },
  {
    method: 'GET',
    route: '/api/learning/profile',
    allowed: 'authenticated',
    call: (c) => c.get('/api/learning/profile'),
  },
  {
    method: 'GET',
    route: '/api/learning/placement',
    allowed: 'authenticated',
    call: (c) => c.get('/api/learning/placement'),
  },
  {
    method: 'POST',
    route: '/api/learning/placement',
    allowed: 'authenticated',
    call: (c) => c.post('/api/learning/placement', { answers: [{ area: '1', level: 2, canDo: true }] }),
  },
  {
    method: 'GET',
    route: '/api/learning/today',
    allowed: 'authenticated',
    call: (c) => c.get('/api/learning/today'),
  },
  {
    method: 'GET',
    route: '/api/learning/mastery',
    allowed: 'authenticated',
    call: (c) => c.get('/api/learning/mastery'),
  },
  {
    method: 'GET',
    route: '/api/learning/modules/:id',
    allowed: 'authenticated',
    call: (c) => c.get('/api/learning/modules/mat-khau'),
  },
  {
    method: 'POST',
    route: '/api/learning/answers',
    allowed: 'authenticated',
    call: (c) =>
      c.post('/api/learning/answers', {
        answers: [{ id: crypto.randomUUID(), moduleId: 'mat-khau', questionId: 'q1', response: 2 }],
      }),
  },
  {
    method: 'POST',
    route: '/api/learning/practice',
    allowed: 'authenticated',
    call: (c) =>
      c.post('/api/learning/practice', {
        id: crypto.randomUUID(),
        moduleId: 'mat-khau',
        blockId: 'b4',
        text: '1. a\n2. b\n3. c',
      }),
  },
  {
    method: 'POST',
    route: '/api/learning/statements',
    allowed: 'authenticated',
    call: (c) =>
      c.post('/api/learning/statements', {
        statements: [
          {
            id: crypto.randomUUID(),
            verb: 'launched',
            object: { type: 'module', id: 'mat-khau' },
            timestamp: new Date().toISOString(),
          },
        ],
      }),
  },
  {
    method: 'GET',
    route: '/api/learning/statements',
    allowed: 'authenticated',
    call: (c) => c.get('/api/learning/statements'),
  },
  {
    method: 'GET',
    route: '/api/learning/attainment',
    allowed: 'authenticated',
    call: (c) => c.get('/api/learning/attainment'),
  },
  {
    method: 'POST',
    route: '/api/learning/attainment/attempts',
    allowed: 'authenticated',
    call: (c) => c.post('/api/learning/attainment/attempts'),
  },
  {
    method: 'POST',
    route: '/api/learning/attainment/attempts/:id/submit',
    allowed: 'authenticated',
    call: async (c) => {
      const started = await c.post('/api/learning/attainment/attempts');
      const id = started.statusCode === 201 ? started.json().id : crypto.randomUUID();
      return c.post(`/api/learning/attainment/attempts/${id}/submit`, { responses: [] });
    },
  },
  // Authoring and review of content (not tied to places).
  {
    method: 'GET',
    route: '/api/authoring/modules',
    global: true,
    allowed: ['admin', 'tacgia', 'kiemduyet'],
    call: (c) => c.get('/api/authoring/modules'),
  },
  {
    method: 'GET',
    route: '/api/authoring/modules/:id',
    global: true,
    allowed: ['admin', 'tacgia', 'kiemduyet'],
    call: (c) => c.get('/api/authoring/modules/mat-khau'),
  },
  {
    method: 'PUT',
    route: '/api/authoring/modules/:id/draft',
    global: true,
    allowed: ['admin', 'tacgia'],
    call: (c) => {
      const id = `ma-tran-${uniq()}`;
      return c.request({
        method: 'PUT',
        url: `/api/authoring/modules/${id}/draft`,
        payload: { source: draftSource(id) },
      });
    },
  },
  {
    method: 'POST',
    route: '/api/authoring/modules/:id/submit',
    global: true,
    allowed: ['admin', 'tacgia'],
    call: async (c, _f, t) => {
      const id = `ma-tran-${uniq()}`;
      const author = await t.login('tacgia@lantoa.demo');
      await author.request({
        method: 'PUT',
        url: `/api/authoring/modules/${id}/draft`,
        payload: { source: draftSource(id) },
      });
      return c.post(`/api/authoring/modules/${id}/submit`);
    },
  },
  {
    method: 'POST',
    route: '/api/authoring/modules/:id/review',
    global: true,
    allowed: ['admin', 'kiemduyet'],
    call: async (c, _f, t) => {
      const id = `ma-tran-${uniq()}`;
      const author = await t.login('tacgia@lantoa.demo');
      await author.request({
        method: 'PUT',
        url: `/api/authoring/modules/${id}/draft`,
        payload: { source: draftSource(id) },
      });
      await author.post(`/api/authoring/modules/${id}/submit`);
      return c.post(`/api/authoring/modules/${id}/review`, { decision: 'approve' });
    },
  },
  // The open catalogue.
  {
    method: 'GET',
    route: '/api/catalog/frameworks',
    allowed: 'public',
    call: (c) => c.get('/api/catalog/frameworks'),
  },
  {
    method: 'GET',
    route: '/api/catalog/frameworks/:id',
    allowed: 'public',
    call: (c) => c.get('/api/catalog/frameworks/six-pillars'),
  },
  {
    method: 'GET',
    route: '/api/catalog/modules',
    allowed: 'public',
    call: (c) => c.get('/api/catalog/modules'),
  },
  {
    method: 'GET',
    route: '/api/catalog/programmes',
    allowed: 'public',
    call: (c) => c.get('/api/catalog/programmes'),
  },
  {
    method: 'GET',
    route: '/api/learning/certificates',
    allowed: 'authenticated',
    call: (c) => c.get('/api/learning/certificates'),
  },
  {
    method: 'GET',
    route: '/api/learning/certificates/:id/pdf',
    allowed: 'authenticated',
    call: async (c) => c.get(`/api/learning/certificates/${await ownCertificate(c)}/pdf`),
  },
  {
    method: 'GET',
    route: '/api/learning/certificates/:id/credential',
    allowed: 'authenticated',
    call: async (c) => c.get(`/api/learning/certificates/${await ownCertificate(c)}/credential`),
  },
  {
    method: 'GET',
    route: '/api/certificates/templates',
    allowed: 'authenticated',
    call: (c) => c.get('/api/certificates/templates'),
  },
  {
    method: 'GET',
    route: '/api/certificates',
    allowed: officers,
    call: (c) => c.get('/api/certificates?q=matrix&pageSize=100'),
    listCheck: (body, inFx, outFx) => {
      const ids = body.items.map((i) => i.id);
      expect(ids).toContain(inFx.certificate);
      if (outFx) expect(ids).not.toContain(outFx.certificate);
    },
  },
  {
    method: 'GET',
    route: '/api/certificates/export.csv',
    allowed: officers,
    call: (c) => c.get('/api/certificates/export.csv?q=matrix'),
    textCheck: (body, inFx, outFx) => {
      expect(body).toContain(`/verify/${inFx.certificate}`);
      if (outFx) expect(body).not.toContain(`/verify/${outFx.certificate}`);
    },
  },
  {
    method: 'POST',
    route: '/api/certificates',
    allowed: officers,
    call: async (c, f) => {
      const person = (
        await adminClient.post('/api/people', {
          fullName: `Matrix Học viên ${uniq()}`,
          unitId: f.unitId,
          ...f.place,
        })
      ).json();
      return c.post('/api/certificates', {
        personId: person.id,
        templateId: 'giang-vien',
        reason: 'Ma trận quyền',
      });
    },
  },
  {
    method: 'POST',
    route: '/api/certificates/bulk',
    allowed: officers,
    call: async (c, f) => {
      const person = (
        await adminClient.post('/api/people', {
          fullName: `Matrix Lớp ${uniq()}`,
          unitId: f.unitId,
          ...f.place,
        })
      ).json();
      return c.post('/api/certificates/bulk', {
        personIds: [person.id],
        templateId: 'giang-vien',
        reason: 'Lớp tập huấn',
      });
    },
  },
  {
    method: 'POST',
    route: '/api/certificates/:id/revoke',
    allowed: officers,
    call: (c, f) => c.post(`/api/certificates/${f.certificate}/revoke`, { reason: 'Ma trận quyền' }),
  },
  {
    method: 'POST',
    route: '/api/certificates/reissue',
    allowed: officers,
    call: (c, f) => c.post('/api/certificates/reissue', { ids: [f.certificate] }),
  },
  {
    method: 'GET',
    route: '/api/verify/:id',
    allowed: 'public',
    call: (_c, f) => _c.get(`/api/verify/${f.certificate}`),
  },
  {
    method: 'POST',
    route: '/api/verify',
    allowed: 'public',
    call: (c) => c.post('/api/verify', { credential: 'a.b.c' }),
  },
  {
    method: 'GET',
    route: '/api/credentials/issuer',
    allowed: 'public',
    call: (c) => c.get('/api/credentials/issuer'),
  },
  {
    method: 'GET',
    route: '/api/credentials/achievements/:id',
    allowed: 'public',
    call: (c) => c.get('/api/credentials/achievements/an-toan'),
  },
  {
    method: 'GET',
    route: '/api/credentials/status/:list',
    allowed: 'public',
    call: (c) => c.get('/api/credentials/status/0'),
  },
  // Roster imports: officers only; templates and one's own jobs are not tied to places, and the
  // rows of a file are checked one by one (an out-of-scope row is rejected, the file is not).
  {
    method: 'GET',
    route: '/api/imports/templates/:kind',
    allowed: officers,
    global: true,
    call: (c) => c.get('/api/imports/templates/people?format=csv'),
  },
  {
    method: 'POST',
    route: '/api/imports',
    allowed: officers,
    call: importPerson,
    rowScope: async (res, c, outFx) => {
      expect(res.json()).toMatchObject({ status: 'completed', created: 1, failed: 0 });
      if (!outFx) return;
      const out = (await importPerson(c, outFx)).json();
      expect(out).toMatchObject({ status: 'completed', created: 0, failed: 1 });
      expect(out.errors[0].message).toBe('Ngoài phạm vi quản lý của bạn');
    },
  },
  {
    method: 'GET',
    route: '/api/imports',
    allowed: officers,
    global: true,
    call: (c) => c.get('/api/imports'),
  },
  {
    method: 'GET',
    route: '/api/imports/:id',
    allowed: officers,
    global: true,
    call: async (c, f) => c.get(`/api/imports/${await ownImport(c, f)}`),
  },
  {
    method: 'GET',
    route: '/api/imports/:id/errors',
    allowed: officers,
    global: true,
    call: async (c, f) => c.get(`/api/imports/${await ownImport(c, f)}/errors`),
  },
  // Public reference data and entry points.
  { method: 'GET', route: '/api/units', allowed: 'public', call: (c) => c.get('/api/units') },
  {
    method: 'GET',
    route: '/api/units/:id',
    allowed: 'public',
    call: (c, f) => c.get(`/api/units/${f.unitId}`),
  },
  // Campaign monitoring: a campaign for Thái Nguyên and one for Hà Nội; a fixture's place is asked
  // of its province's campaign (by unit, or by organisation for the company's officer).
  {
    method: 'GET',
    route: '/api/monitoring/campaigns',
    allowed: officers,
    call: (c) => c.get('/api/monitoring/campaigns'),
    listCheck: (body, inFx, outFx) => {
      const ids = body.items.map((i) => i.id);
      expect(ids).toContain(campaignFor(inFx));
      if (outFx && campaignFor(outFx) !== campaignFor(inFx)) expect(ids).not.toContain(campaignFor(outFx));
    },
  },
  {
    method: 'GET',
    route: '/api/monitoring/campaign-templates',
    allowed: ['admin', 'tinh'],
    global: true,
    call: (c) => c.get('/api/monitoring/campaign-templates'),
  },
  {
    method: 'POST',
    route: '/api/monitoring/campaigns',
    allowed: ['admin', 'tinh'],
    call: (c, f) =>
      c.post('/api/monitoring/campaigns', {
        templateId: 'thu-nghiem',
        unitId: f.unitId,
        id: `matrix-${uniq()}`,
      }),
  },
  {
    method: 'PATCH',
    route: '/api/monitoring/targets/:id',
    allowed: ['admin', 'tinh'],
    call: (c, f) => c.patch(`/api/monitoring/targets/${campaignFor(f)}:1`, { dueOn: '2026-12-30' }),
  },
  {
    method: 'GET',
    route: '/api/monitoring/campaigns/:id/overview',
    allowed: officers,
    call: (c, f) => c.get(`/api/monitoring/campaigns/${campaignFor(f)}/overview?${placeQuery(f)}`),
  },
  {
    method: 'GET',
    route: '/api/monitoring/targets/:id/breakdown',
    allowed: officers,
    call: (c, f) => c.get(`/api/monitoring/targets/${campaignFor(f)}:2/breakdown?by=group&${placeQuery(f)}`),
  },
  {
    method: 'GET',
    route: '/api/monitoring/targets/:id/subjects',
    allowed: officers,
    call: (c, f) => c.get(`/api/monitoring/targets/${campaignFor(f)}:2/subjects?${placeQuery(f)}`),
  },
  {
    method: 'GET',
    route: '/api/monitoring/campaigns/:id/laggards',
    allowed: officers,
    call: (c, f) =>
      c.get(`/api/monitoring/campaigns/${campaignFor(f)}/laggards?kind=people&${placeQuery(f)}`),
  },
  {
    method: 'GET',
    route: '/api/monitoring/campaigns/:id/reports',
    allowed: ['admin', 'tinh', 'xa'],
    call: (c, f) =>
      c.get(`/api/monitoring/campaigns/${campaignFor(f)}/reports?period=2026-Q4&unitId=${f.unitId}`),
  },
  {
    method: 'POST',
    route: '/api/monitoring/campaigns/:id/reports',
    allowed: ['admin', 'tinh', 'xa'],
    call: (c, f) =>
      c.post(`/api/monitoring/campaigns/${campaignFor(f)}/reports`, { period: '2026-Q4', unitId: f.unitId }),
  },
  {
    method: 'GET',
    route: '/api/monitoring/reports/:id/file',
    allowed: ['admin', 'tinh', 'xa'],
    call: async (c, f) => {
      const made = await adminClient.post(`/api/monitoring/campaigns/${campaignFor(f)}/reports`, {
        period: '2026-M11',
        unitId: f.unitId,
      });
      return c.get(`/api/monitoring/reports/${made.json().id}/file?format=xlsx`);
    },
  },
  {
    method: 'POST',
    route: '/api/monitoring/reports/:id/submit',
    allowed: ['admin', 'tinh', 'xa'],
    call: async (c, f) => {
      // A period of its own each time: a submitted report cannot be submitted again.
      const made = await adminClient.post(`/api/monitoring/campaigns/${campaignFor(f)}/reports`, {
        period: `${2030 + seq++}-Y`,
        unitId: f.unitId,
      });
      return c.post(`/api/monitoring/reports/${made.json().id}/submit`);
    },
  },
  {
    method: 'GET',
    route: '/api/monitoring/population-figures',
    allowed: officers,
    call: (c, f) => c.get(`/api/monitoring/population-figures?${placeQuery(f)}`),
  },
  {
    method: 'PUT',
    route: '/api/monitoring/population-figures',
    allowed: officers,
    call: (c, f) =>
      c.request({
        method: 'PUT',
        url: '/api/monitoring/population-figures',
        payload: {
          key: 'working_age',
          ...(f.place.organisationId ? { organisationId: f.place.organisationId } : { unitId: f.unitId }),
          value: 1234,
          source: 'Ma trận quyền',
          asOf: '2026-01-01',
        },
      }),
  },
  // Engagement: every signed-in person has their own progress, boards and notifications.
  {
    method: 'GET',
    route: '/api/engagement/me',
    allowed: 'authenticated',
    call: (c) => c.get('/api/engagement/me'),
  },
  {
    method: 'GET',
    route: '/api/engagement/leaderboard',
    allowed: 'authenticated',
    call: (c) => c.get('/api/engagement/leaderboard?place=commune&period=week'),
  },
  {
    method: 'GET',
    route: '/api/engagement/league',
    allowed: 'authenticated',
    call: (c) => c.get('/api/engagement/league'),
  },
  {
    method: 'PATCH',
    route: '/api/engagement/profile',
    allowed: 'authenticated',
    call: (c) => c.patch('/api/engagement/profile', { public: true }),
  },
  {
    method: 'GET',
    route: '/api/engagement/notifications',
    allowed: 'authenticated',
    call: (c) => c.get('/api/engagement/notifications'),
  },
  {
    method: 'POST',
    route: '/api/engagement/notifications/read',
    allowed: 'authenticated',
    call: (c) => c.post('/api/engagement/notifications/read', {}),
  },
  {
    method: 'GET',
    route: '/api/engagement/boards',
    allowed: officers,
    call: (c, f) => c.get(`/api/engagement/boards?${placeQuery(f)}&period=all`),
  },
  // Challenges and the honour roll: learners see their places' challenges; officers set them for
  // a place in their scope (engagement.manage) and read the honour roll of one (people.read).
  {
    method: 'GET',
    route: '/api/engagement/challenges',
    allowed: 'authenticated',
    call: (c) => c.get('/api/engagement/challenges'),
  },
  {
    method: 'POST',
    route: '/api/engagement/challenges',
    allowed: officers,
    call: (c, f) => c.post('/api/engagement/challenges', challengeBody(f)),
  },
  {
    method: 'GET',
    route: '/api/engagement/challenges/manage',
    allowed: officers,
    call: async (c) => {
      for (const f of allFixtures) await challengeFor(f);
      return c.get('/api/engagement/challenges/manage');
    },
    listCheck: (body, inFx, outFx) => {
      const ids = body.items.map((i) => i.id);
      expect(ids).toContain(challengeIds.get(fxCode(inFx)));
      if (outFx) expect(ids).not.toContain(challengeIds.get(fxCode(outFx)));
    },
  },
  {
    method: 'GET',
    route: '/api/engagement/challenges/:id/results',
    allowed: officers,
    call: async (c, f) => c.get(`/api/engagement/challenges/${await challengeFor(f)}/results`),
  },
  {
    method: 'DELETE',
    route: '/api/engagement/challenges/:id',
    allowed: officers,
    call: async (c, f) => {
      // A fresh one each time: a cancelled challenge is gone.
      const made = await adminClient.post('/api/engagement/challenges', challengeBody(f));
      return c.delete(`/api/engagement/challenges/${made.json().id}`);
    },
  },
  {
    method: 'GET',
    route: '/api/engagement/honour-roll',
    allowed: officers,
    call: (c, f) => c.get(`/api/engagement/honour-roll?${placeQuery(f)}`),
  },
  // The commune map of the dashboards: reference data, but only for signed-in people.
  {
    method: 'GET',
    route: '/api/monitoring/geo/:provinceCode',
    allowed: 'authenticated',
    call: (c) => c.get('/api/monitoring/geo/19'),
  },
  // --- privacy ---
  {
    method: 'GET',
    route: '/api/privacy/notice',
    allowed: 'public',
    call: (c) => c.get('/api/privacy/notice'),
  },
  {
    method: 'GET',
    route: '/api/me/privacy',
    allowed: 'authenticated',
    call: (c) => c.get('/api/me/privacy'),
  },
  {
    method: 'PUT',
    route: '/api/me/privacy/consents',
    allowed: 'authenticated',
    call: async (c) => {
      const version = (await c.get('/api/privacy/notice')).json().version;
      return c.request({
        method: 'PUT',
        url: '/api/me/privacy/consents',
        payload: { version, purposes: ['learning', 'campaign_statistics', 'reminders'] },
      });
    },
  },
  {
    method: 'GET',
    route: '/api/me/data-export',
    allowed: 'authenticated',
    call: (c) => c.get('/api/me/data-export'),
  },
  {
    method: 'GET',
    route: '/api/people/:id/data-export',
    allowed: officers,
    call: (c, f) => c.get(`/api/people/${f.person}/data-export`),
  },
  {
    method: 'POST',
    route: '/api/me/erasure-request',
    allowed: 'authenticated',
    call: async (c) => {
      // Leaves no pending request behind: the matrix accounts are used by every other row.
      const res = await c.post('/api/me/erasure-request', { reason: 'Ma trận quyền' });
      if (res.statusCode === 201) await c.delete('/api/me/erasure-request');
      return res;
    },
  },
  {
    method: 'DELETE',
    route: '/api/me/erasure-request',
    allowed: 'authenticated',
    call: async (c) => {
      await c.post('/api/me/erasure-request', {});
      return c.delete('/api/me/erasure-request');
    },
  },
  {
    method: 'POST',
    route: '/api/people/:id/erasure-requests',
    allowed: ['admin', 'tinh', 'xa'],
    call: async (c, f) =>
      c.post(`/api/people/${await networkPerson(f)}/erasure-requests`, { reason: 'Tại xã' }),
  },
  {
    method: 'GET',
    route: '/api/erasure-requests',
    allowed: ['admin', 'tinh', 'xa'],
    call: async (c) => {
      for (const f of allFixtures) await erasureListedFor(f);
      return c.get('/api/erasure-requests?status=pending&pageSize=100');
    },
    listCheck: (body, inFx, outFx) => {
      const ids = body.items.map((i) => i.id);
      expect(ids).toContain(erasureListed.get(fxCode(inFx)));
      if (outFx) expect(ids).not.toContain(erasureListed.get(fxCode(outFx)));
    },
  },
  {
    method: 'POST',
    route: '/api/erasure-requests/:id/confirm',
    allowed: ['admin', 'tinh', 'xa'],
    call: async (c, f) => c.post(`/api/erasure-requests/${await erasureRequestFor(f)}/confirm`, {}),
  },
  {
    method: 'POST',
    route: '/api/erasure-requests/:id/reject',
    allowed: ['admin', 'tinh', 'xa'],
    call: async (c, f) =>
      c.post(`/api/erasure-requests/${await erasureRequestFor(f)}/reject`, { note: 'Còn nghĩa vụ lưu trữ' }),
  },
  // --- end privacy ---
  // --- audit ---
  {
    method: 'GET',
    route: '/api/audit-log/export',
    allowed: ['admin'],
    call: (c) => c.get('/api/audit-log/export?format=csv&action=person.'),
  },
  // --- end audit ---
  // --- classes (F5): classes, sessions, members, attendance, announcements ---
  {
    method: 'GET',
    route: '/api/classes',
    allowed: classesRunners,
    call: async (c, _f, t) => {
      for (const f of allFixtures) await classesFor(f, t);
      return c.get('/api/classes?pageSize=100');
    },
    listCheck: (body, inFx, outFx) => {
      const ids = body.items.map((i) => i.id);
      expect(ids).toContain(classesMade.get(`${inFx.person}:open`)?.id);
      if (outFx) expect(ids).not.toContain(classesMade.get(`${outFx.person}:open`)?.id);
    },
  },
  {
    method: 'POST',
    route: '/api/classes',
    allowed: classesRunners,
    call: (c, f) => c.post('/api/classes', classesBody(f)),
  },
  {
    method: 'GET',
    route: '/api/classes/options',
    allowed: classesRunners,
    global: true,
    call: (c) => c.get('/api/classes/options'),
  },
  {
    method: 'GET',
    route: '/api/classes/mine',
    allowed: 'authenticated',
    call: (c) => c.get('/api/classes/mine'),
  },
  {
    method: 'GET',
    route: '/api/classes/by-code/:code',
    allowed: 'authenticated',
    call: async (c, f, t) => c.get(`/api/classes/by-code/${(await classesFor(f, t)).code}`),
  },
  {
    method: 'POST',
    route: '/api/classes/join',
    allowed: 'authenticated',
    call: async (c, f, t) =>
      c.post('/api/classes/join', { code: (await classesCreate(f, t)).code, via: 'code' }),
  },
  {
    method: 'POST',
    route: '/api/classes/checkin',
    allowed: 'authenticated',
    call: async (c, f, t) => {
      const made = await classesCreate(f, t);
      const sessions = (await adminClient.get(`/api/classes/${made.id}/sessions`)).json().items;
      const token = String(sessions[0].checkinUrl).split('/checkin/')[1];
      return c.post('/api/classes/checkin', { token });
    },
  },
  {
    method: 'GET',
    route: '/api/classes/:id',
    allowed: classesRunners,
    call: async (c, f, t) => c.get(`/api/classes/${(await classesFor(f, t)).id}`),
  },
  {
    method: 'PATCH',
    route: '/api/classes/:id',
    allowed: classesRunners,
    call: async (c, f, t) =>
      c.patch(`/api/classes/${(await classesFor(f, t)).id}`, { description: `Matrix ${uniq()}` }),
  },
  {
    method: 'DELETE',
    route: '/api/classes/:id/membership',
    allowed: 'authenticated',
    call: async (c, f, t) => c.delete(`/api/classes/${(await classesFor(f, t)).id}/membership`),
  },
  {
    method: 'GET',
    route: '/api/classes/:id/poster.pdf',
    allowed: classesRunners,
    call: async (c, f, t) => c.get(`/api/classes/${(await classesFor(f, t)).id}/poster.pdf`),
  },
  {
    method: 'GET',
    route: '/api/classes/:id/qr.svg',
    allowed: classesRunners,
    call: async (c, f, t) => c.get(`/api/classes/${(await classesFor(f, t)).id}/qr.svg`),
  },
  {
    method: 'GET',
    route: '/api/classes/:id/members',
    allowed: classesRunners,
    call: async (c, f, t) => c.get(`/api/classes/${(await classesFor(f, t)).id}/members`),
  },
  {
    method: 'POST',
    route: '/api/classes/:id/members',
    allowed: classesRunners,
    call: async (c, f, t) =>
      c.post(`/api/classes/${(await classesFor(f, t)).id}/members`, { personIds: [f.person] }),
  },
  {
    method: 'GET',
    route: '/api/classes/:id/members.csv',
    allowed: classesRunners,
    call: async (c, f, t) => c.get(`/api/classes/${(await classesMember(f, t)).id}/members.csv`),
  },
  {
    method: 'GET',
    route: '/api/classes/:id/members.xlsx',
    allowed: classesRunners,
    call: async (c, f, t) => c.get(`/api/classes/${(await classesFor(f, t)).id}/members.xlsx`),
  },
  {
    method: 'GET',
    route: '/api/classes/:id/candidates',
    allowed: classesRunners,
    call: async (c, f, t) => c.get(`/api/classes/${(await classesFor(f, t)).id}/candidates?q=matrix`),
  },
  {
    method: 'POST',
    route: '/api/classes/:id/members/:personId/approve',
    allowed: classesRunners,
    call: async (c, f, t) => {
      const { c: cls, personId } = await classesPending(f, t);
      return c.post(`/api/classes/${cls.id}/members/${personId}/approve`);
    },
  },
  {
    method: 'POST',
    route: '/api/classes/:id/members/:personId/reject',
    allowed: classesRunners,
    call: async (c, f, t) => {
      const { c: cls, personId } = await classesPending(f, t);
      return c.post(`/api/classes/${cls.id}/members/${personId}/reject`);
    },
  },
  {
    method: 'DELETE',
    route: '/api/classes/:id/members/:personId',
    allowed: classesRunners,
    call: async (c, f, t) => c.delete(`/api/classes/${(await classesMember(f, t)).id}/members/${f.person}`),
  },
  {
    method: 'GET',
    route: '/api/classes/:id/sessions',
    allowed: classesRunners,
    call: async (c, f, t) => c.get(`/api/classes/${(await classesFor(f, t)).id}/sessions`),
  },
  {
    method: 'POST',
    route: '/api/classes/:id/sessions',
    allowed: classesRunners,
    call: async (c, f, t) =>
      c.post(`/api/classes/${(await classesFor(f, t)).id}/sessions`, {
        startsAt: new Date(Date.now() + 86_400_000).toISOString(),
        minutes: 60,
      }),
  },
  {
    method: 'DELETE',
    route: '/api/classes/:id/sessions/:sessionId',
    allowed: classesRunners,
    call: async (c, f, t) => {
      const cls = await classesFor(f, t);
      const made = await adminClient.post(`/api/classes/${cls.id}/sessions`, {
        startsAt: new Date(Date.now() + 86_400_000).toISOString(),
      });
      return c.delete(`/api/classes/${cls.id}/sessions/${made.json().id}`);
    },
  },
  {
    method: 'GET',
    route: '/api/classes/:id/sessions/:sessionId/qr.svg',
    allowed: classesRunners,
    call: async (c, f, t) => {
      const cls = await classesFor(f, t);
      return c.get(`/api/classes/${cls.id}/sessions/${cls.sessionId}/qr.svg`);
    },
  },
  {
    method: 'GET',
    route: '/api/classes/:id/sessions/:sessionId/attendance',
    allowed: classesRunners,
    call: async (c, f, t) => {
      const cls = await classesFor(f, t);
      return c.get(`/api/classes/${cls.id}/sessions/${cls.sessionId}/attendance`);
    },
  },
  {
    method: 'PUT',
    route: '/api/classes/:id/sessions/:sessionId/attendance',
    allowed: classesRunners,
    call: async (c, f, t) => {
      const cls = await classesMember(f, t);
      return c.request({
        method: 'PUT',
        url: `/api/classes/${cls.id}/sessions/${cls.sessionId}/attendance`,
        payload: { personId: f.person, present: true },
      });
    },
  },
  {
    method: 'GET',
    route: '/api/classes/:id/dashboard',
    allowed: classesRunners,
    call: async (c, f, t) => c.get(`/api/classes/${(await classesFor(f, t)).id}/dashboard`),
  },
  {
    method: 'POST',
    route: '/api/classes/:id/announcements',
    allowed: classesRunners,
    call: async (c, f, t) =>
      c.post(`/api/classes/${(await classesFor(f, t)).id}/announcements`, { body: 'Matrix thông báo' }),
  },
  // --- end classes ---
  // --- network (F5): trainers and the cascade, mentors, support people, community teams ---
  // Officers (network.manage) keep the trainer register of their scope; a ToT class's own trainer
  // or an officer over the class certifies; the cascade, support people and teams are commune
  // records: officers with a unit scope only (an organisation officer has none).
  {
    method: 'GET',
    route: '/api/network/trainers',
    allowed: officers,
    call: async (c) => {
      await networkListFixtures();
      return c.get('/api/network/trainers?pageSize=100');
    },
    listCheck: (body, inFx, outFx) => {
      const ids = (body.items as unknown as { personId: string }[]).map((i) => i.personId);
      expect(ids).toContain(inFx.person);
      if (outFx) expect(ids).not.toContain(outFx.person);
    },
  },
  {
    method: 'POST',
    route: '/api/network/trainers',
    allowed: officers,
    call: async (c, f) => c.post('/api/network/trainers', { personId: await networkPerson(f), tier: 'core' }),
  },
  {
    method: 'PATCH',
    route: '/api/network/trainers/:personId',
    allowed: officers,
    call: async (c, f) => c.patch(`/api/network/trainers/${await networkTrainer(f)}`, { tier: 'community' }),
  },
  {
    method: 'DELETE',
    route: '/api/network/trainers/:personId',
    allowed: officers,
    call: async (c, f) => c.delete(`/api/network/trainers/${await networkTrainer(f)}`),
  },
  {
    method: 'POST',
    route: '/api/network/trainers/certify',
    allowed: officers,
    call: async (c, f, t) => c.post('/api/network/trainers/certify', await networkCertifiable(f, t)),
  },
  {
    method: 'GET',
    route: '/api/network/cascade',
    allowed: ['admin', 'tinh', 'xa'],
    call: (c, f) => c.get(`/api/network/cascade?unitId=${f.unitId}`),
  },
  {
    method: 'GET',
    route: '/api/network/support',
    allowed: ['admin', 'tinh', 'xa'],
    call: (c, f) => c.get(`/api/network/support?unitId=${f.unitId}`),
  },
  {
    method: 'POST',
    route: '/api/network/support',
    allowed: ['admin', 'tinh', 'xa'],
    call: async (c, f) =>
      c.post('/api/network/support', { unitId: f.unitId, personId: await networkPerson(f) }),
  },
  {
    method: 'DELETE',
    route: '/api/network/support/:unitId/:personId',
    allowed: ['admin', 'tinh', 'xa'],
    call: async (c, f) => {
      const personId = await networkPerson(f);
      await adminClient.post('/api/network/support', { unitId: f.unitId, personId });
      return c.delete(`/api/network/support/${f.unitId}/${personId}`);
    },
  },
  {
    method: 'GET',
    route: '/api/network/teams',
    allowed: ['admin', 'tinh', 'xa'],
    call: (c, f) => c.get(`/api/network/teams?unitId=${f.unitId}`),
  },
  {
    method: 'POST',
    route: '/api/network/teams',
    allowed: ['admin', 'tinh', 'xa'],
    call: (c, f) => c.post('/api/network/teams', { unitId: f.unitId, name: `Matrix Tổ ${uniq()}` }),
  },
  {
    method: 'GET',
    route: '/api/network/teams/:id',
    allowed: ['admin', 'tinh', 'xa'],
    call: async (c, f) => c.get(`/api/network/teams/${await networkTeam(f)}`),
  },
  {
    method: 'DELETE',
    route: '/api/network/teams/:id',
    allowed: ['admin', 'tinh', 'xa'],
    call: async (c, f) => c.delete(`/api/network/teams/${await networkTeam(f)}`),
  },
  {
    method: 'POST',
    route: '/api/network/teams/:id/members',
    allowed: ['admin', 'tinh', 'xa'],
    call: async (c, f) =>
      c.post(`/api/network/teams/${await networkTeam(f)}/members`, { personId: await networkPerson(f) }),
  },
  {
    method: 'DELETE',
    route: '/api/network/teams/:id/members/:personId',
    allowed: ['admin', 'tinh', 'xa'],
    call: async (c, f) => {
      const team = await networkTeam(f);
      const personId = await networkPerson(f);
      await adminClient.post(`/api/network/teams/${team}/members`, { personId });
      return c.delete(`/api/network/teams/${team}/members/${personId}`);
    },
  },
  {
    method: 'POST',
    route: '/api/network/teams/:id/activities',
    allowed: ['admin', 'tinh', 'xa'],
    call: async (c, f) =>
      c.post(`/api/network/teams/${await networkTeam(f)}/activities`, {
        day: '2026-12-01',
        kind: 'communication',
        title: 'Matrix hoạt động',
      }),
  },
  {
    method: 'DELETE',
    route: '/api/network/teams/:id/activities/:activityId',
    allowed: ['admin', 'tinh', 'xa'],
    call: async (c, f) => {
      const team = await networkTeam(f);
      const made = await adminClient.post(`/api/network/teams/${team}/activities`, {
        day: '2026-12-01',
        kind: 'other',
        title: 'Matrix hoạt động',
      });
      return c.delete(`/api/network/teams/${team}/activities/${made.json().id}`);
    },
  },
  // --- end network ---
  // --- mentoring (F5): mentors ("Đại sứ số"), mentorships, nudges ---
  // Every signed-in learner has their own mentoring page; mentors act on their own mentees only;
  // officers (network.manage) list, appoint and pair in their scope.
  {
    method: 'GET',
    route: '/api/mentoring/levels',
    allowed: 'authenticated',
    call: (c) => c.get('/api/mentoring/levels'),
  },
  {
    method: 'GET',
    route: '/api/mentoring/me',
    allowed: 'authenticated',
    call: (c) => c.get('/api/mentoring/me'),
  },
  {
    method: 'POST',
    route: '/api/mentoring/volunteer',
    allowed: 'authenticated',
    call: (c, f) => mentoringVolunteer(c, f),
  },
  {
    method: 'GET',
    route: '/api/mentoring/mentees',
    allowed: 'authenticated',
    call: async (c, f) => {
      await mentoringVolunteer(c, f);
      return c.get('/api/mentoring/mentees');
    },
  },
  {
    method: 'POST',
    route: '/api/mentoring/mentees/:personId/nudge',
    allowed: 'authenticated',
    call: async (c, f) => c.post(`/api/mentoring/mentees/${await mentoringMentee(c, f)}/nudge`),
  },
  {
    method: 'POST',
    route: '/api/mentoring/mentees/:personId/end',
    allowed: 'authenticated',
    call: async (c, f) => c.post(`/api/mentoring/mentees/${await mentoringMentee(c, f)}/end`),
  },
  {
    method: 'GET',
    route: '/api/mentoring/invites/:code',
    allowed: 'authenticated',
    call: async (c) => c.get(`/api/mentoring/invites/${await mentoringMentorFor(allFixtures[0] as Fx)}`),
  },
  {
    method: 'POST',
    route: '/api/mentoring/invites/:code/accept',
    allowed: 'authenticated',
    call: async (c) =>
      c.post(`/api/mentoring/invites/${await mentoringMentorFor(allFixtures[0] as Fx)}/accept`),
  },
  {
    method: 'POST',
    route: '/api/mentoring/my-mentor/end',
    allowed: 'authenticated',
    call: async (c) => {
      await c.post(`/api/mentoring/invites/${await mentoringMentorFor(allFixtures[0] as Fx)}/accept`);
      return c.post('/api/mentoring/my-mentor/end');
    },
  },
  {
    method: 'GET',
    route: '/api/mentoring/mentors',
    allowed: officers,
    call: async (c) => {
      for (const f of allFixtures) await mentoringMentorFor(f);
      return c.get('/api/mentoring/mentors');
    },
    listCheck: (body, inFx, outFx) => {
      const ids = body.items.map((i) => i.id);
      expect(ids).toContain(inFx.person);
      if (outFx) expect(ids).not.toContain(outFx.person);
    },
  },
  {
    method: 'POST',
    route: '/api/mentoring/mentors',
    allowed: officers,
    call: (c, f) => c.post('/api/mentoring/mentors', { personId: f.person, level: 'co-ban/an-toan' }),
  },
  {
    method: 'POST',
    route: '/api/mentoring/pairings',
    allowed: officers,
    call: async (c, f) => {
      await mentoringMentorFor(f);
      return c.post('/api/mentoring/pairings', { mentorId: f.person, menteeId: await mentoringPerson(f) });
    },
  },
  // --- end mentoring ---
];

/** Routes exercised by their own integration tests (identity.test.ts), not by scope. */
const sessionRoutes = [
  'POST /api/auth/login',
  'POST /api/auth/register',
  'POST /api/auth/logout',
  'POST /api/auth/logout-all',
  'POST /api/auth/password',
  'POST /api/auth/password-reset/request',
  'POST /api/auth/password-reset/confirm',
];

const logins: Record<Exclude<RoleKey, 'anon'>, string> = {
  admin: 'admin@lantoa.demo',
  tinh: 'tinh@lantoa.demo',
  xa: 'xa@lantoa.demo',
  donvi: 'donvi@lantoa.demo',
  giangvien: 'giangvien@lantoa.demo',
  daisu: 'daisu@lantoa.demo',
  tacgia: 'tacgia@lantoa.demo',
  kiemduyet: 'kiemduyet@lantoa.demo',
  hocvien: 'hocvien@lantoa.demo',
};

describe.each(backends)('authorization matrix (%s)', (backend: BackendName) => {
  let t: TestApp;
  const routes: string[] = [];
  let fx: Record<'phanDinhPhung' | 'tanCuong' | 'haNoi' | 'company', Fx>;
  const clients = {} as Record<RoleKey, Client>;

  beforeAll(async () => {
    t = await createTestApp(backend);
    const spec = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    for (const [path, ops] of Object.entries(spec.paths as Record<string, object>)) {
      for (const m of Object.keys(ops))
        routes.push(`${m.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}`);
    }
    const admin = await t.login(logins.admin);
    adminClient = admin;
    const unit = async (code: string) =>
      (await admin.get(`/api/units?q=${code}`)).json().items.find((u: { code: string }) => u.code === code)
        .id as number;
    const company = (await admin.get('/api/organisations?q=yen%20binh')).json().items[0];
    const make = async (unitCode: string, orgId?: string): Promise<Fx> => {
      const unitId = orgId ? company.unitId : await unit(unitCode);
      const org = orgId
        ? company
        : (
            await admin.post('/api/organisations', {
              name: `Matrix Cơ quan ${unitCode}`,
              type: 'state_agency',
              unitId,
            })
          ).json();
      const person = (
        await admin.post('/api/people', {
          fullName: `Matrix Người ${unitCode}`,
          unitId,
          organisationId: org.id,
        })
      ).json();
      const acc = await admin.post(`/api/people/${person.id}/account`, {
        login: `matrix${unitCode}@lantoa.test`,
        password: 'mat-khau-123',
      });
      expect(acc.statusCode).toBe(201);
      const session = await t.login(`matrix${unitCode}@lantoa.test`, 'mat-khau-123');
      const accountId = (await session.get('/api/auth/session')).json().account.id;
      const g = await admin.post('/api/role-assignments', { accountId, role: 'trainer', unitId });
      const grantId = g.json().items.find((x: { role: string }) => x.role === 'trainer').id;
      const cert = await admin.post('/api/certificates', {
        personId: person.id,
        templateId: 'giang-vien',
        reason: 'Ma trận quyền',
      });
      expect(cert.statusCode, cert.body).toBe(201);
      return {
        code: unitCode,
        certificate: cert.json().id,
        person: person.id,
        org: org.id,
        unitId,
        place: orgId ? { organisationId: orgId } : {},
        accountId,
        grantId,
      };
    };
    fx = {
      phanDinhPhung: await make('05443'),
      tanCuong: await make('05503'),
      haNoi: await make('00004'),
      company: await make('company', company.id),
    };
    // Per backend: the fixtures and challenges of the other database do not exist in this one.
    allFixtures.splice(0, allFixtures.length, ...Object.values(fx));
    challengeIds.clear();
    erasureListed.clear();
    for (const [k, login] of Object.entries(logins)) clients[k as RoleKey] = await t.login(login);
    for (const c of Object.values(clients)) {
      const personId = (await c.get('/api/me')).json().id;
      await admin.post('/api/certificates', { personId, templateId: 'pho-cap', reason: 'Ma trận quyền' });
    }
    clients.anon = t.anonymous();
    haNoiUnitId = fx.haNoi.unitId;
    for (const [key, code] of [
      ['thaiNguyen', '19'],
      ['haNoi', '01'],
    ] as const) {
      const res = await admin.post('/api/monitoring/campaigns', {
        templateId: 'thu-nghiem',
        unitId: await unit(code),
        id: `matrix-${key.toLowerCase()}`,
      });
      expect(res.statusCode, res.body).toBe(201);
      campaigns[key] = res.json().id;
    }
    await buildsIdle();
  }, 240_000);
  afterAll(() => t?.close());

  const scopeFor = (role: RoleKey): { inFx: Fx; outFx: Fx | null } => {
    switch (role) {
      case 'admin':
        return { inFx: fx.haNoi, outFx: null };
      case 'tinh':
        return { inFx: fx.tanCuong, outFx: fx.haNoi };
      case 'xa':
        return { inFx: fx.phanDinhPhung, outFx: fx.tanCuong };
      case 'donvi':
        return { inFx: fx.company, outFx: fx.phanDinhPhung };
      default:
        return { inFx: fx.phanDinhPhung, outFx: fx.haNoi };
    }
  };

  it('lists every /api route', () => {
    const listed = new Set([...endpoints.map((e) => `${e.method} ${e.route}`), ...sessionRoutes]);
    const missing = routes.filter(
      (r) => r.includes(' /api/') && !r.endsWith('/api/openapi.json') && !listed.has(r),
    );
    expect(missing).toEqual([]);
  });

  for (const e of endpoints) {
    for (const role of [...scopedRoles, ...unscopedRoles, 'anon'] as RoleKey[]) {
      it(`${e.method} ${e.route} as ${role}`, async () => {
        const c = clients[role];
        const { inFx, outFx } = scopeFor(role);
        const allowed =
          e.allowed === 'public' ||
          (e.allowed === 'authenticated' && role !== 'anon') ||
          (Array.isArray(e.allowed) && e.allowed.includes(role));
        const res = await e.call(c, inFx, t);
        if (!allowed) {
          expect(res.statusCode, res.body).toBe(role === 'anon' ? 401 : 403);
          return;
        }
        expect(res.statusCode, res.body).toBeLessThan(300);
        if (e.listCheck) e.listCheck(res.json(), inFx, outFx);
        if (e.textCheck) e.textCheck(res.body, inFx, outFx);
        if (e.rowScope) await e.rowScope(res, c, outFx, t);
        else if (outFx && Array.isArray(e.allowed) && !e.listCheck && !e.textCheck && !e.global) {
          const out = await e.call(c, outFx, t);
          expect(out.statusCode, `${role} reached out-of-scope target: ${out.body}`).toBe(403);
        }
      });
    }
  }
});
