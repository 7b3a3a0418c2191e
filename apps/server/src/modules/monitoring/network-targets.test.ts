// Targets on the people who multiply the campaign (F5 × F8): "core trainers open 2–3 classes" and
// "each mentor guides at least N mentees" are counted from the cascade's register, the classes and
// the mentorships, and move through the KPI refresher when a class opens or a mentee is paired.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends, type Client, createTestApp, type TestApp } from '../../test/harness.ts';
import { vnDay } from './calendar.ts';
import { buildsIdle } from './campaigns.service.ts';
import { refreshKpis } from './kpi.refresher.ts';

interface OverviewTarget {
  code: string;
  achieved: number;
  population: number;
}

describe.each(backends)('targets on trainers and mentors (%s)', (backend) => {
  let t: TestApp;
  let admin: Client;
  let tinh: Client;
  let xa: Client;
  let campaignId: string;
  let phanDinhPhung: number;
  let seq = 0;

  const overview = async () =>
    (await tinh.get(`/api/monitoring/campaigns/${campaignId}/overview`)).json().targets as OverviewTarget[];
  const target = async (code: string) => (await overview()).find((x) => x.code === code) as OverviewTarget;
  const person = async () => {
    const res = await admin.post('/api/people', {
      fullName: `Người Mạng Lưới ${seq++}`,
      unitId: phanDinhPhung,
    });
    expect(res.statusCode, res.body).toBe(201);
    return res.json().id as string;
  };
  const openClass = async (trainerPersonId: string) => {
    const res = await tinh.post('/api/classes', {
      title: `Lớp của giảng viên nòng cốt ${seq++}`,
      courseIds: ['co-ban/an-toan'],
      mode: 'in_person',
      unitId: phanDinhPhung,
      startsOn: vnDay(new Date()),
      trainerPersonId,
    });
    expect(res.statusCode, res.body).toBe(201);
    return res.json().id as string;
  };

  beforeAll(async () => {
    t = await createTestApp(backend);
    admin = await t.login('admin@lantoa.demo');
    tinh = await t.login('tinh@lantoa.demo');
    xa = await t.login('xa@lantoa.demo');
    phanDinhPhung = (await admin.get('/api/units?q=05443')).json().items[0].id;
    const province = (await admin.get('/api/units?q=Thái Nguyên&type=province')).json().items[0].id;
    const res = await tinh.post('/api/monitoring/campaigns', {
      templateId: 'mang-luoi-thu-nghiem',
      unitId: province,
    });
    expect(res.statusCode, res.body).toBe(201);
    campaignId = res.json().id;
    await buildsIdle();
  }, 120_000);
  afterAll(() => t?.close());

  it('counts core trainers who opened two classes, as classes open and are cancelled', async () => {
    const before = await target('N1');
    const core = await person();
    const appointed = await tinh.post('/api/network/trainers', { personId: core, tier: 'core' });
    expect(appointed.statusCode, appointed.body).toBe(201);
    await refreshKpis(t.ctx);
    expect(await target('N1')).toMatchObject({
      population: before.population + 1,
      achieved: before.achieved,
    });
    await openClass(core);
    await refreshKpis(t.ctx);
    expect((await target('N1')).achieved).toBe(before.achieved);
    const second = await openClass(core);
    await refreshKpis(t.ctx);
    expect((await target('N1')).achieved).toBe(before.achieved + 1);
    // A cancelled class no longer counts.
    const cancelled = await tinh.patch(`/api/classes/${second}`, { status: 'cancelled' });
    expect(cancelled.statusCode, cancelled.body).toBe(200);
    await refreshKpis(t.ctx);
    expect((await target('N1')).achieved).toBe(before.achieved);
    // The refresher's own counters on a class mark nobody: a second run has nothing to do.
    expect((await refreshKpis(t.ctx)).people).toBe(0);
  });

  it('counts mentors who guide enough mentees, as officers pair them', async () => {
    const before = await target('N2');
    const mentor = await person();
    const appointed = await xa.post('/api/mentoring/mentors', { personId: mentor, level: 'attainment' });
    expect(appointed.statusCode, appointed.body).toBeLessThan(300);
    await refreshKpis(t.ctx);
    expect(await target('N2')).toMatchObject({
      population: before.population + 1,
      achieved: before.achieved,
    });
    for (let i = 0; i < 2; i++) {
      const paired = await xa.post('/api/mentoring/pairings', { mentorId: mentor, menteeId: await person() });
      expect(paired.statusCode, paired.body).toBeLessThan(300);
    }
    await refreshKpis(t.ctx);
    expect((await target('N2')).achieved).toBe(before.achieved + 1);
  });
});
