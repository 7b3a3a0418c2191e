// Scoring one rubric criterion against a practice text, with feedback in plain, encouraging
// Vietnamese (and English for facilitators). Each criterion type has one assessor.
import type { Criterion, CriterionOf, CriterionType } from './rubric.ts';
import {
  countListItems,
  countParagraphs,
  countSteps,
  countWords,
  phraseFinder,
  vietnameseEvidence,
} from './submission-analysis.ts';
import { type Localized, listNames } from './text.ts';

export type Assessment = { score: number; feedback: Localized };

export const EMPTY_SUBMISSION_FEEDBACK: Localized = {
  vi: 'Bạn chưa viết gì. Hãy viết bài làm rồi gửi lại nhé.',
  en: 'Your answer is empty. Write your answer and send it again.',
};

function conceptsFeedback(missing: string[], stillNeeded: number, everyConceptRequired: boolean): Localized {
  const names = listNames(missing);
  if (missing.length === 0) {
    return {
      vi: 'Tốt lắm! Bài làm đã nêu đủ các ý chính.',
      en: 'Well done! Your answer covers all the key points.',
    };
  }
  if (stillNeeded <= 0) {
    return {
      vi: `Tốt lắm! Bài làm đã đủ ý. Bạn có thể nói thêm về: ${names}.`,
      en: `Well done! Your answer covers enough points. You could also mention: ${names}.`,
    };
  }
  if (everyConceptRequired) {
    return {
      vi: `Bài làm còn thiếu: ${names}. Hãy viết thêm về những ý này nhé.`,
      en: `Your answer is missing: ${names}. Try adding these points.`,
    };
  }
  return {
    vi: `Bài làm cần thêm ${stillNeeded} ý nữa. Bạn có thể viết về: ${names}.`,
    en: `Your answer needs ${stillNeeded} more point(s). You could write about: ${names}.`,
  };
}

/** A concept counts when its name or one of its synonyms appears as whole words. */
function assessConcepts(criterion: CriterionOf<'concepts'>, text: string): Assessment {
  const isInText = phraseFinder(text);
  const missing = criterion.concepts
    .filter((concept) => ![concept.name, ...(concept.synonyms ?? [])].some(isInText))
    .map((concept) => concept.name);
  const found = criterion.concepts.length - missing.length;
  const required = Math.min(criterion.minimum ?? criterion.concepts.length, criterion.concepts.length);
  const everyConceptRequired = required === criterion.concepts.length;
  return {
    score: required > 0 ? Math.min(1, found / required) : 1,
    feedback: conceptsFeedback(missing, required - found, everyConceptRequired),
  };
}

/** Above the maximum, the score drops gently: half of the excess share, never below 0.5. */
const overLengthScore = (words: number, maxWords: number): number =>
  Math.max(0.5, 1 - (0.5 * (words - maxWords)) / maxWords);

function assessLength(criterion: CriterionOf<'length'>, text: string): Assessment {
  const words = countWords(text);
  const { minWords, maxWords } = criterion;
  if (minWords !== undefined && words < minWords) {
    return {
      score: words / minWords,
      feedback: {
        vi: `Bài làm hơi ngắn (${words} từ). Hãy viết thêm để có ít nhất ${minWords} từ nhé.`,
        en: `Your answer is a bit short (${words} words). Try to write at least ${minWords} words.`,
      },
    };
  }
  if (maxWords !== undefined && words > maxWords) {
    return {
      score: overLengthScore(words, maxWords),
      feedback: {
        vi: `Bài làm hơi dài (${words} từ). Hãy viết gọn lại, không quá ${maxWords} từ.`,
        en: `Your answer is a bit long (${words} words). Try to keep it to ${maxWords} words or fewer.`,
      },
    };
  }
  return { score: 1, feedback: { vi: 'Độ dài bài làm vừa đủ.', en: 'Your answer is a good length.' } };
}

type StructureKind = CriterionOf<'structure'>['kind'];

const structureCounters: Record<StructureKind, (text: string) => number> = {
  steps: countSteps,
  list: countListItems,
  paragraphs: countParagraphs,
};

const structureMessages: Record<
  StructureKind,
  { done: Localized; ask: (min: number) => Localized; has: (found: number) => Localized }
> = {
  steps: {
    done: { vi: 'Bài làm đã chia thành các bước rõ ràng.', en: 'Your answer is clearly split into steps.' },
    ask: (min) => ({
      vi: `Hãy chia bài làm thành ít nhất ${min} bước, mỗi bước một dòng, ví dụ: "Bước 1: …".`,
      en: `Split your answer into at least ${min} steps, one per line, for example "1. …".`,
    }),
    has: (found) => ({ vi: `Bài làm hiện có ${found} bước.`, en: `It has ${found} step(s) now.` }),
  },
  list: {
    done: { vi: 'Bài làm đã liệt kê các ý rõ ràng.', en: 'Your answer lists its points clearly.' },
    ask: (min) => ({
      vi: `Hãy liệt kê ít nhất ${min} ý, mỗi ý một dòng, bắt đầu bằng dấu "-".`,
      en: `List at least ${min} points, one per line, each starting with "-".`,
    }),
    has: (found) => ({ vi: `Bài làm hiện có ${found} ý.`, en: `It has ${found} item(s) now.` }),
  },
  paragraphs: {
    done: { vi: 'Bài làm đã chia đoạn rõ ràng.', en: 'Your answer is clearly split into paragraphs.' },
    ask: (min) => ({
      vi: `Hãy viết ít nhất ${min} đoạn, giữa hai đoạn để một dòng trống.`,
      en: `Write at least ${min} paragraphs, with an empty line between them.`,
    }),
    has: (found) => ({ vi: `Bài làm hiện có ${found} đoạn.`, en: `It has ${found} paragraph(s) now.` }),
  },
};

function assessStructure(criterion: CriterionOf<'structure'>, text: string): Assessment {
  const found = structureCounters[criterion.kind](text);
  const messages = structureMessages[criterion.kind];
  if (found >= criterion.minItems) return { score: 1, feedback: messages.done };
  const ask = messages.ask(criterion.minItems);
  const has = messages.has(found);
  return {
    score: found / criterion.minItems,
    feedback: found > 0 ? { vi: `${ask.vi} ${has.vi}`, en: `${ask.en} ${has.en}` } : ask,
  };
}

function assessLanguage(_criterion: CriterionOf<'language'>, text: string): Assessment {
  const { score, withoutDiacritics } = vietnameseEvidence(text);
  if (score < 1) {
    return {
      score,
      feedback: {
        vi: 'Hãy viết bài làm bằng tiếng Việt nhé.',
        en: 'Please write your answer in Vietnamese.',
      },
    };
  }
  if (withoutDiacritics) {
    return {
      score,
      feedback: {
        vi: 'Bài làm viết bằng tiếng Việt. Nếu được, hãy gõ có dấu để dễ đọc hơn.',
        en: 'Your answer is in Vietnamese. If you can, type the accent marks so it is easier to read.',
      },
    };
  }
  return {
    score,
    feedback: {
      vi: 'Bài làm viết bằng tiếng Việt. Tốt lắm!',
      en: 'Your answer is in Vietnamese. Well done!',
    },
  };
}

const assessors: { [T in CriterionType]: (criterion: CriterionOf<T>, text: string) => Assessment } = {
  concepts: assessConcepts,
  length: assessLength,
  structure: assessStructure,
  language: assessLanguage,
};

export function assessCriterion(criterion: Criterion, text: string): Assessment {
  const assess = assessors[criterion.type] as (c: Criterion, t: string) => Assessment;
  return assess(criterion, text);
}
