// Grading choice-based answers (single, multiple, true_false, ordering, matching), malformed
// responses of every type, and response validation. Typed answers are in grade-typed.test.ts.
import { describe, expect, it } from 'vitest';
import { gradeAnswer, validateResponse } from './grade.ts';
import {
  FillInQuestionSchema,
  MatchingQuestionSchema,
  MultipleQuestionSchema,
  NumericQuestionSchema,
  OrderingQuestionSchema,
  type Question,
  SingleQuestionSchema,
  TrueFalseQuestionSchema,
} from './questions.ts';

const base = { id: 'q', explanation: 'Giải thích.' };

const single = SingleQuestionSchema.parse({
  ...base,
  type: 'single',
  prompt: 'Mật khẩu nào mạnh nhất?',
  options: ['123456', 'ngaysinh1990', 'Tra-Xanh#Buoi$Sang42'],
  answer: 2,
});
const multiple = MultipleQuestionSchema.parse({
  ...base,
  type: 'multiple',
  prompt: 'Dấu hiệu nào cho thấy tin nhắn lừa đảo?',
  options: ['Đòi mã OTP', 'Giục chuyển tiền gấp', 'Gửi từ số của ngân hàng trên thẻ', 'Đường link lạ'],
  answer: [0, 1, 3],
});
const trueFalse = TrueFalseQuestionSchema.parse({
  ...base,
  type: 'true_false',
  prompt: 'Có thể đọc mã OTP cho nhân viên ngân hàng qua điện thoại.',
  answer: false,
});
const ordering = OrderingQuestionSchema.parse({
  ...base,
  type: 'ordering',
  prompt: 'Sắp xếp các bước bật xác thực hai lớp trên Zalo.',
  items: ['Chạm Cá nhân', 'Mở Zalo', 'Chọn Tài khoản và bảo mật', 'Bật Xác thực hai lớp'],
  answer: [1, 0, 2, 3],
});
const matching = MatchingQuestionSchema.parse({
  ...base,
  type: 'matching',
  prompt: 'Nối biểu tượng với ý nghĩa.',
  left: ['🔒', '📶', '🔋'],
  right: ['Pin', 'Sóng Wi-Fi', 'Khoá', 'Âm lượng'],
  answer: [
    [0, 2],
    [1, 1],
    [2, 0],
  ],
});
const capital = FillInQuestionSchema.parse({
  ...base,
  type: 'fill_in',
  prompt: 'Thủ đô là ___.',
  answers: [['Hà Nội']],
});
const price = NumericQuestionSchema.parse({ ...base, type: 'numeric', prompt: 'Giá?', answer: 1234.5 });

/** Calls gradeAnswer with a response the types would not allow, as a buggy client might. */
const gradeUntyped = (question: Question, response: unknown) => gradeAnswer(question, response as never);

describe('single', () => {
  it('right and wrong', () => {
    expect(gradeAnswer(single, 2)).toEqual({
      correct: true,
      score: 1,
      expected: { vi: 'Tra-Xanh#Buoi$Sang42', en: 'Tra-Xanh#Buoi$Sang42' },
      explanation: 'Giải thích.',
    });
    expect(gradeAnswer(single, 0)).toMatchObject({ correct: false, score: 0 });
  });

  it('an index outside the options is wrong, not an error', () => {
    expect(gradeAnswer(single, 9)).toMatchObject({ correct: false, score: 0 });
    expect(gradeAnswer(single, -1)).toMatchObject({ correct: false, score: 0 });
  });
});

describe('multiple', () => {
  it('is correct only when the chosen set equals the answer set, in any order', () => {
    expect(gradeAnswer(multiple, [3, 0, 1])).toMatchObject({ correct: true, score: 1 });
  });

  it('gives partial credit: (right picks − wrong picks) / right options', () => {
    expect(gradeAnswer(multiple, [0, 1])).toMatchObject({ correct: false, score: 0.6667 });
    expect(gradeAnswer(multiple, [0, 1, 3, 2])).toMatchObject({ correct: false, score: 0.6667 });
    expect(gradeAnswer(multiple, [0, 2])).toMatchObject({ correct: false, score: 0 });
  });

  it('never goes below 0, and picking everything is not full marks', () => {
    expect(gradeAnswer(multiple, [2])).toMatchObject({ score: 0 });
    expect(gradeAnswer(multiple, [0, 1, 2, 3]).score).toBeLessThan(1);
  });

  it('counts a repeated pick once and an out-of-range pick as wrong', () => {
    expect(gradeAnswer(multiple, [0, 0, 1, 1, 3])).toMatchObject({ correct: true, score: 1 });
    expect(gradeAnswer(multiple, [0, 1, 3, 42])).toMatchObject({ correct: false, score: 0.6667 });
  });

  it('an empty answer scores 0', () => {
    expect(gradeAnswer(multiple, [])).toMatchObject({ correct: false, score: 0 });
  });

  it('shows the right options', () => {
    expect(gradeAnswer(multiple, []).expected.vi).toBe('Đòi mã OTP; Giục chuyển tiền gấp; Đường link lạ');
  });
});

describe('true_false', () => {
  it('right and wrong, with the answer shown in both languages', () => {
    expect(gradeAnswer(trueFalse, false)).toMatchObject({
      correct: true,
      score: 1,
      expected: { vi: 'Sai', en: 'False' },
    });
    expect(gradeAnswer(trueFalse, true)).toMatchObject({ correct: false, score: 0 });
  });
});

describe('ordering', () => {
  it('right order', () => {
    expect(gradeAnswer(ordering, [1, 0, 2, 3])).toMatchObject({
      correct: true,
      score: 1,
      expected: { vi: 'Mở Zalo → Chạm Cá nhân → Chọn Tài khoản và bảo mật → Bật Xác thực hai lớp' },
    });
  });

  it('partial credit is the share of items in the right position', () => {
    expect(gradeAnswer(ordering, [0, 1, 2, 3])).toMatchObject({ correct: false, score: 0.5 });
    expect(gradeAnswer(ordering, [3, 2, 0, 1])).toMatchObject({ correct: false, score: 0 });
  });

  it('a short, long or repeating order is graded, not rejected', () => {
    expect(gradeAnswer(ordering, [1, 0])).toMatchObject({ correct: false, score: 0.5 });
    expect(gradeAnswer(ordering, [1, 0, 2, 3, 3])).toMatchObject({ correct: false, score: 0.8 });
    expect(gradeAnswer(ordering, [1, 1, 1, 1])).toMatchObject({ correct: false, score: 0.25 });
    expect(gradeAnswer(ordering, [])).toMatchObject({ correct: false, score: 0 });
  });
});

describe('matching', () => {
  it('all pairs right, in any order', () => {
    expect(
      gradeAnswer(matching, [
        [2, 0],
        [0, 2],
        [1, 1],
      ]),
    ).toMatchObject({ correct: true, score: 1, expected: { vi: '🔒 → Khoá; 📶 → Sóng Wi-Fi; 🔋 → Pin' } });
  });

  it('partial credit is the share of left items matched right', () => {
    expect(
      gradeAnswer(matching, [
        [0, 2],
        [1, 0],
        [2, 1],
      ]),
    ).toMatchObject({ correct: false, score: 0.3333 });
    expect(gradeAnswer(matching, [[0, 2]])).toMatchObject({ correct: false, score: 0.3333 });
  });

  it('a left item given two different partners counts as wrong', () => {
    const hedged: [number, number][] = [
      [0, 2],
      [0, 3],
      [1, 1],
      [2, 0],
    ];
    expect(gradeAnswer(matching, hedged)).toMatchObject({ correct: false, score: 0.6667 });
  });

  it('ignores repeated and out-of-range pairs', () => {
    const noisy: [number, number][] = [
      [0, 2],
      [0, 2],
      [1, 1],
      [2, 0],
      [7, 7],
    ];
    expect(gradeAnswer(matching, noisy)).toMatchObject({ correct: true, score: 1 });
    expect(gradeAnswer(matching, [[-1, 99]])).toMatchObject({ correct: false, score: 0 });
  });
});

describe('malformed responses never throw', () => {
  const questions: Question[] = [single, multiple, trueFalse, ordering, matching, capital, price];
  const junk: unknown[] = [
    undefined,
    null,
    'x',
    3.5,
    -1,
    {},
    [],
    [null],
    [[1]],
    [['a', 'b']],
    true,
    Number.NaN,
    '💥',
  ];

  it.each(questions.map((q) => [q.type, q] as const))(
    '%s scores 0 for junk of the wrong shape',
    (_type, question) => {
      for (const response of junk) {
        const result = gradeUntyped(question, response);
        expect(result.score).toBeGreaterThanOrEqual(0);
        expect(result.score).toBeLessThan(1);
        expect(result.explanation).toBe('Giải thích.');
      }
    },
  );
});

describe('validateResponse', () => {
  it('returns the typed response when the shape fits', () => {
    expect(validateResponse(single, 1)).toEqual({ ok: true, response: 1 });
    expect(validateResponse(matching, [[0, 1]])).toEqual({ ok: true, response: [[0, 1]] });
    expect(validateResponse(price, '1,5')).toEqual({ ok: true, response: '1,5' });
    expect(validateResponse(price, 1.5)).toEqual({ ok: true, response: 1.5 });
  });

  it('lets a well-formed but wrong answer through (it is graded as wrong)', () => {
    expect(validateResponse(single, 99)).toEqual({ ok: true, response: 99 });
  });

  it('lists the issues when the shape does not fit', () => {
    const result = validateResponse(multiple, [0, 'b']);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues).toEqual([{ path: '1', message: expect.any(String) }]);
    expect(validateResponse(single, '1').ok).toBe(false);
    expect(validateResponse(single, 1.5).ok).toBe(false);
    expect(validateResponse(trueFalse, 'true').ok).toBe(false);
    expect(validateResponse(capital, 'Hà Nội').ok).toBe(false);
    expect(validateResponse(matching, [[0, 1, 2]]).ok).toBe(false);
  });

  it('refuses oversized responses', () => {
    expect(
      validateResponse(
        multiple,
        Array.from({ length: 65 }, (_, i) => i),
      ).ok,
    ).toBe(false);
    expect(validateResponse(capital, ['x'.repeat(501)]).ok).toBe(false);
  });
});
