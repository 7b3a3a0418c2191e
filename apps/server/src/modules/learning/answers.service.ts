// Grading answers inside the learning loop. Each answer carries a client statement id: the first
// arrival is graded and stored with progress and mastery in one transaction; a retry returns the
// stored result and counts nothing twice.
import type { Db } from '../../db/client.ts';
import { errors } from '../../errors.ts';
import type { Block } from '../catalog/module-markdown.ts';
import { awardXp } from '../engagement/xp.ts';
import { vnDay } from '../monitoring/calendar.ts';
import { gradeAnswer, isMastered, moduleScore, type Question, validateResponse } from './grading/index.ts';
import * as repo from './learning.repository.ts';
import { insertEvents } from './lrs.repository.ts';

export interface AnswerInput {
  id: string;
  moduleId: string;
  questionId: string;
  response: unknown;
  timestamp?: string;
}

export interface AnswerResult {
  id: string;
  questionId: string;
  correct: boolean;
  score: number;
  expected: { vi: string; en: string };
  explanation: string;
  moduleScore: number;
  mastered: boolean;
  duplicate: boolean;
}

export function findQuestion(
  blocks: Block[],
  questionId: string,
): { question: Question; blockIndex: number } | undefined {
  for (const [blockIndex, b] of blocks.entries()) {
    if (b.type !== 'quiz') continue;
    const question = b.questions.find((q) => q.id === questionId);
    if (question) return { question, blockIndex };
  }
  return undefined;
}

export const questionIdsOf = (blocks: Block[]) =>
  blocks.flatMap((b) => (b.type === 'quiz' ? b.questions.map((q) => q.id) : []));

/** The version a learner plays: the one their attempt started on, else the current one. */
export async function versionFor(db: Db, personId: string, moduleId: string) {
  const module = await repo.getModule(db, moduleId);
  if (module?.status !== 'published') throw errors.notFound('MODULE_NOT_FOUND');
  const progress = await repo.getProgress(db, personId, moduleId);
  const version = await repo.getModuleVersion(db, moduleId, progress?.moduleVersion ?? module.currentVersion);
  if (!version) throw errors.notFound('MODULE_NOT_FOUND');
  return { module, version, progress };
}

export async function submitAnswers(
  db: Db,
  personId: string,
  answers: AnswerInput[],
): Promise<AnswerResult[]> {
  return db.transaction(async (txx) => {
    const tx = txx as Db;
    const stored = new Map(
      (
        await repo.findEvents(
          tx,
          answers.map((a) => a.id),
        )
      ).map((e) => [e.id, e]),
    );
    const out: AnswerResult[] = [];
    for (const a of answers) {
      const prior = stored.get(a.id);
      if (prior) {
        if (prior.personId !== personId) throw errors.conflict('CONFLICT');
        out.push({ ...(prior.result as { answer: AnswerResult }).answer, duplicate: true });
        continue;
      }
      const { module, version } = await versionFor(tx, personId, a.moduleId);
      const found = findQuestion(version.blocks, a.questionId);
      if (!found)
        throw errors.validation([
          {
            path: 'questionId',
            message: 'Không có câu hỏi này trong học phần|No such question in this module',
          },
        ]);
      const valid = validateResponse(found.question, a.response);
      if (!valid.ok)
        throw errors.validation(
          valid.issues.map((i) => ({ path: `response${i.path ? `.${i.path}` : ''}`, message: i.message })),
        );
      const graded = gradeAnswer(found.question, valid.response as never);
      const answeredBefore = (await repo.listQuestionResults(tx, personId, a.moduleId)).some(
        (r) => r.questionId === a.questionId,
      );

      await repo.recordQuestionResult(tx, {
        personId,
        moduleId: a.moduleId,
        questionId: a.questionId,
        score: graded.score,
      });
      const results = await repo.listQuestionResults(tx, personId, a.moduleId);
      const score = moduleScore(
        results.map((r) => ({ questionId: r.questionId, score: r.bestScore })),
        questionIdsOf(version.blocks),
      );
      const mastered = isMastered(score, version.masteryThreshold);
      const before = await repo.getProgress(tx, personId, a.moduleId);
      await repo.upsertProgressScore(tx, {
        personId,
        moduleId: a.moduleId,
        moduleVersion: version.version,
        score,
        mastered,
        blockIndex: found.blockIndex,
      });
      const result: AnswerResult = {
        id: a.id,
        questionId: a.questionId,
        correct: graded.correct,
        score: graded.score,
        expected: graded.expected,
        explanation: graded.explanation,
        moduleScore: score,
        mastered: mastered || !!before?.mastered,
        duplicate: false,
      };
      const when = a.timestamp ? new Date(a.timestamp) : new Date();
      await insertEvents(tx, [
        {
          id: a.id,
          personId,
          verb: 'answered',
          objectType: 'question',
          objectId: `${a.moduleId}/${a.questionId}`,
          moduleId: a.moduleId,
          moduleVersion: version.version,
          result: {
            score: { scaled: graded.score },
            success: graded.correct,
            response: valid.response,
            answer: result,
          },
          context: { moduleId: a.moduleId, moduleVersion: version.version, blockIndex: found.blockIndex },
          timestamp: when,
        },
      ]);
      if (mastered && !before?.mastered) {
        await insertEvents(tx, [
          {
            id: crypto.randomUUID(),
            personId,
            verb: 'mastered',
            objectType: 'module',
            objectId: a.moduleId,
            moduleId: a.moduleId,
            moduleVersion: version.version,
            result: { score: { scaled: score }, success: true, completion: true },
            context: { moduleId: a.moduleId, moduleVersion: version.version },
            timestamp: when,
          },
        ]);
      }
      await repo.refreshCompetenceMastery(tx, personId, module.competenceIds);
      // XP for what the server just graded: each question and module once, whatever is replayed.
      const day = vnDay(when);
      await awardXp(tx, personId, [
        ...(graded.correct && !answeredBefore
          ? [
              {
                rule: 'question_right_first_time' as const,
                sourceKey: `question:${a.moduleId}/${a.questionId}`,
                day,
              },
            ]
          : []),
        ...(mastered && !before?.mastered
          ? [{ rule: 'module_mastered' as const, sourceKey: `module:${a.moduleId}`, day }]
          : []),
      ]);
      out.push(result);
    }
    return out;
  });
}
