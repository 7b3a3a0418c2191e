// Measuring practice texts: phrase search, word/step/list/paragraph counts, Vietnamese detection.
import { describe, expect, it } from 'vitest';
import {
  containsPhrase,
  countListItems,
  countParagraphs,
  countSteps,
  countWords,
  vietnameseEvidence,
} from './submission-analysis.ts';

describe('containsPhrase', () => {
  it('ignores case and diacritics', () => {
    expect(containsPhrase('Tôi đã bật XÁC THỰC HAI LỚP.', 'xác thực hai lớp')).toBe(true);
    expect(containsPhrase('toi da bat xac thuc hai lop', 'xác thực hai lớp')).toBe(true);
    expect(containsPhrase('Đặt mật khẩu', 'dat mat khau')).toBe(true);
  });

  it('matches whole words only', () => {
    expect(containsPhrase('dùng mã OTPX', 'OTP')).toBe(false);
    expect(containsPhrase('mật khẩu,OTP.', 'otp')).toBe(true);
    expect(containsPhrase('Hãy bật 2FA ngay', '2FA')).toBe(true);
    expect(containsPhrase('lớptrưởng', 'lớp')).toBe(false);
  });

  it('needs the words together and in order', () => {
    expect(containsPhrase('hai lớp xác thực', 'xác thực hai lớp')).toBe(false);
    expect(containsPhrase('xác thực và hai lớp', 'xác thực hai lớp')).toBe(false);
    expect(containsPhrase('xác\nthực   hai-lớp', 'xác thực hai lớp')).toBe(true);
  });

  it('finds nothing for an empty phrase', () => {
    expect(containsPhrase('bất kỳ', '  ')).toBe(false);
  });
});

describe('countWords', () => {
  it('counts runs of letters or digits', () => {
    expect(countWords('Bước 1: mở Zalo.')).toBe(4);
    expect(countWords('  \n ')).toBe(0);
    expect(countWords('— … !')).toBe(0);
  });
});

describe('countSteps', () => {
  it('counts numbered lines in the usual styles', () => {
    const text = ['1. Mở Zalo', '2) Chạm Cá nhân', '(3) Chọn Bảo mật', '4 - Bật xác thực', '5: Xong'].join(
      '\n',
    );
    expect(countSteps(text)).toBe(5);
  });

  it('counts "Bước 1", "bước 2:" and "B3:" lines, with or without diacritics', () => {
    expect(countSteps('Bước 1: mở máy\nbuoc 2: vào Cài đặt\nB3: chọn Wi-Fi')).toBe(3);
  });

  it('counts several "Bước …" written on one line', () => {
    expect(countSteps('Bước 1 mở Zalo, bước 2 chạm Cá nhân, bước ba bật xác thực.')).toBe(3);
  });

  it('does not mistake numbers in sentences for steps', () => {
    expect(countSteps('1.5 kg gạo\n8:30 sáng đi học\n10/2024 là tháng mười\n2024. Một năm')).toBe(0);
    expect(countSteps('Tôi có 3 bước để làm.')).toBe(0);
    expect(countSteps('B2B là bán hàng giữa doanh nghiệp')).toBe(0);
  });
});

describe('countListItems', () => {
  it('counts bullet and numbered lines', () => {
    expect(countListItems('- một\n* hai\n• ba\n+ bốn\n1. năm\nkhông phải mục')).toBe(5);
  });

  it('does not count a negative number or a dash inside a line', () => {
    expect(countListItems('-5 độ C\nnhiệt độ - lạnh')).toBe(0);
  });
});

describe('countParagraphs', () => {
  it('counts blocks separated by blank lines', () => {
    expect(countParagraphs('Đoạn một.\nvẫn đoạn một.\n\nĐoạn hai.\n   \nĐoạn ba.')).toBe(3);
    expect(countParagraphs('Một đoạn duy nhất.')).toBe(1);
    expect(countParagraphs('\n\n\n')).toBe(0);
  });

  it('handles Windows line endings', () => {
    expect(countParagraphs('Đoạn một.\r\n\r\nĐoạn hai.')).toBe(2);
  });
});

describe('vietnameseEvidence', () => {
  it('is sure of ordinary Vietnamese', () => {
    const text = 'Để tạo mật khẩu mạnh, tôi dùng ít nhất 12 ký tự, có chữ hoa, chữ thường, số và ký hiệu.';
    expect(vietnameseEvidence(text)).toEqual({ score: 1, withoutDiacritics: false });
  });

  it('accepts Vietnamese typed without diacritics, on function words', () => {
    const text = 'De tao mat khau manh, toi dung it nhat 12 ky tu, co chu hoa, chu thuong, so va ky hieu.';
    expect(vietnameseEvidence(text)).toEqual({ score: 1, withoutDiacritics: true });
  });

  it('rejects English', () => {
    const text =
      'Act as a friendly assistant. Write a polite email to my manager asking for two days of leave.';
    expect(vietnameseEvidence(text).score).toBe(0);
  });

  it('doubts a long accented text with no Vietnamese function word', () => {
    const french = "L'élève a été très café crème à côté du théâtre où l'été passé était élevé.";
    expect(vietnameseEvidence(french).score).toBeLessThanOrEqual(0.5);
  });

  it('is unsure of English with one Vietnamese name', () => {
    const text = 'My name is Nguyễn Văn An and I want to make my account safer with a strong password.';
    expect(vietnameseEvidence(text).score).toBeLessThan(0.5);
  });

  it('scores 0 for an empty or numbers-only text', () => {
    expect(vietnameseEvidence('')).toEqual({ score: 0, withoutDiacritics: false });
    expect(vietnameseEvidence('123 456')).toEqual({ score: 0, withoutDiacritics: false });
  });
});
