import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { labelIndex, targetGroupLabels } from '../../lib/labels.ts';
import {
  Invalid,
  integerIn,
  listOf,
  parseDay,
  parseNationalId,
  parsePhone,
  parseTaxCode,
  parseUnitCode,
} from './roster.cells.ts';
import { FileProblem, foldHeader, mapColumns, readTable } from './roster.parsing.ts';
import type { ColumnSpec } from './roster.types.ts';

const columns: ColumnSpec[] = [
  { key: 'name', header: 'Họ và tên', required: true, help: '', example: '' },
  { key: 'unit', header: 'Mã xã/phường', aliases: ['Mã xã'], required: true, help: '', example: '' },
  { key: 'phone', header: 'Số điện thoại', help: '', example: '' },
];

describe('roster cells', () => {
  it('reads dates as Vietnamese officers write them', () => {
    expect(parseDay('25/03/1968')).toBe('1968-03-25');
    expect(parseDay('5/3/1968')).toBe('1968-03-05');
    expect(parseDay('05.03.1968')).toBe('1968-03-05');
    expect(parseDay('1968-03-25')).toBe('1968-03-25');
    expect(parseDay('31/02/1990')).toBeInstanceOf(Invalid);
    expect(parseDay('03/25/1968')).toBeInstanceOf(Invalid);
  });

  it('puts back the leading zeros spreadsheets drop', () => {
    expect(parsePhone('912345678')).toBe('0912345678');
    expect(parsePhone('+84 912 345 678')).toBe('0912345678');
    expect(parsePhone('0912.345.678')).toBe('0912345678');
    expect(parsePhone('12345')).toBeInstanceOf(Invalid);
    expect(parseNationalId('19085001234')).toBe('019085001234');
    expect(parseNationalId('1085001234')).toBe('001085001234');
    expect(parseNationalId('012345678')).toBe('012345678');
    expect(parseNationalId('12ab')).toBeInstanceOf(Invalid);
    expect(parseUnitCode('5443')).toBe('05443');
    expect(parseTaxCode('100109106')).toBe('0100109106');
    expect(parseTaxCode('0100109106-001')).toBe('0100109106-001');
  });

  it('reads numbers written the Vietnamese way and lists of labels', () => {
    expect(integerIn(0, 1_000_000)('1.200')).toBe(1200);
    expect(integerIn(0, 1_000_000)('1 200')).toBe(1200);
    expect(integerIn(0, 10)('12')).toBeInstanceOf(Invalid);
    const groups = listOf(labelIndex(targetGroupLabels), []);
    expect(groups('Học sinh; NGUOI DAN')).toEqual(['pupil', 'citizen']);
    expect(groups('Cán bộ, công chức, viên chức')).toEqual(['official']);
    expect(groups('Học sinh, Sinh viên')).toEqual(['pupil', 'student']);
    expect(groups('citizen;citizen')).toEqual(['citizen']);
    expect(groups('Nông dân')).toBeInstanceOf(Invalid);
  });
});

describe('roster files', () => {
  it('matches headers without case, diacritics, stars or hints', () => {
    expect(foldHeader('Mã xã/phường *')).toBe('ma xa phuong');
    expect(foldHeader('  MÃ XÃ - PHƯỜNG (5 chữ số) ')).toBe('ma xa phuong');
    const map = mapColumns(['HỌ VÀ TÊN *', 'ma xa', 'Ghi chú', ''], columns);
    expect(map.keyAt).toEqual(['name', 'unit', null, null]);
    expect(map.unknown).toEqual(['Ghi chú']);
    expect(() => mapColumns(['Họ và tên'], columns)).toThrow(FileProblem);
    expect(() => mapColumns(['Họ và tên', 'Mã xã', 'Mã xã/phường'], columns)).toThrow(/hai lần/);
  });

  it("reads CSV with a BOM, semicolons and quoted cells; row numbers are the spreadsheet's", async () => {
    const text = '\uFEFFHọ và tên;Mã xã\r\n\r\n"Nguyễn; Văn ""A""";05443\r\n;\r\nLê Thị B;05503\r\n';
    const table = await readTable(Buffer.from(text));
    expect(table.headers).toEqual(['Họ và tên', 'Mã xã']);
    expect(table.rows).toEqual([
      { line: 3, values: ['Nguyễn; Văn "A"', '05443'] },
      { line: 5, values: ['Lê Thị B', '05503'] },
    ]);
  });

  it('reads the "Danh sách" sheet of an XLSX, dates and numbers as officers see them', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Hướng dẫn').addRow(['nothing to import']);
    const ws = wb.addWorksheet('Danh sách');
    ws.addRow(['Họ và tên', 'Ngày sinh', 'Số CCCD']);
    ws.addRow([
      { richText: [{ text: 'Trần ' }, { text: 'Văn C' }] },
      new Date(Date.UTC(1980, 0, 2)),
      19080001234,
    ]);
    const table = await readTable(Buffer.from(await wb.xlsx.writeBuffer()));
    expect(table.format).toBe('xlsx');
    expect(table.rows).toEqual([{ line: 2, values: ['Trần Văn C', '02/01/1980', '19080001234'] }]);
  });

  it('refuses what it cannot read, saying why', async () => {
    await expect(readTable(Buffer.alloc(0))).rejects.toThrow(FileProblem);
    await expect(readTable(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0, 0]))).rejects.toThrow(/\.xls/);
    await expect(readTable(Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]))).rejects.toThrow(/Excel/);
    await expect(readTable(Buffer.from('a,b\n"x,y\n'))).rejects.toThrow(FileProblem);
    await expect(readTable(Buffer.from('Họ và tên,Mã xã\r\n\r\n'))).rejects.toThrow(/chỉ có dòng tiêu đề/);
  });
});
