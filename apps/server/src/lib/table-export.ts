// Export of any console table as CSV (UTF-8 with BOM so Excel reads the diacritics, CRLF, every
// cell quoted, formulas neutralised) or XLSX (typed cells, bold frozen header with a filter), and
// the Fastify reply that sends it as a download.

import ExcelJS from 'exceljs';
import type { FastifyReply } from 'fastify';
import { foldVietnamese } from './text.ts';

export type TableColumnType = 'text' | 'number' | 'percent' | 'date';

export interface TableColumn {
  key: string;
  header: string;
  /** XLSX only: how cells are typed and formatted (text by default). Percentages are shares, 0–1. */
  type?: TableColumnType;
  /** XLSX only: width in characters (else from the header and the content). */
  width?: number;
}

export type TableRow = Record<string, unknown>;

const VN_TIME_ZONE = 'Asia/Ho_Chi_Minh';

/** The calendar date in Vietnam of an instant, or a "YYYY-MM-DD" date as is. */
function calendarDate(v: Date | string): { y: number; m: number; d: number } | null {
  if (typeof v === 'string') {
    const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(v);
    return m ? { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) } : null;
  }
  if (Number.isNaN(v.getTime())) return null;
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: VN_TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(v);
  const part = (t: string) => Number(parts.find((p) => p.type === t)?.value);
  return { y: part('year'), m: part('month'), d: part('day') };
}

const pad2 = (n: number) => String(n).padStart(2, '0');

function textOf(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) {
    const c = calendarDate(v);
    return c ? `${pad2(c.d)}/${pad2(c.m)}/${c.y}` : '';
  }
  return String(v);
}

/**
 * One CSV cell: always quoted; a text starting with = + - @ (or a tab or carriage return) gets a
 * leading apostrophe so a spreadsheet shows it instead of running it as a formula.
 */
export const csvCell = (v: unknown): string => {
  const s = textOf(v);
  const safe = typeof v === 'number' || typeof v === 'bigint' || !/^[=+\-@\t\r]/.test(s) ? s : `'${s}`;
  return `"${safe.replace(/"/g, '""')}"`;
};

/**
 * The whole table as CSV: BOM, a header line, CRLF line ends (a final one too). Dates — Date
 * values, and "YYYY-MM-DD" strings in a column typed 'date' — as dd/MM/yyyy.
 */
export function tableToCsv(
  columns: Pick<TableColumn, 'key' | 'header' | 'type'>[],
  rows: TableRow[],
): string {
  const cell = (c: Pick<TableColumn, 'type'>, v: unknown) => {
    const date = c.type === 'date' && typeof v === 'string' ? calendarDate(v) : null;
    return csvCell(date ? `${pad2(date.d)}/${pad2(date.m)}/${date.y}` : v);
  };
  const lines = [columns.map((c) => csvCell(c.header)).join(',')];
  for (const row of rows) lines.push(columns.map((c) => cell(c, row[c.key])).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** Excel forbids : \ / ? * [ ] in sheet names and allows 31 characters. */
export const safeSheetName = (name: string) =>
  name
    .replace(/[:\\/?*[\]]/g, ' ')
    .trim()
    .slice(0, 31) || 'Sheet1';

function xlsxValue(type: TableColumnType, v: unknown): ExcelJS.CellValue {
  if (v === null || v === undefined || v === '') return null;
  if (type === 'number' || type === 'percent') {
    const n = typeof v === 'number' ? v : Number(v);
    return Number.isFinite(n) ? n : String(v);
  }
  if (type === 'date') {
    const c = v instanceof Date || typeof v === 'string' ? calendarDate(v) : null;
    // Midnight UTC: Excel dates have no time zone and exceljs converts from UTC.
    return c ? new Date(Date.UTC(c.y, c.m - 1, c.d)) : String(v);
  }
  return textOf(v);
}

const numberFormat = (type: TableColumnType, v: ExcelJS.CellValue) => {
  if (typeof v !== 'number' && !(v instanceof Date)) return undefined;
  if (type === 'percent') return '0.0%';
  if (type === 'date') return 'dd/mm/yyyy';
  if (type === 'number') return Number.isInteger(v) ? '#,##0' : '#,##0.0#';
  return undefined;
};

/** One sheet: bold frozen header with an autofilter, typed cells, dates dd/mm/yyyy. */
export async function tableToXlsx(
  sheetName: string,
  columns: TableColumn[],
  rows: TableRow[],
): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Lantỏa';
  const ws = wb.addWorksheet(safeSheetName(sheetName), { views: [{ state: 'frozen', ySplit: 1 }] });
  const header = ws.addRow(columns.map((c) => c.header));
  header.font = { bold: true };
  header.alignment = { vertical: 'middle', wrapText: true };
  header.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF7' } };
    cell.border = { bottom: { style: 'thin' } };
  });
  const longest = columns.map((c) => Math.min(c.header.length, 30));
  for (const row of rows) {
    const values = columns.map((c) => xlsxValue(c.type ?? 'text', row[c.key]));
    const added = ws.addRow(values);
    values.forEach((v, i) => {
      const column = columns[i] as TableColumn;
      const fmt = numberFormat(column.type ?? 'text', v);
      if (fmt) added.getCell(i + 1).numFmt = fmt;
      const shown = v instanceof Date ? 10 : typeof v === 'number' ? 12 : String(v ?? '').length;
      longest[i] = Math.max(longest[i] ?? 0, shown);
    });
  }
  columns.forEach((c, i) => {
    ws.getColumn(i + 1).width = c.width ?? Math.min(60, Math.max(8, (longest[i] ?? 0) + 2));
  });
  if (columns.length > 0) {
    ws.autoFilter = {
      from: { row: 1, column: 1 },
      to: { row: Math.max(1, rows.length + 1), column: columns.length },
    };
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** "Chứng nhận Quý IV" → "chung-nhan-quy-iv": safe in any Content-Disposition parser. */
export const asciiFileName = (name: string) =>
  foldVietnamese(name)
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '') || 'bang';

export const contentTypes = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;

/** A download header: an ASCII file name for every client and the Vietnamese one (RFC 6266) for those that read it. */
export function attachmentHeader(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  const base = dot > 0 ? fileName.slice(0, dot) : fileName;
  const ext = dot > 0 ? fileName.slice(dot + 1).replace(/[^A-Za-z0-9]/g, '') : '';
  const ascii = ext ? `${asciiFileName(base)}.${ext}` : asciiFileName(base);
  if (ascii === fileName) return `attachment; filename="${ascii}"`;
  const encoded = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

/** Send a table as a CSV or XLSX download; return what this resolves to from the route handler. */
export async function sendTable(
  reply: FastifyReply,
  format: 'csv' | 'xlsx',
  fileBaseName: string,
  columns: TableColumn[],
  rows: TableRow[],
): Promise<FastifyReply> {
  const body = format === 'csv' ? tableToCsv(columns, rows) : await tableToXlsx(fileBaseName, columns, rows);
  return reply
    .type(contentTypes[format])
    .header('content-disposition', attachmentHeader(`${fileBaseName}.${format}`))
    .send(body);
}
