// The wording and number formats the report renderings (XLSX and PDF) share: the administrative
// header of a Vietnamese document (Decree 30/2020/NĐ-CP), the title and period lines, status
// labels, and vi-VN figures (1.234 — 45,6 %).

import type { ReportBreakdownRow, ReportFigures, ReportIndicator, TargetStatus } from './report.types.ts';

export const STATUS_LABEL: Record<TargetStatus, string> = {
  met: 'Đã đạt',
  on_track: 'Đúng tiến độ',
  at_risk: 'Có nguy cơ chậm',
  behind: 'Chậm tiến độ',
  no_data: 'Chưa có số liệu',
};

export const POPULATION_SOURCE_LABEL: Record<ReportIndicator['populationSource'], string> = {
  official: '(số liệu chính thức)',
  roster: '(theo danh sách)',
};

export const NATIONAL_TITLE = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
export const NATIONAL_MOTTO = 'Độc lập - Tự do - Hạnh phúc';
export const SIGNATURES = [
  { title: 'NGƯỜI LẬP BIỂU', hint: '(Ký, ghi rõ họ tên)' },
  { title: 'THỦ TRƯỞNG ĐƠN VỊ', hint: '(Ký, đóng dấu, ghi rõ họ tên)' },
] as const;

const VN_TIME_ZONE = 'Asia/Ho_Chi_Minh';
const upper = (s: string) => s.toLocaleUpperCase('vi');

const integerFormat = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 0 });
const oneDecimalFormat = new Intl.NumberFormat('vi-VN', {
  minimumFractionDigits: 1,
  maximumFractionDigits: 1,
});
const percentFormat = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 });

/** 1234567 → "1.234.567". */
export const vnInteger = (n: number) => integerFormat.format(n);
/** A share 0–1 → "45,6 %"; null → "-". */
export const vnShare = (share: number | null) =>
  share === null ? '-' : `${oneDecimalFormat.format(roundedPercent(share))} %`;
/** A target share 0–1 → "80 %", "12,5 %". */
export const vnTargetShare = (share: number) => `${percentFormat.format(share * 100)} %`;
/** Percentage points → "+5,2", "-0,4", "0,0"; null → "-". */
export const vnPoints = (points: number | null) =>
  points === null ? '-' : `${points > 0 ? '+' : ''}${oneDecimalFormat.format(points)}`;

/** A share as the percentage printed with one decimal. */
export const roundedPercent = (share: number) => Math.round(share * 1000) / 10;

/**
 * The change since the previous period in percentage points, from the shares as printed (one
 * decimal) so that the columns of a printed report add up; null without two shares to compare.
 */
export function changeInPoints(indicator: ReportIndicator): number | null {
  const before = indicator.previous?.share;
  if (indicator.share === null || before === null || before === undefined) return null;
  return Math.round((roundedPercent(indicator.share) - roundedPercent(before)) * 10) / 10;
}

/** "2026-12-31" → "31/12/2026". */
export function isoDateVn(iso: string): string {
  const [y, m, d] = iso.slice(0, 10).split('-');
  return `${d}/${m}/${y}`;
}

/** "2026-12-31" → a Date at midnight UTC, as spreadsheet dates are written. */
export function isoDateUtc(iso: string): Date {
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number);
  return new Date(Date.UTC(y as number, (m as number) - 1, d as number));
}

/** The calendar date and time in Vietnam of an ISO timestamp. */
export function vietnamTime(isoTimestamp: string) {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: VN_TIME_ZONE,
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(new Date(isoTimestamp));
  const part = (t: string) => parts.find((p) => p.type === t)?.value ?? '';
  return {
    day: Number(part('day')),
    month: Number(part('month')),
    year: Number(part('year')),
    time: `${part('hour')}:${part('minute')}`,
  };
}

const UNIT_TYPE_PREFIX = /^(tỉnh|thành phố|xã|phường|đặc khu|thị trấn|thị xã|huyện|quận)\s+/iu;
/** Provinces that are centrally-run cities, by official code (unit list of 2026). */
const CITY_CODES = new Set(['01', '31', '46', '48', '75', '79', '92']);

/** "Tỉnh Thái Nguyên" → "Thái Nguyên", "Phường Phan Đình Phùng" → "Phan Đình Phùng". */
export function placeName(unitName: string): string {
  return unitName.replace(UNIT_TYPE_PREFIX, '').trim();
}

/**
 * The place's name with its type ("Tỉnh Thái Nguyên"). Figures should carry the full name; a bare
 * province name ("Thái Nguyên") is completed from its two-digit code. A bare commune name stays
 * bare: its code does not tell a xã from a phường.
 */
export function unitFullName(unit: ReportFigures['unit']): string {
  const name = unit.name.trim();
  if (UNIT_TYPE_PREFIX.test(name) || !/^\d{2}$/.test(unit.code)) return name;
  return `${CITY_CODES.has(unit.code) ? 'Thành phố' : 'Tỉnh'} ${name}`;
}

/**
 * The place and date line: "Thái Nguyên, ngày 05 tháng 01 năm 2027". Days below 10 and the
 * months January and February take a leading zero (Decree 30/2020/NĐ-CP, Appendix I).
 */
export function placeAndDateLine(figures: ReportFigures): string {
  const { day, month, year } = vietnamTime(figures.generatedAt);
  const dd = String(day).padStart(2, '0');
  const mm = month < 3 ? String(month).padStart(2, '0') : String(month);
  return `${placeName(figures.unit.name)}, ngày ${dd} tháng ${mm} năm ${year}`;
}

/**
 * The issuing body, in capitals, one entry per line: the campaign's (a superior body may come
 * first on its own line, e.g. "UBND tỉnh Thái Nguyên\nBan Chỉ đạo …"), else the place's People's
 * Committee. The last line is the body itself, printed bold.
 */
export function issuingBodyLines(figures: ReportFigures): string[] {
  const body = figures.campaign.issuingBody?.trim();
  if (!body) return [upper(`UBND ${unitFullName(figures.unit)}`)];
  return body
    .split(/\r?\n/)
    .map((line) => upper(line.trim()))
    .filter(Boolean);
}

/** The document number, left blank for the clerk who registers the report. */
export const documentNumberLine = (figures: ReportFigures) =>
  figures.campaign.issuingBody?.trim() ? 'Số:          /BC' : 'Số:          /BC-UBND';

export const reportTitle = (figures: ReportFigures) =>
  `BÁO CÁO KẾT QUẢ THỰC HIỆN ${upper(figures.campaign.name)}`;

/** "Quý IV năm 2026 (từ ngày 01/10/2026 đến ngày 31/12/2026)". */
export const periodLine = (figures: ReportFigures) =>
  `${figures.period.label} (từ ngày ${isoDateVn(figures.period.start)} đến ngày ${isoDateVn(figures.period.end)})`;

/** Where the figures come from and when they were taken. */
export function sourceLine(figures: ReportFigures): string {
  const t = vietnamTime(figures.generatedAt);
  const date = `${String(t.day).padStart(2, '0')}/${String(t.month).padStart(2, '0')}/${t.year}`;
  return `Số liệu tổng hợp từ nền tảng Lantỏa lúc ${t.time} ngày ${date}.`;
}

export const previousPeriodLabel = (figures: ReportFigures) =>
  figures.previousPeriod ? `Kỳ trước (${figures.previousPeriod.label})` : 'Kỳ trước';

/** The breakdown's heading: communes and wards under a province. */
export const breakdownTitle = (figures: ReportFigures) =>
  `KẾT QUẢ CHI TIẾT THEO ĐƠN VỊ HÀNH CHÍNH CẤP XÃ — ${upper(unitFullName(figures.unit))}`;

/** A child unit's figures for an indicator (matched by code; the order of `indicators` otherwise). */
export const breakdownValue = (row: ReportBreakdownRow, indicator: ReportIndicator, index: number) =>
  row.values.find((v) => v.code === indicator.code) ?? row.values[index] ?? null;

/**
 * Whether the breakdown rows add up to the indicators' totals (they may not: official figures
 * for the province, people not yet placed in a commune).
 */
export function breakdownAddsUp(figures: ReportFigures): boolean {
  return figures.indicators.every((indicator, i) => {
    let achieved = 0;
    let population = 0;
    for (const row of figures.breakdown) {
      const value = breakdownValue(row, indicator, i);
      achieved += value?.achieved ?? 0;
      population += value?.population ?? 0;
    }
    return achieved === indicator.achieved && population === indicator.population;
  });
}

export const BREAKDOWN_FOOTNOTE =
  'Dòng tổng cộng lấy theo số liệu toàn đơn vị ở bảng chỉ tiêu; có thể khác tổng các dòng (số liệu chính thức cấp trên, người học chưa gắn đơn vị cấp xã).';
