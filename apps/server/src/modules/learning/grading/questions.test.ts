// Question schemas: well-formed questions of every type, defaults, and the messages for broken ones.
import { describe, expect, it } from 'vitest';
import { countBlanks, QuestionSchema, questionTypes, ResponseSchemas } from './questions.ts';

const base = { id: 'q1', prompt: 'Câu hỏi?', explanation: 'Vì vậy.' };

/** Every problem as "path: message", the way authors see them. */
function problemsOf(input: unknown): string[] {
  const result = QuestionSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

const valid = {
  single: { ...base, type: 'single', options: ['A', 'B', 'C'], answer: 2 },
  multiple: { ...base, type: 'multiple', options: ['A', 'B', 'C'], answer: [0, 2] },
  true_false: { ...base, type: 'true_false', answer: false },
  ordering: { ...base, type: 'ordering', items: ['A', 'B', 'C'], answer: [2, 0, 1] },
  matching: {
    ...base,
    type: 'matching',
    left: ['A', 'B'],
    right: ['x', 'y', 'z'],
    answer: [
      [0, 2],
      [1, 0],
    ],
  },
  fill_in: {
    ...base,
    type: 'fill_in',
    prompt: 'Thủ đô là ___, thành phố lớn nhất là ___.',
    answers: [['Hà Nội'], ['TP.HCM']],
  },
  numeric: { ...base, type: 'numeric', answer: 1234.5, unit: 'kg' },
};

describe('QuestionSchema accepts well-formed questions', () => {
  it.each(Object.entries(valid))('%s', (_type, input) => {
    expect(problemsOf(input)).toEqual([]);
  });

  it('knows all seven types', () => {
    expect(questionTypes).toEqual([
      'single',
      'multiple',
      'true_false',
      'ordering',
      'matching',
      'fill_in',
      'numeric',
    ]);
    expect(Object.keys(ResponseSchemas).sort()).toEqual([...questionTypes].sort());
  });

  it('fills in defaults', () => {
    const fill = QuestionSchema.parse(valid.fill_in);
    expect(fill).toMatchObject({ acceptWithoutDiacritics: false, caseSensitive: false });
    expect(QuestionSchema.parse(valid.numeric)).toMatchObject({ tolerance: 0 });
  });

  it('keeps optional hint and competences', () => {
    const q = QuestionSchema.parse({
      ...valid.single,
      hint: 'Nghĩ về độ dài.',
      competences: ['six-pillars:4.1'],
    });
    expect(q).toMatchObject({ hint: 'Nghĩ về độ dài.', competences: ['six-pillars:4.1'] });
  });

  it('takes YAML numbers as option texts', () => {
    const q = QuestionSchema.parse({ ...valid.single, options: [12, 24, 48], answer: 1 });
    expect(q.type === 'single' && q.options).toEqual(['12', '24', '48']);
  });
});

describe('QuestionSchema rejects broken questions with clear messages', () => {
  it('an unknown type', () => {
    expect(problemsOf({ ...base, type: 'essay' })).toHaveLength(1);
  });

  it('a missing explanation', () => {
    const { explanation: _, ...withoutExplanation } = valid.single;
    expect(problemsOf(withoutExplanation)[0]).toMatch(/^explanation: /);
    expect(problemsOf({ ...valid.single, explanation: '  ' })).toEqual([
      'explanation: cần lời giải thích, hiện ra sau khi người học trả lời',
    ]);
  });

  it('a misspelt field, instead of silently ignoring it', () => {
    expect(problemsOf({ ...valid.fill_in, acceptWithoutDiacritic: true })).toHaveLength(1);
  });

  it('single: answer out of range, too few or too many options, repeated options', () => {
    expect(problemsOf({ ...valid.single, answer: 3 })).toEqual([
      'answer: đáp án 3 vượt quá số lựa chọn (0–2)',
    ]);
    expect(problemsOf({ ...valid.single, answer: -1 })).toEqual(['answer: chỉ số tính từ 0']);
    expect(problemsOf({ ...valid.single, answer: 1.5 })).toHaveLength(1);
    expect(problemsOf({ ...valid.single, options: ['A'], answer: 0 })).toEqual([
      'options: cần ít nhất 2 lựa chọn',
    ]);
    expect(problemsOf({ ...valid.single, options: ['1', '2', '3', '4', '5', '6', '7', '8', '9'] })).toEqual([
      'options: tối đa 8 lựa chọn',
    ]);
    expect(problemsOf({ ...valid.single, options: ['Có', 'Không', 'có'] })).toEqual([
      'options.2: "có" bị lặp lại',
    ]);
    expect(problemsOf({ ...valid.single, options: ['A', ' '], answer: 1 })).toEqual([
      'options.1: không được để trống',
    ]);
    expect(problemsOf({ ...valid.single, options: ['A', null], answer: 1 })).toEqual([
      'options.1: phải là chữ (hoặc số)',
    ]);
  });

  it('multiple: no right answer, repeated or out-of-range indexes', () => {
    expect(problemsOf({ ...valid.multiple, answer: [] })).toEqual(['answer: cần ít nhất một đáp án đúng']);
    expect(problemsOf({ ...valid.multiple, answer: [0, 0] })).toEqual(['answer.1: chỉ số 0 bị lặp lại']);
    expect(problemsOf({ ...valid.multiple, answer: [1, 5] })).toEqual([
      'answer.1: chỉ số 5 vượt quá danh sách (chỉ có 0–2)',
    ]);
  });

  it('true_false: an answer that is not a boolean', () => {
    expect(problemsOf({ ...valid.true_false, answer: 'đúng' })).toEqual([
      'answer: đáp án phải là true (đúng) hoặc false (sai)',
    ]);
  });

  it('ordering: an order that is not a permutation of the items', () => {
    expect(problemsOf({ ...valid.ordering, answer: [0, 1] })).toEqual([
      'answer: thứ tự đúng phải nêu mọi mục, mỗi mục một lần (cần 3, đang có 2)',
    ]);
    expect(problemsOf({ ...valid.ordering, answer: [0, 1, 1] })).toEqual(['answer.2: chỉ số 1 bị lặp lại']);
    expect(problemsOf({ ...valid.ordering, answer: [0, 1, 3] })).toEqual([
      'answer.2: chỉ số 3 vượt quá danh sách (chỉ có 0–2)',
    ]);
  });

  it('matching: a left item unpaired, paired twice, or an index out of range', () => {
    expect(problemsOf({ ...valid.matching, answer: [[0, 1]] })[0]).toMatch(
      /^answer: mỗi mục bên trái cần đúng một cặp/,
    );
    expect(
      problemsOf({
        ...valid.matching,
        answer: [
          [0, 1],
          [0, 2],
        ],
      }),
    ).toEqual(['answer.1: chỉ số 0 bị lặp lại']);
    expect(
      problemsOf({
        ...valid.matching,
        answer: [
          [0, 1],
          [1, 3],
        ],
      }),
    ).toEqual(['answer.1.1: chỉ số 3 vượt quá cột phải (0–2)']);
    expect(
      problemsOf({
        ...valid.matching,
        answer: [
          [0, 1],
          [2, 0],
        ],
      }),
    ).toEqual(['answer.1: chỉ số 2 vượt quá danh sách (chỉ có 0–1)']);
  });

  it('matching: lets several left items share a right item (sorting into groups)', () => {
    expect(
      problemsOf({
        ...valid.matching,
        answer: [
          [0, 1],
          [1, 1],
        ],
      }),
    ).toEqual([]);
  });

  it('fill_in: blanks and answer groups must match in number', () => {
    expect(problemsOf({ ...valid.fill_in, answers: [['Hà Nội']] })).toEqual([
      'answers: số nhóm đáp án phải bằng số chỗ trống "___" (cần 2, đang có 1)',
    ]);
    expect(problemsOf({ ...valid.fill_in, prompt: 'Không có chỗ trống', answers: [] })).toEqual([
      'prompt: câu hỏi cần ít nhất một chỗ trống "___"',
    ]);
    expect(problemsOf({ ...valid.fill_in, answers: [['Hà Nội'], []] })).toEqual([
      'answers.1: mỗi chỗ trống cần ít nhất một đáp án',
    ]);
  });

  it('numeric: a non-numeric answer or a negative tolerance', () => {
    expect(problemsOf({ ...valid.numeric, answer: '1.234,5' })).toEqual(['answer: đáp án phải là một số']);
    expect(problemsOf({ ...valid.numeric, tolerance: -1 })).toEqual([
      'tolerance: sai số cho phép không được âm',
    ]);
  });
});

describe('countBlanks', () => {
  it('counts runs of three or more underscores as one blank each', () => {
    expect(countBlanks('___ và ______ và __')).toBe(2);
    expect(countBlanks('không có')).toBe(0);
  });
});
