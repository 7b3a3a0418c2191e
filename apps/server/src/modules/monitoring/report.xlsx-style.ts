// Cell styles and helpers the two sheets of the report workbook share: Times New Roman as in
// administrative documents, thin borders, number formats, merged text cells, row heights for
// wrapped text, and the A4 landscape print setup.

import type ExcelJS from 'exceljs';
import type { ReportFigures } from './report.types.ts';

export type Sheet = ExcelJS.Worksheet;

export const FONT = 'Times New Roman';
export const font = (extra: Partial<ExcelJS.Font> = {}): Partial<ExcelJS.Font> => ({
  name: FONT,
  size: 11,
  ...extra,
});
export const THIN: Partial<ExcelJS.Borders> = {
  top: { style: 'thin' },
  left: { style: 'thin' },
  bottom: { style: 'thin' },
  right: { style: 'thin' },
};
export const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EDF4' } };

export const FMT = {
  integer: '#,##0',
  percent: '0.0%',
  targetPercent: '0%',
  points: '+0.0;-0.0;0.0',
  date: 'dd/mm/yyyy',
} as const;

/**
 * Excel does not size rows of wrapped or merged text: estimate the lines a text needs from the
 * column width (in widths of "0"); `wide` < 1 for capitals and bold.
 */
export function rowHeight(
  texts: { text: string; width: number; size?: number; wide?: number }[],
  minLines = 1,
): number {
  let lines = minLines;
  for (const t of texts) {
    const perLine = Math.max(1, t.width * 1.15 * (t.wide ?? 1) * (11 / (t.size ?? 11)));
    const needed = t.text
      .split('\n')
      .reduce((sum, part) => sum + Math.max(1, Math.ceil(part.length / perLine)), 0);
    lines = Math.max(lines, needed);
  }
  return Math.ceil(lines * 14.5 + 3);
}

export function put(
  ws: Sheet,
  row: number,
  from: number,
  to: number,
  value: ExcelJS.CellValue,
  style: { font?: Partial<ExcelJS.Font>; align?: Partial<ExcelJS.Alignment> } = {},
) {
  if (to > from) ws.mergeCells(row, from, row, to);
  const cell = ws.getCell(row, from);
  cell.value = value;
  cell.font = style.font ?? font();
  cell.alignment = { vertical: 'middle', wrapText: true, horizontal: 'center', ...style.align };
  return cell;
}

export function styleHeaderCell(cell: ExcelJS.Cell) {
  cell.font = font({ bold: true, size: 10 });
  cell.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
  cell.border = THIN;
  cell.fill = HEADER_FILL;
}

export const percentOrDash = (share: number | null | undefined): ExcelJS.CellValue => share ?? '-';

export function setupPrint(ws: Sheet, figures: ReportFigures, titleRows: string) {
  ws.pageSetup = {
    paperSize: 9, // A4
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    horizontalCentered: true,
    printTitlesRow: titleRows,
    margins: { left: 0.6, right: 0.4, top: 0.5, bottom: 0.6, header: 0.3, footer: 0.3 },
  };
  ws.headerFooter = {
    oddFooter: `&L&8${figures.campaign.name.replace(/&/g, '&&')} — ${figures.period.label}&R&8Trang &P/&N`,
  };
}
