import { describe, expect, it } from 'vitest';
import { buildReportFigures } from './report.fixture.ts';
import {
  changeInPoints,
  issuingBodyLines,
  placeAndDateLine,
  placeName,
  vnInteger,
  vnPoints,
  vnShare,
  vnTargetShare,
} from './report.format.ts';

const figures = buildReportFigures({ communes: 0 });

describe('report wording', () => {
  it('dates the report in Vietnam time with the leading zeros of Decree 30', () => {
    const at = (generatedAt: string) => placeAndDateLine({ ...figures, generatedAt });
    expect(at('2026-12-14T02:30:00Z')).toBe('Thái Nguyên, ngày 14 tháng 12 năm 2026');
    expect(at('2027-01-05T02:00:00Z')).toBe('Thái Nguyên, ngày 05 tháng 01 năm 2027');
    expect(at('2026-03-09T09:00:00Z')).toBe('Thái Nguyên, ngày 09 tháng 3 năm 2026');
    // 18:00 UTC on New Year's Eve is already 1 January in Hà Nội.
    expect(at('2026-12-31T18:00:00Z')).toBe('Thái Nguyên, ngày 01 tháng 01 năm 2027');
  });

  it('names the place without its type', () => {
    expect(placeName('Tỉnh Thái Nguyên')).toBe('Thái Nguyên');
    expect(placeName('Thành phố Hà Nội')).toBe('Hà Nội');
    expect(placeName('Phường Phan Đình Phùng')).toBe('Phan Đình Phùng');
    expect(placeName('Đặc khu Phú Quốc')).toBe('Phú Quốc');
  });

  it('heads with the campaign’s issuing body, else the place’s People’s Committee', () => {
    expect(issuingBodyLines(figures)).toEqual([
      'UBND TỈNH THÁI NGUYÊN',
      'BAN CHỈ ĐẠO PHÁT TRIỂN KHOA HỌC, CÔNG NGHỆ, ĐỔI MỚI SÁNG TẠO VÀ CHUYỂN ĐỔI SỐ',
    ]);
    const none = { ...figures, campaign: { ...figures.campaign, issuingBody: null } };
    expect(issuingBodyLines(none)).toEqual(['UBND TỈNH THÁI NGUYÊN']);
    // The units table's short names: a province is completed from its code.
    const short = (code: string, name: string) => issuingBodyLines({ ...none, unit: { id: 1, code, name } });
    expect(short('19', 'Thái Nguyên')).toEqual(['UBND TỈNH THÁI NGUYÊN']);
    expect(short('01', 'Hà Nội')).toEqual(['UBND THÀNH PHỐ HÀ NỘI']);
    expect(short('05443', 'Phường Phan Đình Phùng')).toEqual(['UBND PHƯỜNG PHAN ĐÌNH PHÙNG']);
  });

  it('formats figures the Vietnamese way', () => {
    expect(vnInteger(1_012_345)).toBe('1.012.345');
    expect(vnShare(0.45671)).toBe('45,7 %');
    expect(vnShare(1)).toBe('100,0 %');
    expect(vnShare(null)).toBe('-');
    expect(vnTargetShare(0.8)).toBe('80 %');
    expect(vnTargetShare(0.125)).toBe('12,5 %');
    expect(vnPoints(5.2)).toBe('+5,2');
    expect(vnPoints(-0.4)).toBe('-0,4');
    expect(vnPoints(null)).toBe('-');
  });

  it('computes the change from the shares as printed, so the columns add up', () => {
    const ind = figures.indicators[0];
    if (!ind) throw new Error('fixture');
    const change = (share: number, before: number | null) =>
      changeInPoints({ ...ind, share, previous: { achieved: 0, population: 1, share: before } });
    expect(change(0.45649, 0.40151)).toBe(5.4); // 45,6 − 40,2
    expect(change(0.5, 0.5)).toBe(0);
    expect(change(0.5, null)).toBeNull();
    expect(changeInPoints({ ...ind, previous: null })).toBeNull();
  });
});
