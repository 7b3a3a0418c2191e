// How the right answer of each question type is shown to a learner after answering.
import { formatNumber } from './numbers.ts';
import type { NumericQuestion, Question, QuestionOf, QuestionType } from './questions.ts';
import { type Localized, sameInBoth } from './text.ts';

const pick = (list: readonly string[], index: number): string => list[index] ?? '?';

function describeNumeric(q: NumericQuestion, language: 'vi' | 'en'): string {
  const unit = q.unit ? ` ${q.unit}` : '';
  const tolerance = q.tolerance > 0 ? ` (± ${formatNumber(q.tolerance, language)})` : '';
  return `${formatNumber(q.answer, language)}${unit}${tolerance}`;
}

const describers: { [T in QuestionType]: (q: QuestionOf<T>) => Localized } = {
  single: (q) => sameInBoth(pick(q.options, q.answer)),
  multiple: (q) => sameInBoth(q.answer.map((i) => pick(q.options, i)).join('; ')),
  true_false: (q) => (q.answer ? { vi: 'Đúng', en: 'True' } : { vi: 'Sai', en: 'False' }),
  ordering: (q) => sameInBoth(q.answer.map((i) => pick(q.items, i)).join(' → ')),
  matching: (q) =>
    sameInBoth(q.answer.map(([l, r]) => `${pick(q.left, l)} → ${pick(q.right, r)}`).join('; ')),
  fill_in: (q) => sameInBoth(q.answers.map((accepted) => accepted[0] ?? '?').join('; ')),
  numeric: (q) => ({ vi: describeNumeric(q, 'vi'), en: describeNumeric(q, 'en') }),
};

/** The right answer in words: option texts, the ordered items, "Đúng"/"True", "1.234,5 kg". */
export function describeExpected(question: Question): Localized {
  const describe = describers[question.type] as (q: Question) => Localized;
  return describe(question);
}
