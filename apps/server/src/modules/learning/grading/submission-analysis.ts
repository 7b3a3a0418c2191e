// Reading a free-text practice submission: finding phrases, counting words, steps, list items and
// paragraphs, and judging whether it is written in Vietnamese. Pure text measurements, no scoring.
import { foldDiacritics, foldedWordsOf, wordsOf } from './text.ts';

/**
 * True when the phrase occurs in the text as whole words, ignoring case and diacritics:
 * "xác thực hai lớp" is found in "Tôi bật Xac thuc hai lop.", but "lớp" is not found in "lớptrưởng".
 */
export function containsPhrase(text: string, phrase: string): boolean {
  return phraseFinder(text)(phrase);
}

/** `containsPhrase` for many phrases in one text: the text is folded once. */
export function phraseFinder(text: string): (phrase: string) => boolean {
  const words = foldedWordsOf(text);
  return (phrase) => indexOfPhrase(words, foldedWordsOf(phrase)) >= 0;
}

function indexOfPhrase(words: readonly string[], phrase: readonly string[]): number {
  if (phrase.length === 0) return -1;
  for (let start = 0; start + phrase.length <= words.length; start++) {
    if (phrase.every((word, offset) => words[start + offset] === word)) return start;
  }
  return -1;
}

/** Words are runs of letters or digits: "Bước 1: mở Zalo" has 4. */
export const countWords = (text: string): number => wordsOf(text).length;

const linesOf = (text: string): string[] => text.replace(/\r\n?/g, '\n').split('\n');

/** "1.", "1)", "(1)", "1:", "1 -", "1/" at the start of a line — but not "1.5 kg" or "8:30". */
const NUMBERED_LINE = /^\(?\d{1,2}\s*[.):\-–/](?!\d)/;
/** "Bước 1", "B1:", "bước 2" at the start of a folded, lower-cased line. */
const STEP_WORD_LINE = /^(?:buoc|b)\s*\d{1,2}\b/;
/** "Bước 1", "bước hai" anywhere in a folded, lower-cased line. */
const STEP_WORD = /\bbuoc\s*(?:\d{1,2}|mot|hai|ba|bon|nam|sau|bay|tam|chin|muoi)\b/g;
const BULLET_LINE = /^(?:[-*+–—]\s+|[•·▪◦●○]\s*)\S/;

const foldLine = (line: string): string => foldDiacritics(line.trim().toLowerCase());

function isNumberedLine(line: string): boolean {
  const folded = foldLine(line);
  return NUMBERED_LINE.test(folded) || STEP_WORD_LINE.test(folded);
}

/**
 * Numbered steps: lines starting "1.", "1)", "Bước 1", "B1:" each count once; a line holding
 * several "Bước 1 … Bước 2 …" counts each of them, for learners who write everything on one line.
 */
export function countSteps(text: string): number {
  return linesOf(text).reduce((count, line) => {
    const inline = foldLine(line).match(STEP_WORD)?.length ?? 0;
    return count + Math.max(isNumberedLine(line) ? 1 : 0, inline);
  }, 0);
}

/** List items: lines starting with a bullet ("-", "*", "•", "+") or a number ("1.", "Bước 1"). */
export function countListItems(text: string): number {
  return linesOf(text).filter((line) => BULLET_LINE.test(line.trim()) || isNumberedLine(line)).length;
}

/** Paragraphs: blocks of text separated by at least one blank line. */
export function countParagraphs(text: string): number {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n[^\S\n]*\n/)
    .filter((block) => wordsOf(block).length > 0).length;
}

/**
 * Common Vietnamese function words, without diacritics ("và" → "va"). Words that are also common
 * English words ("do", "can", "to", "an", "me", "a") are left out so English text does not match.
 */
const VIETNAMESE_FUNCTION_WORDS = new Set(
  (
    'va cua la co khong duoc cho nguoi trong mot nhung cac de khi neu thi voi nay da se dang ra vao ' +
    'ban toi minh nhu cung rat hoac vi nen ma phai bang theo tu den tai sau hay roi lai nhieu moi ve o ' +
    'chua gi nao day hon'
  ).split(' '),
);

/** Lower-case letters found only (or mostly) in Vietnamese writing. */
const VIETNAMESE_LETTER = /[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]/;

/** Vietnamese prose has ~20–30% function words and ~60–80% syllables with diacritics. */
const FUNCTION_WORD_SHARE_FOR_FULL_SCORE = 0.15;
const DIACRITIC_SHARE_FOR_FULL_SCORE = 0.4;
/** Below this share of accented words, Vietnamese text counts as typed without diacritics. */
const TYPED_WITHOUT_DIACRITICS_BELOW = 0.1;
/** From this many words on, a text with no Vietnamese function word at all is doubtful. */
const LONG_ENOUGH_TO_NEED_FUNCTION_WORDS = 8;

export type VietnameseEvidence = {
  /** 0..1: how sure we are the text is Vietnamese. */
  score: number;
  /** Vietnamese, but typed (almost) without diacritics: "toi bat xac thuc hai lop". */
  withoutDiacritics: boolean;
};

/**
 * The language heuristic. Over the text's words (digits-only words ignored):
 * - functionShare = share of Vietnamese function words, compared without diacritics, so
 *   "va", "cua", "khong", "duoc" count just like "và", "của", "không", "được";
 * - accentShare = share of words with a Vietnamese letter (ă, ơ, ư, đ, ạ, ế, …).
 * score = max(functionShare / 0.15, accentShare / 0.4), capped at 1. A text of 8 or more words
 * without a single Vietnamese function word is capped at 0.5 (accented French, lists of names).
 * Text typed without diacritics therefore passes on function words alone.
 */
export function vietnameseEvidence(text: string): VietnameseEvidence {
  const words = wordsOf(text.toLowerCase()).filter((word) => /\p{L}/u.test(word));
  if (words.length === 0) return { score: 0, withoutDiacritics: false };
  const functionShare =
    words.filter((w) => VIETNAMESE_FUNCTION_WORDS.has(foldDiacritics(w))).length / words.length;
  const accentShare = words.filter((w) => VIETNAMESE_LETTER.test(w)).length / words.length;
  const raw = Math.max(
    functionShare / FUNCTION_WORD_SHARE_FOR_FULL_SCORE,
    accentShare / DIACRITIC_SHARE_FOR_FULL_SCORE,
  );
  const doubtful = words.length >= LONG_ENOUGH_TO_NEED_FUNCTION_WORDS && functionShare === 0;
  const score = Math.min(1, raw, doubtful ? 0.5 : 1);
  return { score, withoutDiacritics: score >= 1 && accentShare < TYPED_WITHOUT_DIACRITICS_BELOW };
}
