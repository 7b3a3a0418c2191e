// "Đạt phổ cập" (basic-skills attainment): for the learner's target group, a final assessment
// drawn from the question bank across that group's competences, with the pass rule held as data
// in the framework. Passing records the attainment (credentials and monitoring read it).
import { randomInt } from 'node:crypto';
import { and, desc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import {
  attainmentAttempts,
  attainments,
  frameworks,
  modules,
  moduleVersions,
} from '../../db/schema/index.ts';
import { errors } from '../../errors.ts';
import { pgArray } from '../access/access.sql.ts';
import type { Block } from '../catalog/module-markdown.ts';
import { gradeAnswer, type Question, validateResponse } from './grading/index.ts';
import * as repo from './learning.repository.ts';
import { publicQuestion } from './learning.service.ts';
import { insertEvents } from './lrs.repository.ts';

interface Rule {
  frameworkId: string;
  targetGroup: string;
  competences: string[];
  questions: number;
  passScore: number;
  status: string;
}

interface DrawnQuestion {
  key: string;
  moduleId: string;
  moduleVersion: number;
  questionId: string;
}

export async function ruleFor(db: Db, targetGroup: string): Promise<Rule | null> {
  const rows = await db
    .select({ id: frameworks.id, attainment: frameworks.attainment })
    .from(frameworks)
    .orderBy(frameworks.id);
  for (const fw of rows) {
    const entries = (fw.attainment as Omit<Rule, 'frameworkId'>[] | null) ?? [];
    const r = entries.find((e) => e.targetGroup === targetGroup);
    if (r)
      return {
        ...r,
        frameworkId: fw.id,
        competences: r.competences.map((c) => (c.includes(':') ? c : `${fw.id}:${c}`)),
      };
  }
  return null;
}

/** Every published question of the modules mapped to the rule's competences. */
async function questionPool(db: Db, rule: Rule) {
  const list = pgArray(rule.competences);
  const rows = await db
    .select({ moduleId: modules.id, version: modules.currentVersion, blocks: moduleVersions.blocks })
    .from(modules)
    .innerJoin(
      moduleVersions,
      and(eq(moduleVersions.moduleId, modules.id), eq(moduleVersions.version, modules.currentVersion)),
    )
    .where(and(eq(modules.status, 'published'), sql`${modules.competenceIds} && ${list}::text[]`));
  return rows.flatMap((m) =>
    (m.blocks as Block[]).flatMap((b) =>
      b.type === 'quiz'
        ? b.questions.map((q) => ({
            key: `${m.moduleId}/${q.id}`,
            moduleId: m.moduleId,
            moduleVersion: m.version,
            questionId: q.id,
            question: q,
          }))
        : [],
    ),
  );
}

async function learnerRule(db: Db, personId: string) {
  const profile = await repo.getProfile(db, personId);
  if (!profile) throw errors.notFound('PROFILE_REQUIRED');
  return ruleFor(db, profile.targetGroup);
}

export async function attainmentStatus(db: Db, personId: string) {
  const rule = await learnerRule(db, personId);
  const [attained] = rule
    ? await db
        .select()
        .from(attainments)
        .where(
          and(
            eq(attainments.personId, personId),
            eq(attainments.frameworkId, rule.frameworkId),
            eq(attainments.targetGroup, rule.targetGroup),
          ),
        )
    : [];
  const pool = rule ? await questionPool(db, rule) : [];
  return {
    rule: rule
      ? {
          framework: rule.frameworkId,
          targetGroup: rule.targetGroup,
          questions: Math.min(rule.questions, pool.length),
          passScore: rule.passScore,
          status: rule.status,
        }
      : null,
    attained: attained ? { score: attained.score, attainedAt: attained.attainedAt.toISOString() } : null,
  };
}

export async function startAttempt(db: Db, personId: string) {
  const rule = await learnerRule(db, personId);
  if (!rule) throw errors.notFound('NOT_FOUND');
  const pool = await questionPool(db, rule);
  if (pool.length === 0) throw errors.notFound('NOT_FOUND');
  // A fair random draw without replacement (Fisher–Yates on a copy).
  const deck = [...pool];
  for (let i = deck.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [deck[i], deck[j]] = [deck[j] as (typeof deck)[number], deck[i] as (typeof deck)[number]];
  }
  const drawn = deck.slice(0, Math.min(rule.questions, deck.length));
  const questions: DrawnQuestion[] = drawn.map(({ key, moduleId, moduleVersion, questionId }) => ({
    key,
    moduleId,
    moduleVersion,
    questionId,
  }));
  const [row] = await db
    .insert(attainmentAttempts)
    .values({
      personId,
      frameworkId: rule.frameworkId,
      targetGroup: rule.targetGroup,
      questions,
      passScore: rule.passScore,
    })
    .returning({ id: attainmentAttempts.id });
  return {
    id: row?.id as string,
    passScore: rule.passScore,
    questions: drawn.map((d) => ({ key: d.key, ...publicQuestion(d.question) })),
  };
}

export async function submitAttempt(
  db: Db,
  personId: string,
  attemptId: string,
  responses: { key: string; response: unknown }[],
) {
  return db.transaction(async (txx) => {
    const tx = txx as Db;
    const [attempt] = await tx
      .select()
      .from(attainmentAttempts)
      .where(and(eq(attainmentAttempts.id, attemptId), eq(attainmentAttempts.personId, personId)))
      .for('update');
    if (!attempt) throw errors.notFound('NOT_FOUND');
    if (attempt.submittedAt)
      return {
        score: attempt.score ?? 0,
        passed: !!attempt.passed,
        results: attempt.results as unknown[],
        duplicate: true,
      };
    const drawn = attempt.questions as DrawnQuestion[];
    const byKey = new Map(responses.map((r) => [r.key, r.response]));
    const results = [];
    for (const d of drawn) {
      const version = await repo.getModuleVersion(tx, d.moduleId, d.moduleVersion);
      const q = version?.blocks
        .flatMap((b) => (b.type === 'quiz' ? b.questions : []))
        .find((x) => x.id === d.questionId) as Question | undefined;
      if (!q) continue;
      const raw = byKey.get(d.key);
      const valid = raw === undefined ? null : validateResponse(q, raw);
      const g = valid?.ok ? gradeAnswer(q, valid.response as never) : null;
      results.push({
        key: d.key,
        correct: g?.correct ?? false,
        score: g?.score ?? 0,
        expected: g?.expected ?? null,
        explanation: q.explanation,
      });
    }
    const score = results.length ? results.reduce((n, r) => n + r.score, 0) / drawn.length : 0;
    const passed = score >= attempt.passScore - 1e-9;
    await tx
      .update(attainmentAttempts)
      .set({ submittedAt: new Date(), score, passed, results })
      .where(eq(attainmentAttempts.id, attemptId));
    if (passed) {
      await tx
        .insert(attainments)
        .values({ personId, frameworkId: attempt.frameworkId, targetGroup: attempt.targetGroup, score })
        .onConflictDoUpdate({
          target: [attainments.personId, attainments.frameworkId, attainments.targetGroup],
          set: { score: sql`greatest("attainments"."score", excluded.score)` },
        });
      await insertEvents(tx, [
        {
          id: crypto.randomUUID(),
          personId,
          verb: 'attained',
          objectType: 'assessment',
          objectId: `${attempt.frameworkId}/${attempt.targetGroup}`,
          result: { score: { scaled: score }, success: true },
          context: null,
          timestamp: new Date(),
        },
      ]);
    }
    return { score, passed, results, duplicate: false };
  });
}

export async function latestAttempts(db: Db, personId: string) {
  return db
    .select()
    .from(attainmentAttempts)
    .where(eq(attainmentAttempts.personId, personId))
    .orderBy(desc(attainmentAttempts.startedAt))
    .limit(5);
}
