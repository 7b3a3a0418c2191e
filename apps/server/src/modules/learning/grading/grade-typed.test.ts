// Grading typed answers: fill-in blanks (normalisation, diacritics, case) and numbers (formats, tolerance).
import { describe, expect, it } from 'vitest';
import { gradeAnswer } from './grade.ts';
import { FillInQuestionSchema, NumericQuestionSchema } from './questions.ts';

const base = { id: 'q', explanation: 'Giải thích.' };

const capital = FillInQuestionSchema.parse({
  ...base,
  type: 'fill_in',
  prompt: 'Thủ đô của Việt Nam là ___.',
  answers: [['Hà Nội']],
});
const capitalLoose = FillInQuestionSchema.parse({ ...capital, acceptWithoutDiacritics: true });
const twoBlanks = FillInQuestionSchema.parse({
  ...base,
  type: 'fill_in',
  prompt: 'Số khẩn cấp: công an ___, cứu thương ___.',
  answers: [['113'], ['115', 'một một năm']],
});
const price = NumericQuestionSchema.parse({
  ...base,
  type: 'numeric',
  prompt: 'Gói cước giá bao nhiêu nghìn đồng một tháng?',
  answer: 1234.5,
  unit: 'nghìn đồng',
});
const withTolerance = NumericQuestionSchema.parse({
  ...base,
  type: 'numeric',
  prompt: '?',
  answer: 10,
  tolerance: 0.5,
});

describe('fill_in', () => {
  it.each([
    ['Hà Nội', 'exact'],
    ['hà nội', 'lower case'],
    ['HÀ NỘI', 'upper case'],
    ['  Hà   Nội  ', 'extra spaces'],
    ['Hà Nội.', 'trailing full stop'],
    ['Hà Nội !', 'trailing exclamation mark after a space'],
    ['Hà Nội'.normalize('NFD'), 'decomposed (NFD) input'],
  ])('accepts %j (%s)', (typed) => {
    expect(gradeAnswer(capital, [typed])).toMatchObject({ correct: true, score: 1 });
  });

  it('refuses "ha noi" unless the question accepts answers without diacritics', () => {
    expect(gradeAnswer(capital, ['ha noi'])).toMatchObject({ correct: false, score: 0 });
    expect(gradeAnswer(capitalLoose, ['ha noi'])).toMatchObject({ correct: true, score: 1 });
    expect(gradeAnswer(capitalLoose, ['HA NOI.'])).toMatchObject({ correct: true, score: 1 });
    expect(gradeAnswer(capitalLoose, ['Hà Nội'])).toMatchObject({ correct: true, score: 1 });
  });

  it('treats đ/Đ as d/D only when answers without diacritics are accepted', () => {
    const city = FillInQuestionSchema.parse({
      ...base,
      type: 'fill_in',
      prompt: '___',
      answers: [['Đà Nẵng']],
    });
    const cityLoose = FillInQuestionSchema.parse({ ...city, acceptWithoutDiacritics: true });
    expect(gradeAnswer(city, ['đà nẵng']).correct).toBe(true);
    expect(gradeAnswer(city, ['Da Nang']).correct).toBe(false);
    expect(gradeAnswer(cityLoose, ['Da Nang']).correct).toBe(true);
    expect(gradeAnswer(cityLoose, ['da nang']).correct).toBe(true);
  });

  it('accepts both tone-mark placements', () => {
    const peace = FillInQuestionSchema.parse({
      ...base,
      type: 'fill_in',
      prompt: '___',
      answers: [['hòa bình']],
    });
    expect(gradeAnswer(peace, ['Hoà bình']).correct).toBe(true);
  });

  it('honours caseSensitive', () => {
    const code = FillInQuestionSchema.parse({
      ...base,
      type: 'fill_in',
      prompt: 'Mã Wi-Fi là ___',
      answers: [['AbC123']],
      caseSensitive: true,
    });
    expect(gradeAnswer(code, ['AbC123']).correct).toBe(true);
    expect(gradeAnswer(code, ['abc123']).correct).toBe(false);
  });

  it('still refuses a different word', () => {
    expect(gradeAnswer(capitalLoose, ['Hải Phòng'])).toMatchObject({ correct: false, score: 0 });
    expect(gradeAnswer(capital, ['Hà'])).toMatchObject({ correct: false, score: 0 });
  });

  it('scores each blank and accepts any listed answer', () => {
    expect(gradeAnswer(twoBlanks, ['113', 'Một một năm'])).toMatchObject({ correct: true, score: 1 });
    expect(gradeAnswer(twoBlanks, ['113', '114'])).toMatchObject({ correct: false, score: 0.5 });
    expect(gradeAnswer(twoBlanks, ['113'])).toMatchObject({ correct: false, score: 0.5 });
    expect(gradeAnswer(twoBlanks, ['', ''])).toMatchObject({ correct: false, score: 0 });
    expect(gradeAnswer(twoBlanks, [])).toMatchObject({
      correct: false,
      score: 0,
      expected: { vi: '113; 115' },
    });
  });

  it('an empty or punctuation-only answer is never right', () => {
    expect(gradeAnswer(capital, ['   '])).toMatchObject({ correct: false });
    expect(gradeAnswer(capital, ['...'])).toMatchObject({ correct: false });
  });
});

describe('numeric', () => {
  it.each([
    ['1.234,5'],
    ['1234.5'],
    ['1234,5'],
    ['1,234.5'],
    [' 1 234,5 '],
    ['1.234,5 nghìn đồng'],
    ['1234,5 nghin dong'],
  ])('accepts %j for 1234.5', (typed) => {
    expect(gradeAnswer(price, typed)).toMatchObject({ correct: true, score: 1 });
  });

  it('accepts a number sent as a number', () => {
    expect(gradeAnswer(price, 1234.5).correct).toBe(true);
  });

  it.each([['abc'], [''], ['1234'], ['1.234'], ['1234,6'], ['1.234,5 kg']])(
    'refuses %j for 1234.5',
    (typed) => {
      expect(gradeAnswer(price, typed)).toMatchObject({ correct: false, score: 0 });
    },
  );

  it('reads "1,5" as one and a half', () => {
    const half = NumericQuestionSchema.parse({ ...base, type: 'numeric', prompt: '?', answer: 1.5 });
    expect(gradeAnswer(half, '1,5').correct).toBe(true);
    expect(gradeAnswer(half, '1.5').correct).toBe(true);
    expect(gradeAnswer(half, '15').correct).toBe(false);
  });

  it('reads "1.234" as one thousand two hundred and thirty-four', () => {
    const thousands = NumericQuestionSchema.parse({ ...base, type: 'numeric', prompt: '?', answer: 1234 });
    expect(gradeAnswer(thousands, '1.234').correct).toBe(true);
    expect(gradeAnswer(thousands, ' 1234 ').correct).toBe(true);
  });

  it('accepts " 3 " for 3', () => {
    const three = NumericQuestionSchema.parse({ ...base, type: 'numeric', prompt: '?', answer: 3 });
    expect(gradeAnswer(three, ' 3 ').correct).toBe(true);
  });

  it('honours the tolerance at its edges', () => {
    expect(gradeAnswer(withTolerance, '10,5').correct).toBe(true);
    expect(gradeAnswer(withTolerance, '9.5').correct).toBe(true);
    expect(gradeAnswer(withTolerance, '10,51').correct).toBe(false);
    expect(gradeAnswer(withTolerance, '9,49').correct).toBe(false);
  });

  it('forgives floating-point noise but nothing more', () => {
    const sum = NumericQuestionSchema.parse({ ...base, type: 'numeric', prompt: '?', answer: 0.3 });
    expect(gradeAnswer(sum, 0.1 + 0.2).correct).toBe(true);
    expect(gradeAnswer(sum, 0.3001).correct).toBe(false);
  });

  it('shows the answer with unit and tolerance in each language', () => {
    expect(gradeAnswer(price, 'x').expected).toEqual({ vi: '1.234,5 nghìn đồng', en: '1,234.5 nghìn đồng' });
    expect(gradeAnswer(withTolerance, 'x').expected).toEqual({ vi: '10 (± 0,5)', en: '10 (± 0.5)' });
  });
});
