// Module mastery from question results: the best score per question (retries allowed), averaged
// over every question of the module, and the threshold that counts as mastered.
import { atLeast, toScore } from './numbers.ts';

export type QuestionScore = { questionId: string; score: number };

export const DEFAULT_MASTERY_THRESHOLD = 0.8;

/**
 * Average over the module's questions of each question's best score. A question never answered
 * counts 0; results for questions outside the module are ignored. A module without questions scores 0.
 */
export function moduleScore(results: readonly QuestionScore[], questionIds: readonly string[]): number {
  const questions = new Set(questionIds);
  if (questions.size === 0) return 0;
  const best = new Map<string, number>();
  for (const { questionId, score } of results) {
    if (questions.has(questionId)) best.set(questionId, Math.max(best.get(questionId) ?? 0, toScore(score)));
  }
  const total = [...questions].reduce((sum, id) => sum + (best.get(id) ?? 0), 0);
  return toScore(total / questions.size);
}

export function isMastered(score: number, threshold = DEFAULT_MASTERY_THRESHOLD): boolean {
  return atLeast(score, threshold);
}
