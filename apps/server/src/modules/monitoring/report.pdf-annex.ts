// The annex of the printed report: the figures of every child unit (the 92 communes of a
// province), one table per group of indicators — achieved, population and share side by side —
// so that each stays legible on A4 landscape, with a total row equal to the indicators' totals.

import { drawTable, type PdfTableColumn, type PdfTableRow } from '../../lib/pdf-table.ts';
import {
  BREAKDOWN_FOOTNOTE,
  breakdownAddsUp,
  breakdownTitle,
  breakdownValue,
  vnInteger,
  vnShare,
} from './report.format.ts';
import { contentWidth, type Doc, INK, MARGIN, sectionHeading, tableStyle } from './report.pdf-style.ts';
import type { ReportFigures } from './report.types.ts';

/** Indicators per annex table: as many as fit at ≥ 120 pt each, spread evenly over the tables. */
function indicatorGroups(count: number, room: number): number[][] {
  const perTableMax = Math.max(1, Math.floor(room / 120));
  const tables = Math.ceil(count / perTableMax);
  const per = Math.ceil(count / Math.max(1, tables));
  const groups: number[][] = [];
  for (let start = 0; start < count; start += per) {
    groups.push(Array.from({ length: Math.min(per, count - start) }, (_, k) => start + k));
  }
  return groups;
}

function breakdownTable(doc: Doc, figures: ReportFigures, group: number[]) {
  const unitW = 118;
  const each = (contentWidth(doc) - 24 - unitW) / group.length;
  const columns: PdfTableColumn[] = [
    { header: 'STT', width: 24, align: 'center' },
    { header: 'Đơn vị', width: unitW, align: 'left' },
  ];
  for (const i of group) {
    const ind = figures.indicators[i];
    if (!ind) continue;
    const label = `${i + 1}. ${ind.title} (${ind.subjectLabel})`;
    const shareW = Math.max(38, Math.round(each * 0.28));
    const numberW = (each - shareW) / 2;
    columns.push(
      { header: 'Đã đạt', group: label, width: numberW, align: 'right' },
      { header: 'Tổng số', group: label, width: numberW, align: 'right' },
      { header: 'Tỷ lệ', group: label, width: shareW, align: 'right' },
    );
  }
  const rows: PdfTableRow[] = figures.breakdown.map((row, r) => ({
    cells: [
      String(r + 1),
      row.unitName,
      ...group.flatMap((i) => {
        const ind = figures.indicators[i];
        const v = ind ? breakdownValue(row, ind, i) : null;
        return v ? [vnInteger(v.achieved), vnInteger(v.population), vnShare(v.share)] : ['-', '-', '-'];
      }),
    ],
  }));
  rows.push({
    bold: true,
    fill: '#e8edf4',
    cells: [
      { text: 'Tổng cộng', span: 2, align: 'center' },
      ...group.flatMap((i) => {
        const ind = figures.indicators[i];
        return ind
          ? [vnInteger(ind.achieved), vnInteger(ind.population), vnShare(ind.share)]
          : ['-', '-', '-'];
      }),
    ],
  });
  return { columns, rows };
}

export function drawBreakdownAnnex(doc: Doc, figures: ReportFigures) {
  const w = contentWidth(doc);
  const groups = indicatorGroups(figures.indicators.length, w - 24 - 118);
  groups.forEach((group, g) => {
    doc.addPage();
    if (g === 0) {
      doc
        .fillColor(INK)
        .font('serifBold')
        .fontSize(12)
        .text('PHỤ LỤC', MARGIN.left, doc.y, { width: w, align: 'center' });
      doc.fontSize(11).text(breakdownTitle(figures), { width: w, align: 'center' });
      doc
        .font('serifItalic')
        .fontSize(10)
        .text(`(Kèm theo Báo cáo kết quả thực hiện ${figures.period.label})`, {
          width: w,
          align: 'center',
        });
      doc.y += 8;
    }
    const first = (group[0] ?? 0) + 1;
    const last = (group[group.length - 1] ?? 0) + 1;
    const caption = `Bảng ${g + 1}. Chỉ tiêu ${first === last ? first : `${first} – ${last}`}`;
    sectionHeading(doc, caption);
    const { columns, rows } = breakdownTable(doc, figures, group);
    drawTable(doc, MARGIN.left, columns, rows, {
      ...tableStyle,
      fontSize: 7.5,
      padding: 2.2,
      zebra: '#f4f6f9',
      continuedLabel: `${caption} (tiếp theo)`,
    });
  });
  if (!breakdownAddsUp(figures)) {
    doc.fillColor('#333333').font('serifItalic').fontSize(8.5);
    doc.text(BREAKDOWN_FOOTNOTE, MARGIN.left, doc.y + 4, { width: w });
  }
}
