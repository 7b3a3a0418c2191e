import ExcelJS from 'exceljs';
import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import {
  attachmentHeader,
  csvCell,
  sendTable,
  type TableColumn,
  tableToCsv,
  tableToXlsx,
} from './table-export.ts';

const columns: TableColumn[] = [
  { key: 'name', header: 'Họ và tên' },
  { key: 'unit', header: 'Đơn vị' },
  { key: 'score', header: 'Điểm', type: 'number' },
  { key: 'share', header: 'Tỷ lệ', type: 'percent' },
  { key: 'issuedAt', header: 'Ngày cấp', type: 'date' },
];

const rows = [
  { name: 'Nguyễn Thị Hoa', unit: 'Xã Phú Bình', score: 1234, share: 0.456, issuedAt: '2026-10-05' },
  // 20:00 UTC on 5 January is 6 January in Vietnam.
  {
    name: '=HYPERLINK("http://x")',
    unit: 'Đội "Xung kích"',
    score: -5,
    share: null,
    issuedAt: new Date('2027-01-05T20:00:00Z'),
  },
  { name: '+84912345678', unit: '@home', score: 2.5, share: 1, issuedAt: null },
];

describe('tableToCsv', () => {
  const csv = tableToCsv(columns, rows);

  it('starts with a BOM, quotes every cell and ends lines with CRLF', () => {
    expect(csv.startsWith('\uFEFF"Họ và tên","Đơn vị","Điểm","Tỷ lệ","Ngày cấp"\r\n')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.split('\r\n')).toHaveLength(5);
    expect(csv).toContain('"Nguyễn Thị Hoa","Xã Phú Bình","1234","0.456","05/10/2026"');
    expect(csv).toContain('"Đội ""Xung kích"""');
  });

  it('neutralises text that a spreadsheet would run as a formula, not negative numbers', () => {
    expect(csv).toContain(`"'=HYPERLINK(""http://x"")"`);
    expect(csv).toContain(`"'+84912345678","'@home"`);
    expect(csv).toContain('"-5",""'); // the number −5 stays a number; null is empty
    expect(csvCell('-1+1')).toBe(`"'-1+1"`);
    expect(csvCell('\t=cmd')).toBe(`"'\t=cmd"`);
    expect(csvCell(undefined)).toBe('""');
  });

  it('writes instants as their date in Vietnam', () => {
    expect(csv).toContain('"06/01/2027"');
  });
});

describe('tableToXlsx', () => {
  it('round-trips typed cells under a bold, frozen, filtered header', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(
      (await tableToXlsx('Chứng nhận: Quý IV/2026', columns, rows)) as unknown as ArrayBuffer,
    );
    const ws = wb.worksheets[0] as ExcelJS.Worksheet;
    expect(ws.name).toBe('Chứng nhận  Quý IV 2026');
    expect(ws.getRow(1).values).toEqual([undefined, 'Họ và tên', 'Đơn vị', 'Điểm', 'Tỷ lệ', 'Ngày cấp']);
    expect(ws.getCell('A1').font?.bold).toBe(true);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws.autoFilter).toBe('A1:E4');
    expect(ws.getCell('A3').value).toBe('=HYPERLINK("http://x")'); // text, never a formula
    expect(ws.getCell('C2').value).toBe(1234);
    expect(ws.getCell('C2').numFmt).toBe('#,##0');
    expect(ws.getCell('C4').value).toBe(2.5);
    expect(ws.getCell('D2').value).toBe(0.456);
    expect(ws.getCell('D2').numFmt).toBe('0.0%');
    expect(ws.getCell('D3').value).toBeNull();
    expect(ws.getCell('E2').value).toEqual(new Date('2026-10-05T00:00:00Z'));
    expect(ws.getCell('E2').numFmt).toBe('dd/mm/yyyy');
    expect(ws.getCell('E3').value).toEqual(new Date('2027-01-06T00:00:00Z'));
  });
});

describe('sendTable', () => {
  const app = Fastify();
  app.get('/export', async (req, reply) => {
    const format = (req.query as { format: 'csv' | 'xlsx' }).format;
    return sendTable(reply, format, 'Chứng nhận Quý IV', columns, rows);
  });

  it('sends CSV and XLSX downloads with an ASCII file name and the Vietnamese one', async () => {
    const csv = await app.inject({ method: 'GET', url: '/export?format=csv' });
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(csv.headers['content-disposition']).toBe(
      `attachment; filename="chung-nhan-quy-iv.csv"; filename*=UTF-8''Ch%E1%BB%A9ng%20nh%E1%BA%ADn%20Qu%C3%BD%20IV.csv`,
    );
    expect(csv.body.startsWith('\uFEFF"Họ và tên"')).toBe(true);
    const xlsx = await app.inject({ method: 'GET', url: '/export?format=xlsx' });
    expect(xlsx.headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(xlsx.rawPayload.subarray(0, 2).toString()).toBe('PK');
  });

  it('keeps a plain ASCII name as it is', () => {
    expect(attachmentHeader('bao-cao.xlsx')).toBe('attachment; filename="bao-cao.xlsx"');
    expect(attachmentHeader('Báo cáo (quý 4).csv')).toBe(
      `attachment; filename="bao-cao-quy-4.csv"; filename*=UTF-8''B%C3%A1o%20c%C3%A1o%20%28qu%C3%BD%204%29.csv`,
    );
  });
});
