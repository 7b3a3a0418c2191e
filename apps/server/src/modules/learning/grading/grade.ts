// Grading one response to an auto-graded question: a score in 0..1, whether it is fully right, the
// right answer to show, and the author's explanation. Grading never throws on a learner's response.
import type { z } from 'zod';
import { describeExpected } from './expected.ts';
import { parseLearnerNumber, toScore } from './numbers.ts';
import {
  type Question,
  type QuestionOf,
  type QuestionType,
  type ResponseByType,
  type ResponseFor,
  ResponseSchemas,
} from './questions.ts';
import { foldDiacritics, type Localized, normaliseAnswerText } from './text.ts';

export type GradeResult = {
  /** True only for a fully right answer (score 1). */
  correct: boolean;
  /** 0..1; partial credit for multiple, ordering, matching and fill_in. */
  score: number;
  /** The right answer, ready to show. */
  expected: Localized;
  explanation: string;
};

const fraction = (part: number, whole: number): number => (whole > 0 ? part / whole : 0);

/** Right picks minus wrong picks, over the number of right options; never below 0. */
function scoreMultiple(q: QuestionOf<'multiple'>, picks: number[]): number {
  const chosen = new Set(picks);
  const rightOptions = new Set(q.answer);
  const rightPicks = [...chosen].filter((pick) => rightOptions.has(pick)).length;
  const wrongPicks = chosen.size - rightPicks;
  return Math.max(0, fraction(rightPicks - wrongPicks, rightOptions.size));
}

/** Share of positions holding the right item; extra entries count against the answer. */
function scoreOrdering(q: QuestionOf<'ordering'>, order: number[]): number {
  const inPlace = q.answer.filter((item, position) => order[position] === item).length;
  return fraction(inPlace, Math.max(q.answer.length, order.length));
}

/** Share of left-hand items paired with exactly one right-hand item, the right one. */
function scoreMatching(q: QuestionOf<'matching'>, pairs: [number, number][]): number {
  const chosen = new Map<number, Set<number>>();
  for (const [left, right] of pairs) chosen.set(left, (chosen.get(left) ?? new Set()).add(right));
  const matched = q.answer.filter(([left, right]) => {
    const picks = chosen.get(left);
    return picks?.size === 1 && picks.has(right);
  }).length;
  return fraction(matched, q.answer.length);
}

function isAcceptedText(q: QuestionOf<'fill_in'>, typed: string, accepted: readonly string[]): boolean {
  const options = { caseSensitive: q.caseSensitive };
  const typedKey = normaliseAnswerText(typed, options);
  if (typedKey === '') return false;
  const typedLoose = foldDiacritics(typedKey);
  return accepted.some((answer) => {
    const answerKey = normaliseAnswerText(answer, options);
    return answerKey === typedKey || (q.acceptWithoutDiacritics && foldDiacritics(answerKey) === typedLoose);
  });
}

/** Share of blanks filled with an accepted answer; blank n is read from response[n]. */
function scoreFillIn(q: QuestionOf<'fill_in'>, typed: string[]): number {
  const right = q.answers.filter((accepted, blank) => isAcceptedText(q, typed[blank] ?? '', accepted)).length;
  return fraction(right, q.answers.length);
}

/** 1 when the number read from the response is within the tolerance of the answer. */
function scoreNumeric(q: QuestionOf<'numeric'>, typed: string | number): number {
  const value = parseLearnerNumber(typed, q.unit);
  if (value === undefined) return 0;
  const floatingPointSlack = 1e-9 * Math.max(1, Math.abs(q.answer));
  return Math.abs(value - q.answer) <= q.tolerance + floatingPointSlack ? 1 : 0;
}

const scorers: { [T in QuestionType]: (q: QuestionOf<T>, response: ResponseByType[T]) => number } = {
  single: (q, pick) => (pick === q.answer ? 1 : 0),
  multiple: scoreMultiple,
  true_false: (q, said) => (said === q.answer ? 1 : 0),
  ordering: scoreOrdering,
  matching: scoreMatching,
  fill_in: scoreFillIn,
  numeric: scoreNumeric,
};

function scoreResponse(question: Question, response: unknown): number {
  const schema: z.ZodType = ResponseSchemas[question.type];
  const parsed = schema.safeParse(response);
  if (!parsed.success) return 0;
  const score = scorers[question.type] as (q: Question, r: unknown) => number;
  return score(question, parsed.data);
}

/**
 * Grades a learner's response to a validated question. A response of the wrong shape, or one that
 * points outside the question (index 9 of 4 options), is simply wrong: score 0, never an error.
 */
export function gradeAnswer<Q extends Question>(question: Q, response: ResponseFor<Q>): GradeResult {
  const score = scoreResponse(question, response);
  return {
    correct: score === 1,
    score: toScore(score),
    expected: describeExpected(question),
    explanation: question.explanation,
  };
}

export type ResponseIssue = { path: string; message: string };
export type ResponseValidation<R> = { ok: true; response: R } | { ok: false; issues: ResponseIssue[] };

/**
 * Checks that raw input (e.g. a request body field) has the response shape the question expects.
 * Shape only: a well-formed but wrong answer passes here and scores 0 in `gradeAnswer`.
 */
export function validateResponse<Q extends Question>(
  question: Q,
  raw: unknown,
): ResponseValidation<ResponseFor<Q>> {
  const schema: z.ZodType = ResponseSchemas[question.type];
  const parsed = schema.safeParse(raw);
  if (parsed.success) return { ok: true, response: parsed.data as ResponseFor<Q> };
  const issues = parsed.error.issues.map((issue) => ({
    path: issue.path.map(String).join('.'),
    message: issue.message,
  }));
  return { ok: false, issues };
}
