// The periodic report (F9) as an Excel workbook in the Vietnamese administrative style. Sheet
// "Báo cáo": the administrative header, title and period, the indicator table with real numbers
// (percentages as shares with a percent format), the notes and the signature block, set up to
// print on A4 landscape. Sheet "Chi tiết theo đơn vị": one row per child unit, achieved /
// population / share per indicator, and a total row equal to the indicators' totals.

import ExcelJS from 'exceljs';
import {
  changeInPoints,
  documentNumberLine,
  isoDateUtc,
  issuingBodyLines,
  NATIONAL_MOTTO,
  NATIONAL_TITLE,
  POPULATION_SOURCE_LABEL,
  periodLine,
  placeAndDateLine,
  previousPeriodLabel,
  reportTitle,
  SIGNATURES,
  STATUS_LABEL,
  sourceLine,
  unitFullName,
} from './report.format.ts';
import type { ReportFigures, ReportIndicator, TargetStatus } from './report.types.ts';
import { writeBreakdownSheet } from './report.xlsx-breakdown.ts';
import {
  FMT,
  font,
  percentOrDash,
  put,
  rowHeight,
  type Sheet,
  setupPrint,
  styleHeaderCell,
  THIN,
} from './report.xlsx-style.ts';

const STATUS_STYLE: Record<TargetStatus, { color: string; fill?: string }> = {
  met: { color: 'FF1B5E20', fill: 'FFE6F4EA' },
  on_track: { color: 'FF0D3B66' },
  no_data: { color: 'FF555555' },
  at_risk: { color: 'FF8A4B00', fill: 'FFFFF4E0' },
  behind: { color: 'FFB3261E', fill: 'FFFDE7E7' },
};

/** Sheet 1's columns: F and G share the header "Tổng số" (the figure, then where it comes from). */
const COLUMN_WIDTHS = [5, 44, 11, 10, 11, 12, 12, 11, 9, 11, 9, 10, 14, 30];
const LAST_COLUMN = COLUMN_WIDTHS.length;

const widthOf = (from: number, to: number) =>
  COLUMN_WIDTHS.slice(from - 1, to).reduce((sum, w) => sum + w, 0);

/** The header of a Vietnamese administrative document; returns the next free row. */
function writeAdministrativeHeader(ws: Sheet, figures: ReportFigures): number {
  const left = issuingBodyLines(figures);
  const leftTo = 5;
  const rightFrom = 8;
  left.forEach((line, i) => {
    const last = i === left.length - 1;
    put(ws, i + 1, 1, leftTo, line, { font: font({ bold: last }) });
    ws.getRow(i + 1).height = rowHeight([{ text: line, width: widthOf(1, leftTo) - 4, wide: 0.75 }]);
  });
  put(ws, 1, rightFrom, LAST_COLUMN, NATIONAL_TITLE, { font: font({ bold: true }) });
  put(ws, 2, rightFrom, LAST_COLUMN, NATIONAL_MOTTO, {
    font: font({ bold: true, size: 12, underline: true }),
  });
  const next = Math.max(left.length, 2) + 1;
  put(ws, next, 1, leftTo, documentNumberLine(figures));
  put(ws, next, rightFrom, LAST_COLUMN, placeAndDateLine(figures), { font: font({ italic: true }) });
  const title = reportTitle(figures);
  put(ws, next + 2, 1, LAST_COLUMN, title, { font: font({ bold: true, size: 14 }) });
  ws.getRow(next + 2).height = rowHeight([
    { text: title, width: widthOf(1, LAST_COLUMN) - 30, size: 14, wide: 0.75 },
  ]);
  put(ws, next + 3, 1, LAST_COLUMN, periodLine(figures), { font: font({ italic: true, size: 12 }) });
  ws.getRow(next + 3).height = 18;
  return next + 5;
}

/** The two header rows and the column numbers; returns the first body row. */
function writeIndicatorHeader(ws: Sheet, figures: ReportFigures, top: number): number {
  const second = top + 1;
  const single: [number, string][] = [
    [1, 'STT'],
    [2, 'Chỉ tiêu'],
    [3, 'Đơn vị tính'],
    [4, 'Chỉ tiêu giao (%)'],
    [5, 'Hạn'],
    [12, 'Tăng/giảm (điểm %)'],
    [13, 'Đánh giá'],
    [14, 'Ghi chú'],
  ];
  for (const [col, text] of single) {
    ws.mergeCells(top, col, second, col);
    ws.getCell(top, col).value = text;
  }
  ws.mergeCells(top, 6, top, 9);
  ws.getCell(top, 6).value = 'Kết quả đến hết kỳ báo cáo';
  ws.mergeCells(top, 10, top, 11);
  ws.getCell(top, 10).value = previousPeriodLabel(figures);
  ws.mergeCells(second, 6, second, 7);
  ws.getCell(second, 6).value = 'Tổng số';
  ws.getCell(second, 8).value = 'Đã đạt';
  ws.getCell(second, 9).value = 'Tỷ lệ đạt (%)';
  ws.getCell(second, 10).value = 'Đã đạt';
  ws.getCell(second, 11).value = 'Tỷ lệ (%)';
  const numbers = top + 2;
  ws.mergeCells(numbers, 6, numbers, 7);
  for (let col = 1, n = 1; col <= LAST_COLUMN; col++) {
    if (col === 7) continue;
    ws.getCell(numbers, col).value = `(${n++})`;
  }
  for (let r = top; r <= numbers; r++) {
    for (let c = 1; c <= LAST_COLUMN; c++) styleHeaderCell(ws.getCell(r, c));
  }
  for (let c = 1; c <= LAST_COLUMN; c++) ws.getCell(numbers, c).font = font({ italic: true, size: 9 });
  ws.getRow(top).height = 30;
  ws.getRow(second).height = 30;
  return numbers + 1;
}

function indicatorValues(ind: ReportIndicator, index: number): ExcelJS.CellValue[] {
  const change = changeInPoints(ind);
  return [
    index + 1,
    ind.title,
    ind.subjectLabel,
    ind.targetShare,
    isoDateUtc(ind.dueOn),
    ind.population,
    POPULATION_SOURCE_LABEL[ind.populationSource],
    ind.achieved,
    percentOrDash(ind.share),
    ind.previous ? ind.previous.achieved : '-',
    percentOrDash(ind.previous?.share),
    change ?? '-',
    STATUS_LABEL[ind.status],
    ind.notes ?? '',
  ];
}

const INDICATOR_FORMATS: Record<number, string> = {
  4: FMT.targetPercent,
  5: FMT.date,
  6: FMT.integer,
  8: FMT.integer,
  9: FMT.percent,
  10: FMT.integer,
  11: FMT.percent,
  12: FMT.points,
};
const LEFT_ALIGNED = new Set([2, 14]);

function writeIndicatorRow(ws: Sheet, r: number, ind: ReportIndicator, index: number) {
  const row = ws.getRow(r);
  indicatorValues(ind, index).forEach((value, i) => {
    const col = i + 1;
    const cell = row.getCell(col);
    cell.value = value;
    cell.border = THIN;
    cell.font = font({ size: 10.5 });
    const numeric = typeof value === 'number' || value instanceof Date;
    const format = INDICATOR_FORMATS[col];
    if (format && numeric)
      cell.numFmt = col === 4 && !Number.isInteger(ind.targetShare * 100) ? FMT.percent : format;
    const horizontal = LEFT_ALIGNED.has(col) ? 'left' : numeric && col > 5 ? 'right' : 'center';
    cell.alignment = { vertical: 'middle', horizontal, wrapText: true };
  });
  row.getCell(7).font = font({ italic: true, size: 9 });
  row.getCell(9).font = font({ size: 10.5, bold: true });
  const status = STATUS_STYLE[ind.status];
  row.getCell(13).font = font({ size: 10.5, color: { argb: status.color }, bold: ind.status === 'behind' });
  if (status.fill)
    row.getCell(13).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: status.fill } };
  row.height = rowHeight(
    [
      { text: ind.title, width: widthOf(2, 2), size: 10.5 },
      { text: ind.notes ?? '', width: widthOf(14, 14), size: 10.5 },
      { text: POPULATION_SOURCE_LABEL[ind.populationSource], width: widthOf(7, 7), size: 9 },
    ],
    2,
  );
}

function writeClosing(ws: Sheet, figures: ReportFigures, start: number): number {
  let r = start;
  const legend = `Tổng số ${POPULATION_SOURCE_LABEL.official}: theo số liệu do cơ quan có thẩm quyền công bố; ${POPULATION_SOURCE_LABEL.roster}: theo danh sách đối tượng trên nền tảng. ${sourceLine(figures)}`;
  put(ws, r, 1, LAST_COLUMN, legend, {
    font: font({ italic: true, size: 9.5 }),
    align: { horizontal: 'left' },
  });
  ws.getRow(r).height = rowHeight([{ text: legend, width: widthOf(1, LAST_COLUMN), size: 9.5 }]);
  r += 2;
  const notes = (figures.notes ?? '').trim();
  if (notes) {
    put(ws, r++, 1, LAST_COLUMN, 'Ghi chú:', { font: font({ bold: true }), align: { horizontal: 'left' } });
    for (const paragraph of notes.split(/\r?\n/).filter((p) => p.trim())) {
      put(ws, r, 1, LAST_COLUMN, paragraph.trim(), { align: { horizontal: 'left', indent: 2 } });
      ws.getRow(r++).height = rowHeight([{ text: paragraph, width: widthOf(1, LAST_COLUMN) - 4 }]);
    }
    r += 1;
  }
  const [clerk, head] = SIGNATURES;
  put(ws, r, 1, 5, clerk.title, { font: font({ bold: true }) });
  put(ws, r, 8, LAST_COLUMN, head.title, { font: font({ bold: true }) });
  put(ws, r + 1, 1, 5, clerk.hint, { font: font({ italic: true }) });
  put(ws, r + 1, 8, LAST_COLUMN, head.hint, { font: font({ italic: true }) });
  return r + 6;
}

function writeReportSheet(wb: ExcelJS.Workbook, figures: ReportFigures) {
  const ws = wb.addWorksheet('Báo cáo');
  COLUMN_WIDTHS.forEach((w, i) => {
    ws.getColumn(i + 1).width = w;
  });
  const tableTop = writeAdministrativeHeader(ws, figures);
  const firstBody = writeIndicatorHeader(ws, figures, tableTop);
  figures.indicators.forEach((ind, i) => {
    writeIndicatorRow(ws, firstBody + i, ind, i);
  });
  writeClosing(ws, figures, firstBody + figures.indicators.length + 1);
  ws.views = [
    { state: 'frozen', ySplit: firstBody - 1, topLeftCell: `A${firstBody}`, activeCell: `A${firstBody}` },
  ];
  setupPrint(ws, figures, `${tableTop}:${firstBody - 1}`);
}

export async function renderReportXlsx(figures: ReportFigures): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const generatedAt = new Date(figures.generatedAt);
  wb.creator = 'Lantỏa';
  wb.lastModifiedBy = 'Lantỏa';
  wb.title = `${reportTitle(figures)} — ${figures.period.label}`;
  wb.subject = `${unitFullName(figures.unit)}, ${figures.period.label}`;
  wb.description = sourceLine(figures);
  wb.company = issuingBodyLines(figures).join(' - ');
  wb.created = generatedAt;
  wb.modified = generatedAt;
  writeReportSheet(wb, figures);
  if (figures.breakdown.length > 0) writeBreakdownSheet(wb, figures);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
