// The learner's side of the loop: onboarding profile, placement check, today's plan, the module
// player's view (without answer keys) and mastery per area.
import { asc, eq, inArray } from 'drizzle-orm';
import type { AppContext } from '../../context.ts';
import type { Db } from '../../db/client.ts';
import { competences, frameworks, modules, people, tracks } from '../../db/schema/index.ts';
import { errors } from '../../errors.ts';
import type { Block } from '../catalog/module-markdown.ts';
import { getUnit } from '../units/units.repository.ts';
import { versionFor } from './answers.service.ts';
import type { Question } from './grading/index.ts';
import * as repo from './learning.repository.ts';
import { nextPlacementLevel, type PlacementAnswer, suggestLevels } from './placement.ts';
import { buildTodayPlan, type PlanModule, type PlanProgress } from './plan.ts';

/** The framework whose areas drive placement and "my mastery": the six pillars when present. */
export const HOME_FRAMEWORK = 'six-pillars';

export async function saveProfile(
  ctx: AppContext,
  personId: string,
  input: { targetGroup: string; unitId: number; dailyGoalMinutes: number },
) {
  if (!(await getUnit(ctx.db, input.unitId))) {
    throw errors.validation([{ path: 'unitId', message: 'Không tìm thấy xã/phường|Commune not found' }]);
  }
  await ctx.db.transaction(async (txx) => {
    const tx = txx as Db;
    const existing = await repo.getProfile(tx, personId);
    await repo.upsertProfile(tx, {
      personId,
      targetGroup: input.targetGroup,
      dailyGoalMinutes: input.dailyGoalMinutes,
      placement: existing?.placement ?? null,
      placedAt: existing?.placedAt ?? null,
    });
    const [person] = await tx
      .select({ groups: people.targetGroups })
      .from(people)
      .where(eq(people.id, personId));
    const groups = [...new Set([input.targetGroup, ...(person?.groups ?? [])])];
    await tx
      .update(people)
      .set({ unitId: input.unitId, targetGroups: groups, updatedAt: new Date() })
      .where(eq(people.id, personId));
  });
  return getProfileView(ctx.db, personId);
}

export async function getProfileView(db: Db, personId: string) {
  const p = await repo.getProfile(db, personId);
  if (!p) throw errors.notFound('PROFILE_REQUIRED');
  const [person] = await db.select({ unitId: people.unitId }).from(people).where(eq(people.id, personId));
  return {
    targetGroup: p.targetGroup,
    dailyGoalMinutes: p.dailyGoalMinutes,
    unitId: person?.unitId ?? null,
    placement: (p.placement as Record<string, number> | null) ?? null,
    placedAt: p.placedAt?.toISOString() ?? null,
  };
}

async function homeFramework(db: Db) {
  const [fw] = await db.select().from(frameworks).where(eq(frameworks.id, HOME_FRAMEWORK));
  if (!fw) throw errors.notFound('FRAMEWORK_NOT_FOUND');
  return fw;
}

/** The self-assessment statements, per area and level, with the level to ask first. */
export async function placementCheck(db: Db) {
  const fw = await homeFramework(db);
  const areas = await db.query.competenceAreas.findMany({
    where: (a, { eq }) => eq(a.frameworkId, fw.id),
    orderBy: (a) => [asc(a.position)],
  });
  const items = (fw.placement as { area: string; statements: Record<string, string> }[] | null) ?? [];
  return {
    framework: fw.id,
    areas: areas
      .map((a) => {
        const statements = items.find((i) => i.area === a.code)?.statements ?? {};
        const levels = Object.keys(statements)
          .map(Number)
          .sort((x, y) => x - y);
        return {
          area: a.code,
          name: a.name,
          levels: levels.map((level) => ({ level, statement: statements[String(level)] as string })),
        };
      })
      .filter((a) => a.levels.length > 0),
  };
}

export function nextPlacementQuestion(
  answers: PlacementAnswer[],
  areas: { area: string; levels: { level: number }[] }[],
) {
  for (const a of areas) {
    const next = nextPlacementLevel(answers, a.area, Math.max(...a.levels.map((l) => l.level)));
    if (next !== null) return { area: a.area, level: next };
  }
  return null;
}

export async function savePlacement(ctx: AppContext, personId: string, answers: PlacementAnswer[]) {
  const check = await placementCheck(ctx.db);
  const maxLevel = Math.max(1, ...check.areas.flatMap((a) => a.levels.map((l) => l.level)));
  const byArea = suggestLevels(answers, maxLevel);
  const placement = Object.fromEntries(
    Object.entries(byArea).map(([area, level]) => [`${check.framework}:${area}`, level]),
  );
  const profile = await repo.getProfile(ctx.db, personId);
  if (!profile) throw errors.notFound('PROFILE_REQUIRED');
  await repo.upsertProfile(ctx.db, { ...profile, placement, placedAt: new Date() });
  return placement;
}

async function trackFor(db: Db, targetGroup: string) {
  const all = await db.select().from(tracks).orderBy(asc(tracks.position));
  return all.find((t) => t.targetGroups.includes(targetGroup)) ?? all[0];
}

export async function todayPlan(ctx: AppContext, personId: string) {
  const profile = await repo.getProfile(ctx.db, personId);
  if (!profile) throw errors.notFound('PROFILE_REQUIRED');
  const track = await trackFor(ctx.db, profile.targetGroup);
  const ids = track?.moduleIds ?? [];
  const rows = ids.length ? await ctx.db.select().from(modules).where(inArray(modules.id, ids)) : [];
  const areaOf = await competenceAreaMap(
    ctx.db,
    rows.flatMap((m) => m.competenceIds),
  );
  const byId = new Map(rows.map((m) => [m.id, m]));
  const planModules: PlanModule[] = ids
    .map((id) => byId.get(id))
    .filter((m): m is NonNullable<typeof m> => !!m && m.status === 'published')
    .map((m) => ({
      id: m.id,
      title: m.title,
      minutes: m.minutes,
      level: Number.parseInt(m.level, 10) || 1,
      areas: [...new Set(m.competenceIds.map((c) => areaOf.get(c)).filter((a): a is string => !!a))],
    }));
  const progressRows = await repo.listProgress(ctx.db, personId);
  const rowByModule = new Map(progressRows.map((p) => [p.moduleId, p]));
  const progress = new Map<string, PlanProgress>(
    progressRows.map((p) => [
      p.moduleId,
      { score: p.score, mastered: p.mastered, started: true, updatedAt: p.updatedAt },
    ]),
  );
  const plan = buildTodayPlan({
    track: planModules,
    progress,
    placement: (profile.placement as Record<string, number> | null) ?? {},
    goalMinutes: profile.dailyGoalMinutes,
  });
  const today = startOfLocalDay(new Date());
  const minutesToday = Math.round(
    progressRows.filter((p) => p.updatedAt >= today).reduce((n, p) => n + p.secondsSpent, 0) / 60,
  );
  return {
    goalMinutes: profile.dailyGoalMinutes,
    track: track ? { id: track.id, title: track.title } : null,
    items: plan.items.map((i) => {
      const p = rowByModule.get(i.moduleId);
      return { ...i, score: p?.score ?? 0, blockIndex: p?.blockIndex ?? 0, mastered: p?.mastered ?? false };
    }),
    minutes: plan.minutes,
    placed: !!profile.placedAt,
    minutesToday,
  };
}

async function competenceAreaMap(db: Db, ids: string[]) {
  if (ids.length === 0) return new Map<string, string>();
  const rows = await db
    .select({ id: competences.id, fw: competences.frameworkId, area: competences.areaCode })
    .from(competences)
    .where(inArray(competences.id, [...new Set(ids)]));
  return new Map(rows.map((r) => [r.id, `${r.fw}:${r.area}`]));
}

/** Mastery per area of the home framework: the mean of its competences' mastery (0 if none yet). */
export async function masteryByArea(db: Db, personId: string) {
  const fw = await homeFramework(db);
  const areas = await db.query.competenceAreas.findMany({
    where: (a, { eq }) => eq(a.frameworkId, fw.id),
    orderBy: (a) => [asc(a.position)],
  });
  const comps = await db
    .select({ id: competences.id, area: competences.areaCode })
    .from(competences)
    .where(eq(competences.frameworkId, fw.id));
  const mastery = new Map((await repo.listMastery(db, personId)).map((m) => [m.competenceId, m.score]));
  return {
    framework: fw.id,
    areas: areas.map((a) => {
      const mine = comps.filter((c) => c.area === a.code);
      const score = mine.length ? mine.reduce((n, c) => n + (mastery.get(c.id) ?? 0), 0) / mine.length : 0;
      return { area: a.code, name: a.name, score };
    }),
  };
}

/** A question as the learner sees it: no answer key, no explanation until answered. */
export function publicQuestion(q: Question) {
  const { explanation: _e, ...rest } = q as Question & Record<string, unknown>;
  const out: Record<string, unknown> = { ...rest };
  for (const key of ['answer', 'answers', 'tolerance', 'caseSensitive', 'acceptWithoutDiacritics'])
    delete out[key];
  if (q.type === 'ordering') out.items = shuffled(q.items, q.id);
  if (q.type === 'matching') out.right = shuffled(q.right, q.id);
  return out;
}

/** Deterministic shuffle (same order on every load) that keeps the original indexes. */
function shuffled(items: string[], seed: string) {
  let h = 0;
  for (const ch of seed) h = (h * 31 + ch.charCodeAt(0)) | 0;
  const indexed = items.map((text, index) => ({ index, text, key: Math.sin(h + index * 7919) }));
  const out = indexed.sort((a, b) => a.key - b.key);
  if (out.every((x, i) => x.index === i) && out.length > 1) out.push(out.shift() as (typeof out)[number]);
  return out.map(({ index, text }) => ({ index, text }));
}

export function publicBlock(b: Block) {
  if (b.type === 'quiz') return { ...b, questions: b.questions.map(publicQuestion) };
  if (b.type === 'practice') {
    return {
      type: b.type,
      id: b.id,
      prompt: b.prompt,
      submit: b.submit,
      example: b.example,
      criteria: b.rubric.criteria.map((c) => ({ id: c.id, label: c.label })),
    };
  }
  return b;
}

export async function moduleForPlayer(ctx: AppContext, personId: string, moduleId: string) {
  const { module, version, progress } = await versionFor(ctx.db, personId, moduleId);
  const results = await repo.listQuestionResults(ctx.db, personId, moduleId);
  const practice = await repo.latestPracticeGrades(ctx.db, personId, moduleId);
  return {
    id: module.id,
    packId: module.packId,
    title: module.title,
    summary: module.summary,
    minutes: module.minutes,
    level: module.level,
    version: version.version,
    competences: module.competenceIds,
    masteryThreshold: version.masteryThreshold,
    blocks: version.blocks.map(publicBlock),
    progress: {
      blockIndex: progress?.blockIndex ?? 0,
      score: progress?.score ?? 0,
      mastered: progress?.mastered ?? false,
      questions: results.map((r) => ({
        questionId: r.questionId,
        bestScore: r.bestScore,
        lastScore: r.lastScore,
        attempts: r.attempts,
      })),
      practice: practice
        .filter((p, i) => practice.findIndex((q) => q.blockId === p.blockId) === i)
        .map((p) => ({ blockId: p.blockId, grade: p.grade })),
    },
  };
}

/** Midnight in Vietnam (UTC+7, no daylight saving), whatever the server's time zone. */
export function startOfLocalDay(now: Date): Date {
  const offset = 7 * 3_600_000;
  return new Date(Math.floor((now.getTime() + offset) / 86_400_000) * 86_400_000 - offset);
}
