// The files officers download: the template of each kind (XLSX with a "Hướng dẫn" sheet, or a
// bare CSV header in UTF-8 with BOM) and the error report of a job (CSV or XLSX: Dòng, Cột, Lỗi).
import ExcelJS from 'exceljs';
import type { Lang } from '../../errors.ts';
import { pickMessage } from '../../plugins/errors.ts';
import type { Importer, ImportKind, RowProblem } from './roster.types.ts';

export const kindTitles: Record<ImportKind, { vi: string; slug: string }> = {
  people: { vi: 'Người dân', slug: 'nguoi-dan' },
  organisations: { vi: 'Cơ quan, tổ chức', slug: 'to-chuc' },
  households: { vi: 'Hộ gia đình', slug: 'ho-gia-dinh' },
  enrolments: { vi: 'Ghi danh khóa học', slug: 'ghi-danh' },
  population: { vi: 'Số liệu dân số (mẫu số chỉ tiêu)', slug: 'so-lieu-dan-so' },
};

/** The sheet the importer reads first. */
export const DATA_SHEET = 'Danh sách';
const TEMPLATE_ROWS = 5_000;
const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF1F4E79' } };
const HEADER_FONT: Partial<ExcelJS.Font> = { bold: true, color: { argb: 'FFFFFFFF' } };

export const templateHeader = (c: { header: string; required?: boolean }) =>
  c.required ? `${c.header} *` : c.header;

function styleHeader(row: ExcelJS.Row) {
  row.font = HEADER_FONT;
  row.fill = HEADER_FILL;
  row.alignment = { vertical: 'middle', wrapText: true };
  row.height = 32;
}

export async function templateXlsx(importer: Importer): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Lantỏa';
  const data = wb.addWorksheet(DATA_SHEET, { views: [{ state: 'frozen', ySplit: 1 }] });
  data.columns = importer.columns.map((c) => ({
    header: templateHeader(c),
    key: c.key,
    width: c.width ?? 18,
    ...(c.text ? { style: { numFmt: '@' } } : {}),
  }));
  styleHeader(data.getRow(1));
  importer.columns.forEach((c, i) => {
    const cell = data.getRow(1).getCell(i + 1);
    cell.note = `${c.required ? 'Bắt buộc. ' : ''}${c.help}`;
    if (!c.pick || !c.values) return;
    const letter = data.getColumn(i + 1).letter;
    (
      data as unknown as { dataValidations: { add(a: string, v: ExcelJS.DataValidation): void } }
    ).dataValidations.add(`${letter}2:${letter}${TEMPLATE_ROWS + 1}`, {
      type: 'list',
      allowBlank: true,
      formulae: [`"${c.values.join(',')}"`],
      showErrorMessage: true,
      errorTitle: c.header,
      error: `Chọn một trong: ${c.values.join(', ')}`,
    });
  });
  guideSheet(wb, importer);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

function guideSheet(wb: ExcelJS.Workbook, importer: Importer) {
  const guide = wb.addWorksheet('Hướng dẫn');
  guide.columns = [{ width: 28 }, { width: 11 }, { width: 60 }, { width: 44 }, { width: 24 }];
  const title = guide.addRow([`Hướng dẫn nhập danh sách: ${kindTitles[importer.kind].vi}`]);
  title.font = { bold: true, size: 14 };
  guide.addRow([
    `Điền dữ liệu vào trang "${DATA_SHEET}", mỗi dòng một bản ghi, bắt đầu từ dòng 2; giữ nguyên dòng tiêu đề. Cột có dấu * là bắt buộc.`,
  ]);
  for (const note of importer.notes) guide.addRow([note]);
  guide.addRow([]);
  styleHeader(guide.addRow(['Cột', 'Bắt buộc', 'Cách ghi', 'Giá trị cho phép', 'Ví dụ']));
  for (const c of importer.columns) {
    const row = guide.addRow([
      c.header,
      c.required ? 'Có' : '',
      c.help,
      c.values?.join('; ') ?? '',
      c.example,
    ]);
    row.alignment = { vertical: 'top', wrapText: true };
    row.getCell(1).font = { bold: true };
  }
}

/** A cell for CSV: always quoted, with spreadsheet formulas neutralised. */
export const csvCell = (v: unknown) => {
  const s = v === null || v === undefined ? '' : String(v);
  return `"${(/^[=+\-@]/.test(s) ? `'${s}` : s).replace(/"/g, '""')}"`;
};

const csvFile = (lines: unknown[][]) =>
  `\uFEFF${lines.map((l) => l.map(csvCell).join(',')).join('\r\n')}\r\n`;

export const templateCsv = (importer: Importer) => csvFile([importer.columns.map(templateHeader)]);

const reportHeaders = { vi: ['Dòng', 'Cột', 'Lỗi'], en: ['Row', 'Column', 'Problem'] };

export const errorReportCsv = (problems: RowProblem[], lang: Lang) =>
  csvFile([reportHeaders[lang], ...problems.map((p) => [p.row, p.column, pickMessage(p.message, lang)])]);

export async function errorReportXlsx(problems: RowProblem[], lang: Lang): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Lantỏa';
  const ws = wb.addWorksheet(lang === 'vi' ? 'Lỗi' : 'Problems', { views: [{ state: 'frozen', ySplit: 1 }] });
  const [row, column, problem] = reportHeaders[lang];
  ws.columns = [
    { header: row, key: 'row', width: 8 },
    { header: column, key: 'column', width: 28 },
    { header: problem, key: 'message', width: 90 },
  ];
  styleHeader(ws.getRow(1));
  for (const p of problems)
    ws.addRow({ row: p.row, column: p.column, message: pickMessage(p.message, lang) });
  ws.autoFilter = { from: 'A1', to: 'C1' };
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** An ASCII file name for Content-Disposition (with the UTF-8 one beside it). */
export function attachment(fileName: string): string {
  const ascii = fileName
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[^\w.-]+/g, '-');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}
