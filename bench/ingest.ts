// Learning-statement ingestion through the HTTP API (issue 3 budget): events/s in batches of 20
// and single-event requests/s with p50/p95/p99, against the raw-PostgreSQL ceiling for the same
// rows measured with pgbench in the same run.
//   DATABASE_URL=postgres://… npm run bench -- ingest [--seconds 15] [--concurrency 32]
//   npm run bench -- ingest          (embedded PGlite)
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildApp } from '../apps/server/src/app.ts';
import {
  createAccountWithPerson,
  startSession,
} from '../apps/server/src/modules/identity/identity.service.ts';
import { openBenchDb } from './_db.ts';
import { spawnLoad } from './_load.ts';
import { report } from './_stats.ts';

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '15' },
    concurrency: { type: 'string', default: '32' },
    learners: { type: 'string', default: '200' },
  },
});
const seconds = Number(values.seconds);
const concurrency = Number(values.concurrency);
const bench = await openBenchDb('ingest');
const { ctx } = bench;
const databaseUrl = bench.url;
const backend = ctx.database.kind;
const moduleId = 'smartphone-lam-quen';

// Learners with live sessions, created through the account service.
const runId = Date.now().toString(36);
const sessions: { cookie: string; csrf: string }[] = [];
const nLearners = Number(values.learners);
for (let i = 0; i < nLearners; i++) {
  const { account } = await createAccountWithPerson(ctx, {
    fullName: `Học viên ${i}`,
    login: `hv${i}-${runId}@bench.lantoa`,
    password: 'bench-password-1',
    roles: [{ role: 'learner' }],
  });
  const s = await startSession(ctx, account.id, { ip: '127.0.0.1', userAgent: 'bench' });
  sessions.push({ cookie: `lantoa_session=${s.token}`, csrf: s.csrfToken });
}

const app = await buildApp(ctx);
await app.listen({ port: 0, host: '127.0.0.1' });
const addr = app.server.address();
const url = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}`;

const runLoad = (batch: number, conc: number, secs: number) =>
  spawnLoad('_loadgen.ts', {
    url,
    sessions,
    batch,
    concurrency: conc,
    seconds: secs,
    moduleId,
    maxRequests: 2_000_000,
  });

await runLoad(20, concurrency, 3); // warm-up: JIT, pools, caches
const batch = await runLoad(20, concurrency, seconds);
const eventsPerS = (batch.requests * 20) / batch.elapsed;
report('ingest', `batch20_events_per_s_${backend}`, Math.round(eventsPerS), '/s');
report('ingest', `batch20_p50_${backend}`, batch.p50, 'ms');
report('ingest', `batch20_p95_${backend}`, batch.p95, 'ms');
report('ingest', `batch20_p99_${backend}`, batch.p99, 'ms');
report('ingest', `batch20_errors_${backend}`, batch.errors, '');

const single = await runLoad(1, concurrency, seconds);
const singlePerS = single.requests / single.elapsed;
report('ingest', `single_requests_per_s_${backend}`, Math.round(singlePerS), '/s');
report('ingest', `single_p50_${backend}`, single.p50, 'ms');
report('ingest', `single_p95_${backend}`, single.p95, 'ms');
report('ingest', `single_p99_${backend}`, single.p99, 'ms');
report('ingest', `single_errors_${backend}`, single.errors, '');

await app.close();

// The ceiling: the same rows inserted by pgbench (8 clients), no HTTP, no application.
if (databaseUrl) {
  const person = (await ctx.database.db.execute(
    (
      await import('drizzle-orm')
    ).sql`select id from people limit 1`,
  )) as unknown as {
    rows: { id: string }[];
  };
  const pid = person.rows[0]?.id;
  const row = `(gen_random_uuid(), '${pid}', 'experienced', 'block', '${moduleId}/b1', '${moduleId}', 1, '{"durationSeconds":20}', '{"moduleId":"${moduleId}","blockIndex":1}', now())`;
  const cols =
    '(id, person_id, verb, object_type, object_id, module_id, module_version, result, context, timestamp)';
  const dir = os.tmpdir();
  const f20 = path.join(dir, 'lantoa-ceiling-20.sql');
  const f1 = path.join(dir, 'lantoa-ceiling-1.sql');
  writeFileSync(f20, `insert into learning_events ${cols} values ${Array(20).fill(row).join(', ')};\n`);
  writeFileSync(f1, `insert into learning_events ${cols} values ${row};\n`);
  const u = new URL(databaseUrl);
  const pgb = (file: string) => {
    const out = execFileSync(
      'pgbench',
      [
        '-n',
        '-c',
        '8',
        '-j',
        '2',
        '-T',
        String(Math.min(seconds, 10)),
        '-f',
        file,
        '-h',
        u.hostname,
        '-p',
        u.port || '5432',
        '-U',
        decodeURIComponent(u.username || 'postgres'),
        u.pathname.slice(1),
      ],
      { encoding: 'utf8', env: { ...process.env, PGPASSWORD: decodeURIComponent(u.password) } },
    );
    const m = /tps = ([\d.]+)/.exec(out);
    return m ? Number(m[1]) : Number.NaN;
  };
  const ceil20 = pgb(f20) * 20;
  const ceil1 = pgb(f1);
  report('ingest', 'ceiling_rows_per_s_20row_tx', Math.round(ceil20), '/s');
  report('ingest', 'ceiling_single_row_tx_per_s', Math.round(ceil1), '/s');
  report('ingest', 'batch20_ratio_to_ceiling', eventsPerS / ceil20, '');
  report('ingest', 'single_ratio_to_ceiling', singlePerS / ceil1, '');
}

await bench.close();
