// Queries for the learning loop: modules and versions to play, progress, question results,
// competence mastery, profiles and practice submissions.
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import {
  competenceMastery,
  learnerProfiles,
  learningEvents,
  moduleProgress,
  modules,
  moduleVersions,
  practiceSubmissions,
  questionResults,
} from '../../db/schema/index.ts';
import { pgArray } from '../access/access.sql.ts';
import type { Block } from '../catalog/module-markdown.ts';

export async function getModule(db: Db, id: string) {
  const [row] = await db.select().from(modules).where(eq(modules.id, id));
  return row;
}

export async function getModuleVersion(db: Db, id: string, version: number) {
  const [row] = await db
    .select()
    .from(moduleVersions)
    .where(and(eq(moduleVersions.moduleId, id), eq(moduleVersions.version, version)));
  return row ? { ...row, blocks: row.blocks as Block[] } : undefined;
}

export async function getProgress(db: Db, personId: string, moduleId: string) {
  const [row] = await db
    .select()
    .from(moduleProgress)
    .where(and(eq(moduleProgress.personId, personId), eq(moduleProgress.moduleId, moduleId)));
  return row;
}

export async function listProgress(db: Db, personId: string) {
  return db.select().from(moduleProgress).where(eq(moduleProgress.personId, personId));
}

export async function listQuestionResults(db: Db, personId: string, moduleId: string) {
  return db
    .select()
    .from(questionResults)
    .where(and(eq(questionResults.personId, personId), eq(questionResults.moduleId, moduleId)));
}

export async function recordQuestionResult(
  db: Db,
  v: { personId: string; moduleId: string; questionId: string; score: number },
) {
  await db
    .insert(questionResults)
    .values({ ...v, bestScore: v.score, lastScore: v.score })
    .onConflictDoUpdate({
      target: [questionResults.personId, questionResults.moduleId, questionResults.questionId],
      set: {
        bestScore: sql`greatest("question_results"."best_score", excluded.best_score)`,
        lastScore: sql`excluded.last_score`,
        attempts: sql`"question_results"."attempts" + 1`,
        updatedAt: sql`now()`,
      },
    });
}

export async function upsertProgressScore(
  db: Db,
  v: {
    personId: string;
    moduleId: string;
    moduleVersion: number;
    score: number;
    mastered: boolean;
    blockIndex: number;
  },
) {
  await db
    .insert(moduleProgress)
    .values({ ...v, blocksDone: v.blockIndex + 1, completedAt: v.mastered ? new Date() : null })
    .onConflictDoUpdate({
      target: [moduleProgress.personId, moduleProgress.moduleId],
      set: {
        score: sql`excluded.score`,
        mastered: sql`"module_progress"."mastered" or excluded.mastered`,
        completedAt: sql`coalesce("module_progress"."completed_at", excluded.completed_at)`,
        blockIndex: sql`greatest("module_progress"."block_index", excluded.block_index)`,
        updatedAt: sql`now()`,
      },
    });
}

/** Competence mastery = mean module score over the published modules mapped to the competence. */
export async function refreshCompetenceMastery(db: Db, personId: string, competenceIds: string[]) {
  if (competenceIds.length === 0) return;
  const list = pgArray(competenceIds);
  await db.execute(sql`
    insert into competence_mastery (person_id, competence_id, score, modules_mastered, updated_at)
    select ${personId}::uuid, c.cid, avg(coalesce(mp.score, 0)), count(*) filter (where mp.mastered), now()
    from (select m.id, unnest(m.competence_ids) as cid from modules m
          where m.status = 'published' and m.competence_ids && ${list}::text[]) c
    left join module_progress mp on mp.module_id = c.id and mp.person_id = ${personId}::uuid
    where c.cid = any(${list}::text[])
    group by c.cid
    on conflict (person_id, competence_id) do update
      set score = excluded.score, modules_mastered = excluded.modules_mastered, updated_at = now()`);
}

export async function listMastery(db: Db, personId: string) {
  return db.select().from(competenceMastery).where(eq(competenceMastery.personId, personId));
}

export async function getProfile(db: Db, personId: string) {
  const [row] = await db.select().from(learnerProfiles).where(eq(learnerProfiles.personId, personId));
  return row;
}

export async function upsertProfile(db: Db, v: typeof learnerProfiles.$inferInsert) {
  const { personId, ...rest } = v;
  await db
    .insert(learnerProfiles)
    .values(v)
    .onConflictDoUpdate({ target: learnerProfiles.personId, set: rest });
}

export async function findEvents(db: Db, ids: string[]) {
  if (ids.length === 0) return [];
  return db.select().from(learningEvents).where(inArray(learningEvents.id, ids));
}

export async function insertPracticeSubmission(db: Db, v: typeof practiceSubmissions.$inferInsert) {
  const rows = await db
    .insert(practiceSubmissions)
    .values(v)
    .onConflictDoNothing()
    .returning({ id: practiceSubmissions.id });
  return rows.length > 0;
}

export async function getPracticeSubmission(db: Db, id: string) {
  const [row] = await db.select().from(practiceSubmissions).where(eq(practiceSubmissions.id, id));
  return row;
}

export async function latestPracticeGrades(db: Db, personId: string, moduleId: string) {
  return db
    .select({
      blockId: practiceSubmissions.blockId,
      grade: practiceSubmissions.grade,
      createdAt: practiceSubmissions.createdAt,
    })
    .from(practiceSubmissions)
    .where(and(eq(practiceSubmissions.personId, personId), eq(practiceSubmissions.moduleId, moduleId)))
    .orderBy(sql`${practiceSubmissions.createdAt} desc`);
}
