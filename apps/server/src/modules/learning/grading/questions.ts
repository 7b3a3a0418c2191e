// The auto-graded question types: what an author writes (after snake_case → camelCase), how it is
// checked for consistency, and the shape of a learner's response to each type.
// Validation messages are Vietnamese: content authors read them as `file:line: message`.
import { z } from 'zod';

const MIN_CHOICES = 2;
const MAX_CHOICES = 8;
const MAX_RESPONSE_ITEMS = 64;
const MAX_RESPONSE_TEXT = 500;
/** A blank is a run of three or more underscores: "Thủ đô của Việt Nam là ___." */
const BLANK = /_{3,}/g;

export const countBlanks = (prompt: string): number => prompt.match(BLANK)?.length ?? 0;

/** Text shown to learners. YAML turns `24` into a number, so numbers are accepted as text. */
const DisplayText = z
  .union([z.string(), z.number()], 'phải là chữ (hoặc số)')
  .transform((value) => String(value).trim())
  .pipe(z.string().min(1, 'không được để trống'));

const Choices = (what: string) =>
  z
    .array(DisplayText)
    .min(MIN_CHOICES, `cần ít nhất ${MIN_CHOICES} ${what}`)
    .max(MAX_CHOICES, `tối đa ${MAX_CHOICES} ${what}`);

const Index = z.number().int('phải là số nguyên (chỉ số tính từ 0)').nonnegative('chỉ số tính từ 0');

const common = {
  id: z.string().trim().min(1, 'cần mã câu hỏi'),
  prompt: DisplayText,
  explanation: z.string().trim().min(1, 'cần lời giải thích, hiện ra sau khi người học trả lời'),
  hint: z.string().trim().min(1).optional(),
  competences: z.array(z.string().trim().min(1)).optional(),
};

type Path = (string | number)[];

/** Every index must point inside a list of `size` items and appear only once. */
function checkIndexes(ctx: z.RefinementCtx, indexes: readonly number[], size: number, path: Path): void {
  const seen = new Set<number>();
  indexes.forEach((index, at) => {
    if (index >= size) {
      ctx.addIssue({
        code: 'custom',
        path: [...path, at],
        message: `chỉ số ${index} vượt quá danh sách (chỉ có 0–${size - 1})`,
      });
    } else if (seen.has(index)) {
      ctx.addIssue({ code: 'custom', path: [...path, at], message: `chỉ số ${index} bị lặp lại` });
    }
    seen.add(index);
  });
}

function checkDistinct(ctx: z.RefinementCtx, values: readonly string[], path: Path): void {
  const seen = new Set<string>();
  values.forEach((value, at) => {
    const key = value.normalize('NFC').toLowerCase();
    if (seen.has(key))
      ctx.addIssue({ code: 'custom', path: [...path, at], message: `"${value}" bị lặp lại` });
    seen.add(key);
  });
}

function checkLength(
  ctx: z.RefinementCtx,
  actual: number,
  expected: number,
  path: Path,
  message: string,
): void {
  if (actual !== expected)
    ctx.addIssue({ code: 'custom', path, message: `${message} (cần ${expected}, đang có ${actual})` });
}

export const SingleQuestionSchema = z
  .strictObject({ ...common, type: z.literal('single'), options: Choices('lựa chọn'), answer: Index })
  .superRefine((q, ctx) => {
    checkDistinct(ctx, q.options, ['options']);
    if (q.answer >= q.options.length) {
      ctx.addIssue({
        code: 'custom',
        path: ['answer'],
        message: `đáp án ${q.answer} vượt quá số lựa chọn (0–${q.options.length - 1})`,
      });
    }
  });

export const MultipleQuestionSchema = z
  .strictObject({
    ...common,
    type: z.literal('multiple'),
    options: Choices('lựa chọn'),
    answer: z.array(Index).min(1, 'cần ít nhất một đáp án đúng'),
  })
  .superRefine((q, ctx) => {
    checkDistinct(ctx, q.options, ['options']);
    checkIndexes(ctx, q.answer, q.options.length, ['answer']);
  });

export const TrueFalseQuestionSchema = z.strictObject({
  ...common,
  type: z.literal('true_false'),
  answer: z.boolean('đáp án phải là true (đúng) hoặc false (sai)'),
});

export const OrderingQuestionSchema = z
  .strictObject({ ...common, type: z.literal('ordering'), items: Choices('mục'), answer: z.array(Index) })
  .superRefine((q, ctx) => {
    checkDistinct(ctx, q.items, ['items']);
    checkLength(
      ctx,
      q.answer.length,
      q.items.length,
      ['answer'],
      'thứ tự đúng phải nêu mọi mục, mỗi mục một lần',
    );
    checkIndexes(ctx, q.answer, q.items.length, ['answer']);
  });

export const MatchingQuestionSchema = z
  .strictObject({
    ...common,
    type: z.literal('matching'),
    left: Choices('mục bên trái'),
    right: Choices('mục bên phải'),
    answer: z.array(z.tuple([Index, Index])),
  })
  .superRefine((q, ctx) => {
    checkDistinct(ctx, q.left, ['left']);
    checkDistinct(ctx, q.right, ['right']);
    checkLength(ctx, q.answer.length, q.left.length, ['answer'], 'mỗi mục bên trái cần đúng một cặp');
    const leftIndexes = q.answer.map(([left]) => left);
    checkIndexes(ctx, leftIndexes, q.left.length, ['answer']);
    // A right-hand item may serve several left-hand items (sorting into categories).
    q.answer.forEach(([, right], at) => {
      if (right >= q.right.length) {
        ctx.addIssue({
          code: 'custom',
          path: ['answer', at, 1],
          message: `chỉ số ${right} vượt quá cột phải (0–${q.right.length - 1})`,
        });
      }
    });
  });

export const FillInQuestionSchema = z
  .strictObject({
    ...common,
    type: z.literal('fill_in'),
    answers: z.array(z.array(DisplayText).min(1, 'mỗi chỗ trống cần ít nhất một đáp án')),
    acceptWithoutDiacritics: z.boolean().default(false),
    caseSensitive: z.boolean().default(false),
  })
  .superRefine((q, ctx) => {
    const blanks = countBlanks(q.prompt);
    if (blanks === 0)
      ctx.addIssue({ code: 'custom', path: ['prompt'], message: 'câu hỏi cần ít nhất một chỗ trống "___"' });
    checkLength(ctx, q.answers.length, blanks, ['answers'], 'số nhóm đáp án phải bằng số chỗ trống "___"');
  });

export const NumericQuestionSchema = z.strictObject({
  ...common,
  type: z.literal('numeric'),
  answer: z.number('đáp án phải là một số'),
  tolerance: z.number().nonnegative('sai số cho phép không được âm').default(0),
  unit: z.string().trim().min(1).optional(),
});

export const QuestionSchema = z.discriminatedUnion('type', [
  SingleQuestionSchema,
  MultipleQuestionSchema,
  TrueFalseQuestionSchema,
  OrderingQuestionSchema,
  MatchingQuestionSchema,
  FillInQuestionSchema,
  NumericQuestionSchema,
]);

/** A question as the graders use it: validated, with defaults filled in. */
export type Question = z.output<typeof QuestionSchema>;
/** A question as an author may write it (defaults optional). */
export type QuestionInput = z.input<typeof QuestionSchema>;
export type QuestionType = Question['type'];
export type QuestionOf<T extends QuestionType> = Extract<Question, { type: T }>;
export const questionTypes = QuestionSchema.options.map((option) => option.shape.type.value);

const ResponseIndex = z.number().int();
const ResponseIndexes = z.array(ResponseIndex).max(MAX_RESPONSE_ITEMS);

/**
 * What a learner sends back for each question type. These check shape only: an answer that is
 * merely wrong (an index out of range, a repeated pick) is graded as wrong, never rejected.
 * Indexes always refer to the authored order, even when the screen shows items shuffled.
 */
export const ResponseSchemas = {
  single: ResponseIndex,
  multiple: ResponseIndexes,
  true_false: z.boolean(),
  ordering: ResponseIndexes,
  matching: z.array(z.tuple([ResponseIndex, ResponseIndex])).max(MAX_RESPONSE_ITEMS),
  fill_in: z.array(z.string().max(MAX_RESPONSE_TEXT)).max(MAX_RESPONSE_ITEMS),
  numeric: z.union([z.string().max(MAX_RESPONSE_TEXT), z.number()]),
} as const satisfies Record<QuestionType, z.ZodType>;

export type ResponseByType = { [T in QuestionType]: z.output<(typeof ResponseSchemas)[T]> };
/** The response type that fits a question: `ResponseFor<SingleQuestion>` is `number`. */
export type ResponseFor<Q extends Question> = ResponseByType[Q['type']];

export type SingleQuestion = QuestionOf<'single'>;
export type MultipleQuestion = QuestionOf<'multiple'>;
export type TrueFalseQuestion = QuestionOf<'true_false'>;
export type OrderingQuestion = QuestionOf<'ordering'>;
export type MatchingQuestion = QuestionOf<'matching'>;
export type FillInQuestion = QuestionOf<'fill_in'>;
export type NumericQuestion = QuestionOf<'numeric'>;
