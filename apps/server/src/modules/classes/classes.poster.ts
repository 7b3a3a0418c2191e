// The class poster (A4 portrait PDF, DejaVu fonts for the diacritics): title, trainer, place,
// schedule, the join code in large letters and a QR code (vectors) of the join link; and the QR
// codes as SVG for screens.
import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';
import type { Db } from '../../db/client.ts';
import { pdfBuffer, registerDejaVu } from '../../lib/pdf-fonts.ts';
import type { Actor } from '../access/access.policy.ts';
import { loadCatalogue } from './classes.catalog.ts';
import { authorizeRun } from './classes.policy.ts';
import { joinUrlOf } from './classes.presenter.ts';
import type { ClassRow } from './classes.repository.ts';
import { loadClass } from './classes.service.ts';
import { listSessions, type SessionRow } from './sessions.repository.ts';

const VN = 'Asia/Ho_Chi_Minh';
const fmtDay = (d: Date) =>
  new Intl.DateTimeFormat('vi-VN', {
    timeZone: VN,
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
  }).format(d);
const fmtTime = (d: Date) =>
  new Intl.DateTimeFormat('vi-VN', {
    timeZone: VN,
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
  }).format(d);
const dayOf = (iso: string) => iso.split('-').reverse().join('/');

const MODE = { online: 'Trực tuyến', in_person: 'Trực tiếp', blended: 'Kết hợp trực tuyến và trực tiếp' };
const VENUE = {
  school: 'Trường học',
  cultural_house: 'Nhà văn hóa',
  digital_centre: 'Trung tâm học tập số',
  office: 'Trụ sở cơ quan',
  other: 'Địa điểm khác',
} as Record<string, string>;

export const qrSvg = (text: string) =>
  QRCode.toString(text, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });

function drawQr(doc: PDFKit.PDFDocument, text: string, x: number, y: number, size: number) {
  const qr = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const n = qr.modules.size;
  const cell = size / (n + 4);
  doc.save().rect(x, y, size, size).fill('#ffffff').fillColor('#000000');
  for (let r = 0; r < n; r++)
    for (let c = 0; c < n; c++)
      if (qr.modules.get(r, c)) doc.rect(x + (c + 2) * cell, y + (r + 2) * cell, cell, cell);
  doc.fill().restore();
}

export function renderPoster(
  c: ClassRow,
  courseTitles: string[],
  sessions: SessionRow[],
  joinUrl: string,
  now = new Date(),
): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: 48,
    info: {
      Title: `${c.title} — mã lớp ${c.code}`,
      Author: c.trainerName,
      Subject: `Mã lớp ${c.code}`,
      Keywords: `lantoa-class ${c.code}`,
    },
  });
  registerDejaVu(doc, { regular: 'sans', bold: 'sansBold' });
  const done = pdfBuffer(doc);
  const W = doc.page.width;
  const left = 48;
  const width = W - 96;

  doc.rect(0, 0, W, 124).fill('#0f4c81');
  doc
    .fillColor('#ffffff')
    .font('bold')
    .fontSize(13)
    .text('BÌNH DÂN HỌC VỤ SỐ — LỚP HỌC KỸ NĂNG SỐ', left, 30, { width });
  doc.font('bold').fontSize(24).text(c.title, left, 52, { width, height: 56, ellipsis: true });

  doc.fillColor('#111111').font('regular').fontSize(12);
  let y = 144;
  const line = (label: string, value: string) => {
    doc.font('bold').text(`${label}: `, left, y, { continued: true }).font('regular').text(value, { width });
    y = doc.y + 4;
  };
  line('Giảng viên', c.trainerName);
  line('Nội dung', courseTitles.join('; '));
  line('Hình thức', MODE[c.mode]);
  const kind = c.venueKind ? VENUE[c.venueKind] : null;
  // "Nhà văn hóa tổ dân phố 5" already says what kind of place it is.
  const saysKind = kind && c.venue?.toLowerCase().includes(kind.toLowerCase());
  const place = [saysKind ? null : kind, c.venue, c.unitName].filter(Boolean).join(', ');
  line('Địa điểm', place || c.unitName);
  line('Thời gian', c.endsOn ? `${dayOf(c.startsOn)} – ${dayOf(c.endsOn)}` : `từ ${dayOf(c.startsOn)}`);
  const upcoming = sessions
    .filter((s) => s.startsAt.getTime() + s.minutes * 60_000 >= now.getTime())
    .slice(0, 6);
  if (upcoming.length) {
    doc.font('bold').text('Lịch học:', left, y);
    y = doc.y + 2;
    for (const s of upcoming) {
      const end = new Date(s.startsAt.getTime() + s.minutes * 60_000);
      doc
        .font('regular')
        .text(
          `• ${fmtDay(s.startsAt)}, ${fmtTime(s.startsAt)}–${fmtTime(end)}${s.topic ? ` — ${s.topic}` : ''}`,
          left + 12,
          y,
          { width: width - 12 },
        );
      y = doc.y + 2;
    }
  }

  y = Math.max(y + 16, 340);
  const qrSize = 230;
  drawQr(doc, joinUrl, (W - qrSize) / 2, y, qrSize);
  y += qrSize + 12;
  doc
    .font('regular')
    .fontSize(13)
    .fillColor('#333333')
    .text('Quét mã QR hoặc nhập mã lớp:', left, y, { width, align: 'center' });
  doc
    .font('bold')
    .fontSize(54)
    .fillColor('#0f4c81')
    .text(c.code.split('').join(' '), left, doc.y + 4, {
      width,
      align: 'center',
    });
  doc
    .font('regular')
    .fontSize(11)
    .fillColor('#333333')
    .text(joinUrl, left, doc.y + 6, { width, align: 'center' });
  doc
    .fontSize(10)
    .fillColor('#555555')
    .text(
      'Mở ứng dụng Lantỏa → Lớp của tôi → Tham gia lớp. Người chưa có tài khoản: đến lớp, giảng viên sẽ ghi danh giúp.',
      left,
      doc.y + 10,
      { width, align: 'center' },
    );
  doc.end();
  return done;
}

/** The poster of a class its trainer or an officer runs: { code, pdf }. */
export async function classPoster(db: Db, actor: Actor, id: string, origin: string) {
  const c = await loadClass(db, id);
  authorizeRun(actor, c);
  const cat = await loadCatalogue(db);
  const titles = c.courseIds.map((course) => cat.courses.get(course)?.title ?? course);
  const pdf = await renderPoster(c, titles, await listSessions(db, c.id), joinUrlOf(origin, c.code));
  return { code: c.code, pdf };
}

/** The QR code (SVG) of a class's join link. */
export async function classJoinQr(db: Db, actor: Actor, id: string, origin: string) {
  const c = await loadClass(db, id);
  authorizeRun(actor, c);
  return qrSvg(joinUrlOf(origin, c.code));
}
