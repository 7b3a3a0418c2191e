// Certificates (issue 10 budgets): public verification throughput through HTTP (POST /api/verify
// with a real credential, and GET /api/verify/:id), PDF generation per certificate, and bulk
// issuance of 10,000 certificates by an officer in one request. Ceiling for verification: jose's
// Ed25519 JWT verification alone, in process, on one core.
//   DATABASE_URL=postgres://… npm run bench -- credentials [--seconds 10] [--concurrency 32] [--people 10000]
//   npm run bench -- credentials          (embedded PGlite)
import { parseArgs } from 'node:util';
import { sql } from 'drizzle-orm';
import { jwtVerify } from 'jose';
import { buildApp } from '../apps/server/src/app.ts';
import { certificates } from '../apps/server/src/db/schema/index.ts';
import * as credentials from '../apps/server/src/modules/credentials/credentials.service.ts';
import { findAccountByLogin } from '../apps/server/src/modules/identity/identity.repository.ts';
import { startSession } from '../apps/server/src/modules/identity/identity.service.ts';
import { findUnitByCode } from '../apps/server/src/modules/units/units.repository.ts';
import { openBenchDb } from './_db.ts';
import { spawnLoad } from './_load.ts';
import { percentile, report } from './_stats.ts';

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '10' },
    concurrency: { type: 'string', default: '32' },
    people: { type: 'string', default: '10000' },
    pdfs: { type: 'string', default: '200' },
  },
});
const seconds = Number(values.seconds);
const concurrency = Number(values.concurrency);
const nPeople = Number(values.people);
const bench = await openBenchDb('credentials');
const { ctx } = bench;
const backend = ctx.database.kind;
const N = 'credentials';

const app = await buildApp(ctx);
await app.listen({ port: 0, host: '127.0.0.1' });
const addr = app.server.address();
const url = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}`;

// People to certify: a class of `nPeople` in the demo province (seeded with one SQL statement; the
// people triggers fill their name index as for any insert). The thing measured is the issuance.
const province = await findUnitByCode(ctx.db, ctx.env.demoProvinceCode);
const runId = Date.now().toString(36);
const people = await ctx.database.raw<{ id: string }>(
  `insert into people (full_name, search_text, unit_id)
   select 'Học viên lớp ' || g || ' ' || $2, 'hoc vien lop ' || g || ' ' || $2, $1
   from generate_series(1, $3::int) g returning id`,
  [province?.id, runId, nPeople],
);

const officer = await findAccountByLogin(ctx.db, { email: 'tinh@lantoa.demo' });
if (!officer) throw new Error('demo campaign office account missing');
const s = await startSession(ctx, officer.id, { ip: '127.0.0.1', userAgent: 'bench' });

// 1. Bulk issuance of nPeople certificates in one request.
const t0 = performance.now();
const res = await fetch(`${url}/api/certificates/bulk`, {
  method: 'POST',
  headers: {
    'content-type': 'application/json',
    cookie: `lantoa_session=${s.token}`,
    'x-csrf-token': s.csrfToken,
  },
  body: JSON.stringify({
    personIds: people.map((p) => p.id),
    templateId: 'giang-vien-nong-cot',
    reason: 'Lớp tập huấn giảng viên nòng cốt (đo hiệu năng)',
  }),
});
const bulkSeconds = (performance.now() - t0) / 1000;
const bulk = (await res.json()) as { issued: number };
if (res.status !== 200 || bulk.issued !== nPeople)
  throw new Error(`bulk issuance failed: ${res.status} ${JSON.stringify(bulk)}`);
const [stored] = await ctx.db
  .select({ n: sql<number>`count(*)::int` })
  .from(certificates)
  .where(sql`${certificates.templateId} = 'giang-vien-nong-cot'`);
report(N, `bulk_issue_${nPeople}_seconds_${backend}`, bulkSeconds, 's');
report(N, `bulk_issue_per_s_${backend}`, Math.round(nPeople / bulkSeconds), '/s');
report(N, 'bulk_issue_budget_seconds', 120, 's');
report(N, 'bulk_issue_stored', Number(stored?.n ?? 0), '');

// 2. PDF generation, one certificate at a time.
const rows = await ctx.db.select().from(certificates).limit(Number(values.pdfs));
await credentials.certificatePdf(ctx, rows[0] as (typeof rows)[number], url); // fonts warm
const times: number[] = [];
let bytes = 0;
for (const row of rows) {
  const t = performance.now();
  bytes += (await credentials.certificatePdf(ctx, row, url)).length;
  times.push(performance.now() - t);
}
times.sort((a, b) => a - b);
report(N, 'pdf_p50', percentile(times, 50), 'ms');
report(N, 'pdf_p95', percentile(times, 95), 'ms');
report(N, 'pdf_max', times[times.length - 1] as number, 'ms');
report(N, 'pdf_mean_kb', bytes / rows.length / 1024, 'KB');
report(N, 'pdf_budget', 300, 'ms');

// 3. Verification through HTTP, from a separate process.
const runLoad = (method: 'GET' | 'POST', apiPath: string, body: unknown, secs: number) =>
  spawnLoad('_http-loadgen.ts', {
    url,
    method,
    path: apiPath,
    body,
    concurrency,
    seconds: secs,
    maxRequests: 5_000_000,
  });
const sample = rows[0] as (typeof rows)[number];
const verifyBody = { credential: sample.credentialJwt };
await runLoad('POST', '/api/verify', verifyBody, 2); // warm-up
const byCredential = await runLoad('POST', '/api/verify', verifyBody, seconds);
report(
  N,
  `verify_credential_per_s_${backend}`,
  Math.round(byCredential.requests / byCredential.elapsed),
  '/s',
);
report(N, 'verify_credential_p50', byCredential.p50, 'ms');
report(N, 'verify_credential_p95', byCredential.p95, 'ms');
report(N, 'verify_credential_p99', byCredential.p99, 'ms');
report(N, 'verify_credential_errors', byCredential.errors, '');
const byId = await runLoad('GET', `/api/verify/${sample.id}`, undefined, seconds);
report(N, `verify_id_per_s_${backend}`, Math.round(byId.requests / byId.elapsed), '/s');
report(N, 'verify_id_p95', byId.p95, 'ms');
report(N, 'verify_id_errors', byId.errors, '');
report(N, 'verify_budget_per_s', 2000, '/s');

// Ceiling: the signature check alone (jose, Ed25519), in process on one core, for 2 s.
const keys = await credentials.keyring(ctx);
const key = await keys.publicKey(sample.keyId);
if (!key) throw new Error('signing key not published');
let n = 0;
const until = performance.now() + 2000;
const c0 = performance.now();
while (performance.now() < until) {
  await jwtVerify(sample.credentialJwt, key, { algorithms: ['EdDSA'] });
  n++;
}
const ceiling = n / ((performance.now() - c0) / 1000);
report(N, 'ceiling_jwt_verify_per_s_one_core', Math.round(ceiling), '/s');
report(N, 'verify_ratio_to_one_core_ceiling', byCredential.requests / byCredential.elapsed / ceiling, '');

await app.close();
await bench.close();
