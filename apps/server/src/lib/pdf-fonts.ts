// The DejaVu fonts every generated PDF embeds (full Vietnamese diacritics, unlike the PDF base
// fonts), read from the dejavu-fonts-ttf package once per process, plus the PDF document plumbing
// the renderers share.

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);

const faces = {
  sans: 'DejaVuSans.ttf',
  sansBold: 'DejaVuSans-Bold.ttf',
  sansOblique: 'DejaVuSans-Oblique.ttf',
  sansCondensed: 'DejaVuSansCondensed.ttf',
  sansCondensedBold: 'DejaVuSansCondensed-Bold.ttf',
  sansCondensedOblique: 'DejaVuSansCondensed-Oblique.ttf',
  serif: 'DejaVuSerif.ttf',
  serifBold: 'DejaVuSerif-Bold.ttf',
  serifItalic: 'DejaVuSerif-Italic.ttf',
  serifBoldItalic: 'DejaVuSerif-BoldItalic.ttf',
} as const;

export type DejaVuFace = keyof typeof faces;

let fontDir: string | undefined;
const cache = new Map<DejaVuFace, Buffer>();

/** The TrueType file of a face, read on first use and kept: each document embeds only the glyphs it uses. */
export function dejaVuFont(face: DejaVuFace): Buffer {
  let data = cache.get(face);
  if (!data) {
    fontDir ??= path.join(path.dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
    data = readFileSync(path.join(fontDir, faces[face]));
    cache.set(face, data);
  }
  return data;
}

/** Register faces under the names a renderer uses: `registerDejaVu(doc, { bold: 'sansBold' })`. */
export function registerDejaVu(doc: PDFKit.PDFDocument, names: Record<string, DejaVuFace>): void {
  for (const [name, face] of Object.entries(names)) doc.registerFont(name, dejaVuFont(face));
}

/** Collect a document's bytes; call `doc.end()` after drawing and await the promise. */
export function pdfBuffer(doc: PDFKit.PDFDocument): Promise<Buffer> {
  const chunks: Buffer[] = [];
  doc.on('data', (b: Buffer) => chunks.push(b));
  return new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
}
