// Turns a target (population + achievement, as data) into SQL over one subject row: a condition
// for "is in the population" and a timestamp expression for "since when it is achieved" (null when
// it is not). The same SQL serves the full rebuild and the incremental refresh of a few subjects.
import { type SQL, sql } from 'drizzle-orm';
import { pgArray } from '../access/access.sql.ts';
import type { ProgrammeCourses } from '../credentials/rules.ts';
import type {
  OrganisationAchievementT,
  OrganisationPopulationT,
  PersonAchievementT,
  PersonPopulationT,
  TemplateTargetT,
} from './targets.schemas.ts';

export interface CompileContext {
  programmes: ProgrammeCourses[];
  /** The last complete week (Monday 00:00 to the next Monday 00:00, Vietnam time). */
  week: { start: Date; end: Date };
  /** The current year in Vietnam: ages are this year minus the birth year. */
  year: number;
}

const textArray = (xs: string[]) => sql`${pgArray(xs)}::text[]`;
const ident = (alias: string) => sql.raw(`"${alias.replace(/"/g, '')}"`);

/** Module ids of a course ("programme/course"), a whole programme, or a list. */
export function moduleIdsOf(
  of: { course?: string; programme?: string; modules?: string[] },
  programmes: ProgrammeCourses[],
): string[] {
  const ids: string[] = [];
  if (of.course) {
    const [pid, cid] = of.course.split('/');
    ids.push(...(programmes.find((p) => p.id === pid)?.courses.find((c) => c.id === cid)?.modules ?? []));
  }
  if (of.programme) {
    for (const c of programmes.find((p) => p.id === of.programme)?.courses ?? []) ids.push(...c.modules);
  }
  ids.push(...(of.modules ?? []));
  return [...new Set(ids)];
}

/** Seconds a person learned in the last complete week, from the statements' durations. */
function weeklySeconds(person: SQL, c: CompileContext): SQL {
  return sql`(select coalesce(sum((e.result->>'durationSeconds')::numeric), 0) from learning_events e
    where e.person_id = ${person} and e.timestamp >= ${c.week.start.toISOString()}::timestamptz
      and e.timestamp < ${c.week.end.toISOString()}::timestamptz)`;
}

/** When the person `alias` reached the achievement (timestamptz), or null. */
export function personAchievedAt(a: PersonAchievementT, alias: string, c: CompileContext): SQL {
  const p = ident(alias);
  switch (a.kind) {
    case 'registered':
      return sql`(select lp.onboarded_at from learner_profiles lp where lp.person_id = ${p}.id)`;
    case 'identity_verified':
      return sql`${p}.identity_verified_at`;
    case 'attainment':
      return sql`(select min(at.attained_at) from attainments at where at.person_id = ${p}.id)`;
    case 'certificate':
      return sql`(select min(ct.issued_at) from certificates ct where ct.person_id = ${p}.id
        and ct.template_id = any(${textArray(a.templates)}) and ct.revoked_at is null
        and (ct.expires_at is null or ct.expires_at > now()))`;
    case 'course':
    case 'programme': {
      const ids = moduleIdsOf(
        a.kind === 'course' ? { course: a.course } : { programme: a.programme },
        c.programmes,
      );
      if (ids.length === 0) return sql`null::timestamptz`;
      return sql`(select case when count(*) = ${ids.length} then max(coalesce(mp.completed_at, mp.updated_at)) end
        from module_progress mp where mp.person_id = ${p}.id and mp.mastered and mp.module_id = any(${textArray(ids)}))`;
    }
    case 'modules': {
      const ids = a.of ? moduleIdsOf(a.of, c.programmes) : null;
      if (ids && ids.length === 0) return sql`null::timestamptz`;
      const inSet = ids ? sql` and mp.module_id = any(${textArray(ids)})` : sql``;
      const when =
        a.state === 'mastered' ? sql`coalesce(mp.completed_at, mp.updated_at)` : sql`mp.updated_at`;
      const mastered = a.state === 'mastered' ? sql` and mp.mastered` : sql``;
      return sql`(select ${when} from module_progress mp where mp.person_id = ${p}.id${mastered}${inSet}
        order by 1 offset ${a.min - 1} limit 1)`;
    }
    case 'weekly_minutes':
      return sql`(case when ${weeklySeconds(sql`${p}.id`, c)} >= ${a.minutes * 60}
        then ${c.week.end.toISOString()}::timestamptz end)`;
    case 'classes_opened':
      return sql`(select cl.created_at from classes cl where cl.trainer_id = ${p}.id and cl.status <> 'cancelled'
        order by cl.created_at offset ${a.min - 1} limit 1)`;
    case 'mentees':
      return a.passed
        ? sql`(select ms.passed_at from mentorships ms where ms.mentor_id = ${p}.id and ms.status = 'passed'
            order by ms.passed_at offset ${a.min - 1} limit 1)`
        : sql`(select ms.started_at from mentorships ms where ms.mentor_id = ${p}.id and ms.status in ('active', 'passed')
            order by ms.started_at offset ${a.min - 1} limit 1)`;
    case 'any':
      return sql`least(${sql.join(
        a.of.map((x) => personAchievedAt(x, alias, c)),
        sql`, `,
      )})`;
    case 'all': {
      const parts = a.of.map((x) => personAchievedAt(x, alias, c));
      return sql`(select case when bool_and(v.at is not null) then max(v.at) end
        from (values ${sql.join(
          parts.map((x) => sql`(${x})`),
          sql`, `,
        )}) as v(at))`;
    }
  }
}

export function personInPopulation(pop: PersonPopulationT, alias: string, c: CompileContext): SQL {
  const p = ident(alias);
  const parts: SQL[] = [];
  if (pop.targetGroups) parts.push(sql`${p}.target_groups && ${textArray(pop.targetGroups)}`);
  if (pop.vulnerabilities) parts.push(sql`${p}.vulnerabilities && ${textArray(pop.vulnerabilities)}`);
  if (pop.ageMin !== undefined) parts.push(sql`${p}.birth_year <= ${c.year - pop.ageMin}`);
  if (pop.ageMax !== undefined) parts.push(sql`${p}.birth_year >= ${c.year - pop.ageMax}`);
  if (pop.organisationTypes)
    parts.push(sql`exists (select 1 from organisations po where po.id = ${p}.organisation_id
      and po.type::text = any(${textArray(pop.organisationTypes)}))`);
  if (pop.trainerTiers)
    parts.push(sql`exists (select 1 from trainers tr where tr.person_id = ${p}.id
      and tr.tier = any(${textArray(pop.trainerTiers)}))`);
  if (pop.mentors)
    parts.push(sql`exists (select 1 from mentors mt where mt.person_id = ${p}.id and mt.status = 'active')`);
  return parts.length ? sql.join(parts, sql` and `) : sql`true`;
}

function organisationInPopulation(pop: OrganisationPopulationT, alias: string): SQL {
  const o = ident(alias);
  const parts: SQL[] = [];
  if (pop.types) parts.push(sql`${o}.type::text = any(${textArray(pop.types)})`);
  if (pop.industrialZone === true) parts.push(sql`${o}.industrial_zone is not null`);
  if (pop.industrialZone === false) parts.push(sql`${o}.industrial_zone is null`);
  return parts.length ? sql.join(parts, sql` and `) : sql`true`;
}

function organisationAchievedAt(a: OrganisationAchievementT, alias: string, c: CompileContext): SQL {
  const o = ident(alias);
  // Workers: the larger of the declared head count and the people on the roster.
  return sql`(select case when trained.n >= ${a.share}::float8 * greatest(coalesce(${o}.worker_count, 0), trained.roster, 1)
      then ${c.week.end.toISOString()}::timestamptz end
    from (select count(*) filter (where ${weeklySeconds(sql`w.id`, c)} >= ${a.minutes * 60}) as n,
                 count(*) as roster
          from people w where w.organisation_id = ${o}.id) trained)`;
}

/** The campaign's place: units of its subtree, and organisations located in them. */
export interface CampaignPlace {
  unitIds: number[];
}

/**
 * One SELECT of (subject_id, unit_id, organisation_id, target_group, achieved_at) for the subjects
 * of a target inside the campaign's place, optionally only those in `subjectIds`.
 */
export function subjectsQuery(
  target: TemplateTargetT,
  place: CampaignPlace,
  c: CompileContext,
  subjectIds?: string[],
): SQL {
  const units = sql`${pgArray(place.unitIds)}::int[]`;
  const only = (col: SQL) => (subjectIds ? sql` and ${col} = any(${pgArray(subjectIds)}::uuid[])` : sql``);
  switch (target.subject) {
    case 'person':
      return sql`select p.id as subject_id, p.unit_id, p.organisation_id,
          coalesce(p.target_groups[1], '') as target_group,
          ${personAchievedAt(target.achievement, 'p', c)} as achieved_at
        from people p
        where (p.unit_id = any(${units})
               or p.organisation_id = any(array(select o.id from organisations o where o.unit_id = any(${units}))))
          and ${personInPopulation(target.population, 'p', c)}${only(sql`p.id`)}`;
    case 'household':
      return sql`select h.id as subject_id, h.unit_id, null::uuid as organisation_id, '' as target_group,
          (select min(${personAchievedAt(target.achievement.member, 'm', c)}) from people m where m.household_id = h.id) as achieved_at
        from households h
        where h.unit_id = any(${units})${only(sql`h.id`)}`;
    case 'organisation':
      return sql`select o.id as subject_id, o.unit_id, o.id as organisation_id, o.type::text as target_group,
          ${organisationAchievedAt(target.achievement, 'o', c)} as achieved_at
        from organisations o
        where o.unit_id = any(${units}) and ${organisationInPopulation(target.population, 'o')}${only(sql`o.id`)}`;
  }
}
