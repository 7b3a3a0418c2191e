// Reading the cells of one roster row: required cells, dates (dd/mm/yyyy), numbers written the
// Vietnamese way, phones and national IDs (with the leading zeros spreadsheets drop), enum labels.
// Every problem is recorded against the row and column, in Vietnamese and English.
import type { z } from 'zod';
import { foldLabel } from '../../lib/labels.ts';
import { normalisePhone } from '../../lib/text.ts';
import { birthYearField, nationalIdField, phoneField } from '../people/people.schemas.ts';
import type { Problems, SourceRow } from './roster.types.ts';

/** A cell that could not be read: why, as "Vietnamese|English". */
export class Invalid {
  constructor(readonly message: string) {}
}
export type Parser<T> = (raw: string) => T | Invalid;

export const REQUIRED = 'Bắt buộc, không được để trống|Required: this cell cannot be empty';

export class RowReader {
  constructor(
    readonly row: SourceRow,
    private readonly problems: Problems,
  ) {}

  get line(): number {
    return this.row.line;
  }

  /** True while no problem has been recorded for this row. */
  get ok(): boolean {
    return !this.problems.has(this.row.line);
  }

  raw(key: string): string {
    return this.row.cells[key] ?? '';
  }

  fail(key: string, message: string): null {
    this.problems.add(this.row.line, key, message);
    return null;
  }

  /** The cell read with `parse`; null when empty (a problem if required) or unreadable. */
  get<T>(key: string, parse: Parser<T>, required = false): T | null {
    const raw = this.raw(key);
    if (!raw) return required ? this.fail(key, REQUIRED) : null;
    const value = parse(raw);
    return value instanceof Invalid ? this.fail(key, value.message) : value;
  }

  text(key: string, max: number, required = false): string | null {
    return this.get(key, textOf(max), required);
  }
}

/** Applies a zod field and keeps its own "vi|en" message. */
export const byZod =
  <T>(field: z.ZodType<T>): Parser<T> =>
  (raw) => {
    const r = field.safeParse(raw);
    return r.success ? r.data : new Invalid(r.error.issues[0]?.message ?? 'Không hợp lệ|Not valid');
  };

export const textOf =
  (max: number): Parser<string> =>
  (raw) => {
    const s = raw.replace(/\s+/g, ' ').trim();
    return s.length > max ? new Invalid(`Tối đa ${max} ký tự|At most ${max} characters`) : s;
  };

const todayIso = () => new Date().toISOString().slice(0, 10);

/** dd/mm/yyyy (also d/m/yyyy, with - or .) or yyyy-mm-dd → 'YYYY-MM-DD'. */
export function parseDay(raw: string): string | Invalid {
  const s = raw.trim();
  const vn = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(s);
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  const [d, m, y] = vn ? [vn[1], vn[2], vn[3]] : iso ? [iso[3], iso[2], iso[1]] : [];
  const bad = new Invalid(
    'Ngày cần có dạng ngày/tháng/năm, ví dụ 25/03/1968|Dates are dd/mm/yyyy, e.g. 25/03/1968',
  );
  if (!d || !m || !y) return bad;
  const [day, month, year] = [Number(d), Number(m), Number(y)];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return new Invalid(`Không có ngày ${s}|There is no such date: ${s}`);
  }
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** A date not in the future (and not before 1900). */
export const parsePastDay: Parser<string> = (raw) => {
  const day = parseDay(raw);
  if (day instanceof Invalid) return day;
  if (day < '1900-01-01' || day > todayIso())
    return new Invalid('Ngày không hợp lệ (từ năm 1900 đến hôm nay)|The date must be between 1900 and today');
  return day;
};

export const parseBirthYear: Parser<number> = (raw) => {
  const s = raw.trim();
  if (!/^\d{4}$/.test(s)) return new Invalid('Năm sinh gồm 4 chữ số, ví dụ 1968|A birth year has 4 digits');
  const r = birthYearField.safeParse(Number(s));
  return r.success ? r.data : new Invalid(r.error.issues[0]?.message ?? 'Năm sinh không hợp lệ|Not valid');
};

/** Whole numbers as officers write them: 1200, 1.200, 1 200 (also 1,200). */
export const integerIn =
  (min: number, max: number): Parser<number> =>
  (raw) => {
    const s = raw.replace(/[\s.,]/g, '');
    const n = Number(s);
    if (!/^\d+$/.test(s) || !Number.isSafeInteger(n))
      return new Invalid('Cần một số nguyên, ví dụ 1.200|A whole number is needed, e.g. 1200');
    if (n < min || n > max)
      return new Invalid(
        `Cần một số từ ${min} đến ${max.toLocaleString('vi-VN')}|Must be between ${min} and ${max}`,
      );
    return n;
  };

/** A Vietnamese mobile number, stored as 0xxxxxxxxx; a 9-digit number lost its leading 0 in a spreadsheet. */
export const parsePhone: Parser<string> = (raw) => {
  const compact = raw.replace(/[\s.()-]/g, '');
  const withZero = /^[35789]\d{8}$/.test(compact) ? `0${compact}` : compact;
  const checked = byZod(phoneField)(withZero);
  if (checked instanceof Invalid) return checked;
  return normalisePhone(checked) ?? new Invalid(checked);
};

/**
 * A national ID number (12 digits; old cards 9). Every CCCD starts with 0 (province codes 001–096),
 * so 10 or 11 digits are a number whose leading zeros a spreadsheet dropped.
 */
export const parseNationalId: Parser<string> = (raw) => {
  const digits = raw.replace(/[\s.-]/g, '');
  const padded = /^\d{10,11}$/.test(digits) ? digits.padStart(12, '0') : digits;
  return byZod(nationalIdField)(padded);
};

/** The 5-digit official code of a commune or ward (4 digits or fewer: leading zeros dropped). */
export const parseUnitCode: Parser<string> = (raw) => {
  const s = raw.trim();
  if (!/^\d{1,5}$/.test(s))
    return new Invalid('Mã xã/phường gồm 5 chữ số, ví dụ 05443|A commune code has 5 digits, e.g. 05443');
  return s.padStart(5, '0');
};

/** A tax code: 10 digits, or 10-3 for a branch (9 digits: the leading zero was dropped). */
export const parseTaxCode: Parser<string> = (raw) => {
  const s = raw.replace(/\s/g, '');
  const fixed = /^\d{9}(-\d{3})?$/.test(s) ? `0${s}` : s;
  return /^\d{10}(-\d{3})?$/.test(fixed)
    ? fixed
    : new Invalid('Mã số thuế gồm 10 chữ số (hoặc 10-3)|A tax code has 10 digits (or 10-3)');
};

/** One of an enum's labels (or aliases, or the code itself). */
export const oneOf =
  <T extends string>(index: Map<string, T>, allowed: string[]): Parser<T> =>
  (raw) =>
    index.get(foldLabel(raw)) ??
    new Invalid(`Không rõ "${raw}". Dùng một trong: ${allowed.join('; ')}|Unknown value "${raw}"`);

/**
 * Several labels separated by ";" (or new lines). A part that is no label may be a list written
 * with commas instead ("Học sinh, Người dân") — but labels may hold commas themselves.
 */
export const listOf =
  <T extends string>(index: Map<string, T>, allowed: string[]): Parser<T[]> =>
  (raw) => {
    const out: T[] = [];
    for (const part of raw.split(/[;\n|]/).map((p) => p.trim())) {
      if (!part) continue;
      const whole = index.get(foldLabel(part));
      if (whole) {
        out.push(whole);
        continue;
      }
      const pieces = part.split(',').map((p) => index.get(foldLabel(p)));
      if (pieces.every((p) => p)) out.push(...(pieces as T[]));
      else
        return new Invalid(
          `Không rõ "${part}". Các giá trị, cách nhau bởi dấu ;: ${allowed.join('; ')}|Unknown value "${part}"`,
        );
    }
    return [...new Set(out)];
  };

export const yesNo =
  (yes: string[], no: string[]): Parser<boolean> =>
  (raw) => {
    const f = foldLabel(raw);
    if (yes.some((w) => foldLabel(w) === f)) return true;
    if (no.some((w) => foldLabel(w) === f)) return false;
    return new Invalid('Ghi "Có" hoặc "Không"|Write "Có" (yes) or "Không" (no)');
  };
