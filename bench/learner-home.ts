// The learner's home: GET /api/learning/today (today's plan) and GET /api/learning/mastery for
// learners of a synthetic campaign, through the HTTP API; the ceiling is the same reads as plain
// SQL through the driver (no HTTP, no application), in the same run.
//   DATABASE_URL=postgres://… npm run bench -- learner-home [--scale small|province] [--rounds 200]
//   BENCH_DATABASE_URL=postgres://…/province npm run bench -- learner-home   (existing synthetic data)
import { parseArgs } from 'node:util';
import { buildApp } from '../apps/server/src/app.ts';
import { startSession } from '../apps/server/src/modules/identity/identity.service.ts';
import { scales, synth } from '../apps/server/src/modules/synth/synth.service.ts';
import { openBenchDb, sample } from './_db.ts';
import { percentile, report } from './_stats.ts';

const { values } = parseArgs({
  options: { scale: { type: 'string', default: 'small' }, rounds: { type: 'string', default: '200' } },
});
const rounds = Number(values.rounds);
const bench = await openBenchDb('home');
const { ctx } = bench;
const backend = ctx.database.kind;
if (bench.fresh) {
  const preset =
    values.scale === 'province' ? scales.province : { ...scales.small, people: 10_000, learners: 5_000 };
  const t0 = performance.now();
  await synth(ctx, { ...preset, seed: 19, provinceCode: '19', start: '2025-10-01' }, () => {});
  report('learner-home', `synth_seconds_${backend}`, (performance.now() - t0) / 1000, 's');
}

// Sessions for a sample of the most and least active learners.
const learners = await ctx.database.raw<{ account_id: string; person_id: string }>(
  `select a.id as account_id, a.person_id from accounts a join learner_profiles p on p.person_id = a.person_id
   order by (select count(*) from module_progress mp where mp.person_id = a.person_id) desc limit 50`,
);
const quiet = await ctx.database.raw<{ account_id: string; person_id: string }>(
  `select a.id as account_id, a.person_id from accounts a join learner_profiles p on p.person_id = a.person_id limit 50 offset 1000`,
);
const sessions: { cookie: string; personId: string }[] = [];
for (const l of [...learners, ...quiet]) {
  const s = await startSession(ctx, l.account_id, { ip: '127.0.0.1', userAgent: 'bench' });
  sessions.push({ cookie: `lantoa_session=${s.token}`, personId: l.person_id });
}

const app = await buildApp(ctx);
await app.listen({ port: 0, host: '127.0.0.1' });
const addr = app.server.address();
const url = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}`;
let k = 0;
const next = () => sessions[k++ % sessions.length] as (typeof sessions)[number];

for (const [name, path] of [
  ['today', '/api/learning/today'],
  ['mastery', '/api/learning/mastery'],
] as const) {
  const http = await sample(rounds, async () => {
    const res = await fetch(url + path, { headers: { cookie: next().cookie } });
    if (res.status !== 200) throw new Error(`${path}: ${res.status} ${await res.text()}`);
    await res.arrayBuffer();
  });
  report('learner-home', `${name}_p50_${backend}`, percentile(http, 50), 'ms');
  report('learner-home', `${name}_p95_${backend}`, percentile(http, 95), 'ms');
}

// Ceiling: the rows those pages need, read with plain SQL.
const raw = await sample(rounds, async () => {
  const pid = next().personId;
  await Promise.all([
    ctx.database.raw('select * from learner_profiles where person_id = $1', [pid]),
    ctx.database.raw('select * from module_progress where person_id = $1', [pid]),
    ctx.database.raw('select * from competence_mastery where person_id = $1', [pid]),
  ]);
});
report('learner-home', `ceiling_raw_reads_p95_${backend}`, percentile(raw, 95), 'ms');
report(
  'learner-home',
  `ratio_ceiling_to_today_p95_${backend}`,
  percentile(raw, 95) /
    Math.max(
      0.001,
      percentile(
        await sample(50, async () => {
          const res = await fetch(`${url}/api/learning/today`, { headers: { cookie: next().cookie } });
          await res.arrayBuffer();
        }),
        95,
      ),
    ),
  '',
);

await app.close();
await bench.close();
