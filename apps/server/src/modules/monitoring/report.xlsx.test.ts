import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { buildReportFigures } from './report.fixture.ts';
import { renderReportXlsx } from './report.xlsx.ts';

const figures = buildReportFigures();

async function readBack(buffer: Buffer) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buffer as unknown as ArrayBuffer);
  return wb;
}

function texts(ws: ExcelJS.Worksheet): string[] {
  const out: string[] = [];
  ws.eachRow((row) =>
    row.eachCell((cell) => {
      if (typeof cell.value === 'string') out.push(cell.value);
    }),
  );
  return out;
}

/** The row whose column A holds `n` as a number (the STT of the indicator table). */
function rowNumbered(ws: ExcelJS.Worksheet, n: number): ExcelJS.Row {
  for (let r = 1; r <= ws.rowCount; r++) if (ws.getCell(r, 1).value === n) return ws.getRow(r);
  throw new Error(`no row numbered ${n}`);
}

describe('renderReportXlsx', () => {
  it('writes the administrative header, the title and the period', async () => {
    const wb = await readBack(await renderReportXlsx(figures));
    expect(wb.worksheets.map((ws) => ws.name)).toEqual(['Báo cáo', 'Chi tiết theo đơn vị']);
    expect(wb.creator).toBe('Lantỏa');
    expect(wb.title).toContain('BÁO CÁO KẾT QUẢ THỰC HIỆN');
    const ws = wb.getWorksheet('Báo cáo') as ExcelJS.Worksheet;
    expect(ws.getCell('A1').value).toBe('UBND TỈNH THÁI NGUYÊN');
    expect(ws.getCell('A2').value).toBe(
      'BAN CHỈ ĐẠO PHÁT TRIỂN KHOA HỌC, CÔNG NGHỆ, ĐỔI MỚI SÁNG TẠO VÀ CHUYỂN ĐỔI SỐ',
    );
    expect(ws.getCell('A2').font?.bold).toBe(true);
    expect(ws.getCell('H1').value).toBe('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(ws.getCell('H2').value).toBe('Độc lập - Tự do - Hạnh phúc');
    const all = texts(ws);
    expect(all).toContain('Thái Nguyên, ngày 14 tháng 12 năm 2026');
    expect(all).toContain(
      'BÁO CÁO KẾT QUẢ THỰC HIỆN PHONG TRÀO "BÌNH DÂN HỌC VỤ SỐ" TRÊN ĐỊA BÀN TỈNH THÁI NGUYÊN',
    );
    expect(all).toContain('Quý IV năm 2026 (từ ngày 01/10/2026 đến ngày 31/12/2026)');
    for (const header of [
      'STT',
      'Chỉ tiêu',
      'Đơn vị tính',
      'Chỉ tiêu giao (%)',
      'Hạn',
      'Tổng số',
      'Đã đạt',
    ]) {
      expect(all).toContain(header);
    }
    expect(all).toContain('Tỷ lệ đạt (%)');
    expect(all).toContain('Kỳ trước (Quý III năm 2026)');
    expect(all).toContain('Tăng/giảm (điểm %)');
    expect(all).toContain('Đánh giá');
    expect(all).toContain('NGƯỜI LẬP BIỂU');
    expect(all).toContain('THỦ TRƯỞNG ĐƠN VỊ');
    expect(all).toContain('(Ký, ghi rõ họ tên)');
    expect(all.some((t) => t.startsWith('Một số xã vùng cao'))).toBe(true);
  });

  it('puts the figures in the indicator rows as numbers, shares with a percent format', async () => {
    const ws = (await readBack(await renderReportXlsx(figures))).getWorksheet('Báo cáo') as ExcelJS.Worksheet;
    figures.indicators.forEach((ind, i) => {
      const row = rowNumbered(ws, i + 1);
      expect(row.getCell(2).value).toBe(ind.title);
      expect(row.getCell(3).value).toBe(ind.subjectLabel);
      expect(row.getCell(4).value).toBe(ind.targetShare);
      expect(row.getCell(4).numFmt).toBe('0%');
      expect(row.getCell(5).value).toEqual(new Date(`${ind.dueOn}T00:00:00Z`));
      expect(row.getCell(5).numFmt).toBe('dd/mm/yyyy');
      expect(row.getCell(6).value).toBe(ind.population);
      expect(row.getCell(6).numFmt).toBe('#,##0');
      expect(row.getCell(7).value).toBe(
        ind.populationSource === 'official' ? '(số liệu chính thức)' : '(theo danh sách)',
      );
      expect(row.getCell(8).value).toBe(ind.achieved);
      expect(row.getCell(9).value).toBe(ind.share);
      expect(row.getCell(9).numFmt).toBe('0.0%');
      expect(row.getCell(10).value).toBe(ind.previous?.achieved);
      expect(row.getCell(11).value).toBe(ind.previous?.share);
      expect(row.getCell(11).numFmt).toBe('0.0%');
      expect(typeof row.getCell(12).value).toBe('number');
    });
    const first = rowNumbered(ws, 1);
    expect(first.getCell(12).value).toBe(16); // 81,2 % − 65,2 %
    expect(first.getCell(13).value).toBe('Đúng tiến độ');
    expect(rowNumbered(ws, 4).getCell(13).value).toBe('Chậm tiến độ');
    expect(rowNumbered(ws, 8).getCell(13).value).toBe('Đã đạt');
  });

  it('prints dashes where there is nothing to compare', async () => {
    const wide = buildReportFigures({ indicators: 12 });
    const ws = (await readBack(await renderReportXlsx(wide))).getWorksheet('Báo cáo') as ExcelJS.Worksheet;
    const newIndicator = rowNumbered(ws, 9); // no previous quarter
    expect([10, 11, 12].map((c) => newIndicator.getCell(c).value)).toEqual(['-', '-', '-']);
    const noPopulation = rowNumbered(ws, 12);
    expect(noPopulation.getCell(6).value).toBe(0);
    expect(noPopulation.getCell(9).value).toBe('-');
  });

  it('is set up for A4 landscape, fit to width, with the table header frozen and repeated', async () => {
    const ws = (await readBack(await renderReportXlsx(figures))).getWorksheet('Báo cáo') as ExcelJS.Worksheet;
    expect(ws.pageSetup.orientation).toBe('landscape');
    expect(ws.pageSetup.paperSize).toBe(9);
    expect(ws.pageSetup.fitToPage).toBe(true);
    expect(ws.pageSetup.fitToWidth).toBe(1);
    const view = ws.views[0] as ExcelJS.WorksheetView & { ySplit?: number };
    expect(view.state).toBe('frozen');
    const headerRow = rowNumbered(ws, 1).number - 1;
    expect(view.ySplit).toBe(headerRow);
    expect(ws.pageSetup.printTitlesRow).toBe(`${headerRow - 2}:${headerRow}`);
    const cell = rowNumbered(ws, 1).getCell(2);
    expect(cell.alignment?.wrapText).toBe(true);
    expect(cell.border?.left?.style).toBe('thin');
  });

  it('breaks the figures down by commune with a total row equal to the indicators’ totals', async () => {
    const ws = (await readBack(await renderReportXlsx(figures))).getWorksheet(
      'Chi tiết theo đơn vị',
    ) as ExcelJS.Worksheet;
    const first = rowNumbered(ws, 1).number;
    expect(ws.getCell(first, 2).value).toBe('Phường Đức Xuân');
    expect(ws.getCell(first + 91, 2).value).toBe('Xã Kha Sơn');
    const total = ws.getRow(first + 92);
    expect(total.getCell(2).value).toBe('Tổng cộng');
    figures.indicators.forEach((ind, i) => {
      const col = 3 + i * 3;
      expect(ws.getCell(first - 2, col).value).toBe(`${i + 1}. ${ind.title} (${ind.subjectLabel})`);
      expect(total.getCell(col).value).toBe(ind.achieved);
      expect(total.getCell(col + 1).value).toBe(ind.population);
      expect(total.getCell(col + 2).value).toBe(ind.share);
      expect(total.getCell(col + 2).numFmt).toBe('0.0%');
      let achieved = 0;
      let population = 0;
      for (let r = first; r < first + 92; r++) {
        achieved += ws.getCell(r, col).value as number;
        population += ws.getCell(r, col + 1).value as number;
      }
      expect([achieved, population]).toEqual([ind.achieved, ind.population]);
    });
    expect(ws.getCell(first, 5).numFmt).toBe('0.0%');
    expect(ws.getCell(first, 3).numFmt).toBe('#,##0');
  });

  it('heads a commune’s report with its People’s Committee and has no breakdown sheet', async () => {
    const commune = {
      ...buildReportFigures({ communes: 0, issuingBody: null }),
      unit: { id: 5443, code: '05443', name: 'Phường Phan Đình Phùng' },
    };
    const wb = await readBack(await renderReportXlsx(commune));
    expect(wb.worksheets.map((ws) => ws.name)).toEqual(['Báo cáo']);
    const ws = wb.getWorksheet('Báo cáo') as ExcelJS.Worksheet;
    expect(ws.getCell('A1').value).toBe('UBND PHƯỜNG PHAN ĐÌNH PHÙNG');
    expect(texts(ws)).toContain('Phan Đình Phùng, ngày 14 tháng 12 năm 2026');
  });
});
