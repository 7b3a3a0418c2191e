// Wire shapes of the roster import endpoints (/api/imports).

export const IMPORT_KINDS = ['people', 'organisations', 'households', 'enrolments', 'population'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];
export type ImportStatus = 'queued' | 'running' | 'completed' | 'failed';

export interface ImportSummary {
  id: string;
  kind: ImportKind;
  status: ImportStatus;
  fileName: string;
  total: number;
  processed: number;
  created: number;
  updated: number;
  unchanged: number;
  failed: number;
  errorCount: number;
  message: string | null;
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
}

export interface RowProblem {
  row: number;
  column: string;
  message: string;
}

export interface ImportJob extends ImportSummary {
  /** The first 200 problems; the error report has them all. */
  errors: RowProblem[];
}

export const isFinished = (job: { status: ImportStatus }) =>
  job.status === 'completed' || job.status === 'failed';
