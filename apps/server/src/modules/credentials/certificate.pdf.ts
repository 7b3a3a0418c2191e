// The printable certificate: A4 landscape PDF with the DejaVu fonts embedded (full Vietnamese
// diacritics), the issuing body, the learner's name, the achievement, the date, the serial number
// and a QR code (drawn as vectors) that opens the public verification page.

import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';
import { pdfBuffer, registerDejaVu } from '../../lib/pdf-fonts.ts';

export interface CertificatePdfInput {
  serial: string;
  title: string;
  criteria: string;
  recipientName: string;
  issuerName: string;
  issuedAt: Date;
  expiresAt: Date | null;
  verifyUrl: string;
  status: 'valid' | 'revoked' | 'expired';
}

const vnDate = (d: Date) =>
  new Intl.DateTimeFormat('vi-VN', {
    timeZone: 'Asia/Ho_Chi_Minh',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
  }).format(d);

const vnDateWords = (d: Date) => {
  const [day, month, year] = vnDate(d).split('/');
  return `ngày ${day} tháng ${month} năm ${year}`;
};

function drawQr(doc: PDFKit.PDFDocument, text: string, x: number, y: number, size: number) {
  const qr = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const n = qr.modules.size;
  const quiet = 2;
  const cell = size / (n + quiet * 2);
  doc.save().rect(x, y, size, size).fill('#ffffff');
  doc.fillColor('#000000');
  for (let r = 0; r < n; r++) {
    for (let c = 0; c < n; c++) {
      if (qr.modules.get(r, c)) doc.rect(x + (c + quiet) * cell, y + (r + quiet) * cell, cell, cell);
    }
  }
  doc.fill().restore();
}

export function renderCertificatePdf(c: CertificatePdfInput): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    layout: 'landscape',
    margin: 0,
    info: { Title: `${c.title} — ${c.recipientName}`, Author: c.issuerName, Subject: `Số hiệu ${c.serial}` },
  });
  registerDejaVu(doc, { regular: 'sans', bold: 'sansBold', serifBold: 'serifBold', italic: 'serifItalic' });
  const done = pdfBuffer(doc);

  const W = doc.page.width; // 841.89
  const H = doc.page.height; // 595.28
  const navy = '#1f3a68';
  const red = '#b3261e';
  doc
    .rect(18, 18, W - 36, H - 36)
    .lineWidth(3)
    .stroke(navy);
  doc
    .rect(26, 26, W - 52, H - 52)
    .lineWidth(0.8)
    .stroke('#c9a227');

  // Administrative header: the national motto on the right, the issuing body on the left.
  doc.fillColor(navy).font('bold').fontSize(11);
  doc.text(c.issuerName.toUpperCase(), 50, 48, { width: 330, align: 'center' });
  doc
    .font('bold')
    .fontSize(11)
    .text('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', W - 400, 48, { width: 350, align: 'center' });
  doc
    .font('bold')
    .fontSize(10.5)
    .text('Độc lập - Tự do - Hạnh phúc', W - 400, 64, { width: 350, align: 'center' });
  doc
    .moveTo(W - 300, 80)
    .lineTo(W - 150, 80)
    .lineWidth(0.6)
    .stroke(navy);
  doc
    .font('regular')
    .fontSize(9.5)
    .fillColor('#333333')
    .text(`Số hiệu: ${c.serial}`, 50, 80, { width: 330, align: 'center' });

  doc.fillColor(red).font('serifBold').fontSize(34).text('CHỨNG NHẬN', 0, 120, { width: W, align: 'center' });
  doc
    .fillColor('#333333')
    .font('italic')
    .fontSize(13)
    .text('Chứng nhận', 0, 175, { width: W, align: 'center' });
  doc
    .fillColor(navy)
    .font('serifBold')
    .fontSize(26)
    .text(c.recipientName, 60, 198, { width: W - 120, align: 'center' });
  doc
    .fillColor('#333333')
    .font('italic')
    .fontSize(13)
    .text('đã hoàn thành và đạt yêu cầu', 0, 242, { width: W, align: 'center' });
  doc
    .fillColor(navy)
    .font('bold')
    .fontSize(17)
    .text(c.title, 90, 266, { width: W - 180, align: 'center' });
  const afterTitle = doc.y + 8;
  doc
    .fillColor('#444444')
    .font('regular')
    .fontSize(10.5)
    .text(c.criteria, 120, afterTitle, { width: W - 240, align: 'center' });

  const bottom = H - 175;
  drawQr(doc, c.verifyUrl, 60, bottom, 115);
  doc.fillColor('#333333').font('regular').fontSize(8.5);
  doc.text('Quét mã để kiểm tra chứng nhận:', 185, bottom + 40, { width: 260 });
  doc.fillColor(navy).text(c.verifyUrl, 185, bottom + 54, { width: 280, link: c.verifyUrl, underline: true });
  if (c.expiresAt) {
    doc
      .fillColor('#333333')
      .text(`Có giá trị đến ngày ${vnDate(c.expiresAt)}`, 185, bottom + 82, { width: 260 });
  }
  doc.fillColor('#333333').font('italic').fontSize(11.5);
  doc.text(`Cấp ${vnDateWords(c.issuedAt)}`, W - 360, bottom + 10, { width: 300, align: 'center' });
  doc
    .fillColor(navy)
    .font('bold')
    .fontSize(11)
    .text(c.issuerName, W - 360, bottom + 32, { width: 300, align: 'center' });
  doc
    .fillColor('#555555')
    .font('regular')
    .fontSize(8.5)
    .text(
      'Chứng nhận điện tử được ký số (Open Badges 3.0). Khóa công khai: /.well-known/jwks.json',
      W - 360,
      bottom + 80,
      { width: 300, align: 'center' },
    );
  if (c.status === 'revoked') {
    doc.save().rotate(-20, { origin: [W / 2, H / 2] });
    doc
      .fillColor(red)
      .opacity(0.35)
      .font('bold')
      .fontSize(72)
      .text('ĐÃ THU HỒI', 0, H / 2 - 40, { width: W, align: 'center' });
    doc.restore();
  }
  doc.end();
  return done;
}
