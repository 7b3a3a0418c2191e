// Engagement at scale: the set-based recount from the learning records, leaderboard reads (top 50
// and my rank, through HTTP as learners of the province and of its largest commune) and the weekly
// league rollover of every learner of the province at once.
//   DATABASE_URL=postgres://… npm run bench -- engagement [--scale small|province] [--rounds 100]
//   BENCH_DATABASE_URL=postgres://…/lantoa_province npm run bench -- engagement [--rebuild]
import { parseArgs } from 'node:util';
import { sql } from 'drizzle-orm';
import { buildApp } from '../apps/server/src/app.ts';
import { rebuildEngagement } from '../apps/server/src/modules/engagement/engagement.rebuild.ts';
import { rollOverLeagues } from '../apps/server/src/modules/engagement/leagues.ts';
import { engagementConfig } from '../apps/server/src/modules/engagement/xp.ts';
import { startSession } from '../apps/server/src/modules/identity/identity.service.ts';
import { scales, synth } from '../apps/server/src/modules/synth/synth.service.ts';
import { openBenchDb, sample } from './_db.ts';
import { percentile, report, timeIt } from './_stats.ts';

const { values } = parseArgs({
  options: {
    scale: { type: 'string', default: 'small' },
    rounds: { type: 'string', default: '100' },
    rebuild: { type: 'boolean', default: false },
  },
});
const rounds = Number(values.rounds);
const bench = await openBenchDb('engagement');
const { ctx } = bench;
const backend = ctx.database.kind;
const rows = <T>(r: unknown) => ((r as { rows?: T[] }).rows ?? (r as T[])) as T[];
const one = async <T>(q: ReturnType<typeof sql>) => rows<T>(await ctx.db.execute(q))[0] as T;

if (bench.fresh) {
  const preset =
    values.scale === 'province' ? scales.province : { ...scales.small, people: 20_000, learners: 12_000 };
  // Learning that ends today, so this week's boards and leagues have learners.
  const start = new Date(Date.now() - preset.days * 86_400_000).toISOString().slice(0, 10);
  await synth(ctx, { ...preset, seed: 19, provinceCode: '19', start }, () => {});
}
const config = await engagementConfig(ctx.db);
if (!config) throw new Error('no engagement.yaml in the content packs');
const { n: existing } = await one<{ n: number }>(
  sql`select count(*)::int as n from xp_totals where period = 'all'`,
);
if (!existing || values.rebuild) {
  let total = 0;
  await rebuildEngagement(ctx.db, new Date(), (step, ms) => {
    report('engagement', `rebuild_${step}_ms_${backend}`, ms, 'ms');
    total += ms;
  });
  report('engagement', `rebuild_seconds_${backend}`, total / 1000, 's');
}
const counts = await one<{ learners: number; events: number }>(
  sql`select (select count(*)::int from xp_totals where period = 'all') as learners, (select count(*)::int from xp_events) as events`,
);
report('engagement', 'learners_with_xp', Number(counts.learners), '');
report('engagement', 'xp_events', Number(counts.events), '');

// Learners of the largest commune and of the whole province, signed in.
const { id: commune } = await one<{ id: number }>(
  sql`select unit_id as id from xp_totals where period = 'all' and unit_id is not null group by unit_id order by count(*) desc limit 1`,
);
const pick = async (where: ReturnType<typeof sql>) =>
  rows<{ id: string }>(
    await ctx.db.execute(sql`select a.id from accounts a join xp_totals t on t.person_id = a.person_id and t.period = 'all'
      where ${where} order by a.id limit 40`),
  );
const cookies: string[] = [];
for (const a of [
  ...(await pick(sql`t.unit_id = ${commune}`)),
  ...(await pick(sql`t.unit_id <> ${commune}`)),
]) {
  cookies.push(
    `lantoa_session=${(await startSession(ctx, a.id, { ip: '127.0.0.1', userAgent: 'bench' })).token}`,
  );
}
const app = await buildApp(ctx);
await app.listen({ port: 0, host: '127.0.0.1' });
const addr = app.server.address();
const url = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}`;
let k = 0;
for (const [name, path] of [
  ['board_province_all', '/api/engagement/leaderboard?place=province&period=all'],
  ['board_province_month', '/api/engagement/leaderboard?place=province&period=month'],
  ['board_commune_all', '/api/engagement/leaderboard?place=commune&period=all'],
  ['board_commune_week', '/api/engagement/leaderboard?place=commune&period=week'],
] as const) {
  const ms = await sample(rounds, async () => {
    const res = await fetch(url + path, { headers: { cookie: cookies[k++ % cookies.length] as string } });
    if (res.status !== 200) throw new Error(`${path}: ${res.status} ${await res.text()}`);
    await res.arrayBuffer();
  });
  report('engagement', `${name}_p50_${backend}`, percentile(ms, 50), 'ms');
  report('engagement', `${name}_p95_${backend}`, percentile(ms, 95), 'ms');
}
await app.close();

// The weekly rollover of every learner of the province: a week of its own, then removed.
const week = '2000-01-03';
await ctx.db.execute(sql`insert into league_members (week, person_id, tier, league)
  select ${week}::date, person_id, (abs(hashtext(person_id::text)) % ${config.leagues.tiers.length})::smallint,
    ((row_number() over (partition by abs(hashtext(person_id::text)) % ${config.leagues.tiers.length} order by person_id) - 1)
      / ${config.leagues.size})::int + 1
  from learner_profiles on conflict do nothing`);
await ctx.db.execute(sql`insert into xp_totals (period, person_id, xp)
  select ${`w:${week}`}, person_id, (abs(hashtext(person_id::text || 'w')) % 400)::int from learner_profiles
  on conflict do nothing`);
await ctx.db.execute(sql`analyze xp_totals`);
const { n: members } = await one<{ n: number }>(
  sql`select count(*)::int as n from league_members where week = ${week}::date`,
);
let moved = { up: 0, down: 0 };
const rollMs = await timeIt(async () => {
  moved = await rollOverLeagues(ctx.db, week, config);
});
report('engagement', 'league_members', members, '');
report('engagement', `league_rollover_seconds_${backend}`, rollMs / 1000, 's');
report('engagement', 'league_promoted', moved.up, '');
report('engagement', 'league_demoted', moved.down, '');
await ctx.db.execute(sql`delete from notifications where kind = 'league' and dedupe_key = ${`week:${week}`}`);
await ctx.db.execute(sql`delete from league_members where week = ${week}::date`);
await ctx.db.execute(sql`delete from xp_totals where period = ${`w:${week}`}`);
await bench.close();
