// Reading learner-typed numbers (Vietnamese and English styles), formatting them back, score clamping.
import { describe, expect, it } from 'vitest';
import { formatNumber, parseLearnerNumber, toScore } from './numbers.ts';

describe('parseLearnerNumber', () => {
  it.each([
    ['1234.5', 1234.5],
    ['1234,5', 1234.5],
    ['1.234,5', 1234.5],
    ['1,234.5', 1234.5],
    ['1,5', 1.5],
    ['1.5', 1.5],
    [' 3 ', 3],
    ['0', 0],
    ['-2,5', -2.5],
    ['−2,5', -2.5],
    ['+7', 7],
    [',5', 0.5],
    ['1.234.567', 1234567],
    ['1,234,567', 1234567],
    ['1.234.567,89', 1234567.89],
    ['1 234 567,5', 1234567.5],
    ['3.14', 3.14],
    ['0.125', 0.125],
    ['1.2345', 1.2345],
  ])('reads %j as %d', (typed, value) => {
    expect(parseLearnerNumber(typed)).toBe(value);
  });

  describe('the rule for a single dot or comma before three digits', () => {
    it('reads a dot as the Vietnamese thousands separator: "1.234" → 1234', () => {
      expect(parseLearnerNumber('1.234')).toBe(1234);
      expect(parseLearnerNumber('12.500')).toBe(12500);
      expect(parseLearnerNumber('100.000')).toBe(100000);
    });

    it('reads a comma as the Vietnamese decimal mark: "1,234" → 1.234', () => {
      expect(parseLearnerNumber('1,234')).toBe(1.234);
    });

    it('reads "0.125" and "1234.567" as decimals, since they cannot be grouped thousands', () => {
      expect(parseLearnerNumber('0.125')).toBe(0.125);
      expect(parseLearnerNumber('1234.567')).toBe(1234.567);
    });
  });

  it.each([
    'abc',
    '',
    '   ',
    '1..2',
    '1.2.3',
    '12,34,5',
    '1e5',
    '1.',
    '1,2.3',
    '1.234,5.6',
    '12 34',
    'Infinity',
    'NaN',
    '1/2',
    'năm',
  ])('does not read %j as a number', (typed) => {
    expect(parseLearnerNumber(typed)).toBeUndefined();
  });

  it('removes the question unit, ignoring case, spacing and diacritics', () => {
    expect(parseLearnerNumber('5 kg', 'kg')).toBe(5);
    expect(parseLearnerNumber('5KG', 'kg')).toBe(5);
    expect(parseLearnerNumber('50%', '%')).toBe(50);
    expect(parseLearnerNumber('100.000 đồng', 'đồng')).toBe(100000);
    expect(parseLearnerNumber('100.000 dong', 'đồng')).toBe(100000);
  });

  it('refuses a different unit', () => {
    expect(parseLearnerNumber('5 km', 'm')).toBeUndefined();
    expect(parseLearnerNumber('5 kg')).toBeUndefined();
  });

  it('takes finite numbers as they are', () => {
    expect(parseLearnerNumber(2.5)).toBe(2.5);
    expect(parseLearnerNumber(Number.NaN)).toBeUndefined();
    expect(parseLearnerNumber(Number.POSITIVE_INFINITY)).toBeUndefined();
  });

  it('refuses absurdly long input', () => {
    expect(parseLearnerNumber('1'.repeat(65))).toBeUndefined();
  });
});

describe('formatNumber', () => {
  it('formats for Vietnamese and English readers', () => {
    expect(formatNumber(1234.5, 'vi')).toBe('1.234,5');
    expect(formatNumber(1234.5, 'en')).toBe('1,234.5');
    expect(formatNumber(1234567, 'vi')).toBe('1.234.567');
    expect(formatNumber(-0.25, 'vi')).toBe('-0,25');
    expect(formatNumber(12, 'en')).toBe('12');
  });

  it('reads back what it writes in Vietnamese', () => {
    for (const value of [0, 7, 1234.5, 1234567.25, 0.125]) {
      expect(parseLearnerNumber(formatNumber(value, 'vi'))).toBe(value);
    }
  });
});

describe('toScore', () => {
  it('clamps to 0..1, rounds to 4 decimals and treats NaN as 0', () => {
    expect(toScore(-0.5)).toBe(0);
    expect(toScore(1.2)).toBe(1);
    expect(toScore(2 / 3)).toBe(0.6667);
    expect(toScore(Number.NaN)).toBe(0);
  });
});
