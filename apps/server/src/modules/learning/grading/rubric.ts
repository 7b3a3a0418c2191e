// Practice-task rubrics ("đăng tải kết quả để được chấm điểm"): the schema an author writes, and
// grading a learner's text against it into a weighted score with per-criterion feedback.
import { z } from 'zod';
import { assessCriterion, EMPTY_SUBMISSION_FEEDBACK } from './criteria.ts';
import { atLeast, toScore } from './numbers.ts';
import { hasWords, type Localized } from './text.ts';

export const DEFAULT_PASS_SCORE = 0.6;

const common = {
  id: z.string().trim().min(1, 'cần mã tiêu chí'),
  label: z.string().trim().min(1, 'cần tên tiêu chí, viết bằng tiếng Việt'),
  weight: z.number().positive('trọng số phải lớn hơn 0').default(1),
};

const Phrase = z.string().trim().min(1, 'không được để trống');
const Count = (message: string) => z.number().int(message).nonnegative(message);

const ConceptSchema = z.strictObject({ name: Phrase, synonyms: z.array(Phrase).optional() });

export const ConceptsCriterionSchema = z
  .strictObject({
    ...common,
    type: z.literal('concepts'),
    concepts: z.array(ConceptSchema).min(1, 'cần ít nhất một ý'),
    minimum: Count('số ý tối thiểu phải là số nguyên dương').min(1).optional(),
  })
  .superRefine((c, ctx) => {
    if (c.minimum !== undefined && c.minimum > c.concepts.length) {
      ctx.addIssue({
        code: 'custom',
        path: ['minimum'],
        message: `chỉ có ${c.concepts.length} ý, không thể yêu cầu ${c.minimum}`,
      });
    }
  });

export const LengthCriterionSchema = z
  .strictObject({
    ...common,
    type: z.literal('length'),
    minWords: Count('số từ phải là số nguyên không âm').optional(),
    maxWords: Count('số từ phải là số nguyên không âm').min(1).optional(),
  })
  .superRefine((c, ctx) => {
    if (c.minWords === undefined && c.maxWords === undefined) {
      ctx.addIssue({ code: 'custom', message: 'cần min_words hoặc max_words' });
    }
    if (c.minWords !== undefined && c.maxWords !== undefined && c.minWords > c.maxWords) {
      ctx.addIssue({
        code: 'custom',
        path: ['maxWords'],
        message: 'max_words phải lớn hơn hoặc bằng min_words',
      });
    }
  });

export const StructureCriterionSchema = z.strictObject({
  ...common,
  type: z.literal('structure'),
  kind: z.enum(['steps', 'list', 'paragraphs'], 'kind phải là steps, list hoặc paragraphs'),
  minItems: Count('min_items phải là số nguyên dương').min(1, 'min_items phải là số nguyên dương'),
});

export const LanguageCriterionSchema = z.strictObject({
  ...common,
  type: z.literal('language'),
  language: z.literal('vi', 'hiện chỉ hỗ trợ tiếng Việt (vi)').default('vi'),
});

export const CriterionSchema = z.discriminatedUnion('type', [
  ConceptsCriterionSchema,
  LengthCriterionSchema,
  StructureCriterionSchema,
  LanguageCriterionSchema,
]);

export const RubricSchema = z
  .strictObject({
    criteria: z.array(CriterionSchema).min(1, 'cần ít nhất một tiêu chí'),
    passScore: z
      .number()
      .min(0)
      .max(1, 'pass_score là tỉ lệ từ 0 đến 1, ví dụ 0.6')
      .default(DEFAULT_PASS_SCORE),
  })
  .superRefine((rubric, ctx) => {
    const seen = new Set<string>();
    rubric.criteria.forEach((criterion, at) => {
      if (seen.has(criterion.id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['criteria', at, 'id'],
          message: `mã tiêu chí "${criterion.id}" bị trùng`,
        });
      }
      seen.add(criterion.id);
    });
  });

export type Rubric = z.output<typeof RubricSchema>;
export type RubricInput = z.input<typeof RubricSchema>;
export type Criterion = z.output<typeof CriterionSchema>;
export type CriterionType = Criterion['type'];
export type CriterionOf<T extends CriterionType> = Extract<Criterion, { type: T }>;

export type CriterionResult = {
  id: string;
  label: string;
  /** 0..1 */
  score: number;
  weight: number;
  feedback: Localized;
};

export type PracticeResult = {
  /** 0..1, the weighted average of the criteria scores. */
  score: number;
  passed: boolean;
  criteria: CriterionResult[];
};

export type PracticeSubmission = { text: string };

function gradeCriterion(criterion: Criterion, text: string): CriterionResult {
  const { score, feedback } = hasWords(text)
    ? assessCriterion(criterion, text)
    : { score: 0, feedback: EMPTY_SUBMISSION_FEEDBACK };
  return {
    id: criterion.id,
    label: criterion.label,
    score: toScore(score),
    weight: criterion.weight,
    feedback,
  };
}

/** Grades a text submission against a validated rubric. An empty submission scores 0 everywhere. */
export function gradePractice(rubric: Rubric, submission: PracticeSubmission): PracticeResult {
  const text = typeof submission.text === 'string' ? submission.text : '';
  const criteria = rubric.criteria.map((criterion) => gradeCriterion(criterion, text));
  const totalWeight = criteria.reduce((sum, c) => sum + c.weight, 0);
  const weighted = criteria.reduce((sum, c) => sum + c.weight * c.score, 0);
  const score = toScore(totalWeight > 0 ? weighted / totalWeight : 0);
  return { score, passed: atLeast(score, rubric.passScore), criteria };
}
