// Vietnamese-aware text helpers shared by the graders: answer normalisation, diacritic folding,
// tone-mark placement, word splitting, and the bilingual message type used in every result.

/** A message or display text in both languages of the platform. */
export type Localized = { vi: string; en: string };

export const sameInBoth = (text: string): Localized => ({ vi: text, en: text });

const COMBINING_MARKS = /[\u0300-\u036f]/g;
/** The five tone marks (huyền, sắc, ngã, hỏi, nặng); the other marks shape the vowel (â, ă, ơ, ư). */
const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/g;
const INVISIBLE_CHARACTERS = /[\u200b-\u200d\u2060\ufeff]/g;
const TRAILING_PUNCTUATION = /[\s.,;:!?]+$/u;
const LETTER_RUN = /[\p{L}\p{M}]+/gu;
const WORD = /[\p{L}\p{M}\p{N}]+/gu;

/** Drops every diacritic ("Hà Nội" → "Ha Noi") and turns đ/Đ into d/D. */
export function foldDiacritics(text: string): string {
  return text
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .normalize('NFC');
}

/**
 * Vietnamese keyboards place tone marks in two styles: "hoà"/"hòa", "thuý"/"thúy", "khoẻ"/"khỏe".
 * Both are correct spelling, so for comparison each syllable's tone mark is moved to its end.
 * The result is only a comparison key, never shown to anyone.
 */
function unifyTonePlacement(text: string): string {
  return text
    .normalize('NFD')
    .replace(
      LETTER_RUN,
      (syllable) => syllable.replace(TONE_MARKS, '') + (syllable.match(TONE_MARKS) ?? []).join(''),
    )
    .normalize('NFC');
}

export type AnswerTextOptions = { caseSensitive: boolean };

/**
 * The comparison key of a typed answer: Unicode NFC, invisible characters removed, trimmed, inner
 * whitespace collapsed, lower-cased unless case matters, trailing `.,;:!?` removed, and tone-mark
 * placement unified.
 */
export function normaliseAnswerText(text: string, { caseSensitive }: AnswerTextOptions): string {
  const tidy = text.normalize('NFC').replace(INVISIBLE_CHARACTERS, '').trim().replace(/\s+/gu, ' ');
  const cased = caseSensitive ? tidy : tidy.toLowerCase();
  return unifyTonePlacement(cased.replace(TRAILING_PUNCTUATION, ''));
}

/** The words of a text (runs of letters and digits), in NFC, as typed. */
export function wordsOf(text: string): string[] {
  return text.normalize('NFC').match(WORD) ?? [];
}

/** The words of a text, lower-cased and without diacritics: the form used for searching. */
export function foldedWordsOf(text: string): string[] {
  return wordsOf(foldDiacritics(text.normalize('NFC').toLowerCase()));
}

export function hasWords(text: string): boolean {
  return wordsOf(text).length > 0;
}

/** Joins names as Vietnamese and English readers expect: "a, b, c". */
export const listNames = (names: readonly string[]): string => names.join(', ');
