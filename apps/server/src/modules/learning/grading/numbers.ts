// Numbers as learners type them (Vietnamese or English style) and as we show them back, plus the
// score helper that keeps every score in 0..1.
import { foldDiacritics } from './text.ts';

const MAX_NUMBER_LENGTH = 64;
const DIGITS = /^\d+$/;
const SPACE_GROUPED = /^\d{1,3}(?: \d{3})+(?:[.,]\d+)?$/;
const VIETNAMESE_THOUSANDS = /^[1-9]\d{0,2}\.\d{3}$/;

/**
 * Reads a number typed by a learner. After trimming, removing the question's unit ("5 kg", "5kg")
 * and a leading sign (+, -, −):
 *
 * 1. "." and "," both present: the last one is the decimal mark, the other groups thousands in
 *    threes. "1.234,5" → 1234.5 (Vietnamese), "1,234.5" → 1234.5 (English).
 * 2. Only ",": one comma is the decimal mark, as in Vietnamese: "1,5" → 1.5, "1,234" → 1.234.
 *    Several commas group thousands: "1,234,567" → 1234567.
 * 3. Only ".": several dots group thousands: "1.234.567" → 1234567. A single dot is read as the
 *    Vietnamese thousands separator when it follows 1–3 digits (not starting with 0) and is
 *    followed by exactly three digits: "1.234" → 1234, "12.500" → 12500. Any other single dot is a
 *    decimal point: "1234.5", "3.14", "0.125", "1.2345".
 * 4. Spaces may group thousands: "1 234 567,5".
 *
 * Anything else is not a number: "abc", "", "1..2", "1.2.3", "12,34,5", "1e5", "1.".
 * Cost of rule 3: "3.142" reads as 3142. A question whose answer has exactly three decimals should
 * ask for a decimal comma ("3,142") in its prompt, or use a tolerance that makes this moot.
 */
export function parseLearnerNumber(input: string | number, unit?: string): number | undefined {
  if (typeof input === 'number') return Number.isFinite(input) ? input : undefined;
  if (input.length > MAX_NUMBER_LENGTH) return undefined;
  const { sign, body } = splitSign(withoutUnit(tidy(input), unit));
  const value = parseUnsigned(ungroupSpaces(body));
  return value === undefined ? undefined : sign * value;
}

function tidy(input: string): string {
  return foldDiacritics(input.normalize('NFC')).toLowerCase().replace(/\s+/gu, ' ').trim();
}

function withoutUnit(text: string, unit: string | undefined): string {
  if (!unit) return text;
  const foldedUnit = tidy(unit);
  return foldedUnit && text.endsWith(foldedUnit) ? text.slice(0, -foldedUnit.length).trimEnd() : text;
}

function splitSign(text: string): { sign: number; body: string } {
  const match = /^([+\-\u2212])\s?/.exec(text);
  if (!match) return { sign: 1, body: text };
  return { sign: match[1] === '+' ? 1 : -1, body: text.slice(match[0].length) };
}

function ungroupSpaces(body: string): string {
  if (!body.includes(' ')) return body;
  return SPACE_GROUPED.test(body) ? body.replaceAll(' ', '') : '';
}

function parseUnsigned(body: string): number | undefined {
  const hasDot = body.includes('.');
  const hasComma = body.includes(',');
  if (hasDot && hasComma) return parseWithBothMarks(body);
  if (hasComma) return parseWithOneMark(body, ',');
  if (hasDot) return parseWithOneMark(body, '.');
  return DIGITS.test(body) ? Number(body) : undefined;
}

function parseWithBothMarks(body: string): number | undefined {
  const decimalMark = body.lastIndexOf('.') > body.lastIndexOf(',') ? '.' : ',';
  const groupMark = decimalMark === '.' ? ',' : '.';
  const at = body.lastIndexOf(decimalMark);
  const whole = body.slice(0, at);
  if (!isGroupedInThrees(whole, groupMark)) return undefined;
  return decimal(whole.replaceAll(groupMark, ''), body.slice(at + 1));
}

function parseWithOneMark(body: string, mark: '.' | ','): number | undefined {
  const parts = body.split(mark);
  if (parts.length > 2) return isGroupedInThrees(body, mark) ? Number(body.replaceAll(mark, '')) : undefined;
  if (mark === '.' && VIETNAMESE_THOUSANDS.test(body)) return Number(body.replace('.', ''));
  return decimal(parts[0] ?? '', parts[1] ?? '');
}

function isGroupedInThrees(whole: string, mark: string): boolean {
  const groups = whole.split(mark);
  const [first, ...rest] = groups;
  return /^\d{1,3}$/.test(first ?? '') && rest.length > 0 && rest.every((group) => /^\d{3}$/.test(group));
}

function decimal(whole: string, fraction: string): number | undefined {
  if (!DIGITS.test(fraction) || !/^\d*$/.test(whole)) return undefined;
  return Number(`${whole || '0'}.${fraction}`);
}

/** Shows a number the way readers of each language expect: vi "1.234,5", en "1,234.5". */
export function formatNumber(value: number, language: 'vi' | 'en'): string {
  const plain = Math.abs(value).toString();
  if (!Number.isFinite(value) || plain.includes('e')) return value.toString();
  const [whole = '', fraction] = plain.split('.');
  const [groupMark, decimalMark] = language === 'vi' ? ['.', ','] : [',', '.'];
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, groupMark);
  return `${value < 0 ? '-' : ''}${grouped}${fraction ? decimalMark + fraction : ''}`;
}

/** Any score, clamped to 0..1 and rounded to 4 decimals (NaN counts as 0). */
export function toScore(value: number): number {
  if (!Number.isFinite(value) || value <= 0) return 0;
  return value >= 1 ? 1 : Math.round(value * 10_000) / 10_000;
}

/** `a >= b`, forgiving the last bits of floating-point noise. */
export const atLeast = (a: number, b: number): boolean => a >= b - 1e-9;
