// Campaign calendar on the client: today in Vietnam time, and report periods ("2026-Q4") taken
// apart, put together and named — the same rules as the server's calendar.ts.
import type { TFunction } from 'i18next';
import type { PeriodKind } from '../api/types';

const vnDay = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Ho_Chi_Minh',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** Today in Vietnam, 'YYYY-MM-DD' (en-CA formats dates that way). */
export const todayIso = (): string => vnDay.format(new Date());

export interface Period {
  kind: PeriodKind;
  year: number;
  /** Month 1–12, quarter 1–4, half 1–2; 1 for a year. */
  n: number;
}

export const PERIOD_KINDS: readonly PeriodKind[] = ['month', 'quarter', 'half', 'year'];
export const PERIODS_PER_YEAR: Record<PeriodKind, number> = { month: 12, quarter: 4, half: 2, year: 1 };
const LETTER: Record<PeriodKind, string> = { month: 'M', quarter: 'Q', half: 'H', year: 'Y' };
const ROMAN = ['I', 'II', 'III', 'IV'];

export function periodKey({ kind, year, n }: Period): string {
  return kind === 'year' ? `${year}-Y` : `${year}-${LETTER[kind]}${n}`;
}

export function parsePeriodKey(key: string): Period | null {
  const m = /^(\d{4})-(?:M(1[0-2]|[1-9])|Q([1-4])|H([12])|(Y))$/.exec(key);
  if (!m) return null;
  const year = Number(m[1]);
  if (m[2]) return { kind: 'month', year, n: Number(m[2]) };
  if (m[3]) return { kind: 'quarter', year, n: Number(m[3]) };
  if (m[4]) return { kind: 'half', year, n: Number(m[4]) };
  return { kind: 'year', year, n: 1 };
}

/** The period of a kind that contains a day ('YYYY-MM-DD'). */
export function periodContaining(kind: PeriodKind, day: string): Period {
  const year = Number(day.slice(0, 4));
  const month = Number(day.slice(5, 7));
  const n = { month, quarter: Math.ceil(month / 3), half: month <= 6 ? 1 : 2, year: 1 }[kind];
  return { kind, year, n };
}

/** "Quý IV" (without the year): the options of the period picker. */
export function periodPart(t: TFunction, kind: PeriodKind, n: number): string {
  if (kind === 'month') return t('monitoring:reports.period.month', { n });
  if (kind === 'quarter') return t('monitoring:reports.period.quarter', { roman: ROMAN[n - 1] });
  if (kind === 'half') return t(`monitoring:reports.period.half${n === 1 ? 1 : 2}`);
  return t('monitoring:reports.period.kinds.year');
}

/** "Quý IV năm 2026". */
export function periodLabel(t: TFunction, { kind, year, n }: Period): string {
  if (kind === 'month') return t('monitoring:reports.period.label.month', { n, year });
  if (kind === 'quarter') return t('monitoring:reports.period.label.quarter', { roman: ROMAN[n - 1], year });
  if (kind === 'half') return t(`monitoring:reports.period.label.half${n === 1 ? 1 : 2}`, { year });
  return t('monitoring:reports.period.label.year', { year });
}
