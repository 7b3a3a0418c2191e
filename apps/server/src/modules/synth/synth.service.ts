// `lantoa synth`: generates a realistic campaign of any size into the configured database —
// organisations, households, people, learner accounts, months of learning events with daily and
// evening peaks, and the progress and mastery that follow from them. Deterministic for a seed,
// resumable (progress is checkpointed in system_settings), bulk paths throughout.
import { eq, sql } from 'drizzle-orm';
import type { AppContext } from '../../context.ts';
import { systemSettings } from '../../db/schema/index.ts';
import { orderedUuid, pick, rngFor, uuidFrom } from '../../lib/random.ts';
import { foldVietnamese } from '../../lib/text.ts';
import { hashPassword } from '../identity/passwords.ts';
import { learnerEvents, type SynthModule } from './activity.ts';
import { insertEventsBulk, insertLearnerAccountsBulk, insertPeopleBulk, type PersonRow } from './bulk.ts';
import { synthPerson } from './population.ts';

export interface SynthOptions {
  people: number;
  learners: number;
  days: number;
  seed: number;
  provinceCode: string;
  eventsPerLearner: number;
  start: string;
}

export const scales: Record<'small' | 'province', Omit<SynthOptions, 'seed' | 'provinceCode' | 'start'>> = {
  small: { people: 20_000, learners: 12_000, days: 60, eventsPerLearner: 60 },
  province: { people: 1_300_000, learners: 800_000, days: 300, eventsPerLearner: 65 },
};

interface Checkpoint {
  options: SynthOptions;
  orgs: boolean;
  peopleDone: number;
  accountsDone: number;
  learnersDone: number;
  events: number;
  derived: boolean;
}

type Progress = (stage: string, done: number, total: number) => void;

const STREAM = { orgs: 1, person: 2, personId: 4, household: 3, account: 5, events: 6 } as const;
const personId = (seed: number, i: number) => orderedUuid(i, seed, rngFor(seed, STREAM.personId, i));

export async function synth(
  ctx: AppContext,
  options: SynthOptions,
  progress: Progress,
  opts: { fresh?: boolean } = {},
) {
  const key = `synth:${options.seed}`;
  const [saved] = await ctx.db.select().from(systemSettings).where(eq(systemSettings.key, key));
  let cp: Checkpoint = (saved?.value as Checkpoint | undefined) ?? {
    options,
    orgs: false,
    peopleDone: 0,
    accountsDone: 0,
    learnersDone: 0,
    events: 0,
    derived: false,
  };
  if (saved && !sameOptions(cp.options, options) && !opts.fresh) {
    throw new Error(
      `a synthetic run with seed ${options.seed} and other options is already in this database; use another --seed`,
    );
  }
  const save = async () => {
    await ctx.db
      .insert(systemSettings)
      .values({ key, value: cp })
      .onConflictDoUpdate({ target: systemSettings.key, set: { value: cp, updatedAt: new Date() } });
  };
  if (opts.fresh)
    cp = { options, orgs: false, peopleDone: 0, accountsDone: 0, learnersDone: 0, events: 0, derived: false };

  const db = ctx.database;
  const [province] = await db.raw<{ id: number; path: string }>(
    `select id, path from units where code = $1 and valid_to is null`,
    [options.provinceCode],
  );
  if (!province) throw new Error(`province ${options.provinceCode} not found`);
  const communes = (
    await db.raw<{ id: number }>(
      `select id from units where parent_id = $1 and valid_to is null order by code`,
      [province.id],
    )
  ).map((u) => u.id);
  const orgs = await ensureOrganisations(ctx, options, province.id, communes, cp.orgs);
  cp.orgs = true;
  await save();

  // People, with their households, in chunks.
  const chunk = 5000;
  for (let from = cp.peopleDone; from < options.people; from += chunk) {
    const to = Math.min(options.people, from + chunk);
    const rows: PersonRow[] = [];
    const households = new Map<string, number>();
    for (let i = from; i < to; i++) {
      const p = synthPerson(rngFor(options.seed, STREAM.person, i), i, communes.length);
      const unitId = communes[p.unitIndex] as number;
      const hr = rngFor(options.seed, STREAM.household, i);
      const hk = `${unitId}:${Math.floor(hr() * Math.max(1, options.people / communes.length / 3.5))}`;
      const householdId = uuidFrom(rngFor(options.seed, STREAM.household + 100, hashKey(hk)));
      households.set(householdId, unitId);
      rows.push({
        id: personId(options.seed, i),
        fullName: p.fullName,
        searchText: p.searchText,
        birthYear: p.birthYear,
        gender: p.gender,
        phone: p.phone,
        unitId,
        organisationId: p.workplace ? pickOrganisation(orgs, p.workplace, p.unitIndex, hr) : null,
        householdId,
        targetGroups: p.targetGroups,
        vulnerabilities: p.vulnerabilities,
      });
    }
    await db.raw(
      `insert into households (id, unit_id) select * from unnest($1::uuid[], $2::int[]) on conflict do nothing`,
      [[...households.keys()], [...households.values()]],
    );
    await insertPeopleBulk(db, rows);
    cp.peopleDone = to;
    await save();
    progress('people', to, options.people);
  }

  // Learner accounts (one shared synthetic password: hashing a million passwords proves nothing).
  const hash = await hashPassword(`synth-${options.seed}`);
  for (let from = cp.accountsDone; from < options.learners; from += chunk) {
    const to = Math.min(options.learners, from + chunk);
    const rows = [];
    for (let i = from; i < to; i++) {
      const p = synthPerson(rngFor(options.seed, STREAM.person, i), i, communes.length);
      rows.push({
        accountId: orderedUuid(i, options.seed + 1, rngFor(options.seed, STREAM.account, i)),
        personId: personId(options.seed, i),
        phone: p.phone,
        targetGroup: p.targetGroups[0] ?? 'citizen',
      });
    }
    await insertLearnerAccountsBulk(db, rows, hash);
    cp.accountsDone = to;
    await save();
    progress('accounts', to, options.learners);
  }

  // Learning events over the campaign, learner by learner.
  const modules = await trackModules(ctx);
  const start = new Date(`${options.start}T00:00:00Z`);
  const eventChunk = 1000;
  const generate = (from: number) => {
    const to = Math.min(options.learners, from + eventChunk);
    const ids: string[] = [];
    const events = [];
    for (let i = from; i < to; i++) {
      ids.push(personId(options.seed, i));
      const r = rngFor(options.seed, STREAM.events, i);
      const offset = Math.floor(r() * modules.length);
      const track = [...modules.slice(offset), ...modules.slice(0, offset)];
      events.push(
        learnerEvents(r, {
          start,
          days: options.days,
          meanEvents: options.eventsPerLearner,
          modules: track,
          idPrefix: i,
        }),
      );
    }
    return { to, ids, events };
  };
  // Pipelined: the database inserts one chunk while the next one is generated.
  let next = cp.learnersDone < options.learners ? generate(cp.learnersDone) : null;
  while (next) {
    const current = next;
    const inserting = insertEventsBulk(db, current.ids, current.events);
    next = current.to < options.learners ? generate(current.to) : null;
    cp.events += await inserting;
    cp.learnersDone = current.to;
    await save();
    progress('events', current.to, options.learners);
  }

  if (!cp.derived) {
    progress('progress and mastery', 0, 1);
    await deriveProgress(ctx);
    cp.derived = true;
    await save();
    progress('progress and mastery', 1, 1);
  }
  return cp;
}

/** jsonb does not keep key order, so compare field by field. */
function sameOptions(a: SynthOptions, b: SynthOptions) {
  return (
    (Object.keys(b) as (keyof SynthOptions)[]).every((k) => a[k] === b[k]) &&
    Object.keys(a).length === Object.keys(b).length
  );
}

function hashKey(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
}

interface OrgSet {
  agencies: string[][];
  teams: string[][];
  schools: string[][];
  coops: string[][];
  province: string[];
  enterprises: string[];
  universities: string[];
}

function pickOrganisation(o: OrgSet, kind: string, unitIndex: number, r: () => number): string | null {
  switch (kind) {
    case 'agency':
      return r() < 0.3 ? pick(r, o.province) : pick(r, o.agencies[unitIndex] ?? o.province);
    case 'enterprise':
      return pick(r, o.enterprises);
    case 'cooperative':
      return pick(r, o.coops[unitIndex] ?? o.enterprises);
    case 'school':
      return pick(r, o.schools[unitIndex] ?? o.universities);
    case 'university':
      return pick(r, o.universities);
    default:
      return null;
  }
}

/** Industrial zones of Thái Nguyên the synthetic enterprises are spread over. */
const INDUSTRIAL_ZONES = [
  'KCN Yên Bình',
  'KCN Điềm Thụy',
  'KCN Sông Công I',
  'KCN Nam Phổ Yên',
  'KCN Quyết Thắng',
];

/** Agencies, community teams, schools and cooperatives per commune; departments, universities and industrial-zone enterprises. */
async function ensureOrganisations(
  ctx: AppContext,
  o: SynthOptions,
  provinceId: number,
  communes: number[],
  done: boolean,
): Promise<OrgSet> {
  const r = rngFor(o.seed, STREAM.orgs, 0);
  const rows: {
    id: string;
    name: string;
    type: string;
    unitId: number;
    parentId: string | null;
    path: string;
    workerCount: number | null;
    industrialZone: string | null;
  }[] = [];
  const add = (
    name: string,
    type: string,
    unitId: number,
    parent: { id: string; path: string } | null,
    workers: number | null = null,
    industrialZone: string | null = null,
  ) => {
    const id = uuidFrom(r);
    const path = `${parent?.path ?? '/'}${id}/`;
    rows.push({
      id,
      name,
      type,
      unitId,
      parentId: parent?.id ?? null,
      path,
      workerCount: workers,
      industrialZone,
    });
    return { id, path };
  };
  const set: OrgSet = {
    agencies: [],
    teams: [],
    schools: [],
    coops: [],
    province: [],
    enterprises: [],
    universities: [],
  };
  const capital = communes[0] ?? provinceId;
  for (const d of [
    'Sở Khoa học và Công nghệ',
    'Sở Nội vụ',
    'Sở Giáo dục và Đào tạo',
    'Sở Y tế',
    'Sở Tài chính',
    'Sở Nông nghiệp và Môi trường',
    'Sở Công Thương',
    'Sở Văn hóa, Thể thao và Du lịch',
    'Sở Xây dựng',
    'Công an tỉnh',
  ]) {
    set.province.push(add(d, 'state_agency', capital, null).id);
  }
  communes.forEach((unitId, i) => {
    const ubnd = add(`UBND xã/phường số ${i + 1}`, 'state_agency', unitId, null);
    set.agencies[i] = [ubnd.id];
    set.teams[i] = [add(`Tổ công nghệ số cộng đồng số ${i + 1}`, 'community_team', unitId, ubnd).id];
    set.schools[i] = [
      add(`Trường THCS số ${i + 1}`, 'school', unitId, null).id,
      add(`Trường THPT số ${i + 1}`, 'school', unitId, null).id,
    ];
    set.coops[i] = [
      add(`Hợp tác xã nông nghiệp số ${i + 1}`, 'cooperative', unitId, null, 10 + Math.floor(r() * 60)).id,
    ];
  });
  for (let u = 0; u < 3; u++)
    set.universities.push(add(`Trường Đại học số ${u + 1}`, 'university', capital, null).id);
  const enterprises = Math.max(5, Math.round(o.people / 600));
  for (let e = 0; e < enterprises; e++) {
    const unitId = communes[Math.floor(r() ** 2 * communes.length)] ?? capital;
    set.enterprises.push(
      add(
        `Công ty TNHH sản xuất số ${e + 1} (KCN)`,
        'enterprise',
        unitId,
        null,
        50 + Math.floor(r() ** 3 * 5000),
        // Not drawn from the random stream: provinces made before this column keep their ids.
        INDUSTRIAL_ZONES[e % INDUSTRIAL_ZONES.length],
      ).id,
    );
  }
  if (!done) {
    for (let i = 0; i < rows.length; i += 2000) {
      const part = rows.slice(i, i + 2000);
      await ctx.database.raw(
        `insert into organisations (id, name, search_text, type, unit_id, parent_id, path, worker_count, industrial_zone)
         select id, n, s, t::organisation_type, u, p, pa, w, z from unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::int[], $6::uuid[], $7::text[], $8::int[], $9::text[])
           as x(id, n, s, t, u, p, pa, w, z) on conflict do nothing`,
        [
          part.map((x) => x.id),
          part.map((x) => x.name),
          part.map((x) => foldVietnamese(x.name)),
          part.map((x) => x.type),
          part.map((x) => x.unitId),
          part.map((x) => x.parentId),
          part.map((x) => x.path),
          part.map((x) => x.workerCount),
          part.map((x) => x.industrialZone),
        ],
      );
    }
  }
  return set;
}

async function trackModules(ctx: AppContext): Promise<SynthModule[]> {
  const rows = await ctx.database.raw<{
    id: string;
    version: number;
    blocks: { type: string; questions?: { id: string }[] }[];
  }>(
    `select m.id, m.current_version as version, v.blocks from modules m join module_versions v on v.module_id = m.id and v.version = m.current_version where m.status = 'published' order by m.id`,
  );
  if (rows.length === 0)
    throw new Error('no published modules: import a content pack first (lantoa content import content/core)');
  return rows.map((m) => ({
    id: m.id,
    version: m.version,
    blocks: m.blocks.length,
    questionIds: m.blocks.flatMap((b) => (b.type === 'quiz' ? (b.questions ?? []).map((q) => q.id) : [])),
  }));
}

/** Question results, module progress and competence mastery, computed from the events in SQL. */
export async function deriveProgress(ctx: AppContext) {
  await ctx.db.execute(sql`
    insert into question_results (person_id, module_id, question_id, best_score, last_score, attempts, updated_at)
    select person_id, module_id, split_part(object_id, '/', 2), max((result->'score'->>'scaled')::real),
           (array_agg((result->'score'->>'scaled')::real order by timestamp desc))[1], count(*), max(timestamp)
    from learning_events where verb = 'answered' and module_id is not null
    group by person_id, module_id, split_part(object_id, '/', 2)
    on conflict (person_id, module_id, question_id) do update
      set best_score = excluded.best_score, last_score = excluded.last_score, attempts = excluded.attempts, updated_at = excluded.updated_at`);
  await ctx.db.execute(sql`
    insert into module_progress (person_id, module_id, module_version, block_index, blocks_done, score, mastered, completed_at, seconds_spent, updated_at)
    select e.person_id, e.module_id, min(e.module_version), max(coalesce((e.context->>'blockIndex')::int, 0)),
           max(coalesce((e.context->>'blockIndex')::int, 0)) + 1,
           coalesce(q.score, 0), coalesce(q.score, 0) >= 0.8, case when coalesce(q.score, 0) >= 0.8 then max(e.timestamp) end,
           coalesce(sum((e.result->>'durationSeconds')::numeric), 0)::int, max(e.timestamp)
    from learning_events e
    left join (
      select qr.person_id, qr.module_id, sum(qr.best_score) / greatest(m.question_count, 1) as score
      from question_results qr join modules m on m.id = qr.module_id
      group by qr.person_id, qr.module_id, m.question_count
    ) q on q.person_id = e.person_id and q.module_id = e.module_id
    where e.module_id is not null
    group by e.person_id, e.module_id, q.score
    on conflict (person_id, module_id) do update
      set block_index = excluded.block_index, blocks_done = excluded.blocks_done, score = excluded.score,
          mastered = excluded.mastered, completed_at = excluded.completed_at, seconds_spent = excluded.seconds_spent, updated_at = excluded.updated_at`);
  await ctx.db.execute(sql`
    insert into competence_mastery (person_id, competence_id, score, modules_mastered, updated_at)
    select p.person_id, c.cid, sum(p.score) / c.n, count(*) filter (where p.mastered), now()
    from module_progress p
    join (select m.id, unnest(m.competence_ids) as cid from modules m where m.status = 'published') mc on mc.id = p.module_id
    join (select cid, count(*) as n from (select unnest(competence_ids) as cid from modules where status = 'published') z group by cid) c on c.cid = mc.cid
    group by p.person_id, c.cid, c.n
    on conflict (person_id, competence_id) do update set score = excluded.score, modules_mastered = excluded.modules_mastered, updated_at = now()`);
}
