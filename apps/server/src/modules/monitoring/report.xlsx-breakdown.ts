// Sheet "Chi tiết theo đơn vị" of the report workbook: one row per child unit (the communes of a
// province) with achieved / population / share for every indicator, a filter, frozen unit
// names, and a total row equal to the indicators' totals.

import type ExcelJS from 'exceljs';
import {
  BREAKDOWN_FOOTNOTE,
  breakdownAddsUp,
  breakdownTitle,
  breakdownValue,
  periodLine,
} from './report.format.ts';
import type { ReportFigures } from './report.types.ts';
import {
  FMT,
  font,
  HEADER_FILL,
  percentOrDash,
  put,
  rowHeight,
  type Sheet,
  setupPrint,
  styleHeaderCell,
  THIN,
} from './report.xlsx-style.ts';

const BREAKDOWN_WIDTHS = { stt: 5, unit: 26, achieved: 10, population: 11, share: 9 };

export function writeBreakdownSheet(wb: ExcelJS.Workbook, figures: ReportFigures) {
  const ws = wb.addWorksheet('Chi tiết theo đơn vị');
  const last = 2 + figures.indicators.length * 3;
  ws.getColumn(1).width = BREAKDOWN_WIDTHS.stt;
  ws.getColumn(2).width = BREAKDOWN_WIDTHS.unit;
  put(ws, 1, 1, last, breakdownTitle(figures), {
    font: font({ bold: true, size: 13 }),
    align: { horizontal: 'left' },
  });
  put(ws, 2, 1, last, periodLine(figures), { font: font({ italic: true }), align: { horizontal: 'left' } });
  const top = 4;
  ws.mergeCells(top, 1, top + 1, 1);
  ws.getCell(top, 1).value = 'STT';
  ws.mergeCells(top, 2, top + 1, 2);
  ws.getCell(top, 2).value = 'Đơn vị';
  figures.indicators.forEach((ind, i) => {
    const col = 3 + i * 3;
    ws.mergeCells(top, col, top, col + 2);
    ws.getCell(top, col).value = `${i + 1}. ${ind.title} (${ind.subjectLabel})`;
    ws.getCell(top + 1, col).value = 'Đã đạt';
    ws.getCell(top + 1, col + 1).value = 'Tổng số';
    ws.getCell(top + 1, col + 2).value = 'Tỷ lệ (%)';
    ws.getColumn(col).width = BREAKDOWN_WIDTHS.achieved;
    ws.getColumn(col + 1).width = BREAKDOWN_WIDTHS.population;
    ws.getColumn(col + 2).width = BREAKDOWN_WIDTHS.share;
  });
  for (let r = top; r <= top + 1; r++) for (let c = 1; c <= last; c++) styleHeaderCell(ws.getCell(r, c));
  const longestTitle = Math.max(
    0,
    ...figures.indicators.map((ind) => ind.title.length + ind.subjectLabel.length + 6),
  );
  ws.getRow(top).height = rowHeight([{ text: 'x'.repeat(longestTitle), width: 30, size: 10, wide: 0.85 }], 2);
  ws.getRow(top + 1).height = 28;
  const first = top + 2;
  figures.breakdown.forEach((row, r) => {
    const values = figures.indicators.flatMap((ind, i) => {
      const v = breakdownValue(row, ind, i);
      return v ? [v.achieved, v.population, percentOrDash(v.share)] : ['-', '-', '-'];
    });
    writeBreakdownRow(ws, first + r, [r + 1, row.unitName, ...values], false);
  });
  const totals = figures.indicators.flatMap((ind) => [
    ind.achieved,
    ind.population,
    percentOrDash(ind.share),
  ]);
  const totalRow = first + figures.breakdown.length;
  writeBreakdownRow(ws, totalRow, ['', 'Tổng cộng', ...totals], true);
  if (!breakdownAddsUp(figures)) {
    put(ws, totalRow + 2, 1, last, BREAKDOWN_FOOTNOTE, {
      font: font({ italic: true, size: 9.5 }),
      align: { horizontal: 'left' },
    });
  }
  ws.autoFilter = { from: { row: top + 1, column: 1 }, to: { row: totalRow - 1, column: last } };
  ws.views = [
    { state: 'frozen', xSplit: 2, ySplit: top + 1, topLeftCell: `C${first}`, activeCell: `C${first}` },
  ];
  setupPrint(ws, figures, `${top}:${top + 1}`);
  ws.pageSetup.printTitlesColumn = 'A:B';
  ws.pageSetup.fitToWidth = Math.ceil(figures.indicators.length / 4);
}

function writeBreakdownRow(ws: Sheet, r: number, values: ExcelJS.CellValue[], total: boolean) {
  const row = ws.getRow(r);
  values.forEach((value, i) => {
    const cell = row.getCell(i + 1);
    cell.value = value;
    cell.border = THIN;
    cell.font = font({ size: 10, bold: total });
    if (total) cell.fill = HEADER_FILL;
    const col = i + 1;
    if (typeof value === 'number' && col > 2) cell.numFmt = (col - 3) % 3 === 2 ? FMT.percent : FMT.integer;
    const horizontal = col === 2 ? 'left' : col === 1 || typeof value !== 'number' ? 'center' : 'right';
    cell.alignment = { vertical: 'middle', horizontal };
  });
}
