// People search and unit-subtree listing for a province with 100,000 people, through the real
// HTTP API as a campaign-office user. Budget (issue 2): p95 < 50 ms on PostgreSQL.
//   DATABASE_URL=postgres://… npm run bench -- people-search [--people 100000]
// Without DATABASE_URL it runs on an in-memory PGlite (slower; for comparison only).
import { parseArgs } from 'node:util';
import { buildApp } from '../apps/server/src/app.ts';
import { foldVietnamese } from '../apps/server/src/lib/text.ts';
import { demoPeople } from '../apps/server/src/modules/demo/demo.people.ts';
import { findAccountByLogin } from '../apps/server/src/modules/identity/identity.repository.ts';
import {
  createAccountWithPerson,
  startSession,
} from '../apps/server/src/modules/identity/identity.service.ts';
import { insertPeople } from '../apps/server/src/modules/people/people.repository.ts';
import { nationalIdFields } from '../apps/server/src/modules/people/people.service.ts';
import { openBenchDb } from './_db.ts';
import { percentile, report, timeIt } from './_stats.ts';

const { values } = parseArgs({
  options: { people: { type: 'string', default: '100000' }, rounds: { type: 'string', default: '30' } },
});
const N = Number(values.people);
const rounds = Number(values.rounds);
const bench = await openBenchDb('people');
const { ctx } = bench;
const backend = ctx.database.kind;

// Generate the province's people in bulk through the people repository.
const provinceRes = await ctx.db.execute(
  (await import('drizzle-orm')).sql`select id, path from units where code = '19' and valid_to is null`,
);
const province = ((provinceRes as { rows?: unknown[] }).rows ?? provinceRes)[0] as {
  id: number;
  path: string;
};
const communeRes = await ctx.db.execute(
  (await import('drizzle-orm')).sql`select id from units where parent_id = ${province.id} order by code`,
);
const communes = (((communeRes as { rows?: unknown[] }).rows ?? communeRes) as { id: number }[]).map(
  (r) => r.id,
);
const t0 = performance.now();
const batch = 2000;
if (bench.fresh) {
  const gen = demoPeople(N, 7);
  for (let i = 0; i < N; i += batch) {
    const rows = gen.slice(i, i + batch).map((p, j) => ({
      fullName: p.fullName,
      searchText: foldVietnamese(p.fullName),
      birthYear: p.birthYear,
      gender: p.gender,
      unitId: communes[(i + j) % communes.length] as number,
      targetGroups: p.targetGroups,
      vulnerabilities: p.vulnerabilities,
      ...((i + j) % 10 === 0 ? nationalIdFields(ctx, String(19_000_000_000 + i + j).padStart(12, '0')) : {}),
    }));
    await insertPeople(ctx.db, rows);
  }
}
await ctx.db.execute((await import('drizzle-orm')).sql`analyze`);
if (bench.fresh)
  report(
    'people-search',
    `seed_people_per_s_${backend}`,
    Math.round(N / ((performance.now() - t0) / 1000)),
    '/s',
  );

const app = await buildApp(ctx);
await app.listen({ port: 0, host: '127.0.0.1' });
const addr = app.server.address();
const url = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}`;
// A campaign-office session for the province (the demo account, or one made for this run).
const office =
  (await findAccountByLogin(ctx.db, { email: 'tinh@lantoa.demo' })) ??
  (await findAccountByLogin(ctx.db, { email: 'bench-office@lantoa.test' })) ??
  (
    await createAccountWithPerson(ctx, {
      fullName: 'Văn phòng chiến dịch (đo hiệu năng)',
      login: 'bench-office@lantoa.test',
      password: 'bench-password-1',
      roles: [{ role: 'campaign_office', unitId: province.id }],
    })
  ).account;
const officeSession = await startSession(ctx, office.id, { ip: '127.0.0.1', userAgent: 'bench' });
const cookie = `lantoa_session=${officeSession.token}`;

// A commune officer of the most populous commune (the worst case for a one-commune scope).
const biggestRes = await ctx.db.execute(
  (await import('drizzle-orm'))
    .sql`select unit_id as id from people where unit_id is not null group by unit_id order by count(*) desc limit 1`,
);
const biggest = (((biggestRes as { rows?: unknown[] }).rows ?? biggestRes) as { id: number }[])[0]?.id;
const officerLogin = `bench-commune-${biggest}@lantoa.test`;
const officer =
  (await findAccountByLogin(ctx.db, { email: officerLogin })) ??
  (
    await createAccountWithPerson(ctx, {
      fullName: 'Cán bộ xã (đo hiệu năng)',
      login: officerLogin,
      password: 'bench-password-1',
      roles: [{ role: 'unit_officer', unitId: biggest as number }],
    })
  ).account;
const officerCookie = `lantoa_session=${(await startSession(ctx, officer.id, { ip: '127.0.0.1', userAgent: 'bench' })).token}`;
const cookies: Record<string, string> = {
  commune_officer_search: officerCookie,
  commune_officer_list: officerCookie,
};

const communeSample = communes.slice(0, 10);
const scenarios: Record<string, string[]> = {
  search_name: [
    'nguyen van',
    'tran thi mai',
    'hong',
    'le minh hai',
    'nong thi',
    'bui cong son',
    'thao',
    'dang kim',
    'ho huu',
  ].map((q) => `/api/people?q=${encodeURIComponent(q)}`),
  // Given and middle names typed alone: matched at the start of a later word of the name.
  search_inside_name: ['thao', 'van an', 'kim anh', 'hung'].map(
    (q) => `/api/people?q=${encodeURIComponent(q)}`,
  ),
  search_accented: ['Nguyễn Thị Hương', 'Đỗ Văn', 'Lý Thanh Hà'].map(
    (q) => `/api/people?q=${encodeURIComponent(q)}`,
  ),
  list_province_sorted: ['/api/people?sort=fullName', '/api/people?sort=-createdAt&page=50'],
  list_commune_subtree: communeSample.map((id) => `/api/people?unitId=${id}`),
  filter_group: [
    '/api/people?targetGroup=official',
    `/api/people?vulnerability=elderly&unitId=${communeSample[0]}`,
  ],
  // As the officer of the most populous commune: names from the start, given names alone, lists.
  commune_officer_search: ['nguyen van', 'tran thi', 'thao', 'van an', 'hung'].map(
    (q) => `/api/people?q=${encodeURIComponent(q)}`,
  ),
  commune_officer_list: [
    '/api/people',
    '/api/people?vulnerability=elderly',
    '/api/people?targetGroup=official',
  ],
  national_id_exact: ['/api/people?nationalId=019000000010'],
  unit_subtree: [
    `/api/units?parentId=${province.id}&pageSize=100`,
    `/api/units?q=phuong&parentId=${province.id}`,
  ],
};

for (const [name, urls] of Object.entries(scenarios)) {
  const headers = { cookie: cookies[name] ?? cookie };
  for (const u of urls) await fetch(url + u, { headers }); // warm-up
  const samples: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const u of urls) {
      samples.push(
        await timeIt(async () => {
          const res = await fetch(url + u, { headers });
          if (res.status !== 200) throw new Error(`${u}: ${res.status} ${await res.text()}`);
          await res.arrayBuffer();
        }),
      );
    }
  }
  samples.sort((a, b) => a - b);
  report('people-search', `${name}_p50_${backend}`, percentile(samples, 50), 'ms');
  report('people-search', `${name}_p95_${backend}`, percentile(samples, 95), 'ms');
}

// Ceiling: the same list queries through the repository and driver alone (no HTTP, no auth).
{
  const { listPeople } = await import('../apps/server/src/modules/people/people.repository.ts');
  const { resolveScope, resolvedScopeCondition } = await import(
    '../apps/server/src/modules/access/access.sql.ts'
  );
  const scope = resolvedScopeCondition(
    await resolveScope(ctx.db, { all: false, unitPaths: [province.path], organisationPaths: [] }),
    '"people"."unit_id"',
    '"people"."organisation_id"',
  );
  const { foldVietnamese: fold } = await import('../apps/server/src/lib/text.ts');
  const terms = [
    'nguyen van',
    'tran thi mai',
    'hong',
    'le minh hai',
    'nong thi',
    'bui cong son',
    'thao',
    'dang kim',
    'ho huu',
  ];
  const ceiling: number[] = [];
  const http: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const q of terms) {
      ceiling.push(
        await timeIt(() =>
          listPeople(ctx.db, { scope, folded: fold(q), sort: 'fullName', limit: 20, offset: 0 }),
        ),
      );
      http.push(
        await timeIt(async () =>
          (
            await fetch(`${url}/api/people?q=${encodeURIComponent(q)}`, { headers: { cookie } })
          ).arrayBuffer(),
        ),
      );
    }
  }
  ceiling.sort((a, b) => a - b);
  http.sort((a, b) => a - b);
  report('people-search', `ceiling_search_p95_${backend}`, percentile(ceiling, 95), 'ms');
  report(
    'people-search',
    `ratio_ceiling_to_search_p95_${backend}`,
    percentile(ceiling, 95) / percentile(http, 95),
    '',
  );
}

await app.close();
if (process.env.BENCH_KEEP_DB) console.error(`kept database ${bench.url}`);
await bench.close();
