// Page geometry, colours and the table style shared by the report's PDF body and its annex.

import type { PdfTableStyle } from '../../lib/pdf-table.ts';

export type Doc = PDFKit.PDFDocument;

/** A4 landscape; the wider left margin leaves room for binding. */
export const MARGIN = { top: 40, bottom: 46, left: 57, right: 34 };
export const INK = '#000000';
export const tableStyle: PdfTableStyle = {
  font: 'cond',
  boldFont: 'condBold',
  noteFont: 'condItalic',
  fontSize: 8,
  headerFontSize: 7.5,
  noteFontSize: 6.5,
  padding: 3,
  numbering: true,
  headerFill: '#e8edf4',
  lineColor: '#444444',
};

export const contentWidth = (doc: Doc) => doc.page.width - MARGIN.left - MARGIN.right;

export function sectionHeading(doc: Doc, text: string) {
  doc
    .fillColor(INK)
    .font('serifBold')
    .fontSize(11)
    .text(text, MARGIN.left, doc.y, { width: contentWidth(doc) });
  doc.y += 5;
}
