import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildReportFigures } from './report.fixture.ts';
import { renderReportPdf } from './report.pdf.ts';

// poppler-utils reads the PDF back as a person would see it.
const hasPoppler = spawnSync('pdftotext', ['-v']).status === 0;

describe.skipIf(!hasPoppler)('renderReportPdf', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'lantoa-report-'));
  const file = path.join(dir, 'report.pdf');
  let pages: string[] = [];
  let flat = '';

  beforeAll(async () => {
    const pdf = await renderReportPdf(buildReportFigures());
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    writeFileSync(file, pdf);
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    pages = text.split('\f').filter((p) => p.trim());
    flat = text.replace(/\s+/g, ' ');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('has the administrative header, the title and the period', () => {
    expect(pages[0]).toContain('UBND TỈNH THÁI NGUYÊN');
    expect(pages[0]).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(pages[0]).toContain('Độc lập - Tự do - Hạnh phúc');
    expect(pages[0]).toContain('Thái Nguyên, ngày 14 tháng 12 năm 2026');
    expect(flat).toContain(
      'BÁO CÁO KẾT QUẢ THỰC HIỆN PHONG TRÀO "BÌNH DÂN HỌC VỤ SỐ" TRÊN ĐỊA BÀN TỈNH THÁI NGUYÊN',
    );
    expect(pages[0]).toContain('Quý IV năm 2026 (từ ngày 01/10/2026 đến ngày 31/12/2026)');
  });

  it('prints the indicators with full diacritics and vi-VN figures', () => {
    expect(pages[0]).toContain('Tỷ lệ người trong độ tuổi lao động');
    expect(pages[0]).toContain('được phổ cập kỹ năng số cơ bản');
    expect(pages[0]).toContain('1.012.345');
    expect(pages[0]).toContain('462.338');
    expect(pages[0]).toContain('45,7 %');
    expect(pages[0]).toContain('+15,8');
    expect(pages[0]).toContain('(số liệu chính thức)');
    expect(pages[0]).toContain('Có nguy cơ');
    expect(flat).toContain('đề nghị Sở Khoa học và Công nghệ phối hợp');
    expect(flat).toContain('NGƯỜI LẬP BIỂU');
    expect(flat).toContain('THỦ TRƯỞNG ĐƠN VỊ');
  });

  it('numbers every page "Trang x/y"', () => {
    pages.forEach((page, i) => {
      expect(page).toContain(`Trang ${i + 1}/${pages.length}`);
    });
  });

  it('appends the commune breakdown, repeating the table header on every page', () => {
    const annex = pages.findIndex((p) => p.includes('PHỤ LỤC'));
    expect(annex).toBeGreaterThan(0);
    expect(pages[annex]).toContain('Bảng 1. Chỉ tiêu 1 – 4');
    for (const page of pages.slice(annex)) {
      expect(page).toMatch(/STT\s+Đơn vị/);
      expect(page).toContain('Tổng số');
    }
    expect(flat).toContain('Xã Điềm Thuỵ');
    expect(flat).toContain('Bảng 2. Chỉ tiêu 5 – 8');
    expect(flat).toMatch(/Tổng cộng\s+31\.206\s+38\.412\s+81,2 %/);
  });

  it('embeds the DejaVu fonts', () => {
    const fonts = execFileSync('pdffonts', [file], { encoding: 'utf8' });
    expect(fonts).toMatch(/DejaVuSerif-Bold/);
    expect(fonts).toMatch(/DejaVuSansCondensed/);
    for (const line of fonts.split('\n').slice(2).filter(Boolean)) expect(line).toMatch(/\byes\b/);
  });
});
