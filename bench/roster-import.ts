// Roster import (issue F7): a CSV of 100,000 realistic people in Thái Nguyên's communes, made
// from the people template, imported through the HTTP API as the campaign office (upload, then
// the background job polled until done); then the same file again, which must change nothing.
// Budget: 100,000 rows in under 60 s on PostgreSQL.
//   DATABASE_URL=postgres://… npm run bench -- roster-import [--rows 100000]
import { parseArgs } from 'node:util';
import { sql } from 'drizzle-orm';
import { buildApp } from '../apps/server/src/app.ts';
import { genderLabels, targetGroupLabels, vulnerabilityLabels } from '../apps/server/src/lib/labels.ts';
import { rng, rngFor } from '../apps/server/src/lib/random.ts';
import { findAccountByLogin } from '../apps/server/src/modules/identity/identity.repository.ts';
import {
  createAccountWithPerson,
  startSession,
} from '../apps/server/src/modules/identity/identity.service.ts';
import { synthPerson } from '../apps/server/src/modules/synth/population.ts';
import { findUnitByCode } from '../apps/server/src/modules/units/units.repository.ts';
import { openBenchDb } from './_db.ts';
import { report } from './_stats.ts';

const { values } = parseArgs({ options: { rows: { type: 'string', default: '100000' } } });
const N = Number(values.rows);
const NAME = 'roster-import';
const bench = await openBenchDb('roster');
const { ctx } = bench;
const backend = ctx.database.kind;

const app = await buildApp(ctx);
await app.listen({ port: 0, host: '127.0.0.1' });
const addr = app.server.address();
const url = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}`;

const province = await findUnitByCode(ctx.db, ctx.env.demoProvinceCode);
if (!province) throw new Error('the demo province is missing');
// The campaign office of the province (tinh@lantoa.demo, or one made for this run on an existing
// database), signed in like the console does.
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
const session = await startSession(ctx, office.id, { ip: '127.0.0.1', userAgent: 'bench' });
const headers = { cookie: `lantoa_session=${session.token}`, 'x-csrf-token': session.csrfToken };

const communeRows = await ctx.db.execute(
  sql`select code from units where parent_id = ${province.id} and valid_to is null order by code`,
);
// On an existing database (a synthetic province has people with phones already), phones and ID
// numbers of a block of its own for each run, so the first import creates every row.
const base = bench.fresh ? 0 : (Date.now() % 900) * 100_000;
const communes = ((communeRows as { rows?: { code: string }[] }).rows ?? (communeRows as never)).map(
  (r: { code: string }) => r.code,
);

/** The template's header line, fetched as an officer would, then 100,000 people under it. */
async function makeCsv(): Promise<string> {
  const template = await fetch(`${url}/api/imports/templates/people?format=csv`, { headers });
  if (!template.ok) throw new Error(`template: ${template.status}`);
  const lines = [(await template.text()).trimEnd()];
  const q = (s: string) => (/[",;]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  for (let i = 0; i < N; i++) {
    const p = synthPerson(rngFor(7, 1, i), i, communes.length);
    const r = rng(i + 1);
    const day =
      r() < 0.6
        ? `${String(1 + Math.floor(r() * 28)).padStart(2, '0')}/${String(1 + Math.floor(r() * 12)).padStart(2, '0')}/${p.birthYear}`
        : '';
    const realistic = `019${p.gender === 'female' ? 3 : 2}${String(p.birthYear).slice(-2)}${String(i).padStart(6, '0')}`;
    const cccd = r() < 0.7 ? (bench.fresh ? realistic : `0${19_000_000_000 + base + i}`) : '';
    const phone = bench.fresh ? p.phone : `08${String(base + i).padStart(8, '0')}`;
    lines.push(
      [
        p.fullName,
        day,
        day ? '' : String(p.birthYear),
        genderLabels[p.gender].label,
        phone,
        r() < 0.1 ? `hv${i}@example.vn` : '',
        cccd,
        communes[p.unitIndex] as string,
        '',
        '',
        p.targetGroups.map((g) => targetGroupLabels[g as keyof typeof targetGroupLabels].label).join(';'),
        p.vulnerabilities
          .map((v) => vulnerabilityLabels[v as keyof typeof vulnerabilityLabels].label)
          .join(';'),
        r() < 0.4 ? 'Có' : '',
      ]
        .map(q)
        .join(','),
    );
  }
  return `${lines.join('\r\n')}\r\n`;
}

interface Job {
  id: string;
  status: string;
  total: number;
  processed: number;
  created: number;
  updated: number;
  unchanged: number;
  failed: number;
  message: string | null;
  errors: unknown[];
}

/** Uploads the file and polls the job until it ends: seconds from upload to done, and the job. */
async function importOnce(body: string) {
  const t0 = performance.now();
  const res = await fetch(`${url}/api/imports?kind=people&fileName=nguoi-dan-100k.csv`, {
    method: 'POST',
    headers: { ...headers, 'content-type': 'text/csv' },
    body,
  });
  if (res.status !== 202) throw new Error(`upload: ${res.status} ${await res.text()}`);
  const { id } = (await res.json()) as Job;
  let firstWrite = 0;
  for (;;) {
    const job = (await (await fetch(`${url}/api/imports/${id}`, { headers })).json()) as Job;
    if (!firstWrite && job.processed > 0) firstWrite = performance.now() - t0;
    if (job.status === 'completed' || job.status === 'failed')
      return { seconds: (performance.now() - t0) / 1000, checkedSeconds: firstWrite / 1000, job };
    await new Promise((r) => setTimeout(r, 200));
  }
}

const body = await makeCsv();
report(NAME, 'file_megabytes', Math.round(Buffer.byteLength(body) / 1e5) / 10, 'MB');
const first = await importOnce(body);
if (first.job.status !== 'completed' || first.job.created !== N)
  throw new Error(`first import: ${JSON.stringify({ ...first.job, errors: first.job.errors.slice(0, 5) })}`);
console.log(
  `BENCH ${NAME} rows=${N} seconds=${first.seconds.toFixed(1)} rows_per_s=${Math.round(N / first.seconds)} backend=${backend}`,
);
report(NAME, `read_and_check_seconds_${backend}`, first.checkedSeconds, 's');

const again = await importOnce(body);
const j = again.job;
if (j.status !== 'completed' || j.created !== 0 || j.updated !== 0 || j.unchanged !== N)
  throw new Error(`re-import changed something: ${JSON.stringify({ ...j, errors: j.errors.slice(0, 5) })}`);
console.log(
  `BENCH ${NAME} reimport_rows=${N} seconds=${again.seconds.toFixed(1)} created=${j.created} updated=${j.updated} unchanged=${j.unchanged} backend=${backend}`,
);

await app.close();
await bench.close();
