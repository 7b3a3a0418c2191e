// A ruled table for pdfkit documents: a one- or two-level header (columns sharing a `group` get
// one cell above theirs) with optional column numbers "(1) (2) …", repeated at the top of every
// page the table runs onto; rows are measured first and never split across pages.

export interface PdfTableColumn {
  header: string;
  /** Adjacent columns with the same group share one header cell above their own. */
  group?: string;
  width: number;
  align?: 'left' | 'center' | 'right';
}

export interface PdfTableCell {
  text: string;
  /** A second line in the small font, e.g. where a figure comes from. */
  note?: string;
  bold?: boolean;
  color?: string;
  /** Spans this many columns (the next span-1 cells of the row are left out). */
  span?: number;
  align?: 'left' | 'center' | 'right';
}

export interface PdfTableRow {
  cells: (string | PdfTableCell)[];
  bold?: boolean;
  fill?: string;
}

export interface PdfTableStyle {
  font: string;
  boldFont: string;
  noteFont: string;
  fontSize: number;
  headerFontSize: number;
  noteFontSize: number;
  padding: number;
  /** A row of column numbers under the header, as in statistical forms. */
  numbering?: boolean;
  headerFill?: string;
  /** Fill of every other body row (printed legibility in long tables). */
  zebra?: string;
  lineColor?: string;
  /** Printed above the header when the table continues on a new page. */
  continuedLabel?: string;
}

interface HeaderCell {
  text: string;
  x: number;
  y: number;
  w: number;
  h: number;
  italic?: boolean;
}

type Doc = PDFKit.PDFDocument;

const cellOf = (c: string | PdfTableCell): PdfTableCell => (typeof c === 'string' ? { text: c } : c);

function textHeight(doc: Doc, text: string, font: string, size: number, width: number): number {
  if (!text) return 0;
  doc.font(font).fontSize(size);
  // Most cells are one short line: measuring the width is much cheaper than laying the text out.
  if (!text.includes('\n') && doc.widthOfString(text) <= width) return doc.currentLineHeight(true);
  return doc.heightOfString(text, { width, lineGap: 0 });
}

/** Lay the header out at the origin: one row per level, merged cells for groups. */
function layoutHeader(
  doc: Doc,
  columns: PdfTableColumn[],
  s: PdfTableStyle,
): { cells: HeaderCell[]; height: number } {
  const pad = s.padding;
  const measure = (text: string, w: number) =>
    textHeight(doc, text, s.boldFont, s.headerFontSize, w - 2 * pad) + 2 * pad;
  const grouped = columns.some((c) => c.group);
  const groups: { label: string; x: number; w: number; end: number }[] = [];
  let x = 0;
  columns.forEach((c, i) => {
    const last = groups[groups.length - 1];
    if (c.group && last && last.label === c.group && last.end === i - 1) {
      last.w += c.width;
      last.end = i;
    } else if (c.group) groups.push({ label: c.group, x, w: c.width, end: i });
    x += c.width;
  });
  const h1 = Math.max(0, ...groups.map((g) => measure(g.label, g.w)));
  const h2 = Math.max(
    0,
    ...columns.filter((c) => !grouped || c.group).map((c) => measure(c.header, c.width)),
  );
  const single = Math.max(0, ...columns.filter((c) => !c.group).map((c) => measure(c.header, c.width)));
  const top = grouped ? h1 : 0;
  const second = Math.max(h2, single - top);
  const cells: HeaderCell[] = groups.map((g) => ({ text: g.label, x: g.x, y: 0, w: g.w, h: top }));
  x = 0;
  for (const c of columns) {
    if (c.group) cells.push({ text: c.header, x, y: top, w: c.width, h: second });
    else cells.push({ text: c.header, x, y: 0, w: c.width, h: top + second });
    x += c.width;
  }
  let height = top + second;
  if (s.numbering) {
    const h = s.noteFontSize + 2 * pad;
    x = 0;
    columns.forEach((c, i) => {
      cells.push({ text: `(${i + 1})`, x, y: height, w: c.width, h, italic: true });
      x += c.width;
    });
    height += h;
  }
  return { cells, height };
}

function drawHeader(doc: Doc, x0: number, y0: number, layout: { cells: HeaderCell[] }, s: PdfTableStyle) {
  for (const c of layout.cells) {
    doc.save().rect(x0 + c.x, y0 + c.y, c.w, c.h);
    if (s.headerFill && !c.italic) doc.fillAndStroke(s.headerFill, s.lineColor ?? '#333333');
    else doc.stroke(s.lineColor ?? '#333333');
    doc.restore();
    const font = c.italic ? s.noteFont : s.boldFont;
    const size = c.italic ? s.noteFontSize : s.headerFontSize;
    const w = c.w - 2 * s.padding;
    const h = textHeight(doc, c.text, font, size, w);
    doc
      .fillColor('#000000')
      .font(font)
      .fontSize(size)
      .text(c.text, x0 + c.x + s.padding, y0 + c.y + (c.h - h) / 2, {
        width: w,
        align: 'center',
        lineGap: 0,
      });
  }
}

interface PlacedCell extends PdfTableCell {
  x: number;
  w: number;
  align: 'left' | 'center' | 'right';
  /** Measured heights of the text and of the note. */
  main: number;
  noteHeight: number;
}

/** Place a row's cells on the columns and measure them; returns the cells and the row's height. */
function placeRow(doc: Doc, columns: PdfTableColumn[], row: PdfTableRow, s: PdfTableStyle) {
  const placed: PlacedCell[] = [];
  let height = 0;
  let x = 0;
  let i = 0;
  for (const raw of row.cells) {
    if (i >= columns.length) break;
    const cell = cellOf(raw);
    const span = Math.max(1, Math.min(cell.span ?? 1, columns.length - i));
    let w = 0;
    for (let k = i; k < i + span; k++) w += columns[k]?.width ?? 0;
    const inner = w - 2 * s.padding;
    const main = textHeight(doc, cell.text, row.bold || cell.bold ? s.boldFont : s.font, s.fontSize, inner);
    const noteHeight = cell.note ? textHeight(doc, cell.note, s.noteFont, s.noteFontSize, inner) : 0;
    height = Math.max(height, main + noteHeight);
    placed.push({ ...cell, x, w, align: cell.align ?? columns[i]?.align ?? 'left', main, noteHeight });
    x += w;
    i += span;
  }
  return { cells: placed, height: height + 2 * s.padding };
}

function drawRow(
  doc: Doc,
  x0: number,
  y: number,
  h: number,
  cells: PlacedCell[],
  row: PdfTableRow,
  fill: string | undefined,
  s: PdfTableStyle,
) {
  for (const c of cells) {
    doc.save().rect(x0 + c.x, y, c.w, h);
    if (fill) doc.fillAndStroke(fill, s.lineColor ?? '#333333');
    else doc.stroke(s.lineColor ?? '#333333');
    doc.restore();
    const w = c.w - 2 * s.padding;
    const font = row.bold || c.bold ? s.boldFont : s.font;
    const top = y + (h - c.main - c.noteHeight) / 2;
    if (c.text) {
      doc
        .fillColor(c.color ?? '#000000')
        .font(font)
        .fontSize(s.fontSize)
        .text(c.text, x0 + c.x + s.padding, top, { width: w, align: c.align, lineGap: 0 });
    }
    if (c.note) {
      doc
        .fillColor('#333333')
        .font(s.noteFont)
        .fontSize(s.noteFontSize)
        .text(c.note, x0 + c.x + s.padding, top + c.main, { width: w, align: c.align, lineGap: 0 });
    }
  }
}

/**
 * Draw a table at (x, doc.y) and leave doc.y under it. Starts a new page when the header and the
 * first row do not fit, and at every row that would cross the bottom margin.
 */
export function drawTable(
  doc: Doc,
  x: number,
  columns: PdfTableColumn[],
  rows: PdfTableRow[],
  s: PdfTableStyle,
): void {
  const header = layoutHeader(doc, columns, s);
  const bottom = () => doc.page.height - doc.page.margins.bottom;
  const placed = rows.map((r) => placeRow(doc, columns, r, s));
  const heights = placed.map((p) => p.height);
  let y = doc.y;
  const continuedHeight = s.continuedLabel ? s.fontSize + 6 : 0;
  if (y + header.height + (heights[0] ?? 0) > bottom()) {
    doc.addPage();
    y = doc.page.margins.top;
  }
  drawHeader(doc, x, y, header, s);
  y += header.height;
  let pageTop = y;
  rows.forEach((row, i) => {
    const h = heights[i] ?? 0;
    // A row taller than a page is drawn where it is rather than after an empty page.
    if (y + h > bottom() && y > pageTop) {
      doc.addPage();
      y = doc.page.margins.top;
      if (s.continuedLabel) {
        doc
          .fillColor('#000000')
          .font(s.noteFont)
          .fontSize(s.fontSize)
          .text(s.continuedLabel, x, y, { lineGap: 0 });
        y += continuedHeight;
      }
      drawHeader(doc, x, y, header, s);
      y += header.height;
      pageTop = y;
    }
    const fill = row.fill ?? (s.zebra && i % 2 === 1 ? s.zebra : undefined);
    drawRow(doc, x, y, h, placed[i]?.cells ?? [], row, fill, s);
    y += h;
  });
  doc.x = x;
  doc.y = y;
}
