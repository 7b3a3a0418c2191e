// Reading an uploaded roster file into rows of text cells: CSV (UTF-8 with or without BOM, or
// UTF-16 as Excel's "Unicode text"; comma, semicolon or tab separated) or XLSX (the "Danh sách"
// sheet, else the first one). Headers are matched to the kind's columns without case, diacritics,
// punctuation, "*" marks or "(…)" hints. Row numbers are the spreadsheet's: the header is row 1.
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { foldLabel } from '../../lib/labels.ts';
import type { ColumnSpec, SourceRow } from './roster.types.ts';

/** A problem with the whole file ("Vietnamese|English"); the job fails with it. */
export class FileProblem extends Error {}

export const MAX_ROWS = 200_000;
const MAX_COLUMNS = 60;

export interface Table {
  format: 'csv' | 'xlsx';
  headers: string[];
  rows: { line: number; values: string[] }[];
}

export async function readTable(file: Buffer): Promise<Table> {
  if (file.length === 0) throw new FileProblem('Tệp rỗng|The file is empty');
  if (file.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]))) return readXlsx(file);
  if (file.subarray(0, 4).equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0])))
    throw new FileProblem(
      'Tệp Excel .xls cũ chưa được hỗ trợ: hãy lưu thành .xlsx hoặc CSV UTF-8|Old .xls files are not supported: save as .xlsx or CSV UTF-8',
    );
  return readCsv(decodeText(file));
}

function decodeText(file: Buffer): string {
  if (file[0] === 0xff && file[1] === 0xfe) return new TextDecoder('utf-16le').decode(file.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(file).replace(/^\uFEFF/, '');
  } catch {
    throw new FileProblem(
      'Tệp CSV không ở mã UTF-8 (chữ có dấu sẽ bị lỗi): trong Excel hãy chọn "CSV UTF-8", hoặc gửi tệp .xlsx|The CSV file is not UTF-8: save it as "CSV UTF-8" or send the .xlsx file',
    );
  }
}

/** The separator that splits the header line into the most cells (Excel in Vietnamese uses ";"). */
function delimiterOf(text: string): string {
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  const counts = [',', ';', '\t'].map((d) => [d, firstLine.split(d).length] as const);
  return counts.reduce((best, c) => (c[1] > best[1] ? c : best))[0];
}

function readCsv(text: string): Table {
  let records: string[][];
  try {
    records = parse(text, {
      delimiter: delimiterOf(text),
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: false,
    }) as string[][];
  } catch (e) {
    const line = (e as { lines?: number }).lines;
    throw new FileProblem(
      `Không đọc được tệp CSV${line ? ` (dòng ${line})` : ''}: kiểm tra dấu ngoặc kép|Cannot read the CSV file${line ? ` (line ${line})` : ''}`,
    );
  }
  return tableOf(
    'csv',
    records.map((values, i) => ({ line: i + 1, values })),
  );
}

async function readXlsx(file: Buffer): Promise<Table> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(file as unknown as ArrayBuffer);
  } catch {
    throw new FileProblem('Không đọc được tệp Excel (.xlsx)|Cannot read the Excel (.xlsx) file');
  }
  const sheet =
    workbook.worksheets.find((w) => foldLabel(w.name) === 'danh sach') ??
    workbook.worksheets.find((w) => w.actualRowCount > 0);
  if (!sheet) throw new FileProblem('Tệp Excel không có dữ liệu|The workbook has no data');
  const rows: Table['rows'] = [];
  sheet.eachRow({ includeEmpty: false }, (row, line) => {
    const values: string[] = [];
    row.eachCell({ includeEmpty: false }, (cell, col) => {
      if (col <= MAX_COLUMNS) values[col - 1] = cellText(cell.value);
    });
    rows.push({ line, values: Array.from(values, (v) => v ?? '') });
  });
  return tableOf('xlsx', rows);
}

const pad2 = (n: number) => String(n).padStart(2, '0');

/** An XLSX cell as the text an officer sees (dates as dd/mm/yyyy). */
export function cellText(v: ExcelJS.CellValue): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return `${pad2(v.getUTCDate())}/${pad2(v.getUTCMonth() + 1)}/${v.getUTCFullYear()}`;
  if (typeof v === 'number') return Number.isInteger(v) ? v.toFixed(0) : String(v);
  if (typeof v === 'string' || typeof v === 'boolean') return String(v);
  if ('richText' in v) return v.richText.map((r) => r.text).join('');
  if ('formula' in v || 'sharedFormula' in v)
    return cellText((v as { result?: ExcelJS.CellValue }).result ?? null);
  if ('text' in v) return String((v as { text: unknown }).text ?? '');
  return '';
}

/** The first non-empty row is the header; empty rows are dropped (row numbers stay the spreadsheet's). */
function tableOf(format: Table['format'], all: Table['rows']): Table {
  const nonEmpty = all.filter((r) => r.values.some((v) => v.trim() !== ''));
  const [header, ...rows] = nonEmpty;
  if (!header) throw new FileProblem('Tệp không có dữ liệu|The file has no data');
  if (!rows.length)
    throw new FileProblem(
      'Tệp chỉ có dòng tiêu đề, chưa có dòng dữ liệu nào|The file has a header row but no data rows',
    );
  if (rows.length > MAX_ROWS)
    throw new FileProblem(
      `Tệp có ${rows.length.toLocaleString('vi-VN')} dòng, nhiều hơn ${MAX_ROWS.toLocaleString('vi-VN')}: hãy chia thành nhiều tệp|The file has more than ${MAX_ROWS} rows: split it`,
    );
  return { format, headers: header.values.map((h) => h.trim()), rows };
}

/** A header folded for matching: "Mã xã/phường *" and "MA XA - PHUONG" both give "ma xa phuong". */
export const foldHeader = (h: string) => foldLabel(h.replace(/\([^)]*\)/g, ' ').replace(/\*/g, ' '));

export interface ColumnMap {
  /** The column key of each file column (null: not used). */
  keyAt: (string | null)[];
  /** Headers of the file's columns that match nothing (ignored). */
  unknown: string[];
}

export function mapColumns(headers: string[], columns: ColumnSpec[]): ColumnMap {
  const byFolded = new Map<string, ColumnSpec>();
  for (const c of columns) for (const h of [c.header, ...(c.aliases ?? [])]) byFolded.set(foldHeader(h), c);
  const seen = new Set<string>();
  const unknown: string[] = [];
  const keyAt = headers.map((h) => {
    if (!h) return null;
    const column = byFolded.get(foldHeader(h));
    if (!column) {
      unknown.push(h);
      return null;
    }
    if (seen.has(column.key))
      throw new FileProblem(
        `Cột "${column.header}" xuất hiện hai lần|The column "${column.header}" appears twice`,
      );
    seen.add(column.key);
    return column.key;
  });
  const missing = columns.filter((c) => c.required && !seen.has(c.key)).map((c) => c.header);
  if (missing.length)
    throw new FileProblem(
      `Thiếu cột bắt buộc: ${missing.join(', ')}. Hãy dùng tệp mẫu|Missing required columns: ${missing.join(', ')}. Use the template`,
    );
  return { keyAt, unknown };
}

export function sourceRows(table: Table, map: ColumnMap): SourceRow[] {
  return table.rows.map(({ line, values }) => {
    const cells: Record<string, string> = {};
    map.keyAt.forEach((key, i) => {
      const v = values[i]?.trim();
      if (key && v) cells[key] = v;
    });
    return { line, cells };
  });
}
