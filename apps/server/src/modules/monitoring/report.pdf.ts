// The printable periodic report (F9): A4 landscape PDF in the Vietnamese administrative style,
// DejaVu fonts embedded. The report proper — header, title, the indicator table, notes and the
// signature block — comes first; the breakdown by commune follows as an annex ("Phụ lục"), one
// table per group of indicators so the figures stay legible when printed. Pages are numbered
// "Trang x/y".

import PDFDocument from 'pdfkit';
import { pdfBuffer, registerDejaVu } from '../../lib/pdf-fonts.ts';
import { drawTable, type PdfTableColumn, type PdfTableRow } from '../../lib/pdf-table.ts';
import {
  changeInPoints,
  documentNumberLine,
  isoDateVn,
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
  vnInteger,
  vnPoints,
  vnShare,
  vnTargetShare,
} from './report.format.ts';
import { drawBreakdownAnnex } from './report.pdf-annex.ts';
import { contentWidth, type Doc, INK, MARGIN, sectionHeading, tableStyle } from './report.pdf-style.ts';
import type { ReportFigures, TargetStatus } from './report.types.ts';

const STATUS_COLOR: Record<TargetStatus, string> = {
  met: '#1b5e20',
  on_track: '#0d3b66',
  no_data: '#555555',
  at_risk: '#8a4b00',
  behind: '#b3261e',
};

function drawAdministrativeHeader(doc: Doc, figures: ReportFigures) {
  const top = MARGIN.top;
  const leftW = 320;
  const rightW = 360;
  const rightX = doc.page.width - MARGIN.right - rightW;
  const lines = issuingBodyLines(figures);
  let y = top;
  lines.forEach((line, i) => {
    const last = i === lines.length - 1;
    doc
      .fillColor(INK)
      .font(last ? 'serifBold' : 'serif')
      .fontSize(10.5);
    doc.text(line, MARGIN.left, y, { width: leftW, align: 'center', lineGap: 0 });
    y = doc.y;
  });
  const center = MARGIN.left + leftW / 2;
  doc
    .moveTo(center - 40, y + 3)
    .lineTo(center + 40, y + 3)
    .lineWidth(0.6)
    .stroke(INK);
  doc
    .font('serif')
    .fontSize(10.5)
    .text(documentNumberLine(figures), MARGIN.left, y + 9, { width: leftW, align: 'center' });
  const leftBottom = doc.y;

  doc.font('serifBold').fontSize(10.5).text(NATIONAL_TITLE, rightX, top, { width: rightW, align: 'center' });
  doc
    .font('serifBold')
    .fontSize(11)
    .text(NATIONAL_MOTTO, rightX, doc.y + 1, { width: rightW, align: 'center' });
  const mottoW = doc.widthOfString(NATIONAL_MOTTO);
  const rightCenter = rightX + rightW / 2;
  doc
    .moveTo(rightCenter - mottoW / 2, doc.y + 2)
    .lineTo(rightCenter + mottoW / 2, doc.y + 2)
    .lineWidth(0.6)
    .stroke(INK);
  doc
    .font('serifItalic')
    .fontSize(10.5)
    .text(placeAndDateLine(figures), rightX, doc.y + 9, { width: rightW, align: 'center' });
  doc.y = Math.max(leftBottom, doc.y) + 16;
}

function drawTitle(doc: Doc, figures: ReportFigures) {
  const w = contentWidth(doc);
  doc.fillColor(INK).font('serifBold').fontSize(13);
  doc.text(reportTitle(figures), MARGIN.left + 60, doc.y, { width: w - 120, align: 'center' });
  doc
    .font('serifItalic')
    .fontSize(11)
    .text(periodLine(figures), MARGIN.left, doc.y + 4, { width: w, align: 'center' });
  doc.y += 12;
}

function indicatorColumns(doc: Doc, figures: ReportFigures): PdfTableColumn[] {
  const current = 'Kết quả đến hết kỳ báo cáo';
  const previous = previousPeriodLabel(figures);
  const fixed: PdfTableColumn[] = [
    { header: 'STT', width: 24, align: 'center' },
    { header: 'Chỉ tiêu', width: 0, align: 'left' },
    { header: 'Đơn vị tính', width: 44, align: 'center' },
    { header: 'Chỉ tiêu giao', width: 40, align: 'center' },
    { header: 'Hạn', width: 50, align: 'center' },
    { header: 'Tổng số', group: current, width: 70, align: 'right' },
    { header: 'Đã đạt', group: current, width: 56, align: 'right' },
    { header: 'Tỷ lệ đạt', group: current, width: 44, align: 'right' },
    { header: 'Đã đạt', group: previous, width: 56, align: 'right' },
    { header: 'Tỷ lệ', group: previous, width: 44, align: 'right' },
    { header: 'Tăng/giảm (điểm %)', width: 46, align: 'right' },
    { header: 'Đánh giá', width: 54, align: 'center' },
    { header: 'Ghi chú', width: 84, align: 'left' },
  ];
  const used = fixed.reduce((sum, c) => sum + c.width, 0);
  (fixed[1] as PdfTableColumn).width = contentWidth(doc) - used;
  return fixed;
}

function indicatorRows(figures: ReportFigures): PdfTableRow[] {
  return figures.indicators.map((ind, i) => ({
    cells: [
      String(i + 1),
      ind.title,
      ind.subjectLabel,
      vnTargetShare(ind.targetShare),
      isoDateVn(ind.dueOn),
      { text: vnInteger(ind.population), note: POPULATION_SOURCE_LABEL[ind.populationSource] },
      vnInteger(ind.achieved),
      { text: vnShare(ind.share), bold: true },
      ind.previous ? vnInteger(ind.previous.achieved) : '-',
      ind.previous ? vnShare(ind.previous.share) : '-',
      vnPoints(changeInPoints(ind)),
      { text: STATUS_LABEL[ind.status], color: STATUS_COLOR[ind.status], bold: ind.status === 'behind' },
      ind.notes ?? '',
    ],
  }));
}

/** The explanation of the population sources and when the figures were taken, under the table. */
function drawTableFootnote(doc: Doc, figures: ReportFigures) {
  doc.fillColor('#333333').font('serifItalic').fontSize(8.5);
  doc.text(
    `Tổng số ${POPULATION_SOURCE_LABEL.official}: theo số liệu do cơ quan có thẩm quyền công bố; ${POPULATION_SOURCE_LABEL.roster}: theo danh sách đối tượng trên nền tảng. ${sourceLine(figures)}`,
    MARGIN.left,
    doc.y + 3,
    { width: contentWidth(doc) },
  );
}

const paragraphsOf = (text: string | null) =>
  (text ?? '')
    .split(/\r?\n/)
    .map((p) => p.trim())
    .filter(Boolean);

const NOTES_LABEL = 'Ghi chú:';
const SIGNATURE_BLOCK_HEIGHT = 110;

function notesHeight(doc: Doc, paragraphs: string[]): number {
  if (paragraphs.length === 0) return 0;
  const w = contentWidth(doc);
  let h = doc.font('serifBold').fontSize(10.5).heightOfString(NOTES_LABEL, { width: w });
  doc.font('serif').fontSize(10.5);
  for (const p of paragraphs) h += 2 + doc.heightOfString(p, { width: w, align: 'justify', indent: 28 });
  return h;
}

function drawNotes(doc: Doc, paragraphs: string[]) {
  if (paragraphs.length === 0) return;
  const w = contentWidth(doc);
  doc.fillColor(INK).font('serifBold').fontSize(10.5).text(NOTES_LABEL, MARGIN.left, doc.y, { width: w });
  doc.font('serif').fontSize(10.5);
  for (const p of paragraphs) doc.text(p, MARGIN.left, doc.y + 2, { width: w, align: 'justify', indent: 28 });
}

function drawSignatures(doc: Doc) {
  if (doc.y + SIGNATURE_BLOCK_HEIGHT > doc.page.height - MARGIN.bottom) doc.addPage();
  const top = doc.y;
  const half = contentWidth(doc) / 2;
  SIGNATURES.forEach((s, i) => {
    const x = MARGIN.left + i * half;
    doc.fillColor(INK).font('serifBold').fontSize(11).text(s.title, x, top, { width: half, align: 'center' });
    doc
      .font('serifItalic')
      .fontSize(10)
      .text(s.hint, x, doc.y + 1, { width: half, align: 'center' });
  });
  doc.y = top + SIGNATURE_BLOCK_HEIGHT;
}

/**
 * The notes and the signatures, kept on one page when they fit on one: a signature should not
 * stand alone on a page.
 */
function drawClosing(doc: Doc, figures: ReportFigures) {
  const paragraphs = paragraphsOf(figures.notes);
  const gap = 12;
  const needed = gap + notesHeight(doc, paragraphs) + 14 + SIGNATURE_BLOCK_HEIGHT;
  const room = doc.page.height - MARGIN.bottom - doc.y;
  const page = doc.page.height - MARGIN.bottom - MARGIN.top;
  if (needed > room && needed - gap <= page) doc.addPage();
  else doc.y += gap;
  drawNotes(doc, paragraphs);
  doc.y += 14;
  drawSignatures(doc);
}

function numberPages(doc: Doc, figures: ReportFigures) {
  const range = doc.bufferedPageRange();
  const label = `${figures.campaign.name} — ${figures.period.label}`;
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const bottomMargin = doc.page.margins.bottom;
    doc.page.margins.bottom = 0; // writing in the margin must not start a page
    const y = doc.page.height - 30;
    const w = contentWidth(doc);
    doc.fillColor('#555555').font('cond').fontSize(7.5);
    doc.text(label, MARGIN.left, y, { width: w - 90, lineBreak: false, ellipsis: true });
    doc.text(`Trang ${i - range.start + 1}/${range.count}`, MARGIN.left + w - 90, y, {
      width: 90,
      align: 'right',
    });
    doc.page.margins.bottom = bottomMargin;
  }
}

export function renderReportPdf(figures: ReportFigures): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    layout: 'landscape',
    margins: MARGIN,
    bufferPages: true,
    info: {
      Title: `${reportTitle(figures)} — ${figures.period.label}`,
      Author: issuingBodyLines(figures).join(' - '),
      Subject: `${unitFullName(figures.unit)}, ${figures.period.label}`,
      Creator: 'Lantỏa',
      CreationDate: new Date(figures.generatedAt),
    },
  });
  registerDejaVu(doc, {
    serif: 'serif',
    serifBold: 'serifBold',
    serifItalic: 'serifItalic',
    cond: 'sansCondensed',
    condBold: 'sansCondensedBold',
    condItalic: 'sansCondensedOblique',
  });
  const done = pdfBuffer(doc);
  drawAdministrativeHeader(doc, figures);
  drawTitle(doc, figures);
  sectionHeading(doc, 'KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU');
  drawTable(doc, MARGIN.left, indicatorColumns(doc, figures), indicatorRows(figures), {
    ...tableStyle,
    continuedLabel: 'Kết quả thực hiện các chỉ tiêu (tiếp theo)',
  });
  drawTableFootnote(doc, figures);
  drawClosing(doc, figures);
  if (figures.breakdown.length > 0) drawBreakdownAnnex(doc, figures);
  numberPages(doc, figures);
  doc.end();
  return done;
}
