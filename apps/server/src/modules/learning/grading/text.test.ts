// Vietnamese text helpers: diacritic folding, answer normalisation, tone placement, word splitting.
import { describe, expect, it } from 'vitest';
import { foldDiacritics, foldedWordsOf, normaliseAnswerText, wordsOf } from './text.ts';

const loose = (text: string) => normaliseAnswerText(text, { caseSensitive: false });
const strict = (text: string) => normaliseAnswerText(text, { caseSensitive: true });

describe('foldDiacritics', () => {
  it('drops Vietnamese tone and vowel marks', () => {
    expect(foldDiacritics('Hà Nội')).toBe('Ha Noi');
    expect(foldDiacritics('người ưu tiên ở Huế')).toBe('nguoi uu tien o Hue');
  });

  it('turns đ into d and Đ into D', () => {
    expect(foldDiacritics('Đà Nẵng, đường')).toBe('Da Nang, duong');
  });

  it('works the same on decomposed (NFD) input', () => {
    expect(foldDiacritics('Hà Nội'.normalize('NFD'))).toBe('Ha Noi');
  });
});

describe('normaliseAnswerText', () => {
  it('gives NFC and NFD spellings of the same word the same key', () => {
    const composed = 'Nguyễn'.normalize('NFC');
    const decomposed = 'Nguyễn'.normalize('NFD');
    expect(composed).not.toBe(decomposed);
    expect(loose(decomposed)).toBe(loose(composed));
  });

  it('trims, collapses inner whitespace (including no-break spaces) and drops invisible characters', () => {
    expect(loose('  Hà \t  Nội\u00a0 ')).toBe(loose('Hà Nội'));
    expect(loose('Hà\u200b Nội')).toBe(loose('Hà Nội'));
  });

  it('ignores case unless asked not to', () => {
    expect(loose('HÀ NỘI')).toBe(loose('hà nội'));
    expect(strict('HÀ NỘI')).not.toBe(strict('hà nội'));
  });

  it('removes trailing punctuation but keeps inner punctuation', () => {
    expect(loose('Hà Nội.')).toBe(loose('Hà Nội'));
    expect(loose('Hà Nội !?')).toBe(loose('Hà Nội'));
    expect(loose('3,5')).not.toBe(loose('35'));
  });

  it('accepts both tone-mark placements ("hoà" and "hòa")', () => {
    expect(loose('hoà bình')).toBe(loose('hòa bình'));
    expect(loose('khoẻ')).toBe(loose('khỏe'));
    expect(loose('thuý')).toBe(loose('thúy'));
  });

  it('still tells different tones apart', () => {
    expect(loose('mã')).not.toBe(loose('má'));
    expect(loose('mả')).not.toBe(loose('ma'));
  });
});

describe('words', () => {
  it('splits on anything that is not a letter or digit', () => {
    expect(wordsOf('Bước 1: mở Zalo, chạm "Cá nhân".')).toEqual([
      'Bước',
      '1',
      'mở',
      'Zalo',
      'chạm',
      'Cá',
      'nhân',
    ]);
  });

  it('folds words for searching', () => {
    expect(foldedWordsOf('Xác thực HAI lớp (2FA)')).toEqual(['xac', 'thuc', 'hai', 'lop', '2fa']);
  });
});
