// Classes and the cascade at province scale (issue 13): 30 provincial trainers who ran 100 ToT
// classes for 3,000 core trainers, who opened 10,000 classes holding the province's learners (up to
// 800,000). Measured through HTTP: the cascade summary of the province as its campaign office, and the
// dashboard of a class of about 300 learners as its trainer. The class records are made set-based in
// SQL (like the synthetic province), then the classes' real refresher computes every member's progress.
//   BENCH_DATABASE_URL=postgres://…/lantoa_province npm run bench -- classes [--rounds 50] [--regenerate]
//   DATABASE_URL=postgres://… npm run bench -- classes --scale small
import { parseArgs } from 'node:util';
import { sql } from 'drizzle-orm';
import { buildApp } from '../apps/server/src/app.ts';
import type { Db } from '../apps/server/src/db/client.ts';
import { refreshClassMembers } from '../apps/server/src/modules/classes/classes.refresh.ts';
import {
  createAccountWithPerson,
  startSession,
} from '../apps/server/src/modules/identity/identity.service.ts';
import { scales, synth } from '../apps/server/src/modules/synth/synth.service.ts';
import { openBenchDb, sample } from './_db.ts';
import { percentile, report, timeIt } from './_stats.ts';

const { values } = parseArgs({
  options: {
    scale: { type: 'string', default: 'small' },
    rounds: { type: 'string', default: '50' },
    regenerate: { type: 'boolean', default: false },
  },
});
const rounds = Number(values.rounds);
const bench = await openBenchDb('classes');
const { ctx } = bench;
const db = ctx.db as Db;
const backend = ctx.database.kind;
const rows = <T>(r: unknown) => ((r as { rows?: T[] }).rows ?? (r as T[])) as T[];
const one = async <T>(q: ReturnType<typeof sql>) => rows<T>(await db.execute(q))[0] as T;

if (bench.fresh) {
  const preset = values.scale === 'province' ? scales.province : { ...scales.small, days: 20 };
  const start = new Date(Date.now() - preset.days * 86_400_000).toISOString().slice(0, 10);
  await synth(ctx, { ...preset, seed: 19, provinceCode: '19', start }, () => {});
}
const small = (await one<{ n: number }>(sql`select count(*)::int as n from learner_profiles`)).n < 100_000;
const shape = small
  ? { provincial: 3, tot: 6, core: 120, classes: 400 }
  : { provincial: 30, tot: 100, core: 3_000, classes: 10_000 };

const province = await one<{ id: number; path: string }>(
  sql`select id, path from units where code = '19' and type = 'province' and valid_to is null`,
);
const existing = await one<{ n: number }>(sql`select count(*)::int as n from classes where code like 'B0%'`);
if (values.regenerate || existing.n < shape.classes) {
  const ms = await timeIt(() => generate());
  report('classes', `generate_seconds_${backend}`, ms / 1000, 's');
  // Every member's progress from their module records, through the refresher the app runs.
  const members = rows<{ person_id: string }>(
    await db.execute(sql`select distinct person_id from class_members where class_id in
      (select id from classes where code like 'B0%' or code like 'BT0%')`),
  ).map((r) => r.person_id);
  const chunk = 2_000;
  const refreshMs = await timeIt(async () => {
    for (let i = 0; i < members.length; i += chunk) {
      const batch = members.slice(i, i + chunk);
      await db.transaction((tx) => refreshClassMembers(tx as Db, batch, new Date()));
    }
  });
  report('classes', `refresh_members`, members.length, '');
  report('classes', `refresh_seconds_${backend}`, refreshMs / 1000, 's');
  report('classes', `refresh_members_per_s_${backend}`, members.length / (refreshMs / 1000), '/s');
  await db.execute(sql`analyze trainers; analyze classes; analyze class_members; analyze class_sessions`);
}

/** The cascade's records, made set-based in SQL from the province's learners (deterministic). */
async function generate() {
  // Real join codes never hold a 0: the benchmark's classes are "BT0…" (ToT) and "B0…".
  await db.execute(sql`delete from trainers where person_id in (select trainer_id from classes where code like 'BT0%')
    or trained_in_class in (select id from classes where code like 'BT0%')`);
  await db.execute(sql`delete from classes where code like 'B0%' or code like 'BT0%'`);
  // Trainers are learners with accounts; provincial trainers at the province, core trainers in their commune.
  await db.execute(sql`create temporary table bench_pick as
    select p.id as person_id, p.unit_id, u.path as unit_path, row_number() over (order by hashtext(p.id::text)) as n
    from learner_profiles l join people p on p.id = l.person_id join units u on u.id = p.unit_id
    where exists (select 1 from accounts a where a.person_id = p.id)
    order by hashtext(p.id::text) limit ${shape.provincial + shape.core}`);
  await db.execute(sql`insert into trainers (person_id, tier, generation, unit_id, unit_path, root_id)
    select person_id, 'provincial', 0, ${province.id}, ${province.path}, person_id from bench_pick where n <= ${shape.provincial}`);
  // ToT classes: each provincial trainer runs a few, 30 core members each.
  await db.execute(sql`insert into classes (code, title, kind, course_ids, mode, unit_id, unit_path, trainer_id,
      generation, root_id, status, starts_on, ends_on)
    select 'BT' || lpad(g::text, 4, '0'), 'Tập huấn giảng viên nòng cốt – lớp ' || g, 'tot',
      array['binh-dan-hoc-ai/ai-bac-1-xu-ly-van-ban'], 'blended', ${province.id}, ${province.path},
      t.person_id, 0, t.person_id, 'finished', date '2026-03-02' + (g % 20) * 3, date '2026-03-04' + (g % 20) * 3
    from generate_series(1, ${shape.tot}) g
    join bench_pick t on t.n = 1 + (g - 1) % ${shape.provincial}`);
  await db.execute(sql`insert into trainers (person_id, tier, generation, unit_id, unit_path, trained_in_class, trained_by, root_id)
    select c.person_id, 'core', 1, c.unit_id, c.unit_path, k.id, k.trainer_id, k.trainer_id
    from bench_pick c
    join classes k on k.code = 'BT' || lpad((1 + (c.n - ${shape.provincial} - 1) % ${shape.tot})::text, 4, '0')
    where c.n > ${shape.provincial}`);
  await db.execute(sql`insert into class_members (class_id, person_id, status, source, completed_at)
    select trained_in_class, person_id, 'active', 'roster', now() from trainers where tier = 'core' and trained_in_class is not null`);
  // Core members open 0, 1, 3 or 5 classes (10 % none, 10 % one): the "2–3 classes" status has all cases.
  await db.execute(sql`insert into classes (code, title, kind, course_ids, mode, target_groups, unit_id, unit_path,
      venue_kind, venue, capacity, trainer_id, generation, root_id, status, starts_on)
    select 'B' || lpad(row_number() over (order by t.person_id, s)::text, 6, '0'),
      'Kỹ năng số cơ bản – lớp ' || s, 'standard',
      array['ky-nang-so-co-ban/dien-thoai-thong-minh', 'ky-nang-so-co-ban/an-toan-tren-mang'],
      (array['online','in_person','blended'])[1 + (abs(hashtext(t.person_id::text)) + s) % 3],
      array['nguoi-dan'], t.unit_id, t.unit_path, 'cultural_house', 'Nhà văn hoá', 400,
      t.person_id, 1, t.root_id, 'open', date '2026-04-01' + s * 14
    from trainers t
    cross join lateral generate_series(1,
      case when abs(hashtext(t.person_id::text)) % 10 = 0 then 0 when abs(hashtext(t.person_id::text)) % 10 = 1 then 1
           when abs(hashtext(t.person_id::text)) % 10 < 5 then 3 else 5 end) s
    where t.tier = 'core'
    limit ${shape.classes}`);
  // Learners join a class of their commune.
  await db.execute(sql`create temporary table bench_commune_classes as
    select id, unit_id, row_number() over (partition by unit_id order by id) - 1 as k,
      count(*) over (partition by unit_id) as m
    from classes where code like 'B0%'`);
  await db.execute(sql`insert into class_members (class_id, person_id, status, source, joined_at)
    select c.id, l.person_id, 'active', (array['code','link','qr','roster'])[1 + l.r % 4], now() - (l.r % 60) * interval '1 day'
    from (select p.id as person_id, p.unit_id, row_number() over (partition by p.unit_id order by hashtext(p.id::text)) as r
          from learner_profiles lp join people p on p.id = lp.person_id) l
    join bench_commune_classes c on c.unit_id = l.unit_id and c.k = l.r % c.m
    on conflict do nothing`);
  // The dashboard's class: 300 learners of a core trainer's commune (some also in another class).
  await db.execute(sql`insert into classes (code, title, kind, course_ids, mode, unit_id, unit_path, venue_kind, venue,
      capacity, trainer_id, generation, root_id, status, starts_on)
    select 'B0DASH', 'Kỹ năng số cơ bản – lớp 300 học viên', 'standard',
      array['ky-nang-so-co-ban/dien-thoai-thong-minh', 'ky-nang-so-co-ban/an-toan-tren-mang', 'ky-nang-so-co-ban/ung-dung-thong-dung'],
      'blended', t.unit_id, t.unit_path, 'school', 'Trường tiểu học', 300, t.person_id, 1, t.root_id, 'open', date '2026-09-07'
    from trainers t where t.tier = 'core' and exists (select 1 from accounts a where a.person_id = t.person_id)
    order by t.person_id limit 1`);
  await db.execute(sql`insert into class_members (class_id, person_id, status, source)
    select c.id, p.id, 'active', 'roster' from classes c
    join people p on p.unit_id = c.unit_id join learner_profiles lp on lp.person_id = p.id
    where c.code = 'B0DASH' order by hashtext(p.id::text) limit 300`);
  // Sessions: four per class, the first two held, with attendance of two members in three.
  await db.execute(sql`insert into class_sessions (class_id, starts_at, minutes, topic, in_person, checkin_secret)
    select c.id, now() + (s - 3) * interval '7 days', 90, 'Buổi ' || s, c.mode <> 'online', md5(c.id::text || s)
    from classes c cross join generate_series(1, 4) s where c.code like 'B0%'`);
  await db.execute(sql`insert into class_attendance (session_id, person_id, class_id, method)
    select s.id, m.person_id, m.class_id, 'qr' from class_sessions s
    join class_members m on m.class_id = s.class_id
    where s.starts_at < now() and s.class_id in (select id from classes where code like 'B0%')
      and abs(hashtext(m.person_id::text || s.id::text)) % 3 <> 0`);
  await db.execute(sql`drop table bench_pick; drop table bench_commune_classes`);
}

const counts = await one<{ trainers: number; classes: number; members: number; learners: number }>(sql`select
  (select count(*)::int from trainers) as trainers, (select count(*)::int from classes) as classes,
  (select count(*)::int from class_members) as members,
  (select count(distinct person_id)::int from class_members) as learners`);
report('classes', 'trainers', counts.trainers, '');
report('classes', 'classes', counts.classes, '');
report('classes', 'memberships', counts.members, '');
report('classes', 'learners_in_classes', counts.learners, '');

// The refresher's steady state: 20,000 members' progress recomputed in its batches of 2,000.
{
  const some = rows<{ person_id: string }>(
    await db.execute(sql`select person_id from class_members order by hashtext(person_id::text) limit 20000`),
  ).map((r) => r.person_id);
  const ms = await timeIt(async () => {
    for (let i = 0; i < some.length; i += 2_000) {
      const batch = some.slice(i, i + 2_000);
      await db.transaction((tx) => refreshClassMembers(tx as Db, batch, new Date()));
    }
  });
  report('classes', `refresh_20000_seconds_${backend}`, ms / 1000, 's');
  report('classes', `refresh_20000_per_s_${backend}`, some.length / (ms / 1000), '/s');
}

// The class of 300 learners, and its trainer's account.
const target = await one<{
  id: string;
  members: number;
  account: string;
}>(sql`select c.id, c.members_count as members,
    (select a.id from accounts a where a.person_id = c.trainer_id limit 1) as account
  from classes c where c.code = 'B0DASH'`);
report('classes', 'dashboard_class_members', target.members, '');
// The class's trainer holds the trainer role in their commune (as an appointment grants it).
await db.execute(sql`insert into role_assignments (account_id, role, unit_id)
  select ${target.account}, 'trainer', unit_id from classes where code = 'B0DASH' on conflict do nothing`);

const officerLogin = 'bench.classes.tinh@lantoa.test';
const officer =
  (await one<{ id: string } | undefined>(sql`select id from accounts where email = ${officerLogin}`)) ??
  (
    await createAccountWithPerson(ctx, {
      fullName: 'Văn phòng Ban chỉ đạo (bench)',
      login: officerLogin,
      password: 'bench-mat-khau-123',
      unitId: province.id,
      roles: [{ role: 'campaign_office', unitId: province.id }],
    })
  ).account;
const cookie = async (accountId: string) =>
  `lantoa_session=${(await startSession(ctx, accountId, { ip: '127.0.0.1', userAgent: 'bench' })).token}`;
const officerCookie = await cookie(officer.id);
const trainerCookie = await cookie(target.account);

const app = await buildApp(ctx);
await app.listen({ port: 0, host: '127.0.0.1' });
const addr = app.server.address();
const url = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}`;
for (const [name, path, who] of [
  ['cascade_province', `/api/network/cascade?unitId=${province.id}`, officerCookie],
  ['class_dashboard', `/api/classes/${target.id}/dashboard`, trainerCookie],
  ['class_members', `/api/classes/${target.id}/members`, trainerCookie],
] as const) {
  const ms = await sample(rounds, async () => {
    const res = await fetch(url + path, { headers: { cookie: who } });
    if (res.status !== 200) throw new Error(`${path}: ${res.status} ${await res.text()}`);
    await res.arrayBuffer();
  });
  report('classes', `${name}_p50_${backend}`, percentile(ms, 50), 'ms');
  report('classes', `${name}_p95_${backend}`, percentile(ms, 95), 'ms');
}
await app.close();
await bench.close();
