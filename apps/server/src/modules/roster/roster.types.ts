// What every kind of roster import provides (its columns, how it checks and matches rows, how it
// writes them) and the problem list rows are checked into.
import type { AppContext } from '../../context.ts';
import type { Db } from '../../db/client.ts';
import type { Actor, Permission } from '../access/access.policy.ts';

export const importKinds = ['people', 'organisations', 'households', 'enrolments', 'population'] as const;
export type ImportKind = (typeof importKinds)[number];

export interface ColumnSpec {
  /** Internal name used by the importer. */
  key: string;
  /** The header in templates and error reports (Vietnamese). */
  header: string;
  /** Other headers accepted for this column (matched like the header: no case, diacritics, punctuation). */
  aliases?: string[];
  required?: boolean;
  /** Format and meaning, for the "Hướng dẫn" sheet. */
  help: string;
  /** Allowed values, listed on the "Hướng dẫn" sheet (and as a drop-down when `pick` is set). */
  values?: string[];
  /** One value to choose from `values` (a drop-down list in the XLSX template). */
  pick?: boolean;
  example: string;
  /** Column width in the XLSX template (characters). */
  width?: number;
  /** Kept as text in the XLSX template (numbers with leading zeros: phones, IDs, codes). */
  text?: boolean;
}

/** One data row of the file: its spreadsheet row number (header = 1) and its cells by column key. */
export interface SourceRow {
  line: number;
  cells: Record<string, string>;
}

/** A problem with one cell; `message` is "Vietnamese|English". */
export interface RowProblem {
  row: number;
  column: string;
  message: string;
}

export interface ImportEnv {
  ctx: AppContext;
  actor: Actor;
  jobId: string;
}

export interface PlannedWrite<T> {
  line: number;
  op: 'create' | 'update';
  data: T;
}

export interface ImportPlan<T> {
  /** Rows to write (new or changed), in the order they must be written. */
  writes: PlannedWrite<T>[];
  /** Valid rows that match a record exactly: counted, never written. */
  unchanged: number;
}

export interface Importer<T = unknown> {
  kind: ImportKind;
  /** Needed to upload this kind at all; rows are then checked against the scope, one by one. */
  permission: Permission;
  columns: ColumnSpec[];
  /** General notes printed above the column list on the "Hướng dẫn" sheet. */
  notes: string[];
  /** Checks every row (problems into `problems`), matches them with what is stored, plans the writes. */
  plan(env: ImportEnv, rows: SourceRow[], problems: Problems): Promise<ImportPlan<T>>;
  /** Writes one chunk, inside the chunk's transaction. */
  write(db: Db, env: ImportEnv, chunk: PlannedWrite<T>[]): Promise<void>;
}

/** The problems found in a file, by row; a row with any problem is not imported. */
export class Problems {
  private readonly byLine = new Map<number, RowProblem[]>();
  constructor(private readonly headers: Record<string, string>) {}

  add(line: number, key: string, message: string): void {
    const list = this.byLine.get(line) ?? [];
    list.push({ row: line, column: this.headers[key] ?? key, message });
    this.byLine.set(line, list);
  }

  has(line: number): boolean {
    return this.byLine.has(line);
  }

  get failedRows(): number {
    return this.byLine.size;
  }

  /** Every problem, by row then in the order found. */
  list(): RowProblem[] {
    return [...this.byLine.keys()].sort((a, b) => a - b).flatMap((line) => this.byLine.get(line) ?? []);
  }
}
