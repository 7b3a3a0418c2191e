// Dates of the campaign calendar in Vietnam time (UTC+7, no daylight saving): days, the last
// complete week, and report periods (month, quarter, half-year, year) with their due dates.
import type { PeriodKind, ReportPeriod } from './report.types.ts';

const OFFSET_MS = 7 * 3_600_000;
const DAY_MS = 86_400_000;

/** The calendar day in Vietnam, "YYYY-MM-DD". */
export function vnDay(at: Date): string {
  return new Date(at.getTime() + OFFSET_MS).toISOString().slice(0, 10);
}

/** Midnight (Vietnam) starting the given calendar day, as an instant. */
export function startOfVnDay(day: string): Date {
  return new Date(Date.parse(`${day}T00:00:00Z`) - OFFSET_MS);
}

export const addDays = (day: string, n: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10);

export const daysBetween = (from: string, to: string) =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);

/** Monday of the day's week ("2026-12-07" → "2026-12-07"; "2026-12-09" → "2026-12-07"). */
export function weekOf(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7));
  return d.toISOString().slice(0, 10);
}

/** The last complete week, Monday 00:00 to the next Monday 00:00, Vietnam time. */
export function lastCompleteWeek(now: Date): { start: Date; end: Date; key: string } {
  const today = vnDay(now);
  const weekday = (new Date(`${today}T00:00:00Z`).getUTCDay() + 6) % 7; // Monday = 0
  const monday = addDays(today, -weekday);
  const startDay = addDays(monday, -7);
  return { start: startOfVnDay(startDay), end: startOfVnDay(monday), key: startDay };
}

const ROMAN = ['I', 'II', 'III', 'IV'];

const lastDayOfMonth = (year: number, month: number) =>
  new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);

/**
 * A report period from its key: "2026-M11", "2026-Q4", "2026-H2", "2026-Y". Due dates: quarterly
 * reports by the 15th of the quarter's last month (Yên Bái plan 237-KH/BCĐ); monthly by the 15th
 * of the month; half-year by the 15th of the half's last month; annual by 15 December.
 */
export function parsePeriod(key: string): ReportPeriod | null {
  const m = /^(\d{4})-(M(1[0-2]|[1-9])|Q([1-4])|H([12])|Y)$/.exec(key);
  if (!m) return null;
  const year = Number(m[1]);
  let kind: PeriodKind;
  let first: number;
  let last: number;
  let label: string;
  if (m[3]) {
    kind = 'month';
    first = last = Number(m[3]);
    label = `Tháng ${first} năm ${year}`;
  } else if (m[4]) {
    kind = 'quarter';
    const q = Number(m[4]);
    first = q * 3 - 2;
    last = q * 3;
    label = `Quý ${ROMAN[q - 1]} năm ${year}`;
  } else if (m[5]) {
    kind = 'half';
    const h = Number(m[5]);
    first = h === 1 ? 1 : 7;
    last = h === 1 ? 6 : 12;
    label = h === 1 ? `6 tháng đầu năm ${year}` : `6 tháng cuối năm ${year}`;
  } else {
    kind = 'year';
    first = 1;
    last = 12;
    label = `Năm ${year}`;
  }
  const pad = (n: number) => String(n).padStart(2, '0');
  return {
    key,
    kind,
    start: `${year}-${pad(first)}-01`,
    end: lastDayOfMonth(year, last),
    dueOn: `${year}-${pad(last)}-15`,
    label,
  };
}

/** The period of the same kind before this one ("2026-Q1" → "2025-Q4"). */
export function previousPeriod(p: ReportPeriod): string {
  const year = Number(p.key.slice(0, 4));
  const n = Number(p.key.slice(6)) || 0;
  switch (p.kind) {
    case 'month':
      return n === 1 ? `${year - 1}-M12` : `${year}-M${n - 1}`;
    case 'quarter':
      return n === 1 ? `${year - 1}-Q4` : `${year}-Q${n - 1}`;
    case 'half':
      return n === 1 ? `${year - 1}-H2` : `${year}-H1`;
    case 'year':
      return `${year - 1}-Y`;
  }
}

/** The period of a kind that contains a day. */
export function periodContaining(kind: PeriodKind, day: string): string {
  const year = Number(day.slice(0, 4));
  const month = Number(day.slice(5, 7));
  switch (kind) {
    case 'month':
      return `${year}-M${month}`;
    case 'quarter':
      return `${year}-Q${Math.ceil(month / 3)}`;
    case 'half':
      return `${year}-H${month <= 6 ? 1 : 2}`;
    case 'year':
      return `${year}-Y`;
  }
}
