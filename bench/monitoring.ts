// Campaign monitoring at scale: the first build of a campaign's KPIs, the incremental refresh of a
// batch of changed learners, the dashboard overview of the province and a commune drill-down
// (p50/p95 through HTTP as the campaign office), a target's breakdown by commune, the people
// still to reach a target in the largest commune, and a whole province's quarterly report (figures,
// XLSX and PDF).
//   DATABASE_URL=postgres://… npm run bench -- monitoring [--scale small|province] [--rounds 100]
//   BENCH_DATABASE_URL=postgres://…/lantoa_province npm run bench -- monitoring   (existing synthetic province)
import { parseArgs } from 'node:util';
import { sql } from 'drizzle-orm';
import { buildApp } from '../apps/server/src/app.ts';
import { findAccountByLogin } from '../apps/server/src/modules/identity/identity.repository.ts';
import {
  createAccountWithPerson,
  startSession,
} from '../apps/server/src/modules/identity/identity.service.ts';
import { createCampaign, rebuildCampaign } from '../apps/server/src/modules/monitoring/campaigns.service.ts';
import { refreshKpis } from '../apps/server/src/modules/monitoring/kpi.refresher.ts';
import { scales, synth } from '../apps/server/src/modules/synth/synth.service.ts';
import { findUnitByCode } from '../apps/server/src/modules/units/units.repository.ts';
import { openBenchDb, sample } from './_db.ts';
import { percentile, report, timeIt } from './_stats.ts';

const { values } = parseArgs({
  options: {
    scale: { type: 'string', default: 'small' },
    rounds: { type: 'string', default: '100' },
    template: { type: 'string', default: 'yen-bai-binh-dan-hoc-vu-so-2026' },
    rebuild: { type: 'boolean', default: false },
  },
});
const rounds = Number(values.rounds);
const bench = await openBenchDb('monitoring');
const { ctx } = bench;
const backend = ctx.database.kind;
const rows = <T>(r: unknown) => ((r as { rows?: T[] }).rows ?? (r as T[])) as T[];

if (bench.fresh) {
  const preset =
    values.scale === 'province' ? scales.province : { ...scales.small, people: 20_000, learners: 12_000 };
  const t0 = performance.now();
  await synth(ctx, { ...preset, seed: 19, provinceCode: '19', start: '2026-03-01' }, () => {});
  report('monitoring', `synth_seconds_${backend}`, (performance.now() - t0) / 1000, 's');
}
const province = await findUnitByCode(ctx.db, '19');
if (!province) throw new Error('no province 19');
const campaignId = `bench-${values.template}`;
const [existing] = rows<{ id: string }>(
  await ctx.db.execute(sql`select id from campaigns where id = ${campaignId}`),
);
if (!existing) {
  await createCampaign(
    ctx.db,
    null,
    { templateId: values.template as string, unitId: province.id, id: campaignId },
    null,
  );
}
if (!existing || values.rebuild) {
  // The people the synthetic inserts marked are all counted by the first build.
  await ctx.db.execute(sql`delete from kpi_dirty`);
  let total = 0;
  for (const t of await rebuildCampaign(ctx.db, campaignId)) {
    report('monitoring', `build_${t.target.split(':')[1]}_ms_${backend}`, t.ms, 'ms');
    total += t.ms;
  }
  report('monitoring', `build_campaign_seconds_${backend}`, total / 1000, 's');
}
const [size] = rows<{ subjects: number; counts: number; history: number }>(
  await ctx.db.execute(sql`select (select count(*)::int from kpi_subjects k join campaign_targets t on t.id = k.target_id where t.campaign_id = ${campaignId}) as subjects,
    (select count(*)::int from kpi_counts k join campaign_targets t on t.id = k.target_id where t.campaign_id = ${campaignId})
      + (select count(*)::int from kpi_organisation_counts k join campaign_targets t on t.id = k.target_id where t.campaign_id = ${campaignId}) as counts,
    (select count(*)::int from kpi_history k join campaign_targets t on t.id = k.target_id where t.campaign_id = ${campaignId}) as history`),
);
report('monitoring', 'kpi_subjects_rows', Number(size?.subjects), '');
report('monitoring', 'kpi_counts_rows', Number(size?.counts), '');
report('monitoring', 'kpi_history_rows', Number(size?.history), '');

// Incremental refresh: first the day's and week's work (history row, weekly targets), then
// 2,000 learners whose records changed (as after an evening's lessons).
const rolloverMs = await timeIt(() => refreshKpis(ctx));
report('monitoring', `refresh_day_and_week_rollover_ms_${backend}`, rolloverMs, 'ms');
await ctx.db.execute(sql`insert into kpi_dirty (person_id)
  select person_id from learner_profiles order by person_id limit 2000 on conflict do nothing`);
const refreshMs = await timeIt(() => refreshKpis(ctx));
report('monitoring', `refresh_2000_people_ms_${backend}`, refreshMs, 'ms');

// The campaign office of the province, and the officer of the most populous commune.
const session = async (login: string, role: 'campaign_office' | 'unit_officer', unitId: number) => {
  const account =
    (await findAccountByLogin(ctx.db, { email: login })) ??
    (
      await createAccountWithPerson(ctx, {
        fullName: 'Cán bộ đo hiệu năng',
        login,
        password: 'bench-password-1',
        roles: [{ role, unitId }],
      })
    ).account;
  return `lantoa_session=${(await startSession(ctx, account.id, { ip: '127.0.0.1', userAgent: 'bench' })).token}`;
};
const [biggest] = rows<{ id: number }>(
  await ctx.db.execute(
    sql`select unit_id as id from people where unit_id is not null group by unit_id order by count(*) desc limit 1`,
  ),
);
const communeId = Number(biggest?.id);
const office = await session('bench-monitoring-tinh@lantoa.test', 'campaign_office', province.id);
const communeOfficer = await session(
  `bench-monitoring-xa-${communeId}@lantoa.test`,
  'unit_officer',
  communeId,
);
const communes = rows<{ id: number }>(
  await ctx.db.execute(
    sql`select id from units where parent_id = ${province.id} and valid_to is null order by id`,
  ),
).map((r) => Number(r.id));
const [t2] = rows<{ id: string }>(
  await ctx.db.execute(
    sql`select id from campaign_targets where campaign_id = ${campaignId} and subject = 'person' order by position limit 1`,
  ),
);

const app = await buildApp(ctx);
await app.listen({ port: 0, host: '127.0.0.1' });
const addr = app.server.address();
const url = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}`;
let k = 0;
const get = (cookie: string, path: () => string) => async () => {
  const res = await fetch(url + path(), { headers: { cookie } });
  if (res.status !== 200) throw new Error(`${path()}: ${res.status} ${await res.text()}`);
  await res.arrayBuffer();
};
const target = encodeURIComponent(String(t2?.id));
const scenarios: [string, () => Promise<void>][] = [
  ['overview_province', get(office, () => `/api/monitoring/campaigns/${campaignId}/overview`)],
  [
    'overview_commune',
    get(
      office,
      () => `/api/monitoring/campaigns/${campaignId}/overview?unitId=${communes[k++ % communes.length]}`,
    ),
  ],
  ['overview_commune_officer', get(communeOfficer, () => `/api/monitoring/campaigns/${campaignId}/overview`)],
  ['breakdown_by_commune', get(office, () => `/api/monitoring/targets/${target}/breakdown?by=unit`)],
  [
    'people_not_reached_largest_commune',
    get(communeOfficer, () => `/api/monitoring/targets/${target}/subjects?achieved=false&pageSize=20`),
  ],
  ['laggard_units', get(office, () => `/api/monitoring/campaigns/${campaignId}/laggards?kind=units`)],
];
for (const [name, fn] of scenarios) {
  const ms = await sample(rounds, fn);
  report('monitoring', `${name}_p50_${backend}`, percentile(ms, 50), 'ms');
  report('monitoring', `${name}_p95_${backend}`, percentile(ms, 95), 'ms');
}

// A whole province's quarterly report: figures for 92 communes, then both files.
const reportMs = await timeIt(async () => {
  const made = await fetch(`${url}/api/monitoring/campaigns/${campaignId}/reports`, {
    method: 'POST',
    headers: { cookie: office, 'content-type': 'application/json', 'x-csrf-token': await csrf(office) },
    body: JSON.stringify({ period: '2026-Q4' }),
  });
  if (made.status !== 201) throw new Error(`report: ${made.status} ${await made.text()}`);
  const { id } = (await made.json()) as { id: string };
  for (const format of ['xlsx', 'pdf']) {
    const file = await fetch(`${url}/api/monitoring/reports/${id}/file?format=${format}`, {
      headers: { cookie: office },
    });
    if (file.status !== 200) throw new Error(`report ${format}: ${file.status}`);
    await file.arrayBuffer();
  }
});
report('monitoring', `quarterly_report_province_ms_${backend}`, reportMs, 'ms');

async function csrf(cookie: string): Promise<string> {
  const res = await fetch(`${url}/api/auth/session`, { headers: { cookie } });
  return ((await res.json()) as { csrfToken: string }).csrfToken;
}

await app.close();
await bench.close();
