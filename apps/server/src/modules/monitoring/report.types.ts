// The figures of one periodic report (F9), as generated and stored: the XLSX and PDF renderings
// are made from this and nothing else, so a submitted report always prints the same.

export type PeriodKind = 'month' | 'quarter' | 'half' | 'year';
/** `no_data`: nobody is in the population (e.g. a commune without industrial-zone enterprises). */
export type TargetStatus = 'met' | 'on_track' | 'at_risk' | 'behind' | 'no_data';

export interface ReportPeriod {
  /** "2026-M11", "2026-Q4", "2026-H2", "2026-Y". */
  key: string;
  kind: PeriodKind;
  /** ISO dates, inclusive. */
  start: string;
  end: string;
  dueOn: string;
  /** "Tháng 11 năm 2026", "Quý IV năm 2026", "6 tháng cuối năm 2026", "Năm 2026". */
  label: string;
}

export interface ReportIndicator {
  code: string;
  title: string;
  /** "người", "hộ gia đình", "tổ chức". */
  subjectLabel: string;
  /** The campaign's target share (0–1) and its deadline. */
  targetShare: number;
  dueOn: string;
  /** The denominator at the period's end and where it comes from. */
  population: number;
  populationSource: 'roster' | 'official';
  achieved: number;
  /** achieved / population, null when the population is 0. */
  share: number | null;
  /** The same figures at the end of the previous period of the same kind. */
  previous: { achieved: number; population: number; share: number | null } | null;
  status: TargetStatus;
  notes: string | null;
}

export interface ReportBreakdownRow {
  unitId: number;
  unitName: string;
  /** One entry per indicator, in the order of `indicators`. */
  values: { code: string; achieved: number; population: number; share: number | null }[];
}

export interface ReportFigures {
  campaign: { id: string; name: string; issuingBody: string | null };
  /** The place reported on (the province, or a commune). */
  unit: { id: number; code: string; name: string };
  period: ReportPeriod;
  previousPeriod: { key: string; label: string } | null;
  /** ISO timestamp. */
  generatedAt: string;
  indicators: ReportIndicator[];
  /** The place's child units (communes of a province); empty for a commune. */
  breakdown: ReportBreakdownRow[];
  notes: string | null;
}
