// Campaign monitoring through the HTTP API: a campaign from a template, KPIs built, moved by a
// learner's answers through the refresher, official denominators, drill-down, scope, exports.
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends, type Client, createTestApp, type TestApp } from '../../test/harness.ts';
import { addDays, vnDay } from './calendar.ts';
import { buildsIdle } from './campaigns.service.ts';
import { refreshKpis, runScheduledReports } from './kpi.refresher.ts';
import { listCampaignTargets } from './kpi.service.ts';
import { targetSubjects } from './lists.service.ts';
import { loadCampaign, resolvePlace } from './place.ts';

const adminGrant = {
  id: 'g',
  role: 'system_admin' as const,
  unitId: null,
  unitPath: null,
  unitName: null,
  organisationId: null,
  organisationPath: null,
  organisationName: null,
};

interface OverviewTarget {
  id: string;
  code: string;
  achieved: number;
  population: number;
  populationSource: string;
  value: number | null;
  status: string;
  trend: { day: string; value: number | null }[];
}

const answer = (moduleId: string, questionId: string, response: unknown) => ({
  id: randomUUID(),
  moduleId,
  questionId,
  response,
});

describe.each(backends)('campaign monitoring (%s)', (backend) => {
  let t: TestApp;
  let tinh: Client;
  let xa: Client;
  let learner: Client;
  let communeId: number;
  let campaignId: string;
  const target = (items: OverviewTarget[], code: string) =>
    items.find((x) => x.code === code) as OverviewTarget;

  beforeAll(async () => {
    t = await createTestApp(backend);
    tinh = await t.login('tinh@lantoa.demo');
    xa = await t.login('xa@lantoa.demo');
    const anon = t.anonymous();
    communeId = (await anon.get('/api/units?q=05443')).json().items[0].id;
    const reg = await anon.post('/api/auth/register', {
      consent: { version: '2026-12-01', purposes: ['learning', 'campaign_statistics'] },
      fullName: 'Hoàng Văn Nam',
      login: '0987654321',
      password: 'hoc-moi-ngay-15',
    });
    expect(reg.statusCode, reg.body).toBe(201);
    learner = await t.login('0987654321', 'hoc-moi-ngay-15');
    const profile = await learner.request({
      method: 'PUT',
      url: '/api/learning/profile',
      payload: { targetGroup: 'citizen', unitId: communeId },
    });
    expect(profile.statusCode, profile.body).toBe(200);
  }, 120_000);
  afterAll(() => t?.close());

  it('lists the templates of the pack and starts a campaign for the province', async () => {
    const templates = await tinh.get('/api/monitoring/campaign-templates');
    expect(templates.statusCode, templates.body).toBe(200);
    expect(templates.json().items.map((x: { id: string }) => x.id)).toContain('thu-nghiem');
    // A commune officer cannot start campaigns.
    expect((await xa.get('/api/monitoring/campaign-templates')).statusCode).toBe(403);
    const province = (await tinh.get('/api/units?q=Thái Nguyên&type=province')).json().items[0];
    const res = await tinh.post('/api/monitoring/campaigns', {
      templateId: 'thu-nghiem',
      unitId: province.id,
    });
    expect(res.statusCode, res.body).toBe(201);
    campaignId = res.json().id;
    expect(res.json()).toMatchObject({ status: 'active', targets: 6, unitName: province.name });
    const again = await tinh.post('/api/monitoring/campaigns', {
      templateId: 'thu-nghiem',
      unitId: province.id,
    });
    expect(again.statusCode).toBe(409);
    await buildsIdle();
  });

  it('shows every target for the province, built from the roster', async () => {
    const res = await tinh.get(`/api/monitoring/campaigns/${campaignId}/overview`);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.place).toMatchObject({ kind: 'unit', name: 'Thái Nguyên' });
    expect(body.targets).toHaveLength(6);
    const started = target(body.targets, '2');
    // Everybody living in the province is in target 2's population.
    const [row] = (
      await t.ctx.db.execute(sql`select count(*)::int as n from people p join units u on u.id = p.unit_id
        where u.path like (select path from units where id = ${Number(body.place.id)}) || '%'`)
    ).rows as { n: number }[];
    expect(started.population).toBe(Number(row?.n));
    expect(started.trend.length).toBeGreaterThan(0);
    expect(['met', 'on_track', 'at_risk', 'behind']).toContain(started.status);
  });

  it('moves the KPI after a learner masters modules, once the refresher has run', async () => {
    const before = target(
      (await tinh.get(`/api/monitoring/campaigns/${campaignId}/overview`)).json().targets,
      '2',
    );
    const res = await learner.post('/api/learning/answers', {
      answers: [
        answer('mat-khau', 'q1', 2),
        answer('mat-khau', 'q2', ['otp']),
        answer('mat-khau', 'q3', ['ha noi']),
        answer('dien-thoai', 'q1', true),
      ],
    });
    expect(res.statusCode, res.body).toBe(200);
    const summary = await refreshKpis(t.ctx);
    expect(summary.people).toBeGreaterThanOrEqual(1);
    const after = target(
      (await tinh.get(`/api/monitoring/campaigns/${campaignId}/overview`)).json().targets,
      '2',
    );
    expect(after.achieved).toBe(before.achieved + 1);
    expect(after.population).toBe(before.population);
    // A second refresh with nothing new changes nothing.
    expect((await refreshKpis(t.ctx)).people).toBe(0);
    const again = target(
      (await tinh.get(`/api/monitoring/campaigns/${campaignId}/overview`)).json().targets,
      '2',
    );
    expect(again.achieved).toBe(after.achieved);
  });

  it('breaks a target down by commune, group and organisation, and drills down to people', async () => {
    const overview = (await tinh.get(`/api/monitoring/campaigns/${campaignId}/overview`)).json();
    const t2 = target(overview.targets, '2');
    const byUnit = await tinh.get(`/api/monitoring/targets/${encodeURIComponent(t2.id)}/breakdown?by=unit`);
    expect(byUnit.statusCode, byUnit.body).toBe(200);
    const communes = byUnit.json().items as {
      key: string;
      code: string;
      achieved: number;
      population: number;
    }[];
    expect(communes).toHaveLength(92);
    expect(communes.reduce((n, c) => n + c.achieved, 0)).toBeLessThanOrEqual(t2.achieved);
    const ward = communes.find((c) => c.code === '05443');
    expect(ward?.achieved).toBeGreaterThanOrEqual(1);
    const byGroup = (
      await tinh.get(`/api/monitoring/targets/${encodeURIComponent(t2.id)}/breakdown?by=group`)
    ).json();
    expect(byGroup.items.find((g: { key: string }) => g.key === 'citizen')?.population).toBeGreaterThan(0);
    const byOrg = await tinh.get(
      `/api/monitoring/targets/${encodeURIComponent(t2.id)}/breakdown?by=organisation`,
    );
    expect(byOrg.statusCode, byOrg.body).toBe(200);

    const people = await tinh.get(
      `/api/monitoring/targets/${encodeURIComponent(t2.id)}/subjects?unitId=${communeId}&achieved=true`,
    );
    expect(people.statusCode, people.body).toBe(200);
    expect(people.json().items.map((p: { name: string }) => p.name)).toContain('Hoàng Văn Nam');
    const notYet = (
      await tinh.get(
        `/api/monitoring/targets/${encodeURIComponent(t2.id)}/subjects?unitId=${communeId}&achieved=false`,
      )
    ).json();
    expect(notYet.items.map((p: { name: string }) => p.name)).not.toContain('Hoàng Văn Nam');
    expect(notYet.total + people.json().total).toBe(ward?.population);

    const csv = await tinh.get(
      `/api/monitoring/targets/${encodeURIComponent(t2.id)}/breakdown?by=unit&format=csv`,
    );
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.body).toContain('Phan Đình Phùng');
    const xlsx = await tinh.get(
      `/api/monitoring/targets/${encodeURIComponent(t2.id)}/subjects?unitId=${communeId}&format=xlsx`,
    );
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.rawPayload.subarray(0, 2).toString()).toBe('PK');
  });

  it('lists the same page whether it sorts the matches or walks the names', async () => {
    const campaign = await loadCampaign(t.ctx.db, campaignId);
    const target2 = (await listCampaignTargets(t.ctx.db, campaignId)).find((x) => x.code === '2');
    if (!target2) throw new Error('no target 2');
    const actor = { accountId: '', personId: '', grants: [] };
    const place = await resolvePlace(t.ctx.db, { ...actor, grants: [adminGrant] }, campaign, {});
    for (const achieved of [false, true, undefined]) {
      for (const [limit, offset] of [
        [7, 0],
        [7, 7],
        [50, 3],
      ] as const) {
        const sorted = await targetSubjects(t.ctx.db, target2, place, achieved, limit, offset);
        const walked = await targetSubjects(t.ctx.db, target2, place, achieved, limit, offset, 0);
        expect(walked.items.map((x) => x.id)).toEqual(sorted.items.map((x) => x.id));
        expect(walked.total).toBe(sorted.total);
      }
    }
  });

  it('keeps a commune officer to the commune', async () => {
    const mine = await xa.get(`/api/monitoring/campaigns/${campaignId}/overview`);
    expect(mine.statusCode, mine.body).toBe(200);
    expect(mine.json().place).toMatchObject({ kind: 'unit', id: String(communeId) });
    expect(mine.json().place.trail.map((x: { name: string }) => x.name)).toEqual([
      'Thái Nguyên',
      mine.json().place.name,
    ]);
    const province = (await tinh.get(`/api/monitoring/campaigns/${campaignId}/overview`)).json().place.id;
    const out = await xa.get(`/api/monitoring/campaigns/${campaignId}/overview?unitId=${province}`);
    expect(out.statusCode).toBe(403);
    expect(out.json().error.code).toBe('OUT_OF_SCOPE');
    expect((await learner.get(`/api/monitoring/campaigns/${campaignId}/overview`)).statusCode).toBe(403);
    expect((await learner.get('/api/monitoring/campaigns')).statusCode).toBe(403);
    expect(
      (await xa.get('/api/monitoring/campaigns')).json().items.map((c: { id: string }) => c.id),
    ).toContain(campaignId);
  });

  it('divides by the official population figure where a commune has one', async () => {
    const t1 = target((await xa.get(`/api/monitoring/campaigns/${campaignId}/overview`)).json().targets, '1');
    expect(t1.populationSource).toBe('roster');
    const put = (payload: object) =>
      xa.request({ method: 'PUT', url: '/api/monitoring/population-figures', payload });
    const figure = {
      key: 'working_age',
      unitId: communeId,
      value: 5000,
      source: 'Niên giám thống kê 2025',
      asOf: '2025-12-31',
    };
    const bad = await put({ ...figure, asOf: '2099-01-01', value: -1 });
    expect(bad.statusCode).toBe(400);
    expect(
      bad
        .json()
        .error.details.map((d: { path: string }) => d.path)
        .sort(),
    ).toEqual(['asOf', 'value']);
    expect((await put({ ...figure, unitId: undefined })).statusCode).toBe(400);
    const set = await put(figure);
    expect(set.statusCode, set.body).toBe(200);
    const listed = (await xa.get(`/api/monitoring/population-figures?unitId=${communeId}`)).json();
    expect(listed.items).toEqual([
      expect.objectContaining({ key: 'working_age', unitId: communeId, value: 5000, asOf: '2025-12-31' }),
    ]);
    // Not the ward officer's to state for the neighbouring commune.
    const other = (await tinh.get('/api/units?q=05503')).json().items[0].id;
    expect((await put({ ...figure, unitId: other })).json().error.code).toBe('OUT_OF_SCOPE');
    const after = target(
      (await xa.get(`/api/monitoring/campaigns/${campaignId}/overview`)).json().targets,
      '1',
    );
    expect(after).toMatchObject({ population: 5000, populationSource: 'official' });
  });

  it('shows a past date from the history and lists laggards', async () => {
    const yesterday = addDays(vnDay(new Date()), -1);
    const past = await tinh.get(`/api/monitoring/campaigns/${campaignId}/overview?asOf=${yesterday}`);
    expect(past.statusCode, past.body).toBe(200);
    expect(past.json().day).toBe(yesterday);
    const units = await tinh.get(`/api/monitoring/campaigns/${campaignId}/laggards?kind=units`);
    expect(units.statusCode, units.body).toBe(200);
    expect(units.json().total).toBe(92);
    const orgs = await tinh.get(`/api/monitoring/campaigns/${campaignId}/laggards?kind=organisations`);
    expect(orgs.statusCode, orgs.body).toBe(200);
    const stopped = await tinh.get(`/api/monitoring/campaigns/${campaignId}/laggards?kind=people&days=1`);
    expect(stopped.statusCode, stopped.body).toBe(200);
    expect((await xa.get(`/api/monitoring/campaigns/${campaignId}/laggards?kind=people`)).statusCode).toBe(
      200,
    );
  });

  it('generates the quarterly report, downloads it, and tracks submissions of the communes', async () => {
    const overview = (await tinh.get(`/api/monitoring/campaigns/${campaignId}/overview`)).json();
    const made = await tinh.post(`/api/monitoring/campaigns/${campaignId}/reports`, { period: '2026-Q4' });
    expect(made.statusCode, made.body).toBe(201);
    expect(made.json()).toMatchObject({
      period: '2026-Q4',
      dueOn: '2026-12-15',
      automatic: false,
      submittedAt: null,
    });
    const xlsx = await tinh.get(`/api/monitoring/reports/${made.json().id}/file?format=xlsx`);
    expect(xlsx.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.rawPayload as never);
    const sheet = wb.worksheets[0];
    const cells: unknown[] = [];
    sheet?.eachRow((row) => {
      row.eachCell((cell) => {
        cells.push(cell.value);
      });
    });
    const t2 = target(overview.targets, '2');
    expect(cells).toContain('Tỷ lệ người đã bắt đầu học');
    expect(cells).toContain(t2.achieved);
    const pdf = await tinh.get(`/api/monitoring/reports/${made.json().id}/file?format=pdf`);
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');

    // The ward's officer generates and submits the ward's report; the province sees it.
    const ward = await xa.post(`/api/monitoring/campaigns/${campaignId}/reports`, { period: '2026-Q4' });
    expect(ward.statusCode, ward.body).toBe(201);
    const submitted = await xa.post(`/api/monitoring/reports/${ward.json().id}/submit`);
    expect(submitted.statusCode, submitted.body).toBe(200);
    expect((await xa.post(`/api/monitoring/reports/${ward.json().id}/submit`)).json().error.code).toBe(
      'REPORT_SUBMITTED',
    );
    const again = await xa.post(`/api/monitoring/campaigns/${campaignId}/reports`, { period: '2026-Q4' });
    expect(again.statusCode).toBe(409);
    expect((await xa.post(`/api/monitoring/reports/${made.json().id}/submit`)).statusCode).toBe(403);
    const board = (await tinh.get(`/api/monitoring/campaigns/${campaignId}/reports?period=2026-Q4`)).json();
    expect(board.own.report.id).toBe(made.json().id);
    expect(board.children).toHaveLength(92);
    const states = new Map(board.children.map((c: { unitId: number; state: string }) => [c.unitId, c.state]));
    expect(states.get(communeId)).toBe(vnDay(new Date()) <= '2026-12-15' ? 'submitted' : 'submitted_late');
    const others = [...states.entries()].filter(([id]) => id !== communeId).map(([, s]) => s);
    expect(new Set(others)).toEqual(new Set([vnDay(new Date()) <= '2026-12-15' ? 'due' : 'late']));
    expect(
      (await tinh.get(`/api/monitoring/campaigns/${campaignId}/reports?period=2026-Q5`)).statusCode,
    ).toBe(400);
  });

  it('generates the reports falling due once a day, for the campaign and the units below', async () => {
    // A campaign for one ward: its own report per period, nothing below it.
    const ward = await tinh.post('/api/monitoring/campaigns', {
      templateId: 'thu-nghiem',
      unitId: communeId,
      id: 'thu-nghiem-phuong',
    });
    expect(ward.statusCode, ward.body).toBe(201);
    await buildsIdle();
    const before = new Date('2026-12-09T03:00:00Z'); // 9 December: nothing due within five days
    const due = new Date('2026-12-11T03:00:00Z'); // 11 December: month, quarter, half and year due on the 15th
    const count = async () =>
      Number(
        (
          (
            await t.ctx.db.execute(
              sql`select count(*)::int as n from reports where campaign_id = 'thu-nghiem-phuong'`,
            )
          ).rows as { n: number }[]
        )[0]?.n,
      );
    expect(await runScheduledReports(t.ctx, before)).toBe(0);
    expect(await count()).toBe(0);
    expect(await runScheduledReports(t.ctx, due)).toBeGreaterThanOrEqual(4);
    expect(await count()).toBe(4);
    // The same day again (another server, a restart): nothing more.
    expect(await runScheduledReports(t.ctx, due)).toBe(0);
    const board = (await xa.get(`/api/monitoring/campaigns/thu-nghiem-phuong/reports?period=2026-Q4`)).json();
    expect(board.own.report).toMatchObject({ automatic: true, dueOn: '2026-12-15' });
  });

  it('answers bad input with clear errors', async () => {
    expect((await tinh.get('/api/monitoring/campaigns/khong-co/overview')).json().error.code).toBe(
      'CAMPAIGN_NOT_FOUND',
    );
    expect((await tinh.get('/api/monitoring/targets/khong-co/breakdown')).statusCode).toBe(404);
    const bad = await tinh.get(`/api/monitoring/campaigns/${campaignId}/overview?asOf=31-12-2026`);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.code).toBe('VALIDATION_FAILED');
    const badTemplate = await tinh.post('/api/monitoring/campaigns', {
      templateId: 'khong-co',
      unitId: communeId,
    });
    expect(badTemplate.json().error.code).toBe('CAMPAIGN_TEMPLATE_NOT_FOUND');
  });
});
