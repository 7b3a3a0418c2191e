// Wire shapes of the monitoring API (apps/server/src/modules/monitoring/monitoring.schemas.ts and
// reports.routes.ts). Shares are 0..1; days are 'YYYY-MM-DD'; instants are ISO timestamps.
import type { TargetStatus } from '../../../components/charts/status';

export type { TargetStatus };
export type PopulationSource = 'roster' | 'official' | 'mixed';
export type TargetSubject = 'person' | 'household' | 'organisation';
export type BreakdownBy = 'unit' | 'group' | 'organisation';
export type PlaceKind = 'unit' | 'organisation';

export interface CampaignSummary {
  id: string;
  name: string;
  nameEn: string | null;
  status: 'active' | 'closed';
  startsOn: string;
  endsOn: string;
  unitId: number;
  unitName: string;
  targets: number;
}

export interface TrailItem {
  /** The caller may look at this place (else it shows as plain text). */
  open: boolean;
  kind: PlaceKind;
  id: string;
  name: string;
}

export interface PlaceView {
  kind: PlaceKind;
  id: string;
  name: string;
  /** Unit code (2 digits: province, 5: commune) or an organisation's tax code. */
  code: string | null;
  trail: TrailItem[];
  /** Units below this place (a province's communes); 0 for a commune or an organisation. */
  children: number;
}

export interface Figure {
  achieved: number;
  population: number;
  populationSource: PopulationSource;
  value: number | null;
}

export interface TargetOverview extends Figure {
  id: string;
  code: string;
  title: string;
  titleEn: string | null;
  subject: TargetSubject;
  targetShare: number;
  dueOn: string;
  /** Where the straight line from the campaign's start to the target stands on `day`. */
  expected: number;
  status: TargetStatus;
  trend: { day: string; value: number | null }[];
}

export interface Overview {
  campaign: CampaignSummary & { reference: string | null; issuingBody: string | null };
  place: PlaceView;
  day: string;
  /** People whose changes are still being counted. */
  pending: number;
  targets: TargetOverview[];
}

export interface BreakdownItem extends Figure {
  key: string;
  label: string;
  /** The 5-digit commune code for by=unit (the map's feature code). */
  code: string | null;
  drill: PlaceKind | null;
  status: TargetStatus;
  detail: string | null;
}

export interface Breakdown {
  target: { id: string; code: string; title: string; targetShare: number; dueOn: string };
  place: PlaceView;
  by: BreakdownBy;
  items: BreakdownItem[];
  total: number;
  page: number;
  pageSize: number;
}

export interface Subject {
  id: string;
  name: string;
  unitName: string | null;
  organisationName: string | null;
  targetGroup: string;
  achievedAt: string | null;
  lastActiveAt: string | null;
}

export type LaggardKind = 'units' | 'organisations' | 'people';

export interface Laggard {
  id: string;
  name: string;
  detail: string | null;
  /** Units: targets behind or at risk. */
  behind: number | null;
  meanValue: number | null;
  /** People: when they last learned. */
  lastActiveAt: string | null;
}

/** The place a request looks at; neither = the widest place the caller sees. */
export interface PlaceParams {
  unitId?: number;
  organisationId?: string;
}

export type ExportFormat = 'csv' | 'xlsx';

export type ReportState = 'submitted' | 'submitted_late' | 'late' | 'due' | 'draft';
export type PeriodKind = 'month' | 'quarter' | 'half' | 'year';

export interface ReportSummary {
  id: string;
  unitId: number;
  period: string;
  dueOn: string;
  generatedAt: string;
  automatic: boolean;
  submittedAt: string | null;
}

export interface ReportBoardEntry {
  unitId: number;
  unitName: string;
  report: ReportSummary | null;
  state: ReportState;
}

export interface ReportBoard {
  period: { key: string; kind: PeriodKind; start: string; end: string; dueOn: string; label: string };
  own: ReportBoardEntry | null;
  children: ReportBoardEntry[];
}
